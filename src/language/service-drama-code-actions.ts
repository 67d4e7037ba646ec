import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command } from 'vscode-languageserver';
import { firstSyntaxError, keywordChanges, keywordLanguagesIn } from './convert-keywords.js';
import { combineFixes, fixesForDiagnostic, mechanicalFixes } from './fix-all.js';
import { helpTexts } from './help/keyword-help.js';
import type { KeywordLanguage } from './keywords.js';
import type { ServiceDramaServices } from './service-drama-module.js';

/** The kind of the "fix all" source action: `editor.codeActionsOnSave` names it to fix on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.serviceDrama`;

/**
 * Quick fixes for rule findings, "fix all" as a source action, and the rewriting of every keyword in
 * Chinese or in English. Each diagnostic carries its rule id and the path of the node it is about; the
 * rule's own `fix` turns that node into edits.
 */
export class ServiceDramaCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: ServiceDramaServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const only = params.context.only;
        const actions: CodeAction[] = [];
        if (requested(only, CodeActionKind.QuickFix)) {
            for (const diagnostic of params.context.diagnostics) {
                const fixes = fixesForDiagnostic(this.services, document, diagnostic);
                actions.push(...fixes.map(fix => ({
                    title: fix.title[this.services.i18n.Locale.locale],
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    isPreferred: fixes.length === 1,
                    edit: { changes: { [document.textDocument.uri]: combineFixes([fix]) } }
                })));
            }
        }
        // Only when asked for (Source Action…, or on save): it is not a fix of the diagnostic under the cursor.
        if (only && requested(only, FIX_ALL_KIND)) {
            const edits = combineFixes(mechanicalFixes(this.services, document));
            if (edits.length > 0) {
                actions.push({
                    title: helpTexts(this.services.i18n.Locale.locale).editor.fixAll,
                    kind: FIX_ALL_KIND,
                    edit: { changes: { [document.textDocument.uri]: edits } }
                });
            }
        }
        // Whole-file rewrites, too, only when asked for (Refactor…): they fix nothing under the cursor.
        if (only && requested(only, CodeActionKind.RefactorRewrite)) actions.push(...this.keywordConversions(document));
        return actions;
    }

    /**
     * "Use Chinese keywords" and "Use English keywords" for the whole file: each one that changes
     * something (both in a mixed file). With a syntax error, they are shown disabled, saying why.
     */
    private keywordConversions(document: LangiumDocument): CodeAction[] {
        const root = document.parseResult.value.$cstNode;
        const used = keywordLanguagesIn(root);
        const texts = helpTexts(this.services.i18n.Locale.locale).convert;
        const syntaxError = firstSyntaxError(document.textDocument.getText(), document.parseResult);
        const targets: KeywordLanguage[] = used.size === 2 ? ['zh', 'en'] : used.has('en') ? ['zh'] : used.has('zh') ? ['en'] : [];
        return targets.map(to => {
            const action: CodeAction = { title: texts.to[to].action, kind: CodeActionKind.RefactorRewrite };
            if (syntaxError) return { ...action, disabled: { reason: texts.syntaxErrorReason(syntaxError.line) } };
            const edits = keywordChanges(root, to).map(change => ({
                range: { start: document.textDocument.positionAt(change.offset), end: document.textDocument.positionAt(change.end) },
                newText: change.text
            }));
            return { ...action, edit: { changes: { [document.textDocument.uri]: edits } } };
        });
    }
}

/** A kind is requested when no kinds are named, or one of them is it or a prefix of it (`source` asks for `source.fixAll.…`). */
function requested(only: string[] | undefined, kind: string): boolean {
    return !only || only.some(prefix => kind === prefix || kind.startsWith(`${prefix}.`));
}
