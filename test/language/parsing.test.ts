import * as assert from 'node:assert/strict';
import {
    isActor, isAudience, isCastAction, isCustomerAction, isProp, isScene, isSupportSystem, type Norm, type Scene, type Service
} from '../../src/language/generated/ast.js';
import { createTestServices, describeDiagnostics } from '../test-services.js';

const FULL_SPEC = `
// A comment
/* and a block comment */
service HotpotDinner "Hotpot dinner / 火锅晚餐" {
    audience Diner "Weekend diner" {
        pace relaxed
    }
    actor Host frontstage "Greeter at the door"
    actor Kitchen backstage
    system Payments support "Card terminal and bank link"
    system Booking
    prop CardReader "Card reader"
    prop Snacks 'Free snacks in the queue'

    scene Waiting "Waiting for a table" {
        setting "the pavement outside the door"
        budget 20 min
        touchpoint Arrive face-to-face "At the door" {
            customer "arrives and gives the party size"
            Host "greets, hands out a queue number and snacks"
            Kitchen "prepares the snacks"
            evidence Snacks, CardReader
            expect assurance "greeted warmly" within 10 s
            expect friendliness "a smile"
            expect responsiveness "expected wait is shown" within 1.5 min
            delight "free manicure while waiting"
            adapt "high chair for a toddler"
        }
    }

    scene Checkout "结账" {
        touchpoint PayByCard phone {
            moment bad-news trial
            customer "pays by card"
            Payments "authorises the payment"
            Booking "frees the table"
            expect reliability "payment succeeds on the first try"
            expect empathy "notices the guest is in a hurry" within 2 h
            expect tangibles "a clean terminal" within 1 d
            applies WarmGreeting
            risk ReaderOffline "card reader has no signal" {
                recovery "apologise, offer cash or mobile payment"
            }
            risk Silent
        }
    }
}

norm WarmGreeting "标准问候" {
    expect assurance "eye contact and a smile"
    expect responsiveness "greeting" within 10 s
}
`;

