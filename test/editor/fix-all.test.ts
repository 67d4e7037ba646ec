import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver-types';
import type { Model } from '../../src/language/generated/ast.js';
import { combineFixes } from '../../src/language/fix-all.js';
import { FIX_ALL_KIND } from '../../src/language/service-drama-code-actions.js';
import { applyEdits, CLEAN_SPEC, findingsOf, formatted, variant } from '../rules/support.js';
import { createTestServices, describeDiagnostics } from '../test-services.js';

const at = (line: number, character: number) => ({ line, character });
const insert = (line: number, character: number, newText: string): TextEdit => ({ range: { start: at(line, character), end: at(line, character) }, newText });
const replace = (from: [number, number], to: [number, number], newText: string): TextEdit =>
    ({ range: { start: at(...from), end: at(...to) }, newText });

describe('fix all: combining fixes into edits that never overlap', () => {
    it('puts what continues a line before new lines inserted at the same place, and makes one edit of them', () => {
        const edits = combineFixes([
            { edits: [insert(3, 10, '\n    expect empathy "x"')] },
            { edits: [insert(3, 10, ' within 1 min')] },
            { edits: [insert(3, 10, '\n    expect tangibles "y"')] }
        ]);
        assert.deepEqual(edits, [insert(3, 10, ' within 1 min\n    expect empathy "x"\n    expect tangibles "y"')]);
    });

    it('makes an edit two fixes share once, folding the insertions before it into it', () => {
        const brace = replace([2, 15], [2, 17], '\n}');
        const edits = combineFixes([
            { edits: [insert(2, 15, '\n    A'), brace] },
            { edits: [insert(2, 15, '\n    B'), brace] }
        ]);
        assert.deepEqual(edits, [replace([2, 15], [2, 17], '\n    A\n    B\n}')]);
        assert.equal(applyEdits('\n\nservice S { x { } }', edits), '\n\nservice S { x {\n    A\n    B\n} }');
    });

    it('leaves out, whole, a fix that would overlap an earlier one', () => {
        const edits = combineFixes([
            { edits: [replace([1, 0], [3, 0], '')] },
            { edits: [insert(0, 4, ' first'), insert(2, 5, ' inside the removed lines')] },
            { edits: [insert(3, 0, 'after')] }
        ]);
        assert.deepEqual(edits, [replace([1, 0], [3, 0], ''), insert(3, 0, 'after')]);
    });

    it('sorts the edits by position', () => {
        assert.deepEqual(combineFixes([{ edits: [insert(5, 0, 'b')] }, { edits: [insert(1, 0, 'a')] }]), [insert(1, 0, 'a'), insert(5, 0, 'b')]);
    });
});

