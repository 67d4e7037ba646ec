import type { Rule } from './rule.js';
import { appliesUnknownNorm, elementOf, expectationsOf } from './spec-facts.js';

export const badNewsNeedsCare: Rule = {
    id: 'bad-news-needs-care',
    defaultSeverity: 'warning',
    description: {
        en: 'A bad-news moment has an empathy expectation or a risk with its recovery.',
        zh: '坏消息时刻要有一条移情性期待，或一个写明补救的风险。'
    },
    checks: {
        Touchpoint(touchpoint, context) {
            if (!touchpoint.moment?.kinds.includes('bad-news') || appliesUnknownNorm(touchpoint)) return;
            const empathy = expectationsOf(touchpoint).some(expectation => elementOf(expectation) === 'empathy');
            const recovered = touchpoint.risks.some(risk => risk.recovery);
            if (empathy || recovered) return;
            context.report({
                node: touchpoint,
                target: touchpoint.moment,
                property: 'kinds',
                index: touchpoint.moment!.kinds.indexOf('bad-news'),
                message: {
                    en: `touchpoint ${touchpoint.name}: a bad-news moment needs care; add an empathy expectation or a risk with its recovery`,
                    zh: `触点 ${touchpoint.name}：坏消息时刻需要用心安排；请加一条移情性（empathy）期待，或一个带补救的风险`
                }
            });
        }
    }
};
