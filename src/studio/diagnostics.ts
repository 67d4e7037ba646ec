import { setDiagnostics, type Action, type Diagnostic } from '@codemirror/lint';
import { LSPPlugin, type LSPClient } from '@codemirror/lsp-client';
import type { EditorView } from '@codemirror/view';
import type * as lsp from 'vscode-languageserver-protocol';

// The server's diagnostics in the editor, each with its quick fixes (the code actions the server
// offers for it) as buttons in its tooltip, as VS Code shows them behind the light bulb.

const SEVERITIES = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

export interface DiagnosticsListener {
    (uri: string, diagnostics: readonly lsp.Diagnostic[]): void;
}

/** A handler for `textDocument/publishDiagnostics`, for the LSP client's `notificationHandlers`. */
export function publishDiagnosticsWithFixes(onDiagnostics: DiagnosticsListener) {
    return (client: LSPClient, params: lsp.PublishDiagnosticsParams): boolean => {
        onDiagnostics(params.uri, params.diagnostics);
        const view = client.workspace.getFile(params.uri)?.getView();
        const plugin = view && LSPPlugin.get(view);
        if (!view || !plugin) return true;
        void showWithFixes(client, view, plugin, params);
        return true;
    };
}

async function showWithFixes(client: LSPClient, view: EditorView, plugin: LSPPlugin, params: lsp.PublishDiagnosticsParams): Promise<void> {
    const syncedDoc = plugin.syncedDoc;
    const fixes = await Promise.all(params.diagnostics.map(diagnostic => fixesFor(client, params.uri, diagnostic)));
    // A newer text reached the server meanwhile: its own diagnostics are on their way.
    if (plugin.syncedDoc !== syncedDoc) return;
    const diagnostics: Diagnostic[] = params.diagnostics.map((item, index) => ({
        from: plugin.unsyncedChanges.mapPos(plugin.fromPosition(item.range.start, syncedDoc)),
        to: plugin.unsyncedChanges.mapPos(plugin.fromPosition(item.range.end, syncedDoc)),
        severity: SEVERITIES[item.severity ?? 1],
        message: typeof item.message === 'string' ? item.message : item.message.value,
        source: typeof item.code === 'string' ? item.code : undefined,
        actions: fixes[index].map(action => toAction(action, params.uri, syncedDoc))
    }));
    view.dispatch(setDiagnostics(view.state, diagnostics));
}

async function fixesFor(client: LSPClient, uri: string, diagnostic: lsp.Diagnostic): Promise<lsp.CodeAction[]> {
    if (!client.serverCapabilities?.codeActionProvider) return [];
    try {
        const actions = await client.request<lsp.CodeActionParams, (lsp.CodeAction | lsp.Command)[] | null>('textDocument/codeAction', {
            textDocument: { uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic], only: ['quickfix'] }
        });
        return (actions ?? []).filter((action): action is lsp.CodeAction => 'edit' in action && action.edit !== undefined);
    } catch {
        return [];
    }
}

function toAction(action: lsp.CodeAction, uri: string, syncedDoc: LSPPlugin['syncedDoc']): Action {
    return {
        name: action.title,
        apply(view) {
            const plugin = LSPPlugin.get(view);
            // A fix is for the text it was computed on; after an edit, the next diagnostics bring new ones.
            if (!plugin || !view.state.doc.eq(syncedDoc)) return;
            const changes = (action.edit?.changes?.[uri] ?? []).map(edit => ({
                from: plugin.fromPosition(edit.range.start, syncedDoc),
                to: plugin.fromPosition(edit.range.end, syncedDoc),
                insert: edit.newText
            }));
            view.dispatch({ changes, userEvent: 'input.quickfix' });
        }
    };
}
