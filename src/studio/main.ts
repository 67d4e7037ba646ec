import { LSPClient, languageServerExtensions } from '@codemirror/lsp-client';
import { EditorView, basicSetup } from 'codemirror';
import { EditorState } from '@codemirror/state';
import type * as lsp from 'vscode-languageserver-protocol';
import type { SourceRange } from '../blueprint/model.js';
import { BLUEPRINT_CSS } from '../blueprint/theme.js';
import { READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, type ReadDirectoryParams, type ReadFileParams } from '../language/workspace-files/workspace-files-protocol.js';
import type { Locale } from '../language/i18n/locale.js';
import starter from '../../examples/hotpot-checkout.drama';
import { BlueprintPane } from './blueprint-pane.js';
import { publishDiagnosticsWithFixes } from './diagnostics.js';
import { dramaLanguage } from './drama-language.js';
import { downloadSpec, exportHtml, exportPng, exportSvg } from './exports.js';
import { startLanguageServerWorker, workerTransport } from './language-server-worker.js';
import { FolderStore, ROOT_URI, SingleSpecStore, pathOf, specUri, type SpecStore } from './spec-store.js';
import { applyTexts, browserLocale, previewTexts, studioTexts } from './texts.js';

// The studio page: the editor (CodeMirror with the language server in a web worker) on the left, the
// live blueprint on the right, and a toolbar to open, save, download and export.

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';

let locale: Locale = browserLocale();
const texts = () => studioTexts(locale);

const folderName = meta('studio-folder');
const store: SpecStore = folderName ? new FolderStore(folderName, meta('studio-token'))
    : new SingleSpecStore({ path: 'hotpot-checkout.drama', text: starter });

/** The server's diagnostics of each spec, for the status bar. */
const diagnostics = new Map<string, readonly lsp.Diagnostic[]>();

const client = new LSPClient({
    rootUri: store.folder ? ROOT_URI : undefined,
    timeout: 20_000,
    extensions: languageServerExtensions(),
    notificationHandlers: {
        'textDocument/publishDiagnostics': publishDiagnosticsWithFixes((uri, found) => {
            diagnostics.set(uri, found);
            if (uri === current?.uri) {
                showProblems();
                blueprint.schedule();
            }
        })
    }
});
client.connect(workerTransport(startLanguageServerWorker(), {
    [READ_FILE_REQUEST]: params => store.read(pathOf((params as ReadFileParams).uri)),
    [READ_DIRECTORY_REQUEST]: params => store.readDirectory((params as ReadDirectoryParams).uri)
}, params => {
    params.locale = locale === 'zh' ? 'zh-CN' : 'en';
    if (store.folder) params.workspaceFolders = [{ uri: ROOT_URI, name: store.folder }];
}));

interface OpenSpec {
    path: string;
    uri: string;
    view: EditorView;
    /** The editor's element: hidden while another spec is shown. */
    host: HTMLElement;
    savedText: string;
}

const editors = new Map<string, OpenSpec>();
let current: OpenSpec | undefined;

const blueprint = new BlueprintPane(client, {
    drawing: element('blueprint'),
    status: element('blueprint-status'),
    picker: element<HTMLSelectElement>('service'),
    pickerLabel: element('service-picker')
}, texts, () => previewTexts(locale), reveal);

/** Shows a spec in the editor; each spec keeps its own editor, so unsaved changes survive a switch. */
function showSpec(path: string, text: string): void {
    let spec = editors.get(path);
    if (!spec) {
        const uri = specUri(path);
        const host = element('editor').appendChild(document.createElement('div'));
        host.className = 'editor-host';
        const view = new EditorView({
            parent: host,
            state: EditorState.create({
                doc: text,
                extensions: [
                    basicSetup,
                    dramaLanguage,
                    EditorView.cspNonce.of(meta('csp-nonce')),
                    client.plugin(uri, 'service-drama'),
                    EditorView.updateListener.of(update => {
                        if (update.docChanged) {
                            showFileState();
                            blueprint.schedule();
                        }
                    })
                ]
            })
        });
        spec = { path, uri, view, host, savedText: text };
        editors.set(path, spec);
    }
    for (const other of editors.values()) other.host.hidden = other !== spec;
    current = spec;
    element<HTMLSelectElement>('spec').value = path;
    showProblems();
    showFileState();
    blueprint.show(spec.uri);
    spec.view.focus();
}

function reveal(range: SourceRange): void {
    if (!current) return;
    const { view } = current;
    const line = view.state.doc.line(Math.min(range.start.line + 1, view.state.doc.lines));
    view.dispatch({ selection: { anchor: Math.min(line.from + range.start.character, line.to) }, scrollIntoView: true });
    view.focus();
}

