import * as assert from 'node:assert/strict';
import { createTestServices, describeDiagnostics } from '../test-services.js';
import { findingsOf, variant } from './support.js';

describe('suppression: // drama-disable-next-line silences one finding', () => {
    const services = createTestServices();
    afterEach(() => services.reset());

    const withComment = (comment: string) => variant(
        ['recovery "offer cash" by Waiter within 2 min', ''],
        ['            risk ReaderOffline', `            ${comment}\n            risk ReaderOffline`]);

    it('silences the named rule on the next line', async () => {
        const document = await services.validate(withComment('// drama-disable-next-line risk-has-recovery -- the reader is being replaced'));
        assert.deepEqual(findingsOf(document, 'risk-has-recovery'), []);
        assert.deepEqual(describeDiagnostics(document.diagnostics), []);
    });

    it('silences nothing else: another rule, or the same rule on another line', async () => {
        const text = withComment('// drama-disable-next-line customer-acts');
        const document = await services.validate(text);
        assert.equal(findingsOf(document, 'risk-has-recovery').length, 1);
        const later = `${text.replace('\n    scene Checkout {', '\n    // drama-disable-next-line risk-has-recovery\n\n    scene Checkout {')}`;
        assert.equal(findingsOf(await services.validate(later), 'risk-has-recovery').length, 1);
    });

    it('takes several ids, or none for every rule', async () => {
        const several = await services.validate(withComment('// drama-disable-next-line unique-names, risk-has-recovery'));
        assert.deepEqual(describeDiagnostics(several.diagnostics), []);
        await services.reset();
        const all = await services.validate(withComment('// drama-disable-next-line'));
        assert.deepEqual(describeDiagnostics(all.diagnostics), []);
    });

    it('reports an id that is no rule, so that a typo does not go unseen', async () => {
        const document = await services.validate(withComment('// drama-disable-next-line risk-has-recovry'));
        assert.deepEqual(describeDiagnostics(document.diagnostics), [
            "34:18 risk-has-recovery touchpoint Pay: risk ReaderOffline has no recovery",
            "33:13 unknown rule id 'risk-has-recovry' in drama-disable-next-line"
        ]);
    });

    it('never silences a syntax error', async () => {
        const document = await services.validate('// drama-disable-next-line\nservice S { actor A frontstag }');
        assert.equal(document.diagnostics?.filter(d => d.severity === 1).length, 1);
    });
});
