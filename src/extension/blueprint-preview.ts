import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { BlueprintModel, SourceRange } from '../blueprint/model.js';
import { renderHtml } from '../blueprint/render-html.js';
import { renderSvg } from '../blueprint/render-svg.js';
import { escapeXml } from '../blueprint/escape.js';
import { BLUEPRINT_REQUEST, OPEN_BLUEPRINT_COMMAND, SURVEY_CHANGED_NOTIFICATION, type BlueprintParams, type BlueprintResult } from '../blueprint/protocol.js';
import { pageHead } from '../blueprint/page-head.js';
import type { BlueprintTexts } from '../language/help/help-texts.js';
import { helpTexts } from '../language/help/keyword-help.js';
import { localeFromTag, type Locale } from '../language/i18n/locale.js';

// The blueprint beside the editor. The language server computes and draws the blueprint; this panel
// shows it, asks again (debounced) as the spec changes, and reveals the source of a clicked item.

const LANGUAGE_ID = 'service-drama';
/** The panel's type; package.json activates the extension on it, to restore the panel after a reload. */
const VIEW_TYPE = 'serviceDrama.blueprint';
const UPDATE_DELAY_MS = 250;

type Strings = BlueprintTexts['preview'];

/** The preview's texts, in the help language: the setting, else VS Code's display language. */
function strings(): Strings {
    return helpTexts(previewLocale()).blueprint.preview;
}

function previewLocale(): Locale {
    const setting = vscode.workspace.getConfiguration('serviceDrama').get<string>('helpLanguage', 'auto');
    return localeFromTag(setting === 'auto' ? vscode.env.language : setting);
}

/** Messages from the webview script (media/blueprint-preview.js). */
type WebviewMessage =
    | { type: 'ready' }
    | { type: 'selectService'; service: string }
    | { type: 'reveal'; range: SourceRange }
    | { type: 'export' }
    | { type: 'rasterised'; id: number; png?: string; error?: string };

/** How many pixels per unit of the drawing an exported PNG has: sharp on high-density screens. */
const PNG_SCALE = 2;

/** What the page script saves with `setState`; VS Code hands it back when it restores the panel. */
interface PageState {
    document?: string;
    service?: string;
}

/**
 * Registers the command that opens the preview (the same command serves the title bar and the
 * CodeLens), and brings the preview back when VS Code reopens a window that had it open.
 */
export function registerBlueprintPreview(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
    const preview = new BlueprintPreview(context.extensionUri, client);
    context.subscriptions.push(preview,
        vscode.commands.registerCommand(OPEN_BLUEPRINT_COMMAND,
            (target?: vscode.Uri | string, service?: string) => preview.open(target, service)),
        vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
            deserializeWebviewPanel: (panel, state: PageState | undefined) => {
                preview.restore(panel, state);
                return Promise.resolve();
            }
        }));
}

