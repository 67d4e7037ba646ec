import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { registerBlueprintPreview } from './blueprint-preview.js';
import { registerNewSpecCommand } from './new-spec-command.js';
import { CLIENT_ID, CLIENT_NAME, CLIENT_OPTIONS } from './client-options.js';
import { answerWorkspaceFileRequests } from './workspace-files.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    client = startLanguageClient(context);
    context.subscriptions.push(...answerWorkspaceFileRequests(client));
    registerBlueprintPreview(context, client);
    registerNewSpecCommand(context);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

function startLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
    // --inspect lets a developer attach a debugger to the server in the Extension Development Host.
    const debugOptions = { execArgv: ['--nolazy', `--inspect=${process.env.SERVICE_DRAMA_DEBUG_PORT ?? '6009'}`] };
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: debugOptions }
    };
    return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, CLIENT_OPTIONS);
}
