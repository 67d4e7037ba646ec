import type { Rule } from './rule.js';
import { customerActs } from './spec-facts.js';

export const remoteNeedsEvidence: Rule = {
    id: 'remote-needs-evidence',
    defaultSeverity: 'warning',
    description: {
        en: "A remote touchpoint names its evidence ('evidence'): the machine or material the customer meets instead of a person.",
        zh: '遥距接触的触点要用 evidence 写明客户面对的机器或资料：那里没有人，只有它们。'
    },
    checks: {
        Touchpoint(touchpoint, context) {
            if (touchpoint.channel !== 'remote' || touchpoint.evidence.length > 0) return;
            // Without a customer action, customer-acts reports the touchpoint already: one finding for one mistake.
            if (!customerActs(touchpoint)) return;
            context.report({
                node: touchpoint,
                property: 'channel',
                message: {
                    en: `touchpoint ${touchpoint.name} (remote): name the machine or material the customer meets with 'evidence'`,
                    zh: `触点 ${touchpoint.name}（遥距接触）：请用 evidence 写明客户面对的机器或资料`
                }
            });
        }
    }
};
