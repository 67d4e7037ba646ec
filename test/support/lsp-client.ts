import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest,
    PublishDiagnosticsNotification, type Diagnostic, type InitializeParams
} from 'vscode-languageserver-protocol';

/**
 * Starts the bundled language server (dist/server.cjs) over stdio and speaks LSP to it, as an editor would.
 * Used by tests that must prove the real server's behaviour and by the benchmarks.
 */
export class LspTestClient {
    readonly connection: ProtocolConnection;
    private readonly diagnosticWaiters = new Map<string, Array<(diagnostics: Diagnostic[]) => void>>();
    readonly latestDiagnostics = new Map<string, Diagnostic[]>();
    private exited = false;

    private constructor(readonly process: ChildProcess) {
        this.connection = createProtocolConnection(
            new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            this.latestDiagnostics.set(params.uri, params.diagnostics);
            const waiters = this.diagnosticWaiters.get(params.uri) ?? [];
            this.diagnosticWaiters.delete(params.uri);
            waiters.forEach(resolve => resolve(params.diagnostics));
        });
        process.on('exit', () => { this.exited = true; });
        this.connection.listen();
    }

    /** What the server wrote to its standard error, when started with `captureStderr`. */
    stderr = '';

    /** Starts dist/server.cjs (or `serverPath`) with this Node, or `command` as an editor would run it. */
    static async start(options: {
        rootUri?: string; locale?: string; serverPath?: string; execArgv?: string[]; command?: string; captureStderr?: boolean;
        /** Registers handlers for the server's own requests, before the server may send any. */
        answer?: (connection: ProtocolConnection) => void;
    } = {}): Promise<LspTestClient> {
        const serverPath = options.serverPath ?? path.resolve('dist', 'server.cjs');
        const stdio: ['pipe', 'pipe', 'pipe' | 'inherit'] = ['pipe', 'pipe', options.captureStderr ? 'pipe' : 'inherit'];
        const child = options.command
            ? spawn(options.command, ['--stdio'], { stdio })
            : spawn(process.execPath, [...(options.execArgv ?? []), serverPath, '--stdio'], { stdio });
        const client = new LspTestClient(child);
        child.stderr?.setEncoding('utf8').on('data', (chunk: string) => { client.stderr += chunk; });
        options.answer?.(client.connection);
        const params: InitializeParams = {
            processId: process.pid,
            rootUri: options.rootUri ?? null,
            workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'workspace' }] : null,
            locale: options.locale,
            capabilities: { workspace: { configuration: false } }
        };
        await client.connection.sendRequest(InitializeRequest.type, params);
        await client.connection.sendNotification(InitializedNotification.type, {});
        return client;
    }

    get alive(): boolean {
        return !this.exited && this.process.exitCode === null;
    }

    /** Resolves with the next diagnostics published for a document. */
    nextDiagnostics(uri: string): Promise<Diagnostic[]> {
        return new Promise(resolve => {
            const waiters = this.diagnosticWaiters.get(uri) ?? [];
            waiters.push(resolve);
            this.diagnosticWaiters.set(uri, waiters);
        });
    }

    async open(uri: string, text: string, languageId = 'service-drama'): Promise<Diagnostic[]> {
        const published = this.nextDiagnostics(uri);
        await this.send(uri, text, languageId);
        return published;
    }

    /** Opens a document without waiting for diagnostics: for documents the server should leave alone. */
    async send(uri: string, text: string, languageId: string): Promise<void> {
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId, version: 1, text }
        });
    }

    async replace(uri: string, version: number, text: string): Promise<Diagnostic[]> {
        const published = this.nextDiagnostics(uri);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version },
            contentChanges: [{ text }]
        });
        return published;
    }

    async stop(): Promise<void> {
        if (this.alive) {
            try {
                await Promise.race([this.connection.sendRequest('shutdown'), new Promise(resolve => setTimeout(resolve, 2000))]);
                await this.connection.sendNotification('exit');
            } catch {
                // The server may already be gone; it is killed below either way.
            }
        }
        this.connection.dispose();
        this.process.kill();
    }
}