describe('parsing: every concept of the language lands in the AST', () => {
    const services = createTestServices();
    after(() => services.reset());

    it('parses and links the full sketch without errors', async () => {
        const document = await services.validate(FULL_SPEC);
        assert.deepEqual(document.parseResult.lexerErrors, []);
        assert.deepEqual(document.parseResult.parserErrors, []);
        // Syntax and linking errors only: rule findings carry their rule id as code.
        const errors = (document.diagnostics ?? []).filter(d => d.severity === 1 && d.code === undefined);
        assert.deepEqual(describeDiagnostics(errors), []);
    });

    it('reads services and norms with their titles', async () => {
        const model = (await services.validate(FULL_SPEC)).parseResult.value;
        const [service, norm] = model.elements as [Service, Norm];
        assert.equal(service.name, 'HotpotDinner');
        assert.equal(service.title, 'Hotpot dinner / 火锅晚餐');
        assert.equal(norm.name, 'WarmGreeting');
        assert.equal(norm.title, '标准问候');
        assert.deepEqual(norm.expectations.map(e => [e.element, e.text, e.bound?.value, e.bound?.unit]),
            [['assurance', 'eye contact and a smile', undefined, undefined], ['responsiveness', 'greeting', 10, 's']]);
    });

    it('reads the audience with its pace, the cast with stages, and props', async () => {
        const service = (await services.validate(FULL_SPEC)).parseResult.value.elements[0] as Service;
        const audience = service.members.find(isAudience)!;
        assert.deepEqual([audience.name, audience.description, audience.pace], ['Diner', 'Weekend diner', 'relaxed']);
        assert.deepEqual(service.members.filter(isActor).map(a => [a.name, a.stage, a.description]),
            [['Host', 'frontstage', 'Greeter at the door'], ['Kitchen', 'backstage', undefined]]);
        assert.deepEqual(service.members.filter(isSupportSystem).map(s => [s.name, s.support, s.description]),
            [['Payments', true, 'Card terminal and bank link'], ['Booking', false, undefined]]);
        assert.deepEqual(service.members.filter(isProp).map(p => [p.name, p.description]),
            [['CardReader', 'Card reader'], ['Snacks', 'Free snacks in the queue']]);
    });

    it('reads scenes in order with setting and budget, and touchpoints with everything in them', async () => {
        const service = (await services.validate(FULL_SPEC)).parseResult.value.elements[0] as Service;
        const scenes = service.members.filter(isScene);
        assert.deepEqual(scenes.map(s => [s.name, s.title]), [['Waiting', 'Waiting for a table'], ['Checkout', '结账']]);
        assert.equal(scenes[0].setting, 'the pavement outside the door');
        assert.deepEqual([scenes[0].budget?.value, scenes[0].budget?.unit], [20, 'min']);
        assert.equal(scenes[1].budget, undefined);

        const arrive = scenes[0].touchpoints[0];
        assert.deepEqual([arrive.name, arrive.channel, arrive.title, arrive.moment], ['Arrive', 'face-to-face', 'At the door', undefined]);
        assert.deepEqual(arrive.actions.map(a => isCustomerAction(a) ? ['customer', a.text] : [a.performer.ref?.name, a.text]), [
            ['customer', 'arrives and gives the party size'],
            ['Host', 'greets, hands out a queue number and snacks'],
            ['Kitchen', 'prepares the snacks']
        ]);
        assert.deepEqual(arrive.evidence[0].props.map(p => p.ref?.name), ['Snacks', 'CardReader']);
        assert.deepEqual(arrive.expectations.map(e => [e.element, e.bound?.value, e.bound?.unit]),
            [['assurance', 10, 's'], ['friendliness', undefined, undefined], ['responsiveness', 1.5, 'min']]);
        assert.deepEqual(arrive.delights.map(d => d.text), ['free manicure while waiting']);
        assert.deepEqual(arrive.adaptations.map(a => a.text), ['high chair for a toddler']);

        const pay = scenes[1].touchpoints[0];
        assert.deepEqual([pay.channel, pay.moment?.kinds, pay.moment?.trial], ['phone', ['bad-news'], true]);
        assert.ok(pay.actions.filter(isCastAction).every(a => isSupportSystem(a.performer.ref)));
        assert.deepEqual(pay.expectations.map(e => [e.element, e.bound?.unit]), [['reliability', undefined], ['empathy', 'h'], ['tangibles', 'd']]);
        assert.equal(pay.applies[0].norm.ref?.name, 'WarmGreeting');
        assert.deepEqual(pay.risks.map(r => [r.name, r.description, r.recovery?.text]), [
            ['ReaderOffline', 'card reader has no signal', 'apologise, offer cash or mobile payment'],
            ['Silent', undefined, undefined]
        ]);
    });

    it('reads the journey statements: frontstage systems, chat and video, for, several moment kinds, waits, feelings, who recovers', async () => {
        const document = await services.validate(`service Airline {
    audience Traveller { pace urgent }
    audience Family
    actor GateAgent frontstage
    system App frontstage "Airline app"
    system Booking support
    system Legacy
    scene Cancelled {
        touchpoint Notice chat for Traveller "Cancellation notice" {
            moment bad-news, value-judgement trial
            customer "reads the message"
            App "offers the next flights"
            wait "the app shows the rebooking progress" within 10 min
            feeling -2 "anxious about the evening"
            expect empathy "the apology comes first"
            risk Full "next flight is full" {
                recovery "book a partner airline" by GateAgent within 15 min
            }
        }
        touchpoint Desk video {
            customer "talks to an agent on screen"
            GateAgent "confirms the new seat"
            feeling +3 "relieved"
            expect assurance "a calm voice"
        }
    }
}`);
        assert.deepEqual(document.parseResult.parserErrors, []);
        const service = document.parseResult.value.elements[0] as Service;
        const systems = service.members.filter(isSupportSystem);
        assert.deepEqual(systems.map(s => [s.name, s.frontstage, s.support]), [['App', true, false], ['Booking', false, true], ['Legacy', false, false]]);
        const [notice, desk] = (service.members.find(m => m.$type === 'Scene') as Scene).touchpoints;
        assert.deepEqual([notice.channel, notice.audience?.ref?.name, notice.title], ['chat', 'Traveller', 'Cancellation notice']);
        assert.deepEqual([notice.moment?.kinds, notice.moment?.trial], [['bad-news', 'value-judgement'], true]);
        assert.deepEqual(notice.waits.map(w => [w.text, w.bound?.value, w.bound?.unit]), [['the app shows the rebooking progress', 10, 'min']]);
        assert.deepEqual(notice.feelings.map(f => [f.score, f.text]), [[-2, 'anxious about the evening']]);
        const recovery = notice.risks[0].recovery!;
        assert.deepEqual([recovery.text, recovery.performer?.ref?.name, recovery.bound?.value, recovery.bound?.unit], ['book a partner airline', 'GateAgent', 15, 'min']);
        assert.deepEqual([desk.channel, desk.audience, desk.feelings[0].score], ['video', undefined, 3]);
    });

    it('accepts Chinese names for every kind of declaration and reference', async () => {
        const document = await services.validate(`
service 火锅晚餐 "周末火锅" {
    audience 食客 { pace urgent }
    actor 服务员 frontstage "大堂服务员"
    system 收银系统 support
    prop 刷卡机
    scene 结账 {
        touchpoint 刷卡 face-to-face {
            moment value-judgement
            customer "刷卡付款"
            服务员 "把刷卡机拿到桌边"
            收银系统 "完成授权"
            evidence 刷卡机
            expect reliability "一次刷卡成功"
            applies 标准问候
        }
    }
}
norm 标准问候 { expect assurance "微笑并目光接触" }`);
        const errors = (document.diagnostics ?? []).filter(d => d.severity === 1);
        assert.deepEqual(describeDiagnostics(errors), []);
        const service = document.parseResult.value.elements[0] as Service;
        const touchpoint = (service.members.find(isScene) as Scene).touchpoints[0];
        assert.equal(touchpoint.name, '刷卡');
        assert.deepEqual(touchpoint.actions.filter(isCastAction).map(a => a.performer.ref?.name), ['服务员', '收银系统']);
        assert.equal(touchpoint.applies[0].norm.ref?.name, '标准问候');
    });

    it('keeps escaped quotes and any characters inside strings', async () => {
        const document = await services.validate(String.raw`service S "a \"quoted\" <b>title</b> & 引号「」" {}`);
        assert.equal((document.parseResult.value.elements[0] as Service).title, 'a "quoted" <b>title</b> & 引号「」');
    });
});
