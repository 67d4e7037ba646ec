import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import { findRule } from './rules/index.js';
import type { ServiceDramaServices } from './service-drama-module.js';
import type { RuleDiagnosticData } from './validation/rule-validator.js';

/**
 * Quick fixes for rule findings. Each diagnostic carries its rule id and the path of the node it is
 * about; the rule's own `fix` turns that node into edits.
 */
export class ServiceDramaCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: ServiceDramaServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            actions.push(...this.fixesFor(document, diagnostic));
        }
        return actions;
    }

    private fixesFor(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const data = diagnostic.data as Partial<RuleDiagnosticData> | undefined;
        const rule = typeof data?.code === 'string' ? findRule(data.code) : undefined;
        if (!rule?.fix || typeof data?.path !== 'string') return [];
        const node = this.services.workspace.AstNodeLocator.getAstNode(document.parseResult.value, data.path);
        if (!node) return [];
        const locale = this.services.i18n.Locale.locale;
        const fixes = rule.fix(node, { document, locale, data: data as Record<string, unknown> })
            .filter(fix => fix.edits.length > 0);
        return fixes.map(fix => ({
            title: fix.title[locale],
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fixes.length === 1,
            edit: { changes: { [document.textDocument.uri]: fix.edits } }
        }));
    }
}
