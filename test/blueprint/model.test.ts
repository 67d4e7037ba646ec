import * as assert from 'node:assert/strict';
import type { LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { buildBlueprint, selectService, servicesOf, type BlueprintModel, type BlueprintTouchpoint, type SourceRange } from '../../src/blueprint/model.js';
import type { Model } from '../../src/language/generated/ast.js';
import { createTestServices } from '../test-services.js';
import { blueprintOf, buildFiles, examplesDir, fixturesDir, specFiles } from './support.js';

function touchpoint(model: BlueprintModel, name: string): BlueprintTouchpoint {
    const found = model.scenes.flatMap(scene => scene.touchpoints).find(candidate => candidate.name === name);
    assert.ok(found, `touchpoint ${name}`);
    return found;
}

function textAt(document: LangiumDocument, range: SourceRange): string {
    return document.textDocument.getText(range);
}

describe('blueprint model', () => {
    const services = createTestServices();
    let examples: Map<string, LangiumDocument<Model>>;

    before(async () => {
        examples = await buildFiles(services, specFiles(examplesDir));
    });
    after(() => services.reset());

    describe('on the hotpot checkout example', () => {
        let document: LangiumDocument<Model>;
        let model: BlueprintModel;
        before(() => {
            document = examples.get('hotpot-checkout.drama')!;
            model = blueprintOf(document);
        });

        it('names the service and keeps the scenes and touchpoints in the order written', () => {
            assert.equal(model.service, 'HotpotCheckout');
            assert.equal(model.title, 'Hotpot checkout / 火锅结账');
            assert.deepEqual(model.scenes.map(scene => [scene.name, scene.title, scene.budget]), [
                ['Ordering', '点菜', undefined],
                ['AskForBill', '买单', '5 min'],
                ['Paying', '付款', '5 min'],
                ['Leaving', '送客', undefined]
            ]);
            assert.deepEqual(model.scenes.map(scene => scene.touchpoints.map(t => t.name)), [
                ['OrderDishes'], ['CallForBill', 'CheckBill'], ['SwipeCard', 'ScanToPay'], ['SeeOff', 'NextDayCall']
            ]);
        });

        it('puts each action in the lane its performer\'s stage decides, in the order of the performance', () => {
            const swipe = touchpoint(model, 'SwipeCard');
            assert.deepEqual(swipe.lanes.customer.map(item => item.text), ['hands over a bank card', 'agrees, visibly impatient']);
            assert.deepEqual(swipe.lanes.frontstage.map(item => item.label), ['Waiter', 'Waiter', 'Waiter']);
            assert.match(swipe.lanes.frontstage[2].text, /^apologises for the wait/);
            assert.deepEqual(swipe.lanes.support.map(item => [item.label, item.text]), [
                ['Payments', 'tries to authorise the payment and times out'],
                ['Payments', 'times out a second time']
            ]);
            assert.deepEqual(swipe.lanes.backstage, []);
            assert.deepEqual(swipe.lanes.evidence.map(item => [item.label, item.text]), [['CardReader', 'Wireless card reader carried to the table']]);
            // A backstage actor (the cashier) lands behind the line of visibility.
            assert.deepEqual(touchpoint(model, 'CallForBill').lanes.backstage.map(item => item.label), ['Cashier']);
        });

        it('gives the channel, moment kind, trial, and the elements covered', () => {
            const swipe = touchpoint(model, 'SwipeCard');
            assert.equal(swipe.channel, 'face-to-face');
            assert.deepEqual(swipe.moment, { kinds: ['bad-news'], trial: true });
            assert.deepEqual(swipe.coverage, ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles']);
            const scan = touchpoint(model, 'ScanToPay');
            assert.equal(scan.channel, 'remote');
            assert.equal(scan.moment, undefined);
            assert.deepEqual(scan.coverage, ['reliability', 'responsiveness']);
            assert.deepEqual(scan.expectations.map(e => [e.element, e.within]), [['reliability', undefined], ['responsiveness', '30 s']]);
        });

        it('keeps risks with their recovery, delights and adaptations', () => {
            const swipe = touchpoint(model, 'SwipeCard');
            assert.deepEqual(swipe.risks.map(risk => [risk.name, risk.description, risk.recovery?.text]), [[
                'ReaderOffline', 'the card reader has no signal',
                'apologise, offer cash or mobile payment at once, and thank the guest for waiting'
            ]]);
            assert.equal(swipe.adaptations.length, 1);
            assert.match(touchpoint(model, 'SeeOff').delights[0].text, /mints and wet towels/);
        });

        it('gives every item the source range of the statement it comes from', () => {
            const swipe = touchpoint(model, 'SwipeCard');
            assert.equal(textAt(document, swipe.lanes.customer[0].range), 'customer "hands over a bank card"');
            assert.equal(textAt(document, swipe.lanes.support[1].range), 'Payments "times out a second time"');
            assert.equal(textAt(document, swipe.lanes.evidence[0].range), 'CardReader');
            assert.match(textAt(document, swipe.risks[0].range), /^risk ReaderOffline[\s\S]*\}$/);
            assert.match(textAt(document, swipe.range), /^touchpoint SwipeCard face-to-face \{[\s\S]*\}$/);
            assert.match(textAt(document, model.scenes[2].range), /^scene Paying/);
        });

        it('is plain data that survives JSON unchanged', () => {
            assert.deepEqual(JSON.parse(JSON.stringify(model)), model);
        });
    });

    describe('on the service hall example (Chinese names and norms from another file)', () => {
        let model: BlueprintModel;
        before(() => {
            model = blueprintOf(examples.get('service-hall.drama')!);
        });

        it('takes in the expectations of applied norms, marked with the norm, and counts them in the coverage', () => {
            const greeting = touchpoint(model, '进门迎宾');
            const fromNorm = greeting.expectations.filter(e => e.norm === '标准问候');
            assert.deepEqual(fromNorm.map(e => e.element), ['assurance', 'responsiveness']);
            assert.deepEqual(greeting.coverage, ['reliability', 'responsiveness', 'assurance']);
        });

        it('makes one evidence item per prop when a statement names several', () => {
            assert.deepEqual(touchpoint(model, '等候体验').lanes.evidence.map(item => item.label), ['叫号屏', '体验区']);
        });

        it('puts a support system in the support lane', () => {
            assert.deepEqual(touchpoint(model, '自助取号').lanes.support.map(item => item.label), ['排队叫号系统']);
        });
    });

    describe('findings', () => {
        let fixture: LangiumDocument<Model>;
        before(async () => {
            fixture = (await buildFiles(services, [`${fixturesDir}/hotpot.drama`])).get('hotpot.drama')!;
        });

        it('attaches a rule finding to the item it is about', () => {
            const model = blueprintOf(fixture);
            const pay = touchpoint(model, 'PayByCard');
            const wrongBill = pay.risks.find(risk => risk.name === 'WrongBill')!;
            assert.deepEqual(wrongBill.findings.map(f => [f.severity, f.rule]), [['error', 'risk-has-recovery']]);
            assert.deepEqual(pay.risks.find(risk => risk.name === 'ReaderOffline')!.findings, []);
        });

        it('counts friendliness as assurance', () => {
            const seat = touchpoint(blueprintOf(fixture), 'Seat');
            assert.deepEqual(seat.expectations.filter(e => e.norm === 'WarmGreeting').map(e => e.element), ['assurance', 'assurance']);
            assert.deepEqual(seat.coverage, ['assurance', 'tangibles']);
        });

        it('sends each finding to the innermost item, touchpoint, scene or service holding it', () => {
            const service = selectService(fixture.parseResult.value, 'HotpotDinner')!;
            const locate = (text: string): SourceRange => {
                const offset = fixture.textDocument.getText().indexOf(text);
                assert.ok(offset >= 0, text);
                return { start: fixture.textDocument.positionAt(offset), end: fixture.textDocument.positionAt(offset + text.length) };
            };
            const diagnostic = (text: string, message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Warning): Diagnostic =>
                ({ range: locate(text), message, severity, code: 'test-rule' });
            const model = buildBlueprint(service, [
                diagnostic('"takes the card to the reader"', 'on an action'),
                diagnostic('Snacks\n            expect', 'spans two statements', DiagnosticSeverity.Information),
                diagnostic('Seat face-to-face', 'on a touchpoint name'),
                diagnostic('budget 20 min', 'on a scene', DiagnosticSeverity.Error),
                diagnostic('HotpotDinner', 'on the service'),
                diagnostic('norm WarmGreeting', 'outside the service')
            ]);
            const pay = touchpoint(model, 'PayByCard');
            assert.deepEqual(pay.lanes.frontstage[0].findings.map(f => [f.message, f.rule, f.severity]), [['on an action', 'test-rule', 'warning']]);
            assert.deepEqual(touchpoint(model, 'Arrive').findings.map(f => [f.message, f.severity]), [['spans two statements', 'info']]);
            assert.deepEqual(touchpoint(model, 'Seat').findings.map(f => f.message), ['on a touchpoint name']);
            assert.deepEqual(model.scenes[0].findings.map(f => [f.message, f.severity]), [['on a scene', 'error']]);
            assert.deepEqual(model.findings.map(f => f.message), ['on the service']);
            const all = JSON.stringify(model);
            assert.ok(!all.includes('outside the service'), 'a finding outside the service is left out');
        });

        it('keeps an action whose performer does not resolve, with the linking error on it', async () => {
            const document = await services.validate(`service S {
    scene A {
        touchpoint T face-to-face {
            customer "asks"
            Ghost "answers"
            expect reliability "right answer"
        }
    }
}`, 'file:///blueprint/unresolved.drama');
            const item = touchpoint(blueprintOf(document), 'T').lanes.frontstage[0];
            assert.equal(item.label, 'Ghost');
            assert.equal(item.text, 'answers');
            assert.ok(item.findings.some(f => f.severity === 'error' && /Ghost/.test(f.message)), JSON.stringify(item.findings));
        });
    });

    describe('the journey statements', () => {
        it('carries the audience, moment kinds, waits, the feeling and who recovers; a frontstage system acts in the frontstage lane', async () => {
            const document = await services.validate(`service Airline {
    audience Traveller { pace urgent }
    actor GateAgent frontstage
    system App frontstage "Airline app"
    system Booking support
    scene Cancelled {
        touchpoint Notice chat for Traveller {
            moment bad-news, value-judgement trial
            customer "reads the message"
            App "offers the next flights"
            Booking "holds three seats"
            wait "the app shows the rebooking progress" within 10 min
            feeling -2 "anxious about the evening"
            expect empathy "the apology comes first"
            risk Full "next flight is full" {
                recovery "book a partner airline" by GateAgent within 15 min
            }
        }
    }
}`, 'file:///blueprint/journey.drama');
            const notice = touchpoint(blueprintOf(document), 'Notice');
            assert.equal(notice.audience, 'Traveller');
            assert.deepEqual(notice.moment, { kinds: ['bad-news', 'value-judgement'], trial: true });
            assert.deepEqual(notice.waits.map(wait => [wait.text, wait.within]), [['the app shows the rebooking progress', '10 min']]);
            assert.deepEqual([notice.feeling?.score, notice.feeling?.text], [-2, 'anxious about the evening']);
            assert.deepEqual(notice.risks[0].recovery && [notice.risks[0].recovery.by, notice.risks[0].recovery.within], ['GateAgent', '15 min']);
            assert.deepEqual(notice.lanes.frontstage.map(item => item.label), ['App']);
            assert.deepEqual(notice.lanes.support.map(item => item.label), ['Booking']);
            assert.equal(textAt(document, notice.waits[0].range), 'wait "the app shows the rebooking progress" within 10 min');
        });

        it('leaves out what a touchpoint does not say', async () => {
            const document = await services.validate('service S { scene A { touchpoint Pay remote { customer "pays" } } }', 'file:///blueprint/plain.drama');
            const pay = touchpoint(blueprintOf(document), 'Pay');
            assert.deepEqual(pay.waits, []);
            assert.equal(pay.audience, undefined);
            assert.equal(pay.feeling, undefined);
            assert.ok(!('audience' in pay) && !('feeling' in pay), 'absent values are left out of the JSON');
        });
    });

    describe('choosing the service', () => {
        it('picks the named service, the one around a position, or the first', async () => {
            const document = await services.validate(`service First {
}
service Second {
}
`, 'file:///blueprint/two.drama');
            const root = document.parseResult.value;
            assert.deepEqual(servicesOf(root).map(s => s.name), ['First', 'Second']);
            assert.equal(selectService(root, 'Second')?.name, 'Second');
            assert.equal(selectService(root, 'Third'), undefined);
            assert.equal(selectService(root, undefined, { line: 2, character: 3 })?.name, 'Second');
            assert.equal(selectService(root)?.name, 'First');
        });

        it('draws an empty service and a scene without touchpoints', async () => {
            const document = await services.validate('service Empty { scene Nothing "还没有" { } }', 'file:///blueprint/empty.drama');
            const model = blueprintOf(document);
            assert.deepEqual(model.scenes.map(scene => [scene.name, scene.touchpoints.length]), [['Nothing', 0]]);
        });
    });
});
