import { isRisk } from '../generated/ast.js';
import { addBlockWith, quoted } from './fix-edits.js';
import type { Rule } from './rule.js';

const RECOVERY_PLACEHOLDER = { en: 'how the service puts it right', zh: '服务如何补救' };

export const riskHasRecovery: Rule = {
    id: 'risk-has-recovery',
    defaultSeverity: 'error',
    description: {
        en: 'Every experience destroyer (risk) has a recovery: one bad contact can undo all the good ones (100 − 1 = 0).',
        zh: '每个风险都要有补救：一次糟糕的接触，就能抵消所有好的接触（100 − 1 = 0）。'
    },
    checks: {
        Risk(risk, context) {
            if (risk.recovery) return;
            const touchpoint = risk.$container;
            context.report({
                node: risk,
                property: 'name',
                message: {
                    en: `touchpoint ${touchpoint.name}: risk ${risk.name} has no recovery`,
                    zh: `触点 ${touchpoint.name}：风险 ${risk.name} 还没有补救（\`recovery\`）`
                }
            });
        }
    },
    fix(node, { document, locale }) {
        if (!isRisk(node)) return [];
        return [{
            title: { en: `Add a recovery to risk ${node.name}`, zh: `为风险 ${node.name} 添加补救` },
            edits: addBlockWith(document, node, `recovery ${quoted(RECOVERY_PLACEHOLDER[locale])}`)
        }];
    }
};
