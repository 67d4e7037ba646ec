import * as assert from 'node:assert/strict';
import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import { applyEdits } from '../rules/support.js';
import { createTestServices, labelText } from '../test-services.js';

/** Every statement the editor's comforts look at, and fixes for most rules. */
const SPEC = `service Hotpot "火锅" {
    audience Diner { pace urgent }
    actor Host frontstage "Greeter"
    actor Idle backstage
    prop Reader
    scene Checkout {
        budget 5 min
        touchpoint Pay face-to-face {
            customer "pays"
            Host "brings the reader"
            expect responsiveness "paid"
            risk Offline "no signal"
            applies Polite
        }
        touchpoint Leave remote { }
    }
}
norm Polite { expect assurance "smiles" within 10 s }
`;

/** Every prefix of the spec, cut every few characters, and the same with a budget or an applies half typed. */
function inputs(): string[] {
    const cases: string[] = [];
    for (let cut = 0; cut <= SPEC.length; cut += 3) cases.push(SPEC.slice(0, cut));
    cases.push(SPEC.replace('budget 5 min', 'budget 5'), SPEC.replace('budget 5 min', 'budget min'), SPEC.replace('budget 5 min', 'budget'));
    cases.push(SPEC.replace('applies Polite', 'applies'), SPEC.replace('applies Polite', 'applies Nowhere'));
    cases.push(SPEC.replace('within 10 s', 'within min'), SPEC.replace('within 10 s', 'within'), SPEC.replace('expect responsiveness "paid"', 'expect responsiveness "paid" within s'));
    return cases;
}

describe('robustness of fix all, inlay hints and workspace symbols on half-typed text', () => {
    const services = createTestServices();
    afterEach(() => services.reset());

    it('never throws, never offers overlapping edits, and never shows "undefined" or "NaN"', async function () {
        this.timeout(120000);
        const lsp = services.ServiceDrama.lsp;
        for (const [index, text] of inputs().entries()) {
            const document = await services.validate(text, `file:///typing/${index}.drama`);
            const textDocument = { uri: document.uri.toString() };
            const range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
            const hints = await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range }) ?? [];
            for (const hint of hints) assert.doesNotMatch(labelText(hint), /undefined|NaN/, `input ${index}: ${JSON.stringify(text)}`);
            const actions = (await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range, context: { diagnostics: [], only: [CodeActionKind.SourceFixAll] } }) ?? []) as CodeAction[];
            for (const action of actions) {
                // TextDocument.applyEdits throws on overlapping edits.
                const fixed = applyEdits(text, action.edit!.changes![textDocument.uri]);
                assert.notEqual(fixed, text);
            }
            const symbols = await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: '' });
            assert.ok(symbols.every(symbol => symbol.name), `input ${index}`);
            await services.reset();
        }
    });
});
