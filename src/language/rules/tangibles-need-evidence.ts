import { isProp, isTouchpoint } from '../generated/ast.js';
import { insertStatement } from './fix-edits.js';
import type { Rule } from './rule.js';
import { appliesUnknownNorm, elementOf, expectationsOf, serviceOf } from './spec-facts.js';

/** A quick fix offers at most this many props. */
const MAX_PROPS = 3;

export const tangiblesNeedEvidence: Rule = {
    id: 'tangibles-need-evidence',
    defaultSeverity: 'warning',
    description: {
        en: "A touchpoint that expects something of the tangibles names its evidence ('evidence'): the thing the customer sees or touches.",
        zh: '对有形性有期待的触点，要用 evidence 写明客户看到或接触到的东西。'
    },
    checks: {
        Touchpoint(touchpoint, context) {
            if (touchpoint.evidence.length > 0 || appliesUnknownNorm(touchpoint)) return;
            const tangible = expectationsOf(touchpoint).find(expectation => elementOf(expectation) === 'tangibles');
            if (!tangible) return;
            const own = touchpoint.expectations.includes(tangible);
            context.report({
                node: touchpoint,
                ...(own ? { target: tangible, property: 'element' } : { property: 'name' }),
                message: {
                    en: `touchpoint ${touchpoint.name}: expects "${tangible.text}" of the tangibles but shows no evidence; `
                        + "name the prop with 'evidence'",
                    zh: `触点 ${touchpoint.name}：对有形性期待“${tangible.text}”，却没有写有形证据；请用 evidence 写明道具`
                }
            });
        }
    },
    fix(node, { document }) {
        if (!isTouchpoint(node)) return [];
        const props = (serviceOf(node)?.members ?? []).filter(isProp).slice(0, MAX_PROPS);
        const last = [...node.actions].at(-1) ?? node.moment;
        return props.map(prop => ({
            title: { en: `Show prop ${prop.name} as evidence`, zh: `把道具 ${prop.name} 写作有形证据` },
            edits: insertStatement(document, node, last, `evidence ${prop.name}`),
            judgement: true
        }));
    }
};