describe('fix all: the source.fixAll.serviceDrama action', () => {
    const services = createTestServices();
    afterEach(() => services.reset());

    async function actions(document: LangiumDocument<Model>, only?: string[]): Promise<CodeAction[]> {
        const result = await services.ServiceDrama.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri },
            range: { start: at(0, 0), end: document.textDocument.positionAt(document.textDocument.getText().length) },
            context: { diagnostics: [], only }
        });
        return (result ?? []).filter((action): action is CodeAction => 'kind' in action);
    }

    /** Runs fix all on a text, as on save; the text as it was when nothing is offered. */
    async function fixAll(text: string, uri?: string): Promise<string> {
        const document = await services.validate(text, uri);
        const [action, ...more] = await actions(document, [CodeActionKind.SourceFixAll]);
        assert.deepEqual(more, []);
        return action ? applyEdits(text, action.edit!.changes![document.textDocument.uri]) : text;
    }

    // Five fixable findings, the first two in one touchpoint written on one line, and an unused prop.
    const BROKEN = variant(
        ['    scene Checkout {\n', '    scene Checkout {\n        touchpoint Wait phone { }\n\n'],
        ['expect responsiveness "order taken" within 2 min', 'expect responsiveness "order taken"'],
        ['expect tangibles "a clean menu"', 'Waiter "smiles"'],
        [' {\n                recovery "offer cash" by Waiter within 2 min\n            }', ''],
        ['    prop Menu "Printed menu"\n', '    prop Menu "Printed menu"\n    prop Napkins\n']);

    it('fixes every finding a fix needs no judgement for, in one go, leaving the spec parsed and formatted', async () => {
        const document = await services.validate(BROKEN);
        const before = describeDiagnostics(document.diagnostics);
        for (const rule of ['touchpoint-has-expectation', 'measurable-responsiveness', 'five-elements-coverage', 'risk-has-recovery', 'unused-declaration']) {
            assert.ok(findingsOf(document, rule).length > 0, `no ${rule} finding in:\n${before.join('\n')}`);
        }
        const [action] = await actions(document, [FIX_ALL_KIND]);
        assert.equal(action.kind, 'source.fixAll.serviceDrama');
        assert.equal(action.title, 'Fix all Service Drama problems that need no judgement');
        const fixed = applyEdits(BROKEN, action.edit!.changes![document.textDocument.uri]);
        await services.reset();

        assert.ok(fixed.includes('        touchpoint Wait phone {\n            expect tangibles "what the customer expects here"\n        }\n'), fixed);
        assert.ok(fixed.includes('expect responsiveness "order taken" within 1 min\n'), fixed);
        assert.ok(fixed.includes('risk ReaderOffline "no signal" {\n                recovery "how the service puts it right"\n            }'), fixed);
        const after = await services.validate(fixed);
        assert.deepEqual(after.parseResult.parserErrors, []);
        // What is left needs a person: the unused prop (removing it is a quick fix only), the phone touchpoint's cast,
        // which prop the tangibles are judged by, and who puts the new recovery right, how fast.
        assert.deepEqual(describeDiagnostics(after.diagnostics), [
            "9:10 unused-declaration prop Napkins is never shown as 'evidence'",
            '28:25 contact-needs-frontstage touchpoint Wait (phone): no frontstage actor acts here, so the customer meets no one',
            `28:20 customer-acts touchpoint Wait: the customer does nothing here; add what the customer does with 'customer "…"'`,
            `29:20 tangibles-need-evidence touchpoint Wait: expects "what the customer expects here" of the tangibles but shows no evidence; name the prop with 'evidence'`,
            "40:17 recovery-is-concrete risk ReaderOffline: the recovery does not say who acts ('by') or how fast ('within'); a recovery nobody owns, with no time to it, is a hope rather than a plan"
        ]);
        for (const rule of ['touchpoint-has-expectation', 'measurable-responsiveness', 'five-elements-coverage', 'risk-has-recovery']) {
            assert.deepEqual(describeDiagnostics(findingsOf(after, rule)), [], rule);
        }
        assert.equal(findingsOf(after, 'unused-declaration').length, 1);
        await services.reset();
        assert.equal(await formatted(services, fixed), fixed);
    });

    it('changes nothing the second time', async () => {
        const once = await fixAll(BROKEN);
        await services.reset();
        assert.notEqual(once, BROKEN);
        assert.equal(await fixAll(once), once);
    });

    it('adds expectations that fit together when several rules ask for them in one empty touchpoint', async () => {
        const text = `service S {
    audience A {
        pace urgent
    }
    scene X {
        touchpoint T remote {}
    }
}
`;
        const once = await fixAll(text);
        await services.reset();
        assert.equal(once, `service S {
    audience A {
        pace urgent
    }
    scene X {
        touchpoint T remote {
            expect reliability "what the customer expects here"
            expect responsiveness "what the customer expects here" within 1 min
            expect assurance "what the customer expects here"
            expect empathy "what the customer expects here"
            expect tangibles "what the customer expects here"
            expect responsiveness "how fast this step is done" within 1 min
        }
    }
}
`);
        assert.equal(await fixAll(once), once);
    });

    it('changes nothing the second time on each example, which keeps its layout', async () => {
        const dir = path.resolve('examples');
        for (const name of fs.readdirSync(dir).filter(file => file.endsWith('.drama'))) {
            const text = fs.readFileSync(path.join(dir, name), 'utf8');
            const once = await fixAll(text, `file:///examples/${name}`);
            await services.reset();
            assert.equal(await fixAll(once, `file:///examples/${name}`), once, name);
            await services.reset();
        }
    });

    it('is offered for Source Action… and on save, not among the quick fixes of the light bulb', async () => {
        const document = await services.validate(BROKEN);
        assert.equal((await actions(document, [CodeActionKind.Source])).length, 1);
        assert.equal((await actions(document, ['source.fixAll.serviceDrama'])).length, 1);
        assert.deepEqual(await actions(document, [CodeActionKind.QuickFix]), []);
        assert.deepEqual(await actions(document), []);
        assert.deepEqual(await actions(document, ['source.organizeImports']), []);
    });

    it('offers nothing on a spec with nothing to fix', async () => {
        assert.deepEqual(await actions(await services.validate(CLEAN_SPEC), [CodeActionKind.SourceFixAll]), []);
    });

    it('speaks Chinese when the editor does', async () => {
        const locale = services.ServiceDrama.i18n.Locale;
        locale.locale = 'zh';
        try {
            const [action] = await actions(await services.validate(BROKEN), [CodeActionKind.SourceFixAll]);
            assert.equal(action.title, '修复所有无需斟酌的 Service Drama 问题');
            assert.ok(Object.values(action.edit!.changes!)[0].some(edit => edit.newText.includes('客户在这里期待什么')));
        } finally {
            locale.locale = 'en';
        }
    });
});
