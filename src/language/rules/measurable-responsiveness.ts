import { isExpectation, isNorm, type Expectation } from '../generated/ast.js';
import { appendToNode } from './fix-edits.js';
import type { Localized, Rule } from './rule.js';

/** The bound a quick fix proposes; the designer sets the real one. */
export const SUGGESTED_BOUND = '1 min';

export const measurableResponsiveness: Rule = {
    id: 'measurable-responsiveness',
    defaultSeverity: 'warning',
    description: {
        en: "A responsiveness expectation says how fast, with a time bound ('within').",
        zh: '响应性期待要写明多快，也就是带上时限（`within`）。'
    },
    checks: {
        Expectation(expectation, context) {
            if (expectation.element !== 'responsiveness' || expectation.bound) return;
            const where = ownerOf(expectation);
            context.report({
                node: expectation,
                property: 'element',
                message: {
                    en: `${where.en}: the responsiveness expectation "${expectation.text}" has no time bound; add 'within', e.g. within ${SUGGESTED_BOUND}`,
                    zh: `${where.zh}：响应性期待“${expectation.text}”没有时限；请用 \`within\` 写明，例如 \`within ${SUGGESTED_BOUND}\``
                }
            });
        }
    },
    fix(node) {
        if (!isExpectation(node) || node.bound) return [];
        return [{
            title: { en: `Add a time bound (within ${SUGGESTED_BOUND})`, zh: `添加时限（within ${SUGGESTED_BOUND}）` },
            edits: appendToNode(node, ` within ${SUGGESTED_BOUND}`)
        }];
    }
};

function ownerOf(expectation: Expectation): Localized {
    const owner = expectation.$container;
    return isNorm(owner)
        ? { en: `norm ${owner.name}`, zh: `规范 ${owner.name}` }
        : { en: `touchpoint ${owner.name}`, zh: `触点 ${owner.name}` };
}
