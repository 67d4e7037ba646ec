import * as assert from 'node:assert/strict';
import type { LangiumCompletionParser, LangiumParser } from 'langium';
import { createTestServices } from '../test-services.js';

const SPEC = `service S {
    actor Host frontstage
    scene X {
        touchpoint T remote {
            customer "waits"
            Host "calls"
            expect empathy "is noticed"
        }
    }
}
`;

/** The token vector Chevrotain parses from; each token's image is a slice that keeps the whole text alive. */
function tokensHeldBy(parser: LangiumParser | LangiumCompletionParser): number {
    return (parser as unknown as { wrapper: { input: unknown[] } }).wrapper.input.length;
}

// What the language server keeps between requests is measured by bench/large-document.mjs; a test
// cannot tell memory by numbers, so it checks what held it.
describe('the parsers keep nothing of a text once parsed', () => {
    const services = createTestServices();
    const { parser } = services.ServiceDrama;
    const lsp = services.ServiceDrama.lsp;
    afterEach(() => services.reset());

    it('holds no tokens after parsing a spec, and after a completion in it', async () => {
        const document = await services.validate(SPEC);
        assert.equal(tokensHeldBy(parser.LangiumParser), 0);
        assert.equal(document.parseResult.parserErrors.length, 0);
        const completion = await lsp.CompletionProvider!.getCompletion(document,
            { textDocument: { uri: document.uri.toString() }, position: { line: 5, character: 12 } });
        assert.ok((completion?.items ?? []).some(item => item.label === 'expect'));
        assert.equal(tokensHeldBy(parser.CompletionParser), 0);
    });

    it('still reports parse errors and recovers, with the tokens let go', async () => {
        const document = await services.validate(SPEC.replace('remote', 'remotely'));
        assert.ok(document.parseResult.parserErrors.length > 0);
        assert.ok(document.parseResult.parserErrors.every(error => error.token !== undefined));
        assert.equal(tokensHeldBy(parser.LangiumParser), 0);
    });

    it('gives the same semantic tokens on every request, though none are kept between them', async () => {
        const document = await services.validate(SPEC);
        const params = { textDocument: { uri: document.uri.toString() } };
        const first = await lsp.SemanticTokenProvider!.semanticHighlight(document, params);
        const second = await lsp.SemanticTokenProvider!.semanticHighlight(document, params);
        assert.ok(first.data.length > 0);
        assert.deepEqual(second.data, first.data);
    });
});
