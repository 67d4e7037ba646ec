import type { Rule } from './rule.js';
import { customerActs, isFrontstageSystem, performersIn } from './spec-facts.js';

export const remoteNeedsEvidence: Rule = {
    id: 'remote-needs-evidence',
    defaultSeverity: 'warning',
    description: {
        en: "A remote touchpoint names what the customer meets instead of a person: its evidence ('evidence'), or a frontstage system that acts there.",
        zh: '远程接触的触点要写明客户面对的机器或资料：用 `evidence` 写明有形证据，或让一个前台系统在这里出场。这时没有服务人员在场，客户的印象全靠它们。'
    },
    checks: {
        Touchpoint(touchpoint, context) {
            if (touchpoint.channel !== 'remote' || touchpoint.evidence.length > 0) return;
            // Without a customer action, customer-acts reports the touchpoint already: one finding for one mistake.
            if (!customerActs(touchpoint)) return;
            // A frontstage system that acts here (the app, the kiosk) is the machine the customer meets, named already.
            if ((performersIn(touchpoint) ?? []).some(isFrontstageSystem)) return;
            context.report({
                node: touchpoint,
                property: 'channel',
                message: {
                    en: `touchpoint ${touchpoint.name} (remote): name the machine or material the customer meets with 'evidence'`,
                    zh: `触点 ${touchpoint.name}（远程接触）：请用 \`evidence\` 写明客户面对的机器或资料`
                }
            });
        }
    }
};
