import * as assert from 'node:assert/strict';
import { CodeActionKind } from 'vscode-languageserver-types';
import { createTestServices, describeDiagnostics } from '../test-services.js';
import { applyEdits, CLEAN_SPEC, expectSameFixInChinese, findingsOf, formatted, quickFixes, variant } from './support.js';

describe('quick fixes: each leaves the spec valid, formatted and clean of the finding it fixes', () => {
    const services = createTestServices();
    afterEach(() => services.reset());

    /** Applies the fix whose title matches to the first finding of the rule, and returns the new text. */
    async function fix(text: string, ruleId: string, title: RegExp): Promise<string> {
        const document = await services.validate(text);
        const finding = findingsOf(document, ruleId)[0];
        assert.ok(finding, `no ${ruleId} finding in:\n${describeDiagnostics(document.diagnostics).join('\n')}`);
        const actions = await quickFixes(services, document, finding);
        const action = actions.find(candidate => title.test(candidate.title));
        assert.ok(action, `no fix titled ${title}; offered: ${actions.map(a => a.title).join(' | ')}`);
        assert.equal(action.kind, CodeActionKind.QuickFix);
        assert.deepEqual(action.diagnostics, [finding]);
        const fixed = applyEdits(text, action.edit!.changes![document.textDocument.uri]);
        await services.reset();
        await expectSameFixInChinese(services, text, ruleId, actions.indexOf(action), fixed);
        return fixed;
    }

    /** The fixed text parses, has no finding of the rule, and is already in the formatter's layout. */
    async function expectFixed(fixed: string, ruleId: string): Promise<void> {
        const document = await services.validate(fixed);
        assert.deepEqual(document.parseResult.parserErrors, []);
        assert.deepEqual(describeDiagnostics(findingsOf(document, ruleId)), []);
        await services.reset();
        assert.equal(await formatted(services, fixed), fixed);
    }

    it('adds a recovery to a risk written without a block', async () => {
        const text = variant(['risk ReaderOffline "no signal" {\n                recovery "offer cash" by Waiter within 2 min\n            }', 'risk ReaderOffline "no signal"']);
        const fixed = await fix(text, 'risk-has-recovery', /^Add a recovery to risk ReaderOffline$/);
        assert.ok(fixed.includes('risk ReaderOffline "no signal" {\n                recovery "how the service puts it right"\n            }'), fixed);
        await expectFixed(fixed, 'risk-has-recovery');
    });

    it('adds a recovery inside an empty block', async () => {
        const fixed = await fix(variant(['\n                recovery "offer cash" by Waiter within 2 min', '']), 'risk-has-recovery', /^Add a recovery/);
        assert.equal(fixed, CLEAN_SPEC.replace('recovery "offer cash" by Waiter within 2 min', 'recovery "how the service puts it right"'));
        await expectFixed(fixed, 'risk-has-recovery');
    });

    it('adds an expectation to a touchpoint, after its actions, on the first element the service lacks', async () => {
        const text = variant(['expect tangibles "a clean menu"', '// tangibles later'],
            ['            expect reliability "payment works"\n            applies Courtesy\n', '']);
        const fixed = await fix(text, 'touchpoint-has-expectation', /^Add an expectation on tangibles$/);
        assert.ok(fixed.includes('            Payments "authorises"\n            expect tangibles "what the customer expects here"\n            risk'), fixed);
        await expectFixed(fixed, 'touchpoint-has-expectation');
    });

    it('opens up an empty touchpoint to add an expectation', async () => {
        const text = variant(['    scene Checkout {\n', '    scene Checkout {\n        touchpoint Wait phone {\n        }\n\n']);
        const fixed = await fix(text, 'touchpoint-has-expectation', /^Add an expectation on reliability$/);
        assert.ok(fixed.includes('        touchpoint Wait phone {\n            expect reliability "what the customer expects here"\n        }\n'), fixed);
        await expectFixed(fixed, 'touchpoint-has-expectation');
    });

    it('writes the placeholder in Chinese when the editor speaks Chinese', async () => {
        services.ServiceDrama.i18n.Locale.locale = 'zh';
        try {
            const text = variant(['risk ReaderOffline "no signal" {\n                recovery "offer cash" by Waiter within 2 min\n            }', 'risk ReaderOffline "no signal"']);
            const fixed = await fix(text, 'risk-has-recovery', /^为风险 ReaderOffline 添加补救$/);
            assert.ok(fixed.includes('recovery "服务如何补救"'));
        } finally {
            services.ServiceDrama.i18n.Locale.locale = 'en';
        }
    });

    it('offers one fix per missing element of a service, each adding it to a touchpoint the customer meets', async () => {
        const text = variant(['expect tangibles "a clean menu"', '// none'], ['expect assurance "a smile"', '// none']);
        const document = await services.validate(text);
        const actions = await quickFixes(services, document, findingsOf(document, 'five-elements-coverage')[0]);
        assert.deepEqual(actions.map(a => a.title), [
            'Add an expectation on assurance to touchpoint Order',
            'Add an expectation on tangibles to touchpoint Order'
        ]);
        await services.reset();
        let fixed = await fix(text, 'five-elements-coverage', /on assurance/);
        fixed = await fix(fixed, 'five-elements-coverage', /on tangibles/);
        await expectFixed(fixed, 'five-elements-coverage');
    });

    it('adds a within bound to a responsiveness expectation', async () => {
        const fixed = await fix(variant(['"order taken" within 2 min', '"order taken"']), 'measurable-responsiveness', /^Add a time bound/);
        assert.ok(fixed.includes('expect responsiveness "order taken" within 1 min\n'));
        await expectFixed(fixed, 'measurable-responsiveness');
    });

    it('adds a bounded responsiveness expectation where the audience is in a hurry', async () => {
        const fixed = await fix(variant(['pace relaxed', 'pace urgent']), 'urgent-pace-bounded', /^Add a responsiveness expectation/);
        assert.ok(fixed.includes('            expect reliability "payment works"\n            expect responsiveness "how fast this step is done" within 1 min\n'), fixed);
        await expectFixed(fixed, 'urgent-pace-bounded');
    });

    describe('removing an unused declaration', () => {
        it('takes an actor out of the cast', async () => {
            const fixed = await fix(variant(['Kitchen "starts cooking"', '// not here']), 'unused-declaration', /^Remove the unused backstage actor Kitchen$/);
            assert.ok(fixed.includes('    actor Waiter frontstage\n    system Payments support\n'));
            await expectFixed(fixed, 'unused-declaration');
        });

        it('takes the only cast member away with the blank line before the first scene', async () => {
            const text = 'service Tiny {\n    prop Sign\n\n    scene Only {\n        touchpoint Look remote {\n            customer "reads"\n            expect tangibles "a clear sign"\n        }\n    }\n}\n';
            const fixed = await fix(text, 'unused-declaration', /^Remove the unused prop Sign$/);
            assert.equal(fixed, 'service Tiny {\n    scene Only {\n        touchpoint Look remote {\n            customer "reads"\n            expect tangibles "a clear sign"\n        }\n    }\n}\n');
            assert.equal(await formatted(services, fixed), fixed);
        });

        it('takes a norm away with the blank line that separated it, at the end or at the start of the file', async () => {
            const atEnd = await fix(variant(['applies Courtesy', 'expect empathy "thanks the guest"']), 'unused-declaration', /^Remove the unused norm Courtesy$/);
            assert.ok(atEnd.endsWith('        }\n    }\n}\n'), atEnd);
            await expectFixed(atEnd, 'unused-declaration');

            const atStart = 'norm Spare {\n    expect empathy "unused"\n}\n\nnorm Used {\n    expect empathy "x"\n}\n';
            const fixed = await fix(atStart, 'unused-declaration', /^Remove the unused norm Spare$/);
            assert.equal(fixed, 'norm Used {\n    expect empathy "x"\n}\n');
        });
    });
});
