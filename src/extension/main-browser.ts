import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { registerBlueprintPreview } from './blueprint-preview.js';
import { CLIENT_ID, CLIENT_NAME, CLIENT_OPTIONS } from './client-options.js';
import { answerWorkspaceFileRequests } from './workspace-files.js';

// The extension in VS Code for the Web (vscode.dev, github.dev, a web worker extension host): the
// language server runs in a web worker and reads the workspace's files through this client.

let client: LanguageClient | undefined;

/** The web worker constructor of the extension host (the project compiles without the DOM library). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server-browser.js');
    const worker = new Worker(serverMain.toString(true));
    client = new LanguageClient(CLIENT_ID, CLIENT_NAME, CLIENT_OPTIONS, worker);
    context.subscriptions.push(...answerWorkspaceFileRequests(client));
    registerBlueprintPreview(context, client);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