function showProblems(): void {
    const found = current ? diagnostics.get(current.uri) ?? [] : [];
    const count = (severity: number) => found.filter(item => (item.severity ?? 1) === severity).length;
    element('problems').textContent = found.length === 0 ? texts().noProblems : texts().problems(count(1), count(2), count(3) + count(4));
}

function showFileState(note?: string): void {
    const state = element('file-state');
    if (note !== undefined) state.textContent = note;
    else if (current) state.textContent = current.view.state.doc.toString() === current.savedText ? current.path : `${current.path} · ${texts().unsaved}`;
}

async function save(): Promise<void> {
    if (!current) return;
    const spec = current;
    const text = spec.view.state.doc.toString();
    try {
        if (await store.save(spec.path, text)) {
            spec.savedText = text;
            showFileState(texts().saved(spec.path));
        } else {
            downloadSpec(spec.path.split('/').pop()!, text);
            spec.savedText = text;
            showFileState();
        }
    } catch (error) {
        showFileState(texts().saveFailed(spec.path, error instanceof Error ? error.message : String(error)));
    }
}

/** A spec from the user's computer: in a folder it becomes a new spec there (written on Save). */
async function openLocalFile(file: File): Promise<void> {
    try {
        const text = await file.text();
        if (!store.folder) {
            // One spec at a time: the new one replaces the one shown.
            for (const spec of editors.values()) {
                spec.view.destroy();
                spec.host.remove();
            }
            editors.clear();
            listSpecs([file.name]);
        } else if (!editors.has(file.name)) {
            listSpecs([...[...element<HTMLSelectElement>('spec').options].map(option => option.value), file.name]);
        }
        showSpec(file.name, text);
    } catch (error) {
        showFileState(texts().openFailed(file.name, error instanceof Error ? error.message : String(error)));
    }
}

function listSpecs(paths: string[]): void {
    const picker = element<HTMLSelectElement>('spec');
    picker.replaceChildren(...paths.map(path => new Option(path, path)));
    element('spec-picker').hidden = !store.folder;
}

function setLocale(next: Locale): void {
    locale = next;
    element<HTMLSelectElement>('language').value = locale;
    applyTexts(locale);
    element('title').title = store.folder ? texts().folder(store.folder) : texts().singleSpec;
    showProblems();
    showFileState();
    // Hovers, completion and diagnostics follow: the server takes it as the helpLanguage setting.
    void client.initializing.then(() => client.notification('workspace/didChangeConfiguration', {
        settings: { serviceDrama: { helpLanguage: locale === 'zh' ? 'zh-CN' : 'en' } }
    }));
    blueprint.schedule();
}

/** Shows the spec picked in the list, read from the store unless it is open already. */
async function openPicked(path: string): Promise<void> {
    const text = editors.has(path) ? '' : await store.read(path);
    showSpec(path, text ?? '');
}

function wireToolbar(): void {
    element('language').addEventListener('change', event => setLocale((event.target as HTMLSelectElement).value as Locale));
    element('spec').addEventListener('change', event => void openPicked((event.target as HTMLSelectElement).value));
    const fileInput = element<HTMLInputElement>('open-file');
    element('open').addEventListener('click', () => fileInput.click());
    fileInput.addEventListener('change', () => {
        const file = fileInput.files?.[0];
        fileInput.value = '';
        if (file) void openLocalFile(file);
    });
    element('save').addEventListener('click', () => void save());
    element('download').addEventListener('click', () => {
        if (current) downloadSpec(current.path.split('/').pop()!, current.view.state.doc.toString());
    });
    element('export-svg').addEventListener('click', () => blueprint.model && exportSvg(blueprint.model));
    element('export-png').addEventListener('click', () => blueprint.model && void exportPng(blueprint.model));
    element('export-html').addEventListener('click', () => blueprint.model && exportHtml(blueprint.model));
    document.addEventListener('keydown', event => {
        if ((event.ctrlKey || event.metaKey) && event.key === 's') {
            event.preventDefault();
            void save();
        }
    });
}

async function start(): Promise<void> {
    // The blueprint's own stylesheet, as the CLI's pages and VS Code's preview have it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(BLUEPRINT_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    wireToolbar();
    setLocale(locale);
    const paths = await store.list();
    listSpecs(paths);
    const first = paths[0];
    if (first !== undefined) showSpec(first, (await store.read(first)) ?? '');
    else showSpec('untitled.drama', '');
}

void start();
