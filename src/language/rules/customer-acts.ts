import type { Rule } from './rule.js';
import { customerActs as customerActsIn } from './spec-facts.js';

export const customerActs: Rule = {
    id: 'customer-acts',
    defaultSeverity: 'warning',
    description: {
        en: "Every touchpoint has a customer action ('customer \"…\"'): a script is written from the customer's side.",
        zh: '每个触点都要有客户的动作（customer "…"）：剧本从客户的角度来写。'
    },
    checks: {
        Touchpoint(touchpoint, context) {
            if (customerActsIn(touchpoint)) return;
            context.report({
                node: touchpoint,
                property: 'name',
                message: {
                    en: `touchpoint ${touchpoint.name}: the customer does nothing here; add what the customer does with 'customer "…"'`,
                    zh: `触点 ${touchpoint.name}：客户在这里没有动作；请用 customer "…" 写出客户做什么`
                }
            });
        }
    }
};
