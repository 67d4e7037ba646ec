import * as assert from 'node:assert/strict';
import { URI } from 'langium';
import {
    DefinitionRequest, DidChangeWatchedFilesNotification, ErrorCodes, FileChangeType, HoverRequest, LSPErrorCodes, PrepareRenameRequest, RenameRequest, ResponseError
} from 'vscode-languageserver-protocol';
import { BLUEPRINT_REQUEST, type BlueprintResult } from '../../src/blueprint/protocol.js';
import { LspTestClient } from '../support/lsp-client.js';

const SPEC = `service S {
    actor Host frontstage
    actor Cook backstage
    scene X {
        touchpoint T remote {
            customer "waits"
            Host "calls"
            Cook "cooks"
        }
    }
}
`;

/** Through the bundled server over stdio: bad requests get an error or nothing, and the server lives on. */
describe('the real language server on requests it cannot answer', () => {
    const uri = URI.file('/workspace/bad-input.drama').toString();
    const unopened = URI.file('/workspace/never-opened.drama').toString();
    let client: LspTestClient;

    before(async function () {
        this.timeout(30000);
        client = await LspTestClient.start({ locale: 'en' });
        await client.open(uri, SPEC);
    });
    after(() => client.stop());
    afterEach(() => assert.ok(client.alive, 'the server is still running'));

    /** The error a request is answered with. */
    async function errorOf(method: string, params: unknown): Promise<ResponseError<unknown>> {
        try {
            const result = await client.connection.sendRequest(method, params);
            assert.fail(`${method} answered ${JSON.stringify(result)} instead of an error`);
        } catch (error) {
            assert.ok(error instanceof ResponseError, String(error));
            return error;
        }
    }

    it('leaves documents of other languages alone, and still serves specs, untitled ones too', async function () {
        this.timeout(30000);
        await client.send('file:///workspace/notes.txt', 'service S {', 'plaintext');
        await client.send('untitled:Untitled-1', 'service', 'plaintext');
        await client.send('file:///workspace/package.json', '{ "name": "x" }', 'json');
        // Saved on disk while open: not built either.
        await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [
            { uri: 'file:///workspace/notes.txt', type: FileChangeType.Changed },
            { uri: 'file:///workspace/package.json', type: FileChangeType.Created }
        ] });
        const hover = await client.connection.sendRequest(HoverRequest.type,
            { textDocument: { uri: 'file:///workspace/notes.txt' }, position: { line: 0, character: 2 } });
        assert.equal(hover, null);
        // A spec opened after them is validated; they never get diagnostics.
        const diagnostics = await client.open('untitled:Untitled-2', 'service U { scene Y { touchpoint Z remote { customer "x" } } }');
        assert.ok(diagnostics.some(d => d.code === 'touchpoint-has-expectation'), JSON.stringify(diagnostics));
        for (const other of ['file:///workspace/notes.txt', 'untitled:Untitled-1', 'file:///workspace/package.json']) {
            assert.equal(client.latestDiagnostics.get(other), undefined, other);
        }
    });

    it('answers nothing for a document it does not hold, and an error for its blueprint', async () => {
        const position = { line: 1, character: 12 };
        assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: unopened }, position }), null);
        assert.equal(await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: unopened }, position }), null);
        const error = await errorOf(BLUEPRINT_REQUEST, { textDocument: { uri: unopened } });
        assert.equal(error.code, LSPErrorCodes.RequestFailed);
        assert.match(error.message, /never-opened\.drama/);
    });

    it('answers InvalidParams for a negative or broken position and for malformed blueprint params', async () => {
        for (const position of [{ line: -1, character: 3 }, { line: 0, character: -2 }, { line: 0.5, character: 0 }, null]) {
            assert.equal((await errorOf(HoverRequest.method, { textDocument: { uri }, position })).code, ErrorCodes.InvalidParams);
        }
        for (const params of [null, {}, { textDocument: 5 }, { textDocument: { uri } , position: { line: -1, character: 0 } },
            { textDocument: { uri }, service: 7 }]) {
            assert.equal((await errorOf(BLUEPRINT_REQUEST, params)).code, ErrorCodes.InvalidParams, JSON.stringify(params));
        }
        assert.equal((await errorOf(HoverRequest.method, null)).code, ErrorCodes.InvalidParams);
        // Well-formed requests are still answered.
        const blueprint = await client.connection.sendRequest<BlueprintResult>(BLUEPRINT_REQUEST, { textDocument: { uri } });
        assert.equal(blueprint.service, 'S');
    });

    it('refuses a rename to a broken or taken name with a message the editor shows', async () => {
        const host = { line: 1, character: 12 };
        const refused = await errorOf(RenameRequest.method, { textDocument: { uri }, position: host, newName: 'has space' });
        assert.equal(refused.code, LSPErrorCodes.RequestFailed);
        assert.match(refused.message, /^'has space' is not a name/);
        const taken = await errorOf(RenameRequest.method, { textDocument: { uri }, position: host, newName: 'Cook' });
        assert.match(taken.message, /^Cook is already the name of the actor at line 3/);
        const notHere = await errorOf(PrepareRenameRequest.method, { textDocument: { uri }, position: { line: 5, character: 14 } });
        assert.match(notHere.message, /can be renamed/);
        const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: host, newName: 'Greeter' });
        assert.equal(edit?.changes?.[uri]?.length, 2);
    });
});
