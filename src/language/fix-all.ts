import type { LangiumDocument } from 'langium';
import { inKeywordLanguage, keywordLanguageOf, quotedCodeInKeywordLanguage } from './keyword-language.js';
import type { Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { findRule } from './rules/index.js';
import type { RuleFix } from './rules/rule.js';
import type { ServiceDramaServices } from './service-drama-module.js';
import type { RuleDiagnosticData } from './validation/rule-validator.js';

/**
 * "Fix all": every quick fix the rules offer for a document's findings, combined into one set of
 * edits that never overlap. The editor's `source.fixAll` action (fix on save) and the command line's
 * `lint --fix` share it.
 */

/**
 * The quick fixes a rule offers for one of its findings (none for a finding of another kind). Rules write
 * their statements with English keywords; they reach the file in its keyword language (a file without
 * keywords yet follows the help language).
 */
export function fixesForDiagnostic(services: ServiceDramaServices, document: LangiumDocument, diagnostic: Diagnostic): RuleFix[] {
    const data = diagnostic.data as Partial<RuleDiagnosticData> | undefined;
    const rule = typeof data?.code === 'string' ? findRule(data.code) : undefined;
    if (!rule?.fix || typeof data?.path !== 'string') return [];
    const node = services.workspace.AstNodeLocator.getAstNode(document.parseResult.value, data.path);
    if (!node) return [];
    const locale = services.i18n.Locale.locale;
    const language = keywordLanguageOf(document.parseResult.value.$cstNode) ?? locale;
    const lexer = services.parser.Lexer;
    return rule.fix(node, { document, locale, data })
        .filter(fix => fix.edits.length > 0)
        .map(fix => ({
            ...fix,
            title: { en: quotedCodeInKeywordLanguage(fix.title.en, language, lexer), zh: quotedCodeInKeywordLanguage(fix.title.zh, language, lexer) },
            edits: fix.edits.map(edit => ({ ...edit, newText: inKeywordLanguage(edit.newText, language, lexer) }))
        }));
}

/**
 * The fixes "fix all" applies to a validated document: those of each finding, in the order of the
 * findings, except the destructive ones (removing an unused actor on save would lose what was just typed)
 * and those that choose for the designer (which prop is the evidence, who recovers).
 */
export function mechanicalFixes(services: ServiceDramaServices, document: LangiumDocument): RuleFix[] {
    return (document.diagnostics ?? [])
        .flatMap(diagnostic => fixesForDiagnostic(services, document, diagnostic))
        .filter(fix => !fix.destructive && !fix.judgement);
}

/**
 * Combines fixes into edits that can be applied together: a fix whose edits would overlap those of an
 * earlier fix is left out whole (the next run takes it up), an edit two fixes share is made once, and
 * text inserted at one place comes in one edit: first what continues the line (` within 1 min`), then
 * new lines in the order of the fixes. The result is sorted by position and no two edits touch.
 */
export function combineFixes(fixes: ReadonlyArray<Pick<RuleFix, 'edits'>>): TextEdit[] {
    const accepted: TextEdit[] = [];
    for (const fix of fixes) {
        const fresh = fix.edits.filter((edit, index) =>
            !accepted.some(other => sameEdit(other, edit)) && !fix.edits.slice(0, index).some(other => sameEdit(other, edit)));
        if (fresh.every(edit => accepted.every(other => compatible(other, edit)))) accepted.push(...fresh);
    }
    return mergeAtSamePlace(sortEdits(accepted));
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
    return a.newText === b.newText && comparePositions(a.range.start, b.range.start) === 0 && comparePositions(a.range.end, b.range.end) === 0;
}

function isInsertion(edit: TextEdit): boolean {
    return comparePositions(edit.range.start, edit.range.end) === 0;
}

/** Two edits can be applied together: insertions anywhere but inside a replaced range, replaced ranges apart. */
function compatible(a: TextEdit, b: TextEdit): boolean {
    if (isInsertion(a) && isInsertion(b)) return true;
    if (isInsertion(a)) return !strictlyInside(a.range.start, b.range);
    if (isInsertion(b)) return !strictlyInside(b.range.start, a.range);
    return comparePositions(a.range.end, b.range.start) <= 0 || comparePositions(b.range.end, a.range.start) <= 0;
}

function strictlyInside(position: Position, range: Range): boolean {
    return comparePositions(range.start, position) < 0 && comparePositions(position, range.end) < 0;
}

/** By start; at one start, insertions before the replacement, line continuations before new lines, else in order. */
function sortEdits(edits: TextEdit[]): TextEdit[] {
    const rank = (edit: TextEdit) => !isInsertion(edit) ? 2 : /^\r?\n/.test(edit.newText) ? 1 : 0;
    return edits
        .map((edit, index) => ({ edit, index }))
        .sort((a, b) => comparePositions(a.edit.range.start, b.edit.range.start) || rank(a.edit) - rank(b.edit) || a.index - b.index)
        .map(({ edit }) => edit);
}

/** Folds the insertions at one place, and the replacement that may start there, into one edit. */
function mergeAtSamePlace(sorted: TextEdit[]): TextEdit[] {
    const merged: TextEdit[] = [];
    for (const edit of sorted) {
        const previous = merged[merged.length - 1];
        if (previous && isInsertion(previous) && comparePositions(previous.range.start, edit.range.start) === 0) {
            merged[merged.length - 1] = { range: edit.range, newText: previous.newText + edit.newText };
        } else {
            merged.push(edit);
        }
    }
    return merged;
}

function comparePositions(a: Position, b: Position): number {
    return a.line - b.line || a.character - b.character;
}