class BlueprintPreview implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private documentUri: vscode.Uri | undefined;
    private service: string | undefined;
    private position: vscode.Position | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private highlightTimer: ReturnType<typeof setTimeout> | undefined;
    private pending: vscode.CancellationTokenSource | undefined;
    private generation = 0;
    /** The blueprint shown, which an export writes out. */
    private model: BlueprintModel | undefined;
    private rasterisations = new Map<number, (png: Uint8Array | Error) => void>();
    private nextRasterisation = 0;
    private readonly subscriptions: vscode.Disposable[] = [];
    private readonly highlight = vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
        isWholeLine: false
    });
    private readonly media: vscode.Uri;

    constructor(extensionUri: vscode.Uri, private readonly client: BaseLanguageClient) {
        this.media = vscode.Uri.joinPath(extensionUri, 'media');
        this.subscriptions.push(
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document.languageId === LANGUAGE_ID && event.contentChanges.length > 0) this.scheduleUpdate();
            }),
            // The heat map changes when the survey file changes on disk (the server reads it again and says so).
            this.client.onNotification(SURVEY_CHANGED_NOTIFICATION, () => this.scheduleUpdate()),
            // Findings change when another spec (a norm) or the rule configuration changes.
            vscode.languages.onDidChangeDiagnostics(event => {
                if (this.documentUri && event.uris.some(uri => uri.toString() === this.documentUri!.toString())) this.scheduleUpdate();
            }),
            // The preview follows the spec being edited, as the Markdown preview does.
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (this.panel && editor?.document.languageId === LANGUAGE_ID && editor.document.uri.toString() !== this.documentUri?.toString()) {
                    this.show(editor.document.uri, undefined, editor.selection.active);
                }
            })
        );
    }

    open(target: vscode.Uri | string | undefined, service: string | undefined): void {
        // From a link in the walkthrough no text editor is active: take the spec that is in view.
        const editor = vscode.window.activeTextEditor?.document.languageId === LANGUAGE_ID ? vscode.window.activeTextEditor
            : vscode.window.visibleTextEditors.find(visible => visible.document.languageId === LANGUAGE_ID);
        const uri = typeof target === 'string' ? vscode.Uri.parse(target)
            : target instanceof vscode.Uri ? target
                : editor?.document.languageId === LANGUAGE_ID ? editor.document.uri : undefined;
        if (!uri) {
            void vscode.window.showInformationMessage(strings().openSpecFirst);
            return;
        }
        const position = editor?.document.uri.toString() === uri.toString() ? editor.selection.active : undefined;
        this.show(uri, service, position);
    }

    private show(uri: vscode.Uri, service: string | undefined, position: vscode.Position | undefined): void {
        this.documentUri = uri;
        this.service = service;
        this.position = position;
        if (this.panel) {
            this.panel.reveal(this.panel.viewColumn ?? vscode.ViewColumn.Beside, true);
        } else {
            this.panel = this.createPanel();
        }
        this.panel.title = strings().tab(uri.path.slice(uri.path.lastIndexOf('/') + 1));
        void this.update();
    }

    /** Takes over a panel VS Code restored, showing the spec and service its page had saved. */
    restore(panel: vscode.WebviewPanel, state: PageState | undefined): void {
        if (this.panel || typeof state?.document !== 'string') {
            panel.dispose();
            return;
        }
        this.documentUri = vscode.Uri.parse(state.document);
        this.service = state.service;
        this.position = undefined;
        panel.webview.options = this.webviewOptions();
        this.panel = this.adopt(panel);
    }

    private createPanel(): vscode.WebviewPanel {
        const panel = vscode.window.createWebviewPanel(VIEW_TYPE, strings().title,
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            { ...this.webviewOptions(), retainContextWhenHidden: true });
        return this.adopt(panel);
    }

    private webviewOptions(): vscode.WebviewOptions {
        return { enableScripts: true, localResourceRoots: [this.media] };
    }

    /** Fills a new or restored panel with the page; the page asks for the blueprint once it is ready. */
    private adopt(panel: vscode.WebviewPanel): vscode.WebviewPanel {
        panel.iconPath = vscode.Uri.joinPath(this.media, 'blueprint.svg');
        panel.webview.html = this.html(panel.webview);
        panel.webview.onDidReceiveMessage((message: WebviewMessage) => this.onMessage(message), undefined, this.subscriptions);
        panel.onDidDispose(() => {
            this.panel = undefined;
            this.pending?.cancel();
            clearTimeout(this.timer);
        }, undefined, this.subscriptions);
        return panel;
    }

    private onMessage(message: WebviewMessage): void {
        switch (message.type) {
            case 'ready':
                void this.update();
                break;
            case 'selectService':
                this.service = message.service;
                void this.update();
                break;
            case 'reveal':
                void this.reveal(message.range);
                break;
            case 'export':
                void this.export();
                break;
            case 'rasterised': {
                const done = this.rasterisations.get(message.id);
                this.rasterisations.delete(message.id);
                done?.(message.png ? Uint8Array.from(atob(message.png), char => char.charCodeAt(0)) : new Error(message.error ?? 'no picture'));
                break;
            }
        }
    }

    private scheduleUpdate(): void {
        if (!this.panel) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
    }

    private async update(): Promise<void> {
        const panel = this.panel;
        const uri = this.documentUri;
        if (!panel || !uri) return;
        clearTimeout(this.timer);
        this.pending?.cancel();
        const pending = this.pending = new vscode.CancellationTokenSource();
        const generation = ++this.generation;
        const params: BlueprintParams = {
            textDocument: { uri: this.client.code2ProtocolConverter.asUri(uri) },
            service: this.service,
            position: this.position && { line: this.position.line, character: this.position.character }
        };
        try {
            const result = await this.client.sendRequest<BlueprintResult>(BLUEPRINT_REQUEST, params, pending.token);
            if (generation !== this.generation || pending.token.isCancellationRequested) return;
            // Keep the service once found, so that edits elsewhere in the file do not switch it.
            this.service = result.service;
            this.position = undefined;
            this.model = result.model;
            const text = strings();
            if (result.service) panel.title = text.tab(result.service);
            const document = uri.toString();
            const nothingToDraw = result.norms ? text.normsOnly(result.norms.join(text.listSeparator)) : text.noService;
            void panel.webview.postMessage(result.svg
                ? { type: 'update', document, svg: result.svg, services: result.services, service: result.service }
                : { type: 'status', document, text: nothingToDraw, services: result.services, clear: true });
        } catch (error) {
            if (generation !== this.generation || pending.token.isCancellationRequested) return;
            const message = error instanceof Error ? error.message : String(error);
            void panel.webview.postMessage({ type: 'status', text: strings().failed + message });
        }
    }

    /**
     * Saves the blueprint shown through VS Code's save dialog, as SVG or HTML (drawn here by the
     * renderer the CLI uses) or PNG (the same SVG rasterised on the page's canvas, which works in the
     * browser too and draws Chinese with the fonts the page has).
     */
    private async export(): Promise<void> {
        const model = this.model;
        if (!model || !this.documentUri) return;
        const text = strings();
        const locale = previewLocale();
        const folder = vscode.Uri.joinPath(this.documentUri, '..');
        const target = await vscode.window.showSaveDialog({
            defaultUri: vscode.Uri.joinPath(folder, `${model.service}-blueprint.svg`),
            filters: { [text.exportTypes.svg]: ['svg'], [text.exportTypes.png]: ['png'], [text.exportTypes.html]: ['html', 'htm'] },
            title: text.export
        });
        if (!target) return;
        try {
            // No node:path here: the preview also runs in the browser extension.
            const name = target.path.slice(target.path.lastIndexOf('/') + 1);
            const extension = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '';
            const content = extension === '.png'
                ? await this.rasterise(renderSvg(model, { locale, fixedColours: true }))
                : new TextEncoder().encode(extension === '.html' || extension === '.htm' ? renderHtml(model, locale) : renderSvg(model, { locale }));
            await vscode.workspace.fs.writeFile(target, content);
            void vscode.window.showInformationMessage(text.exported(name));
        } catch (error) {
            void vscode.window.showErrorMessage(text.exportFailed + (error instanceof Error ? error.message : String(error)));
        }
    }

    private rasterise(svg: string): Promise<Uint8Array> {
        const panel = this.panel;
        if (!panel) return Promise.reject(new Error('the preview is closed'));
        const id = ++this.nextRasterisation;
        return new Promise((resolve, reject) => {
            this.rasterisations.set(id, result => result instanceof Error ? reject(result) : resolve(result));
            void panel.webview.postMessage({ type: 'rasterise', id, svg, scale: PNG_SCALE });
        });
    }

    private async reveal(range: SourceRange): Promise<void> {
        if (!this.documentUri) return;
        const uri = this.documentUri;
        const document = await vscode.workspace.openTextDocument(uri);
        const visible = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri.toString());
        const target = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
        const editor = await vscode.window.showTextDocument(document, {
            viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
            selection: new vscode.Range(target.start, target.start)
        });
        editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        // A short highlight shows which text the clicked box comes from.
        clearTimeout(this.highlightTimer);
        editor.setDecorations(this.highlight, [target]);
        this.highlightTimer = setTimeout(() => editor.setDecorations(this.highlight, []), 1500);
    }

    private html(webview: vscode.Webview): string {
        // Web Crypto: the same in the desktop extension host and in a web worker one.
        const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
        const script = webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'blueprint-preview.js'));
        const style = webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'blueprint-preview.css'));
        const text = strings();
        const head = pageHead({
            languageTag: helpTexts(previewLocale()).blueprint.languageTag,
            title: text.title,
            webview: { nonce, source: webview.cspSource, stylesheet: style.toString() }
        });
        return `${head}<body data-strings="${escapeXml(JSON.stringify(text))}">
<div class="toolbar" role="toolbar">
<label class="service-picker" hidden>${escapeXml(text.service)} <select id="service"></select></label>
<span class="spacer"></span>
<button id="export" type="button" title="${escapeXml(text.export)}">${escapeXml(text.export)}</button>
<button id="zoom-out" type="button" title="${escapeXml(text.zoomOut)}" aria-label="${escapeXml(text.zoomOut)}">−</button>
<button id="zoom-reset" type="button" title="${escapeXml(text.zoomReset)}" aria-label="${escapeXml(text.zoomReset)}">100%</button>
<button id="zoom-in" type="button" title="${escapeXml(text.zoomIn)}" aria-label="${escapeXml(text.zoomIn)}">+</button>
</div>
<div id="viewport" tabindex="-1"><div id="canvas"><div id="labels" aria-hidden="true"></div><div id="blueprint"></div></div></div>
<div id="status" role="status">${escapeXml(text.loading)}</div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
    }

    dispose(): void {
        clearTimeout(this.timer);
        clearTimeout(this.highlightTimer);
        this.pending?.cancel();
        this.panel?.dispose();
        this.highlight.dispose();
        for (const subscription of this.subscriptions) subscription.dispose();
    }
}
