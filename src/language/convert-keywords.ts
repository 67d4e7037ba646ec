import type { CstNode, ParseResult } from 'langium';
import { keywordLeaves } from './keyword-language.js';
import { keywordIn, languageOfKeyword, type KeywordLanguage } from './keywords.js';

// Conversion between keyword languages: only the keyword tokens change; whitespace, comments,
// strings, quotation marks and separators stay as the author wrote them.

/** One keyword to respell: the text from `offset` up to `end` becomes `text`. */
export interface KeywordChange {
    offset: number;
    end: number;
    text: string;
}

/** Where a syntax error is (1-based line and column) and what the parser says about it. */
export interface SyntaxErrorAt {
    line: number;
    column: number;
    message: string;
}

export type KeywordConversion =
    | { converted: true; text: string; changes: number }
    /** A file the parser cannot read cannot be converted safely: which words are keywords is unsure. */
    | { converted: false; syntaxError: SyntaxErrorAt };

/** The keywords of a parsed text that are spelt otherwise in `to`, in order. */
export function keywordChanges(root: CstNode | undefined, to: KeywordLanguage): KeywordChange[] {
    if (!root) return [];
    return keywordLeaves(root).flatMap(leaf => {
        const text = keywordIn(leaf.text, to);
        return text === undefined || text === leaf.text ? [] : [{ offset: leaf.offset, end: leaf.end, text }];
    });
}

/** The keyword languages a parsed text uses: both for a mixed file, none for a file without keywords. */
export function keywordLanguagesIn(root: CstNode | undefined): Set<KeywordLanguage> {
    return new Set(root ? keywordLeaves(root).map(leaf => languageOfKeyword(leaf.text)) : []);
}

/**
 * The text with every keyword in `to`'s spelling. `parseResult` is the parse of `text`; a text with a
 * syntax error is not converted, and the first error says why.
 */
export function convertKeywords(text: string, parseResult: ParseResult, to: KeywordLanguage): KeywordConversion {
    const syntaxError = firstSyntaxError(text, parseResult);
    if (syntaxError) return { converted: false, syntaxError };
    const changes = keywordChanges(parseResult.value.$cstNode, to);
    return { converted: true, text: applyChanges(text, changes), changes: changes.length };
}

/** The text with the changes made; they are in order and do not overlap. */
export function applyChanges(text: string, changes: readonly KeywordChange[]): string {
    const parts: string[] = [];
    let done = 0;
    for (const change of changes) {
        parts.push(text.slice(done, change.offset), change.text);
        done = change.end;
    }
    parts.push(text.slice(done));
    return parts.join('');
}

/** The first syntax error of a parse, by position; undefined when the text parsed cleanly. */
export function firstSyntaxError(text: string, parseResult: ParseResult): SyntaxErrorAt | undefined {
    const errors = [
        ...parseResult.lexerErrors.map(error => ({ offset: error.offset, message: error.message })),
        ...parseResult.parserErrors.map(error => {
            // The end of the file has no offset, nor a token the parser made up to recover (the one before it tells where).
            const previous = (error as { previousToken?: { endOffset?: number } }).previousToken;
            const { startOffset, tokenType } = error.token;
            const known = !Number.isNaN(startOffset) && startOffset >= 0;
            const offset = known ? startOffset : tokenType?.name === 'EOF' ? text.length : (previous?.endOffset ?? text.length - 1) + 1;
            return { offset, message: error.message };
        })
    ].sort((a, b) => a.offset - b.offset);
    const [first] = errors;
    return first ? { ...positionOf(text, Math.min(first.offset, text.length)), message: first.message } : undefined;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
    const before = text.slice(0, offset);
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    return { line: before.split(/\r\n|\r|\n/).length, column: offset - lineStart + 1 };
}
