import type { Rule } from './rule.js';

export const remoteNeedsEvidence: Rule = {
    id: 'remote-needs-evidence',
    defaultSeverity: 'warning',
    description: {
        en: "A remote touchpoint names its evidence ('evidence'): the machine or material the customer meets instead of a person.",
        zh: '远程接触的触点要用 `evidence` 写明客户面对的机器或资料：这时没有服务人员在场，客户的印象全靠它们。'
    },
    checks: {
        Touchpoint(touchpoint, context) {
            if (touchpoint.channel !== 'remote' || touchpoint.evidence.length > 0) return;
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
