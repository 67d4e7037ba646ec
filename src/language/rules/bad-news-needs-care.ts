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
            if (touchpoint.moment?.kind !== 'bad-news' || appliesUnknownNorm(touchpoint)) return;
            const empathy = expectationsOf(touchpoint).some(expectation => elementOf(expectation) === 'empathy');
            const recovered = touchpoint.risks.some(risk => risk.recovery);
            if (empathy || recovered) return;
            context.report({
                node: touchpoint,
                target: touchpoint.moment,
                property: 'kind',
                message: {
                    en: `touchpoint ${touchpoint.name}: a bad-news moment needs care; add an empathy expectation or a risk with its recovery`,
                    zh: `触点 ${touchpoint.name}：这是坏消息时刻，要格外用心；请加一条移情性期待（\`expect empathy\`），或写一个带补救的风险`
                }
            });
        }
    }
};
