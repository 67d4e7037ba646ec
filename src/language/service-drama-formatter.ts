import { type AstNode, type CstNode, CstUtils } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction } from 'langium/lsp';
import { isAudience, isDuration, isModel, isNorm, isRisk, isScene, isService, isTouchpoint, type Touchpoint } from './generated/ast.js';
import { KEYWORD_TWINS, type EnglishKeyword } from './keywords.js';

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
        if (open.nodes.length === 0 || close.nodes.length === 0) return;
        open.prepend(Formatting.oneSpace());
        // Comments inside the block are indented with it; statements get their own rules below.
        const comments = CstUtils.getInteriorNodes(open.nodes[0], close.nodes[0]).filter(cst => cst.hidden);
        formatter.cst(comments).prepend(Formatting.indent());
        close.prepend(Formatting.newLine());
        if (isService(node)) {
            // The cast stays together; each scene opens with a blank line.
            node.members.forEach((member, index) =>
                formatter.node(member).prepend(statementLine(isScene(member) && index > 0 && !hasCommentAbove(member))));
        } else if (isScene(node)) {
            formatter.keywords(...bothSpellings('setting', 'budget')).prepend(statementLine(false));
            node.touchpoints.forEach((touchpoint, index) =>
                formatter.node(touchpoint).prepend(statementLine(index > 0 && !hasCommentAbove(touchpoint))));
        } else if (isTouchpoint(node)) {
            for (const child of statementsOf(node)) formatter.node(child).prepend(statementLine(false));
        } else if (isNorm(node)) {
            node.expectations.forEach(expectation => formatter.node(expectation).prepend(statementLine(false)));
        } else if (isRisk(node) && node.recovery) {
            formatter.node(node.recovery).prepend(statementLine(false));
        } else if (isAudience(node)) {
            formatter.keywords(...bothSpellings('pace')).prepend(statementLine(false));
        }
    }

    /** One space between the words of a statement; none before a comma, nor between a sign and its number (`-2`). */
    private spaceWords(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        const tokens = ownTokens(node);
        tokens.forEach((token, index) => {
            if (token.text === ',' || (index > 0 && isSign(tokens[index - 1]))) {
                formatter.cst([token]).prepend(Formatting.noSpace());
            } else if (index > 0) {
                formatter.cst([token]).prepend(Formatting.oneSpace());
            }
        });
    }
}

/** The keywords in English and in Chinese: a file may use either. */
function bothSpellings(...keywords: EnglishKeyword[]): string[] {
    return keywords.flatMap(keyword => [keyword, KEYWORD_TWINS[keyword]]);
}

/** A statement inside a block: on its own line, one level deeper, optionally after a blank line. */
function statementLine(blankLineBefore: boolean): FormattingAction {
    return { options: {}, moves: [{ tabs: 1, lines: blankLineBefore ? 2 : 1 }] };
}

function statementsOf(touchpoint: Touchpoint): AstNode[] {
    return [
        ...(touchpoint.moment ? [touchpoint.moment] : []),
        ...touchpoint.actions, ...touchpoint.evidence, ...touchpoint.expectations, ...touchpoint.risks,
        ...touchpoint.delights, ...touchpoint.adaptations, ...touchpoint.applies, ...touchpoint.waits, ...touchpoint.feelings
    ];
}

/**
 * Whether a comment sits on its own line right above the node. The blank line then belongs above the
 * comment, where the formatter cannot put it (it only indents comments), so the author's lines are kept.
 */
function hasCommentAbove(node: AstNode): boolean {
    const cst = node.$cstNode;
    if (!cst) return false;
    const previous = CstUtils.getPreviousNode(cst, true);
    if (!previous?.hidden) return false;
    const beforeComment = CstUtils.getPreviousNode(previous, false);
    return !beforeComment || beforeComment.range.end.line < previous.range.start.line;
}

function isSign(token: CstNode): boolean {
    return token.text === '+' || token.text === '-';
}

/** The visible tokens that belong to this node itself, not to its children. */
function ownTokens(node: AstNode): CstNode[] {
    if (!node.$cstNode) return [];
    return CstUtils.flattenCst(node.$cstNode).filter(leaf => !leaf.hidden && leaf.astNode === node).toArray();
}
