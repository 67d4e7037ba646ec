import type { Scene, Touchpoint } from '../generated/ast.js';
import type { Rule } from './rule.js';
import { expectationsOf, formatDuration, secondsOf } from './spec-facts.js';

/** The time a touchpoint may take: the longest 'within' bound of its expectations, norms included; 0 without one. */
export function touchpointBoundSeconds(touchpoint: Touchpoint): number {
    const bounds = expectationsOf(touchpoint).flatMap(expectation => expectation.bound ? [secondsOf(expectation.bound)] : []);
    return Math.max(0, ...bounds);
}

/** The time a scene may take: its touchpoints' bounds added up (what its budget is held against). */
export function sceneBoundsSeconds(scene: Scene): number {
    return scene.touchpoints.reduce((total, touchpoint) => total + touchpointBoundSeconds(touchpoint), 0);
}

/** Whether a scene's bounds fit its budget, floating-point noise aside: 0.1 h + 0.2 h fits in 0.3 h. */
export function fitsBudget(totalSeconds: number, budgetSeconds: number): boolean {
    return Math.round(totalSeconds * 1000) <= Math.round(budgetSeconds * 1000);
}

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
            const total = sceneBoundsSeconds(scene);
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
