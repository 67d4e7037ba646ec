import * as assert from 'node:assert/strict';
import type { LangiumDocument } from 'langium';
import type { InlayHint } from 'vscode-languageserver';
import { createTestServices, describeDiagnostics, labelText } from '../test-services.js';

const NORMS = `norm Queue {
    expect responsiveness "called in turn" within 20 min
    expect empathy "told how long"
}

norm Greeting {
    expect assurance "a smile"
}
`;

const SPEC = `service Clinic {
    scene Arrival {
        budget 20 min
        touchpoint Desk face-to-face {
            customer "checks in"
            expect responsiveness "seen at the desk" within 3 min
            expect assurance "greeted" within 10 s
        }
        touchpoint Waiting remote {
            customer "waits"
            applies Queue
        }
    }
    scene Leaving {
        budget 1 h
        touchpoint Door face-to-face {
            customer "leaves"
            applies Greeting
            applies Missing
        }
    }
}
`;

describe('inlay hints: the numbers behind a budget and a norm', () => {
    const services = createTestServices();
    let spec: LangiumDocument;
    beforeEach(async () => {
        await services.validate(NORMS, 'file:///workspace/norms.drama');
        spec = await services.validate(SPEC, 'file:///workspace/clinic.drama');
    });
    afterEach(() => services.reset());

    async function hints(document = spec): Promise<Array<{ at: string; label: string }>> {
        const text = document.textDocument;
        const result: InlayHint[] = await services.ServiceDrama.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: text.uri },
            range: { start: { line: 0, character: 0 }, end: text.positionAt(text.getText().length) }
        }) ?? [];
        // Each hint with the text of its line up to where it sits, to show where it is.
        return result.map(hint => ({ at: text.getText({ start: { line: hint.position.line, character: 0 }, end: hint.position }).trim(), label: labelText(hint) }));
    }

    it('adds up the longest bound of each touchpoint, norms included, after the budget, as the scene-budget rule does', async () => {
        assert.deepEqual((await hints()).filter(hint => hint.at.startsWith('budget')), [
            { at: 'budget 20 min', label: 'Σ 23 min of 20 min' },
            { at: 'budget 1 h', label: 'Σ 0 h of 1 h' }
        ]);
        // The same sum makes the rule fire on the first scene only.
        assert.deepEqual(describeDiagnostics(spec.diagnostics).filter(d => d.includes('scene-budget')),
            ['3:16 scene-budget scene Arrival: the touchpoints\' time bounds add up to 23 min, over the budget of 20 min']);
    });

    it('says how many expectations each applied norm adds, and nothing for a norm it cannot find', async () => {
        assert.deepEqual((await hints()).filter(hint => hint.at.startsWith('applies')), [
            { at: 'applies Queue', label: '+2 expectations' },
            { at: 'applies Greeting', label: '+1 expectation' }
        ]);
    });

    it('gives no hint to a scene without a budget', async () => {
        const document = await services.validate('service S {\n    scene X {\n        touchpoint T remote {\n            expect reliability "x" within 1 min\n        }\n    }\n}\n');
        assert.deepEqual(await hints(document), []);
    });

    it('gives hints only in the range asked for', async () => {
        const text = spec.textDocument;
        const result = await services.ServiceDrama.lsp.InlayHintProvider!.getInlayHints(spec, {
            textDocument: { uri: text.uri }, range: { start: { line: 13, character: 0 }, end: { line: 20, character: 0 } }
        });
        assert.deepEqual(result?.map(hint => hint.label), ['Σ 0 h of 1 h', '+1 expectation']);
    });

    it('speaks Chinese when the editor does', async () => {
        const locale = services.ServiceDrama.i18n.Locale;
        locale.locale = 'zh';
        try {
            assert.deepEqual((await hints()).map(hint => hint.label), ['合计 23 min（预算 20 min）', '+2 条期待', '合计 0 h（预算 1 h）', '+1 条期待']);
        } finally {
            locale.locale = 'en';
        }
    });
});
