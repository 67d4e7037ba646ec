import * as assert from 'node:assert/strict';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import { RULES } from '../../src/language/rules/index.js';
import { createTestServices, describeDiagnostics } from '../test-services.js';
import { CLEAN_SPEC, expectFindings, expectNoFinding, findingsOf, variant } from './support.js';

describe('rules: each fires where its principle is broken, with a message that names the thing at fault', () => {
    const services = createTestServices();
    afterEach(() => services.reset());

    it('has one rule for each line of the rule table, with a default severity and a description in both languages', () => {
        assert.deepEqual(RULES.map(rule => rule.id), [
            'touchpoint-has-expectation', 'risk-has-recovery', 'five-elements-coverage', 'measurable-responsiveness',
            'contact-needs-frontstage', 'remote-needs-evidence', 'line-of-visibility', 'backstage-serves-frontstage',
            'bad-news-needs-care', 'urgent-pace-bounded', 'scene-budget', 'customer-acts', 'scene-has-touchpoint',
            'unused-declaration', 'unique-names', 'recovery-is-concrete', 'hollow-text', 'wait-needs-feedback', 'trial-has-risk',
            'conflicting-bounds', 'tangibles-need-evidence', 'machine-has-a-way-out', 'perception-gap'
        ]);
        for (const rule of RULES) {
            assert.ok(rule.description.en.length > 20 && rule.description.zh.length > 10, rule.id);
        }
    });

    it('accepts the reference spec without any finding', async () => {
        const document = await services.validate(CLEAN_SPEC);
        assert.deepEqual(describeDiagnostics(document.diagnostics), []);
    });

    describe('touchpoint-has-expectation', () => {
        it('fires on a touchpoint without any expectation, as an error on its name', async () => {
            const text = variant(['expect reliability "payment works"', '// none'], ['applies Courtesy', '// none']);
            const [finding] = await expectFindings(services, text, 'touchpoint-has-expectation', [{
                line: 26, covered: 'Pay',
                message: "touchpoint Pay: no expectation says what the customer expects here; add 'expect' or apply a norm"
            }]);
            assert.equal(finding.severity, DiagnosticSeverity.Error);
        });

        it('counts the expectations of an applied norm', async () => {
            await expectNoFinding(services, variant(['expect reliability "payment works"', '// from the norm']), 'touchpoint-has-expectation');
        });

        it('waits while an applied norm cannot be found, which is reported by itself', async () => {
            const text = variant(['expect reliability "payment works"', ''], ['applies Courtesy', 'applies Unknown']);
            const document = await services.validate(text);
            assert.deepEqual(findingsOf(document, 'touchpoint-has-expectation'), []);
            assert.ok(describeDiagnostics(document.diagnostics).some(d => d.includes("Unknown norm 'Unknown'")));
        });
    });

    describe('risk-has-recovery', () => {
        it('fires on a risk without a recovery, naming the touchpoint and the risk', async () => {
            const text = variant(['risk ReaderOffline "no signal" {\n                recovery "offer cash" by Waiter within 2 min\n            }', 'risk ReaderOffline "no signal"']);
            const [finding] = await expectFindings(services, text, 'risk-has-recovery', [{
                line: 33, covered: 'ReaderOffline', message: 'touchpoint Pay: risk ReaderOffline has no recovery'
            }]);
            assert.equal(finding.severity, DiagnosticSeverity.Error);
        });

        it('fires on a risk with an empty block', async () => {
            const text = variant(['recovery "offer cash" by Waiter within 2 min', '']);
            await expectFindings(services, text, 'risk-has-recovery', [{
                line: 33, covered: 'ReaderOffline', message: 'touchpoint Pay: risk ReaderOffline has no recovery'
            }]);
        });

        it('does not fire on a risk with its recovery', async () => {
            await expectNoFinding(services, CLEAN_SPEC, 'risk-has-recovery');
        });
    });

    describe('five-elements-coverage', () => {
        it('names the elements the service does not cover, on the service name', async () => {
            const text = variant(['expect tangibles "a clean menu"', '// none'], ['expect reliability "the order is right"', '// none'],
                ['expect reliability "payment works"', '// none']);
            const [finding] = await expectFindings(services, text, 'five-elements-coverage', [{
                line: 1, covered: 'Dinner', message: 'service Dinner: no expectation on reliability and tangibles (covered: 3 of the five elements)'
            }]);
            assert.equal(finding.severity, DiagnosticSeverity.Warning);
        });

        it('counts norms the touchpoints apply, and friendliness as assurance', async () => {
            const text = variant(['expect empathy "notices allergies"', '// from the norm'], ['expect assurance "a smile"', 'expect friendliness "a smile"']);
            await expectNoFinding(services, text, 'five-elements-coverage');
        });

        it('speaks Chinese when the locale is Chinese', async () => {
            services.ServiceDrama.i18n.Locale.locale = 'zh';
            try {
                const text = variant(['expect tangibles "a clean menu"', '// none']);
                await expectFindings(services, text, 'five-elements-coverage', [{
                    line: 1, covered: 'Dinner', message: '服务 Dinner：还没有关于有形性（`tangibles`）的期待（五要素已覆盖 4 个）'
                }]);
            } finally {
                services.ServiceDrama.i18n.Locale.locale = 'en';
            }
        });
    });

    describe('measurable-responsiveness', () => {
        it('fires on a responsiveness expectation without a time bound, on the element', async () => {
            const text = variant(['"order taken" within 2 min', '"order taken"']);
            await expectFindings(services, text, 'measurable-responsiveness', [{
                line: 18, covered: 'responsiveness',
                message: `touchpoint Order: the responsiveness expectation "order taken" has no time bound; add 'within', e.g. within 1 min`
            }]);
        });

        it('checks norms too', async () => {
            const text = variant(['expect empathy "thanks the guest"', 'expect responsiveness "a quick thank-you"']);
            await expectFindings(services, text, 'measurable-responsiveness', [{
                line: 41, covered: 'responsiveness',
                message: `norm Courtesy: the responsiveness expectation "a quick thank-you" has no time bound; add 'within', e.g. within 1 min`
            }]);
        });

        it('does not fire on a bounded one, nor on other elements without a bound', async () => {
            await expectNoFinding(services, CLEAN_SPEC, 'measurable-responsiveness');
        });
    });

    describe('contact-needs-frontstage', () => {
        it('fires on a phone touchpoint where only the customer acts, on the channel', async () => {
            const text = variant(['touchpoint Pay face-to-face', 'touchpoint Pay phone'],
                ['Waiter "brings the card reader"', '// nobody'], ['Payments "authorises"', '// nothing']);
            await expectFindings(services, text, 'contact-needs-frontstage', [{
                line: 26, covered: 'phone', message: 'touchpoint Pay (phone): no frontstage actor acts here, so the customer meets no one'
            }]);
        });

        it('leaves remote touchpoints alone, and backstage staff acting alone to line-of-visibility', async () => {
            await expectNoFinding(services, variant(['touchpoint Pay face-to-face', 'touchpoint Pay remote'],
                ['Waiter "brings the card reader"', 'evidence Menu']), 'contact-needs-frontstage');
            await expectNoFinding(services, variant(['Waiter "brings the card reader"', '// nobody']), 'contact-needs-frontstage');
        });
    });

    describe('remote-needs-evidence', () => {
        it('fires on a remote touchpoint without evidence, on the channel', async () => {
            const text = variant(['touchpoint Pay face-to-face', 'touchpoint Pay remote']);
            await expectFindings(services, text, 'remote-needs-evidence', [{
                line: 26, covered: 'remote', message: "touchpoint Pay (remote): name the machine or material the customer meets with 'evidence'"
            }]);
        });

        it('does not fire when the evidence is named', async () => {
            await expectNoFinding(services, variant(['touchpoint Pay face-to-face', 'touchpoint Pay remote'],
                ['Waiter "brings the card reader"', 'evidence Menu']), 'remote-needs-evidence');
        });

        it('accepts a frontstage system that acts there: the app or kiosk is what the customer meets', async () => {
            await expectNoFinding(services, variant(['touchpoint Pay face-to-face', 'touchpoint Pay remote'], ['system Payments support', 'system Payments frontstage']),
                'remote-needs-evidence');
        });

        it('leaves a touchpoint without a customer action to customer-acts: one finding for one mistake', async () => {
            const text = variant(['touchpoint Pay face-to-face', 'touchpoint Pay remote'], ['customer "pays"', '// nobody']);
            const document = await services.validate(text);
            assert.deepEqual(findingsOf(document, 'remote-needs-evidence'), []);
            assert.equal(findingsOf(document, 'customer-acts').length, 1);
        });
    });

    describe('line-of-visibility', () => {
        it('fires when a support system faces the customer alone, on its action', async () => {
            const text = variant(['Waiter "brings the card reader"', '// no waiter']);
            const [finding] = await expectFindings(services, text, 'line-of-visibility', [{
                line: 30, covered: 'Payments',
                message: "touchpoint Pay (face-to-face): support system Payments faces the customer alone; add a frontstage actor's action, "
                    + 'or declare it frontstage if the customer operates it (self-service)'
            }]);
            assert.equal(finding.severity, DiagnosticSeverity.Error);
        });

        it('names every backstage performer that is alone', async () => {
            const text = variant(['Waiter "brings the card reader"', 'Kitchen "comes out"'], ['touchpoint Pay face-to-face', 'touchpoint Pay phone']);
            await expectFindings(services, text, 'line-of-visibility', [{
                line: 29, covered: 'Kitchen',
                message: "touchpoint Pay (phone): backstage actor Kitchen and support system Payments face the customer alone; add a frontstage actor's action, "
                    + 'or declare them frontstage if the customer operates them (self-service)'
            }]);
        });

        it('offers to make a backstage actor frontstage when only people face the customer, in chat and video too', async () => {
            const text = variant(['Waiter "brings the card reader"', 'Kitchen "comes out"'], ['Payments "authorises"', '// no system'],
                ['touchpoint Pay face-to-face', 'touchpoint Pay video']);
            await expectFindings(services, text, 'line-of-visibility', [{
                line: 29, covered: 'Kitchen',
                message: "touchpoint Pay (video): backstage actor Kitchen faces the customer alone; add a frontstage actor's action, "
                    + 'or make that person frontstage if the customer should meet them'
            }]);
        });

        it('does not fire on a frontstage system: a customer alone with a kiosk or an app is self-service', async () => {
            const text = variant(['system Payments support', 'system Payments frontstage'], ['Waiter "brings the card reader"', '// self-service'],
                ['touchpoint Pay face-to-face', 'touchpoint Pay chat']);
            await expectNoFinding(services, text, 'line-of-visibility');
        });

        it('does not fire with a frontstage actor present, nor in a remote touchpoint', async () => {
            await expectNoFinding(services, CLEAN_SPEC, 'line-of-visibility');
            await expectNoFinding(services, variant(['touchpoint Pay face-to-face', 'touchpoint Pay remote'],
                ['Waiter "brings the card reader"', 'evidence Menu']), 'line-of-visibility');
        });
    });

    describe('backstage-serves-frontstage', () => {
        it('fires on a backstage actor that acts only where the customer takes no part, on its declaration', async () => {
            const text = variant(['Kitchen "starts cooking"', '// not here'],
                ['    scene Checkout {\n', '    scene Checkout {\n        touchpoint Prep remote {\n            Kitchen "cooks"\n            evidence Menu\n            expect reliability "hot food"\n        }\n\n']);
            await expectFindings(services, text, 'backstage-serves-frontstage', [{
                line: 6, covered: 'Kitchen',
                message: 'backstage actor Kitchen acts only in touchpoints without the customer; let it support a touchpoint the customer meets'
            }]);
        });

        it('leaves a backstage actor that never acts to unused-declaration', async () => {
            const document = await services.validate(variant(['Kitchen "starts cooking"', '// not here']));
            assert.deepEqual(findingsOf(document, 'backstage-serves-frontstage'), []);
            assert.equal(findingsOf(document, 'unused-declaration').length, 1);
        });
    });

    describe('bad-news-needs-care', () => {
        it('fires on a bad-news moment without empathy, even with a recovered risk, on the moment kind', async () => {
            const text = variant(['applies Courtesy', '// no norm'], ['norm Courtesy {\n    expect empathy "thanks the guest"\n}', '']);
            await expectFindings(services, text, 'bad-news-needs-care', [{
                line: 27, covered: 'bad-news',
                message: 'touchpoint Pay: a bad-news moment needs care; add an empathy expectation on how the customer is told'
            }]);
        });

        it('finds bad news among several moment kinds', async () => {
            const text = variant(['applies Courtesy', '// no norm'], ['norm Courtesy {\n    expect empathy "thanks the guest"\n}', ''],
                ['moment bad-news', 'moment value-judgement, bad-news']);
            await expectFindings(services, text, 'bad-news-needs-care', [{
                line: 27, covered: 'bad-news',
                message: 'touchpoint Pay: a bad-news moment needs care; add an empathy expectation on how the customer is told'
            }]);
        });

        it('accepts empathy, own or from an applied norm', async () => {
            await expectNoFinding(services, CLEAN_SPEC, 'bad-news-needs-care');
            await expectNoFinding(services, variant(['applies Courtesy', 'expect empathy "sorry for the wait"']), 'bad-news-needs-care');
        });
    });

    describe('urgent-pace-bounded', () => {
        it('fires on each touchpoint without a responsiveness bound when the audience is in a hurry', async () => {
            const text = variant(['pace relaxed', 'pace urgent']);
            await expectFindings(services, text, 'urgent-pace-bounded', [{
                line: 26, covered: 'Pay',
                message: 'touchpoint Pay: audience Guest is in a hurry, but no responsiveness expectation here has a time bound'
            }]);
        });

        it('follows the audience a touchpoint is for: only its pace counts', async () => {
            const twoAudiences = ['    actor Waiter frontstage', '    audience Commuter {\n        pace urgent\n    }\n    actor Waiter frontstage'] as [string, string];
            const text = variant(twoAudiences, ['touchpoint Pay face-to-face', 'touchpoint Pay face-to-face for Guest']);
            await expectNoFinding(services, text, 'urgent-pace-bounded');
            const forCommuter = variant(twoAudiences, ['touchpoint Pay face-to-face', 'touchpoint Pay face-to-face for Commuter']);
            await expectFindings(services, forCommuter, 'urgent-pace-bounded', [{
                line: 29, covered: 'Pay',
                message: 'touchpoint Pay: audience Commuter is in a hurry, but no responsiveness expectation here has a time bound'
            }]);
            // Without `for` a touchpoint serves every audience, the hurried one too.
            await expectFindings(services, variant(twoAudiences), 'urgent-pace-bounded', [{
                line: 29, covered: 'Pay',
                message: 'touchpoint Pay: audience Commuter is in a hurry, but no responsiveness expectation here has a time bound'
            }]);
        });

        it('accepts a bound from an applied norm, and does not apply to a relaxed audience', async () => {
            await expectNoFinding(services, variant(['pace relaxed', 'pace urgent'],
                ['expect empathy "thanks the guest"', 'expect responsiveness "thanks at once" within 10 s']), 'urgent-pace-bounded');
            await expectNoFinding(services, CLEAN_SPEC, 'urgent-pace-bounded');
        });
    });

    describe('scene-budget', () => {
        it('fires when the bounds add up to more than the budget, converting units, on the budget', async () => {
            const text = variant(['budget 10 min', 'budget 90 s']);
            const [finding] = await expectFindings(services, text, 'scene-budget', [{
                line: 11, covered: '90 s', message: "scene Ordering: the touchpoints' time bounds add up to 120 s, over the budget of 90 s"
            }]);
            assert.equal(finding.severity, DiagnosticSeverity.Error);
        });

        it('takes the longest bound of each touchpoint, counting applied norms', async () => {
            const text = variant(
                ['budget 10 min', 'budget 0.05 h'],
                ['expect reliability "the order is right"', 'expect reliability "the order is right" within 1 min'],
                ['    }\n\n    scene Checkout {\n        touchpoint Pay', '        touchpoint Second face-to-face {\n            customer "asks"\n            Waiter "answers"\n            applies Courtesy\n        }\n    }\n\n    scene Checkout {\n        touchpoint Pay'],
                ['expect empathy "thanks the guest"', 'expect empathy "thanks the guest" within 1.5 min']);
            // Order: max(1 min, 2 min) = 2 min; Second: 1.5 min from the norm; 3.5 min > 0.05 h (3 min).
            await expectFindings(services, text, 'scene-budget', [{
                line: 11, covered: '0.05 h', message: "scene Ordering: the touchpoints' time bounds add up to 0.06 h, over the budget of 0.05 h"
            }]);
        });

        it('accepts bounds that fit exactly, and scenes without a budget', async () => {
            await expectNoFinding(services, variant(['budget 10 min', 'budget 120 s']), 'scene-budget');
            await expectNoFinding(services, variant(['budget 10 min', '']), 'scene-budget');
        });
    });

    describe('customer-acts', () => {
        it('fires on a touchpoint where the customer does nothing', async () => {
            const text = variant(['customer "pays"', '// the customer is silent']);
            await expectFindings(services, text, 'customer-acts', [{
                line: 26, covered: 'Pay',
                message: `touchpoint Pay: the customer does nothing here; add what the customer does with 'customer "…"'`
            }]);
        });

        it('does not fire when the customer acts', async () => {
            await expectNoFinding(services, CLEAN_SPEC, 'customer-acts');
        });
    });

    describe('scene-has-touchpoint', () => {
        it('fires on an empty scene, on its name', async () => {
            const text = variant(['    scene Checkout {', '    scene Farewell {\n    }\n\n    scene Checkout {']);
            await expectFindings(services, text, 'scene-has-touchpoint', [{
                line: 25, covered: 'Farewell', message: 'scene Farewell: no touchpoint; add the moments where the customer meets the service'
            }]);
        });

        it('does not fire on scenes with touchpoints', async () => {
            await expectNoFinding(services, CLEAN_SPEC, 'scene-has-touchpoint');
        });
    });

    describe('unused-declaration', () => {
        it('fires on an actor, a prop and a norm that nothing uses, marking them unnecessary', async () => {
            const text = variant(['Kitchen "starts cooking"', '// not here'], ['prop Menu "Printed menu"', 'prop Menu "Printed menu"\n    prop Napkin'],
                ['applies Courtesy', 'expect empathy "thanks the guest"']);
            const findings = await expectFindings(services, text, 'unused-declaration', [
                { line: 6, covered: 'Kitchen', message: 'backstage actor Kitchen never acts in a touchpoint' },
                { line: 9, covered: 'Napkin', message: "prop Napkin is never shown as 'evidence'" },
                { line: 41, covered: 'Courtesy', message: 'norm Courtesy is never applied in the workspace' }
            ]);
            for (const finding of findings) assert.deepEqual(finding.tags, [DiagnosticTag.Unnecessary]);
        });

        it('finds a norm applied in another file of the workspace', async () => {
            const library = 'norm Courtesy {\n    expect empathy "thanks the guest"\n}\n';
            const user = variant(['norm Courtesy {\n    expect empathy "thanks the guest"\n}\n', '']);
            const [libraryDocument, userDocument] = await buildTogether(services, [['file:///w/norms.drama', library], ['file:///w/dinner.drama', user]]);
            assert.deepEqual(describeDiagnostics(libraryDocument.diagnostics), []);
            assert.deepEqual(describeDiagnostics(userDocument.diagnostics), []);
        });
    });

    describe('unique-names', () => {
        it('fires on every declaration that shares its name in a service, pointing at the other', async () => {
            const text = variant(['actor Kitchen backstage', 'actor Kitchen backstage\n    system Waiter support']);
            const findings = await expectFindings(services, text, 'unique-names', [
                { line: 5, covered: 'Waiter', message: 'service Dinner: actor Waiter is declared more than once (also on line 7)' },
                { line: 7, covered: 'Waiter', message: 'service Dinner: system Waiter is declared more than once (also on line 5)' }
            ]);
            assert.equal(findings[0].severity, DiagnosticSeverity.Error);
        });

        it('checks touchpoints across the scenes of a service, and risks in a touchpoint', async () => {
            const text = variant(['touchpoint Pay face-to-face', 'touchpoint Order face-to-face'],
                ['            }\n        }\n    }\n}', '            }\n            risk ReaderOffline {\n                recovery "try again"\n            }\n        }\n    }\n}']);
            await expectFindings(services, text, 'unique-names', [
                { line: 12, covered: 'Order', message: 'service Dinner: touchpoint Order is declared more than once (also on line 26)' },
                { line: 26, covered: 'Order', message: 'service Dinner: touchpoint Order is declared more than once (also on line 12)' },
                { line: 33, covered: 'ReaderOffline', message: 'touchpoint Order: risk ReaderOffline is declared more than once (also on line 36)' },
                { line: 36, covered: 'ReaderOffline', message: 'touchpoint Order: risk ReaderOffline is declared more than once (also on line 33)' }
            ]);
        });

        it('checks services and norms across the files of the workspace', async () => {
            const [first, second] = await buildTogether(services, [
                ['file:///w/a.drama', CLEAN_SPEC],
                ['file:///w/b.drama', 'norm Courtesy {\n    expect empathy "bows"\n}\n\nnorm Dinner {\n    expect empathy "a service and a norm may share a name"\n}\n']
            ]);
            assert.deepEqual(findingsOf(first, 'unique-names').map(d => d.message),
                ['norm Courtesy is declared more than once in the workspace (also in b.drama, line 1)']);
            assert.deepEqual(findingsOf(second, 'unique-names').map(d => d.message),
                ['norm Courtesy is declared more than once in the workspace (also in a.drama, line 40)']);
        });

        it('does not fire on different names, nor on the same name in different scopes', async () => {
            const text = `${CLEAN_SPEC}\nservice Lunch {\n    actor Waiter frontstage\n}\n`;
            await expectNoFinding(services, text, 'unique-names');
        });
    });
});

/** Builds several documents together, as a workspace, and returns them validated. */
async function buildTogether(services: ReturnType<typeof createTestServices>, files: Array<[string, string]>) {
    const { URI } = await import('langium');
    const shared = services.shared;
    const documents = files.map(([uri, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}
