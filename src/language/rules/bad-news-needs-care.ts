import { isTouchpoint } from '../generated/ast.js';
import type { Rule } from './rule.js';
import { appliesUnknownNorm, elementOf, expectationsOf } from './spec-facts.js';
import { insertExpectation } from './touchpoint-has-expectation.js';

const EMPATHY_PLACEHOLDER = { en: 'how the customer is told the news', zh: '怎样把这个消息告诉客户' };

export const badNewsNeedsCare: Rule = {
    id: 'bad-news-needs-care',
    defaultSeverity: 'warning',
    description: {
        en: 'A bad-news moment has an empathy expectation: how the customer is told matters as much as what is done about it.',
        zh: '坏消息时刻要有一条移情性期待：怎样告诉客户，和事后怎样补救一样重要。'
    },
    checks: {
        Touchpoint(touchpoint, context) {
            if (!touchpoint.moment?.kinds.includes('bad-news') || appliesUnknownNorm(touchpoint)) return;
            // A recovery puts the service right; it does not tell the customer the news with care.
            if (expectationsOf(touchpoint).some(expectation => elementOf(expectation) === 'empathy')) return;
            context.report({
                node: touchpoint,
                target: touchpoint.moment,
                property: 'kinds',
                index: touchpoint.moment.kinds.indexOf('bad-news'),
                message: {
                    en: `touchpoint ${touchpoint.name}: a bad-news moment needs care; add an empathy expectation on how the customer is told`,
                    zh: `触点 ${touchpoint.name}：这是坏消息时刻，要格外用心；请加一条移情性期待（\`expect empathy\`），写明怎样把消息告诉客户`
                }
            });
        }
    },
    fix(node, { document, locale }) {
        if (!isTouchpoint(node)) return [];
        return [{
            title: { en: 'Add an empathy expectation', zh: '添加一条移情性期待' },
            edits: insertExpectation(document, node, 'empathy', EMPATHY_PLACEHOLDER[locale])
        }];
    }
};
