import type { Rule } from './rule.js';
import { fitsBudget, formatDuration, sceneBoundsTotal, secondsOf } from './spec-facts.js';

export const sceneBudget: Rule = {
    id: 'scene-budget',
    defaultSeverity: 'error',
    description: {
        en: "The longest 'within' bound of each touchpoint, added up over a scene, fits in the scene's budget.",
        zh: '场景里每个触点最长的 `within` 时限，加起来不能超过场景的时间预算（`budget`）。'
    },
    checks: {
        Scene(scene, context) {
            if (!scene.budget) return;
            const total = sceneBoundsTotal(scene);
            const budget = secondsOf(scene.budget);
            if (fitsBudget(total, budget)) return;
            const unit = scene.budget.unit;
            const budgetText = formatDuration(budget, unit);
            context.report({
                node: scene,
                target: scene.budget,
                message: {
                    en: `scene ${scene.name}: the touchpoints' time bounds add up to ${formatDuration(total, unit)}, over the budget of ${budgetText}`,
                    zh: `场景 ${scene.name}：各触点的时限加起来是 ${formatDuration(total, unit)}，超出了 ${budgetText} 的预算`
                }
            });
        }
    }
};
