import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { registerBlueprintPreview } from './blueprint-preview.js';
import { CLIENT_ID, CLIENT_NAME, CLIENT_OPTIONS } from './client-options.js';
import { answerWorkspaceFileRequests } from './workspace-files.js';

// The extension in VS Code for the Web (vscode.dev, github.dev, a web worker extension host): the
// language server runs in a web worker and reads the workspace's files through this client.

let client: LanguageClient | undefined;
let worker: WebWorker | undefined;

/** The web worker of the extension host, as far as this client uses it (the project compiles without the DOM library). */
interface WebWorker {
    terminate(): void;
}
declare const Worker: new (url: string) => WebWorker;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    client = new LanguageClient(CLIENT_ID, CLIENT_NAME, () => connectToServer(context), CLIENT_OPTIONS);
    context.subscriptions.push(...answerWorkspaceFileRequests(client));
    registerBlueprintPreview(context, client);
    await client.start();
}

/**
 * A fresh worker for each start of the client. The transports are made here: the client's own test
 * for a worker (`instanceof Worker`) fails on the worker constructor VS Code's host puts in place.
 */
async function connectToServer(context: vscode.ExtensionContext): Promise<MessageTransports> {
    worker?.terminate();
    worker = await startServerWorker(context);
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

/**
 * The language server's worker. VS Code's web worker host starts no worker from the file of an
 * extension installed on a remote (code-server, a dev container, a tunnel): it would need the file's
 * address in the browser. There the worker starts from the script's text, read through the host.
 */
async function startServerWorker(context: vscode.ExtensionContext): Promise<WebWorker> {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server-browser.js');
    if (serverMain.scheme !== 'vscode-remote') return new Worker(serverMain.toString(true));
    const source = await vscode.workspace.fs.readFile(serverMain);
    return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    worker?.terminate();
    client = undefined;
    worker = undefined;
}
