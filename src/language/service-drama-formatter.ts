import { type AstNode, type CstNode, CstUtils } from 'langium';
import { AbstractFormatter, Formatting } from 'langium/lsp';
import { isAudience, isDuration, isModel, isNorm, isRisk, isScene, isService, isTouchpoint, type Touchpoint } from './generated/ast.js';

/**
 * The one canonical layout of a spec: four-space blocks, one statement a line, single spaces
 * inside a statement, a blank line between top-level elements, between scenes and between touchpoints.
 */
export class ServiceDramaFormatter extends AbstractFormatter {
    protected format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        if (isModel(node)) {
            node.elements.forEach((element, index) =>
                formatter.node(element).prepend(index === 0 ? Formatting.noSpace() : Formatting.newLines(2)));
            return;
        }
        this.spaceWords(node);
        if (isDuration(node)) {
            formatter.property('value').prepend(Formatting.oneSpace());
            return;
        }
        const open = formatter.keyword('{');
        const close = formatter.keyword('}');
        if (open.nodes.length > 0 && close.nodes.length > 0) {
            open.prepend(Formatting.oneSpace());
            formatter.interior(open, close).prepend(Formatting.indent());
            close.prepend(Formatting.newLine());
        }
        if (isService(node)) {
            // The cast stays together; each scene opens with a blank line.
            node.members.forEach((member, index) => formatter.node(member).prepend(
                isScene(member) && index > 0 ? Formatting.newLines(2) : Formatting.newLine()));
        } else if (isScene(node)) {
            formatter.keywords('setting', 'budget').prepend(Formatting.newLine());
            node.touchpoints.forEach((touchpoint, index) => formatter.node(touchpoint).prepend(
                index > 0 ? Formatting.newLines(2) : Formatting.newLine()));
        } else if (isTouchpoint(node)) {
            for (const child of statementsOf(node)) formatter.node(child).prepend(Formatting.newLine());
        } else if (isNorm(node)) {
            formatter.nodes(...node.expectations).prepend(Formatting.newLine());
        } else if (isRisk(node) && node.recovery) {
            formatter.node(node.recovery).prepend(Formatting.newLine());
        } else if (isAudience(node)) {
            formatter.keyword('pace').prepend(Formatting.newLine());
        }
    }

    /** One space between the words of a statement; none before a comma. */
    private spaceWords(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        ownTokens(node).forEach((token, index) => {
            if (token.text === ',') {
                formatter.cst([token]).prepend(Formatting.noSpace());
            } else if (index > 0) {
                formatter.cst([token]).prepend(Formatting.oneSpace());
            }
        });
    }
}

function statementsOf(touchpoint: Touchpoint): AstNode[] {
    return [
        ...(touchpoint.moment ? [touchpoint.moment] : []),
        ...touchpoint.actions, ...touchpoint.evidence, ...touchpoint.expectations, ...touchpoint.risks,
        ...touchpoint.delights, ...touchpoint.adaptations, ...touchpoint.applies
    ];
}

/** The visible tokens that belong to this node itself, not to its children. */
function ownTokens(node: AstNode): CstNode[] {
    if (!node.$cstNode) return [];
    return CstUtils.flattenCst(node.$cstNode).filter(leaf => !leaf.hidden && leaf.astNode === node).toArray();
}
