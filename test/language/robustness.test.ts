import * as assert from 'node:assert/strict';
import { URI } from 'langium';
import { HoverRequest, CompletionRequest, DocumentSymbolRequest, DocumentFormattingRequest, SemanticTokensRequest, FoldingRangeRequest } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lsp-client.js';
import { isService, type Scene } from '../../src/language/generated/ast.js';
import { createTestServices, messageText } from '../test-services.js';

const SPEC = `service Hotpot "火锅" {
    audience Diner { pace urgent }
    actor Host frontstage "Greeter"
    actor Kitchen backstage
    system Payments support
    prop Reader
    scene Checkout {
        budget 5 min
        touchpoint Pay face-to-face {
            moment bad-news trial
            customer "pays"
            Host "brings the reader"
            Payments "authorises"
            evidence Reader
            expect responsiveness "paid" within 2 min
            expect empathy "notices the hurry"
            risk Offline "no signal" { recovery "offer cash" }
            applies Polite
            delight "a mint"
            adapt "large-print bill"
        }
    }
}
norm Polite { expect assurance "smiles" within 10 s }
`;

/** A small deterministic generator, so a failing input can be reproduced. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state * 1664525 + 1013904223) >>> 0;
        return state / 2 ** 32;
    };
}

function garbage(next: () => number, length: number): string {
    const alphabet = '{}"\'/*\\\n\t ,-_abcxyz服务剧本01 service scene touchpoint expect within risk recovery';
    let text = '';
    for (let i = 0; i < length; i++) {
        const r = next();
        text += r < 0.8 ? alphabet[Math.floor(next() * alphabet.length)] : String.fromCharCode(Math.floor(next() * 0xffff));
    }
    return text;
}

function inputs(): string[] {
    const next = random(20261124);
    const cases: string[] = [];
    for (let cut = 0; cut <= SPEC.length; cut += 7) cases.push(SPEC.slice(0, cut));
    for (let i = 0; i < 40; i++) cases.push(garbage(next, 20 + Math.floor(next() * 400)));
    const bytes = Buffer.alloc(2000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
    cases.push(bytes.toString('latin1'), bytes.toString('utf8'));
    cases.push(`service S { scene X { touchpoint T remote { customer "${'很长的文字'.repeat(20000)}" } } }`);
    cases.push('service '.repeat(5000));
    cases.push('{'.repeat(3000) + '}'.repeat(3000));
    cases.push(`service S { actor ${'A'.repeat(50000)} frontstage }`);
    return cases;
}

describe('robustness: no text a user can type crashes the language server', () => {
    const services = createTestServices();
    afterEach(() => services.reset());

    it('parses, validates and serves every editor feature on truncated specs, random text and very long lines', async function () {
        this.timeout(120000);
        const lsp = services.ServiceDrama.lsp;
        const all = inputs();
        for (const [index, text] of all.entries()) {
            const uri = `file:///garbage/${index}.drama`;
            const document = await services.validate(text, uri);
            assert.ok(Array.isArray(document.diagnostics), `diagnostics for input ${index}`);
            const textDocument = { uri: document.uri.toString() };
            const position = document.textDocument.positionAt(Math.floor(text.length / 2));
            await lsp.HoverProvider?.getHoverContent(document, { textDocument, position });
            await lsp.CompletionProvider?.getCompletion(document, { textDocument, position });
            await lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument });
            await lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument });
            await lsp.Formatter?.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } });
            await lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument });
        }
        const truncated = await services.validate(SPEC.slice(0, SPEC.length / 2), 'file:///garbage/half.drama');
        assert.ok((truncated.diagnostics ?? []).some(d => d.severity === 1), 'a truncated spec reports an error');
    });

    it('lexes a string literal of 5 MB, with and without escapes', async function () {
        this.timeout(60000);
        for (const body of ['a'.repeat(5_000_000), 'say \\"hi\\" '.repeat(500_000)]) {
            const document = await services.validate(`service S { scene X { touchpoint T remote { customer "${body}" } } }`);
            assert.deepEqual(document.parseResult.lexerErrors, []);
            assert.deepEqual(document.parseResult.parserErrors, []);
            const service = document.parseResult.value.elements[0];
            assert.ok(isService(service));
            const action = (service.members[0] as Scene).touchpoints[0].actions[0];
            assert.equal(action.text.length, body.replace(/\\"/g, '"').length);
            await services.reset();
        }
    });

    it('keeps the real server (stdio) alive and publishing diagnostics through garbage', async function () {
        this.timeout(120000);
        const client = await LspTestClient.start();
        try {
            const uri = URI.file('/garbage/live.drama').toString();
            await client.open(uri, SPEC);
            const all = inputs().filter((_, i) => i % 5 === 0);
            for (const [version, text] of all.entries()) {
                const diagnostics = await client.replace(uri, version + 2, text);
                assert.ok(Array.isArray(diagnostics));
                const position = { line: 0, character: Math.min(3, text.length) };
                await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
                await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
                await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
                await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
                await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
                await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
                assert.ok(client.alive, `server alive after input ${version}`);
            }
            const final = await client.replace(uri, 1000, SPEC.replace('face-to-face', 'face2face'));
            assert.ok(final.some(d => messageText(d).includes('face2face')), 'still validating after the garbage');
        } finally {
            await client.stop();
        }
    });
});
