import { isActor, isCastAction, isTouchpoint, type Touchpoint } from '../generated/ast.js';
import { insertStatement, quoted } from './fix-edits.js';
import type { Rule } from './rule.js';
import { describePerformer, isFrontstage, isFrontstageSystem, joinNames, performersIn } from './spec-facts.js';

const WAY_OUT_PLACEHOLDER = { en: 'the customer can reach a person at any step', zh: '客户在任何一步都能转到人工' };

/** Channels where a machine can hold the customer in a conversation: a phone menu, a chatbot. */
const CONVERSATION_CHANNELS = new Set(['phone', 'chat']);

export const machineHasAWayOut: Rule = {
    id: 'machine-has-a-way-out',
    defaultSeverity: 'warning',
    description: {
        en: "Where the customer meets only technology on the phone or in a chat (a phone menu, a chatbot), the touchpoint offers a way "
            + "to a person: an 'adapt' line, or a risk whose recovery is carried out 'by' a person.",
        zh: '客户在电话或文字接触中只面对技术（语音导航、聊天机器人）时，触点要给出转到人工的路：一行 adapt，或一个由人（by）来补救的风险。'
    },
    checks: {
        Touchpoint(touchpoint, context) {
            if (!CONVERSATION_CHANNELS.has(touchpoint.channel)) return;
            const performers = performersIn(touchpoint);
            if (!performers || performers.length === 0 || performers.some(isFrontstage)) return;
            const machines = [...new Set(performers.filter(isFrontstageSystem))];
            if (machines.length === 0 || hasWayOut(touchpoint)) return;
            const names = machines.map(describePerformer);
            context.report({
                node: touchpoint,
                target: touchpoint.actions.find(action => isCastAction(action) && machines.includes(action.performer?.ref as never)),
                property: 'performer',
                message: {
                    en: `touchpoint ${touchpoint.name} (${touchpoint.channel}): the customer meets only ${joinNames(names.map(n => n.en)).en}; `
                        + "offer a way to a person: an 'adapt' line, or a risk whose recovery is 'by' an actor",
                    zh: `触点 ${touchpoint.name}（${touchpoint.channel}）：客户只面对${joinNames(names.map(n => n.zh)).zh}；`
                        + '请给出转到人工的路：一行 adapt，或一个由演员（by）补救的风险'
                }
            });
        }
    },
    fix(node, { document, locale }) {
        if (!isTouchpoint(node)) return [];
        const last = [...node.actions, ...node.evidence, ...node.expectations, ...node.risks, ...node.delights, ...node.adaptations].at(-1);
        return [{
            title: { en: 'Add a way to reach a person (adapt)', zh: '添加转人工的出路（adapt）' },
            edits: insertStatement(document, node, last ?? node.moment, `adapt ${quoted(WAY_OUT_PLACEHOLDER[locale])}`)
        }];
    }
};

/** An `adapt` line, or a risk that a person (any actor) recovers. */
function hasWayOut(touchpoint: Touchpoint): boolean {
    return touchpoint.adaptations.length > 0 || touchpoint.risks.some(risk => isActor(risk.recovery?.performer?.ref));
}
