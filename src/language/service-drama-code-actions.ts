import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command } from 'vscode-languageserver';
import { combineFixes, fixesForDiagnostic, mechanicalFixes } from './fix-all.js';
import { helpTexts } from './help/keyword-help.js';
import type { ServiceDramaServices } from './service-drama-module.js';

/** The kind of the "fix all" source action: `editor.codeActionsOnSave` names it to fix on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.serviceDrama`;

/**
 * Quick fixes for rule findings, and "fix all" as a source action. Each diagnostic carries its rule id
 * and the path of the node it is about; the rule's own `fix` turns that node into edits.
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
        return actions;
    }
}

/** A kind is requested when no kinds are named, or one of them is it or a prefix of it (`source` asks for `source.fixAll.…`). */
function requested(only: string[] | undefined, kind: string): boolean {
    return !only || only.some(prefix => kind === prefix || kind.startsWith(`${prefix}.`));
}
