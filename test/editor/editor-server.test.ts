import * as assert from 'node:assert/strict';
import { URI } from 'langium';
import {
    CodeActionKind, CodeActionRequest, InlayHintRequest, WorkspaceSymbolRequest, type CodeAction, type WorkspaceSymbol
} from 'vscode-languageserver-protocol';
import { applyEdits } from '../rules/support.js';
import { LspTestClient } from '../support/lsp-client.js';

const NORMS = `norm Queue {
    expect responsiveness "called in turn" within 20 min
    expect empathy "told how long"
}
`;

const SPEC = `service Clinic {
    scene Arrival {
        budget 20 min
        touchpoint Desk face-to-face {
            customer "checks in"
            expect reliability "the right file" within 3 min
            risk LostFile
        }
        touchpoint Waiting remote {
            customer "waits"
            applies Queue
        }
    }
}
`;

/** Through the bundled server over stdio, as VS Code asks: fix on save, inlay hints, Go to Symbol in Workspace. */
describe('editor comforts from the real language server', () => {
    const specUri = URI.file('/workspace/clinic.drama').toString();
    const normsUri = URI.file('/workspace/norms.drama').toString();
    let client: LspTestClient;

    before(async function () {
        this.timeout(30000);
        client = await LspTestClient.start();
        await client.open(normsUri, NORMS);
        await client.open(specUri, SPEC);
    });
    after(() => client.stop());

    it('answers the on-save request for source.fixAll.serviceDrama with edits that fix, and nothing once fixed', async () => {
        const ask = async () => (await client.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: specUri },
            range: { start: { line: 0, character: 0 }, end: { line: 14, character: 0 } },
            context: { diagnostics: [], only: ['source.fixAll.serviceDrama'], triggerKind: 2 }
        }) ?? []) as CodeAction[];
        const [action, ...more] = await ask();
        assert.deepEqual(more, []);
        assert.equal(action.kind, `${CodeActionKind.SourceFixAll}.serviceDrama`);
        const fixed = applyEdits(SPEC, action.edit!.changes![specUri]);
        assert.ok(fixed.includes('            risk LostFile {\n                recovery "how the service puts it right"\n            }\n'), fixed);

        const diagnostics = await client.replace(specUri, 2, fixed);
        assert.deepEqual(diagnostics.filter(d => d.code === 'risk-has-recovery' || d.code === 'five-elements-coverage'), []);
        assert.deepEqual(await ask(), []);
        await client.replace(specUri, 3, SPEC);
    });

    it('gives inlay hints after a budget and after applies', async () => {
        const hints = await client.connection.sendRequest(InlayHintRequest.type, {
            textDocument: { uri: specUri }, range: { start: { line: 0, character: 0 }, end: { line: 14, character: 0 } }
        });
        assert.deepEqual(hints?.map(hint => [hint.position.line + 1, hint.position.character + 1, hint.label]), [
            [3, 22, 'Σ 23 min of 20 min'],
            [11, 26, '+2 expectations']
        ]);
    });

    it('finds scenes and touchpoints of every open file by name', async () => {
        const query = async (text: string) => ((await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: text }) ?? []) as WorkspaceSymbol[])
            .map(symbol => `${symbol.containerName ?? ''}/${symbol.name}`).sort();
        assert.deepEqual(await query(''),
            ['/Clinic', '/Queue', 'Clinic/Arrival', 'Clinic › Arrival/Desk', 'Clinic › Arrival/Waiting', 'Clinic › Arrival › Desk/LostFile'].sort());
        assert.deepEqual(await query('wait'), ['Clinic › Arrival/Waiting']);
    });
});
