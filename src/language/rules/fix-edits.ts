import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Position, TextEdit } from 'vscode-languageserver-types';

/**
 * Text edits for quick fixes, written in the canonical layout of the formatter: four spaces per
 * level of nesting, one statement a line, blank lines kept where the formatter wants them.
 */

const INDENT = '    ';

/** The canonical indentation of a node: one level per enclosing block (a service's members are one deep). */
export function indentOf(node: AstNode): string {
    let depth = 0;
    for (let container = node.$container; container?.$container; container = container.$container) depth++;
    return INDENT.repeat(depth);
}

/** Inserts `text` right after the node, on the same line (e.g. ` within 1 min` after an expectation). */
export function appendToNode(node: AstNode, text: string): TextEdit[] {
    const end = node.$cstNode?.range.end;
    return end ? [{ range: { start: end, end }, newText: text }] : [];
}

/**
 * Inserts a statement into a block (`{ … }`) on its own line: after `after` when given, else first in
 * the block. A block that closes on the same line is opened up so that its `}` gets a line of its own.
 */
export function insertStatement(document: LangiumDocument, block: AstNode, after: AstNode | undefined, statement: string): TextEdit[] {
    const open = GrammarUtils.findNodeForKeyword(block.$cstNode, '{');
    const close = GrammarUtils.findNodeForKeyword(block.$cstNode, '}');
    const anchor = after?.$cstNode ?? open;
    if (!anchor || !close) return [];
    const innerIndent = indentOf(block) + INDENT;
    const between = document.textDocument.getText({ start: anchor.range.end, end: close.range.start });
    if (between.trim() === '' && !between.includes('\n')) {
        // `{}` or `{ … }` on one line: the statement and the closing brace each get a line. Two edits, so
        // that fixes adding statements to the same block combine: the brace's edit is the same in each.
        return [
            { range: { start: anchor.range.end, end: anchor.range.end }, newText: `\n${innerIndent}${statement}` },
            { range: { start: anchor.range.end, end: close.range.end }, newText: `\n${indentOf(block)}}` }
        ];
    }
    return [{ range: { start: anchor.range.end, end: anchor.range.end }, newText: `\n${innerIndent}${statement}` }];
}

/** Gives a node a block holding one statement: `risk R "…"` becomes `risk R "…" {\n    recovery "…"\n}`. */
export function addBlockWith(document: LangiumDocument, node: AstNode, statement: string): TextEdit[] {
    const cst = node.$cstNode;
    if (!cst) return [];
    const open = GrammarUtils.findNodeForKeyword(cst, '{');
    const close = GrammarUtils.findNodeForKeyword(cst, '}');
    if (open && close) {
        return insertStatement(document, node, undefined, statement);
    }
    const end = cst.range.end;
    return [{ range: { start: end, end }, newText: ` {\n${indentOf(node)}${INDENT}${statement}\n${indentOf(node)}}` }];
}

/**
 * Removes a declaration with its line(s). When the declaration sat between blank lines, or first in its
 * block before a blank line, one blank line goes with it, so that the layout stays canonical.
 */
export function removeNode(document: LangiumDocument, node: AstNode): TextEdit[] {
    const cst = node.$cstNode;
    if (!cst) return [];
    const text = document.textDocument;
    const lines = text.getText().split(/\r?\n/);
    const { start, end } = cst.range;
    const rest = lines[end.line].slice(end.character).trim();
    // A comment at the end of the declaration's line is about the declaration and goes with it.
    const aloneOnItsLines = lines[start.line].slice(0, start.character).trim() === ''
        && (rest === '' || rest.startsWith('//'));
    if (!aloneOnItsLines) {
        // Shares a line with other statements: take the node and the space before it.
        const before = lines[start.line].slice(0, start.character);
        const spaces = before.length - before.trimEnd().length;
        return [{ range: { start: { line: start.line, character: start.character - spaces }, end }, newText: '' }];
    }
    let first = start.line;
    let last = end.line;
    const isBlank = (line: number) => line >= 0 && line < lines.length && lines[line].trim() === '';
    const nextIsEnd = last + 1 >= lines.length || /^\s*}/.test(lines[last + 1]) || lines.slice(last + 1).every(l => l.trim() === '');
    const opensBlockBefore = first === 0 || /\{\s*$/.test(lines[first - 1]);
    if (isBlank(first - 1) && (isBlank(last + 1) || nextIsEnd)) {
        first--;
    } else if (opensBlockBefore && isBlank(last + 1)) {
        last++;
    }
    const removedEnd: Position = last + 1 < lines.length
        ? { line: last + 1, character: 0 }
        : { line: last, character: lines[last].length };
    return [{ range: { start: { line: first, character: 0 }, end: removedEnd }, newText: '' }];
}

/** A quoted string in the spec's syntax. */
export function quoted(text: string): string {
    return `"${text.replace(/["\\]/g, ch => `\\${ch}`)}"`;
}
