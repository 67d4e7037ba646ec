import type { Rule } from './rule.js';
import { customerActs as customerActsIn } from './spec-facts.js';

export const customerActs: Rule = {
    id: 'customer-acts',
    defaultSeverity: 'warning',
    description: {
        en: "Every touchpoint has a customer action ('customer \"…\"'): a script is written from the customer's side.",
        zh: '每个触点都要写客户做什么（`customer "…"`）：剧本要站在客户的角度来写。'
    },
    checks: {
        Touchpoint(touchpoint, context) {
            if (customerActsIn(touchpoint)) return;
            context.report({
                node: touchpoint,
                property: 'name',
                message: {
                    en: `touchpoint ${touchpoint.name}: the customer does nothing here; add what the customer does with 'customer "…"'`,
                    zh: `触点 ${touchpoint.name}：没有写客户在这里做什么；请用 \`customer "…"\` 写出来`
                }
            });
        }
    }
};
