// Drives the language server (dist/server.cjs, over stdio) through fuzz inputs as an editor would:
// open, edit, and every request at random and impossible positions. The server must stay alive, answer
// each request (a result, or an error such as InvalidParams, never an internal error) and log no stack trace.
import {
    CodeActionRequest, CodeLensRequest, CompletionRequest, DefinitionRequest, DidChangeTextDocumentNotification,
    DidCloseTextDocumentNotification, DocumentFormattingRequest, DocumentHighlightRequest, DocumentSymbolRequest,
    FoldingRangeRequest, HoverRequest, PrepareRenameRequest, ReferencesRequest, RenameRequest, SemanticTokensRequest
} from 'vscode-languageserver-protocol';
import { LspTestClient } from '../../out/test/support/lsp-client.js';

const REQUEST_TIMEOUT = 30000;
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
/** Errors a request may fairly answer with: bad params, a refused rename, an edit that overtook it. */
const FAIR_ERRORS = new Set([-32602, -32803, -32800, -32802]);
const NEW_NAMES = ['Renamed', 'has space', 'phone', '', '1abc', '名字', 'Host'];

function withTimeout(promise, what, exited) {
    let timer;
    return Promise.race([
        exited,
        promise.finally(() => clearTimeout(timer)),
        new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer to ${what} in ${REQUEST_TIMEOUT / 1000} s`)), REQUEST_TIMEOUT); })
    ]);
}

/** Line starts as LSP counts lines: \n, \r\n and \r end a line. */
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\r' && text[i + 1] === '\n') i++;
        if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
    }
    return starts;
}

function positionAt(starts, offset) {
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    return { line, character: offset - starts[line] };
}

export class ServerFuzzer {
    constructor({ serverPath, findings, stats, random }) {
        this.serverPath = serverPath;
        this.findings = findings;
        this.stats = stats;
        this.random = random;
        this.version = 1;
    }

    async start() {
        this.client = await LspTestClient.start({ serverPath: this.serverPath, captureStderr: true, locale: this.random.chance(0.5) ? 'zh-CN' : 'en' });
        this.stderrSeen = 0;
        // A request to a server that has exited would wait for its timeout: give up as soon as it exits.
        const child = this.client.process;
        this.exited = new Promise((_, reject) => child.once('exit', code => reject(new Error(`server exited (${code})`))));
        this.exited.catch(() => undefined);
        // Documents of other languages are opened too, as an editor does; the server leaves them alone.
        await this.client.send('file:///fuzz/notes.txt', 'service S {', 'plaintext');
        await this.client.send('untitled:Untitled-1', 'touchpoint', 'plaintext');
    }

    async stop() {
        await this.client?.stop();
    }

    async fuzz(input) {
        const uri = `file:///fuzz/${encodeURIComponent(input.id)}.drama`;
        const text = input.text;
        try {
            await withTimeout(this.client.open(uri, text), 'didOpen (no diagnostics)', this.exited);
            await this.requests(uri, text, input);
            const edited = await this.edit(uri, text, input);
            await this.requests(uri, edited, input, 2);
            await this.client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        } catch (error) {
            this.findings.add('server', 'no answer', error.message, input);
        }
        await this.checkHealth(input);
    }

    /** One incremental edit: a random range replaced by a piece of another input, as typing or pasting does. */
    async edit(uri, text, input) {
        const starts = lineStarts(text);
        const a = this.random.int(text.length + 1);
        const b = Math.min(text.length, a + this.random.int(40));
        const insert = this.random.pick(['', 'x', '}', '"', '\n', '\uD800', '服务', 'touchpoint T remote {', input.text.slice(0, 30)]);
        const published = this.client.nextDiagnostics(uri);
        await this.client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: ++this.version },
            contentChanges: [{ range: { start: positionAt(starts, a), end: positionAt(starts, b) }, text: insert }]
        });
        await withTimeout(published, 'didChange (no diagnostics)', this.exited);
        // Positions count UTF-16 units on LSP lines; a \r\n split by the edit is where texts could differ, which only moves positions.
        return text.slice(0, a) + insert + text.slice(b);
    }

    async requests(uri, text, input, count = 3) {
        const starts = lineStarts(text);
        const positions = [];
        for (let i = 0; i < count; i++) positions.push(positionAt(starts, this.random.int(text.length + 1)));
        // And places no text has: past the last line, past a line's end, before the first line (InvalidParams).
        positions.push({ line: starts.length + 3, character: 0 }, { line: 0, character: 100000 }, { line: -1, character: 2 });
        const textDocument = { uri };
        for (const position of positions) {
            const newName = this.random.pick(NEW_NAMES);
            await this.ask(HoverRequest.method, { textDocument, position }, input);
            await this.ask(CompletionRequest.method, { textDocument, position }, input);
            await this.ask(DefinitionRequest.method, { textDocument, position }, input);
            await this.ask(ReferencesRequest.method, { textDocument, position, context: { includeDeclaration: true } }, input);
            await this.ask(DocumentHighlightRequest.method, { textDocument, position }, input);
            await this.ask(PrepareRenameRequest.method, { textDocument, position }, input);
            await this.ask(RenameRequest.method, { textDocument, position, newName }, input);
            await this.ask('serviceDrama/blueprint', { textDocument, position }, input);
            await this.ask(CodeActionRequest.method, { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }, input);
        }
        await this.ask('serviceDrama/blueprint', { textDocument, service: 'NoSuchService' }, input);
        await this.ask(DocumentSymbolRequest.method, { textDocument }, input);
        await this.ask(FoldingRangeRequest.method, { textDocument }, input);
        await this.ask(SemanticTokensRequest.method, { textDocument }, input);
        await this.ask(CodeLensRequest.method, { textDocument }, input);
        await this.ask(DocumentFormattingRequest.method, { textDocument, options: { tabSize: 4, insertSpaces: true } }, input);
    }

    async ask(method, params, input) {
        this.stats.requests++;
        try {
            await withTimeout(this.client.connection.sendRequest(method, params), method, this.exited);
        } catch (error) {
            if (typeof error.code === 'number' && FAIR_ERRORS.has(error.code)) {
                this.stats.errors[error.code] = (this.stats.errors[error.code] ?? 0) + 1;
                return;
            }
            this.findings.add('server', method, `${error.code ?? ''} ${error.message}`.trim(), input, { params });
            if (!this.client.alive) throw new Error(`server exited (${this.client.process.exitCode}) during ${method}`, { cause: error });
        }
    }

    /** Stack traces the server logged since the last input; a dead server is reported and restarted. */
    async checkHealth(input) {
        const logged = this.client.stderr.slice(this.stderrSeen);
        this.stderrSeen = this.client.stderr.length;
        if (STACK_TRACE.test(logged)) this.findings.add('server', 'stderr', logged.trim().split('\n').slice(0, 3).join(' | '), input);
        if (!this.client.alive) {
            this.findings.add('server', 'exit', `server exited with ${this.client.process.exitCode}: ${logged.trim().split('\n')[0] ?? ''}`, input);
            await this.stop();
            await this.start();
        }
    }
}
