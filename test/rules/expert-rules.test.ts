import * as assert from 'node:assert/strict';
import { CodeActionKind } from 'vscode-languageserver-types';
import { parseRuleConfigFile } from '../../src/language/rules/rule-config.js';
import { createTestServices, describeDiagnostics } from '../test-services.js';
import { applyEdits, CLEAN_SPEC, expectFindings, expectSameFixInChinese, expectNoFinding, findingsOf, formatted, quickFixes, variant } from './support.js';

/** The rules that judge quality, not presence; and the changed rules' new quick fixes. */
describe('rules that judge quality: each fires where an expert would object, and not elsewhere', () => {
    const services = createTestServices();
    afterEach(async () => {
        services.ServiceDrama.validation.RuleSettings.clearFolderSeverities();
        services.ServiceDrama.i18n.Locale.locale = 'en';
        await services.reset();
    });

    const RECOVERY = 'recovery "offer cash" by Waiter within 2 min';
    const RISK_BLOCK = `risk ReaderOffline "no signal" {\n                ${RECOVERY}\n            }`;

    /** Applies the fix whose title matches to the rule's first finding; the result parses, loses the finding and is formatted. */
    async function fix(text: string, ruleId: string, title: RegExp): Promise<string> {
        const document = await services.validate(text);
        const finding = findingsOf(document, ruleId)[0];
        assert.ok(finding, `no ${ruleId} finding in:\n${describeDiagnostics(document.diagnostics).join('\n')}`);
        const actions = await quickFixes(services, document, finding);
        const action = actions.find(candidate => title.test(candidate.title));
        assert.ok(action, `no fix titled ${title}; offered: ${actions.map(a => a.title).join(' | ')}`);
        assert.equal(action.kind, CodeActionKind.QuickFix);
        const fixed = applyEdits(text, action.edit!.changes![document.textDocument.uri]);
        await services.reset();
        const again = await services.validate(fixed);
        assert.deepEqual(again.parseResult.parserErrors, []);
        assert.deepEqual(describeDiagnostics(findingsOf(again, ruleId)), []);
        await services.reset();
        assert.equal(await formatted(services, fixed), fixed);
        await expectSameFixInChinese(services, text, ruleId, actions.indexOf(action), fixed);
        return fixed;
    }

    function configure(json: string): void {
        const { severities, problems } = parseRuleConfigFile(json);
        assert.deepEqual(problems, []);
        services.ServiceDrama.validation.RuleSettings.setFolderSeverities(undefined, severities);
    }

    describe('recovery-is-concrete', () => {
        it('fires on a recovery that says neither who nor how fast, on its keyword', async () => {
            await expectFindings(services, variant([RECOVERY, 'recovery "offer cash"']), 'recovery-is-concrete', [{
                line: 34, covered: 'recovery',
                message: "risk ReaderOffline: the recovery does not say who acts ('by') or how fast ('within'); "
                    + 'a recovery nobody owns, with no time to it, is a hope rather than a plan'
            }]);
        });

        it('names the one part that is missing', async () => {
            await expectFindings(services, variant([RECOVERY, 'recovery "offer cash" within 2 min']), 'recovery-is-concrete', [{
                line: 34, covered: 'recovery',
                message: "risk ReaderOffline: the recovery does not say who acts ('by'); a recovery nobody owns, with no time to it, is a hope rather than a plan"
            }]);
            services.ServiceDrama.i18n.Locale.locale = 'zh';
            await expectFindings(services, variant([RECOVERY, 'recovery "offer cash" by Waiter']), 'recovery-is-concrete', [{
                line: 34, covered: 'recovery',
                message: '风险 ReaderOffline：补救没有写明多快做到（within）；没人负责、没有时限的补救只是愿望，不是安排'
            }]);
        });

        it('does not fire on a recovery by someone within a time', async () => {
            await expectNoFinding(services, CLEAN_SPEC, 'recovery-is-concrete');
        });

        it('offers the touchpoint\'s frontstage actors as owners, before its bound', async () => {
            const fixed = await fix(variant([RECOVERY, 'recovery "offer cash" within 2 min']), 'recovery-is-concrete', /^Give the recovery to frontstage actor Waiter$/);
            assert.ok(fixed.includes(RECOVERY), fixed);
        });
    });

    describe('hollow-text', () => {
        it('fires on a hollow recovery, a placeholder in a norm, an empty delight and a hollow Chinese phrase', async () => {
            const text = variant([RECOVERY, 'recovery "Escalate." by Waiter within 2 min'], ['expect empathy "thanks the guest"', 'expect empathy "TBD: how we thank"'],
                ['expect tangibles "a clean menu"', 'expect tangibles "a clean menu"\n            delight ""'], ['expect assurance "a smile"', 'expect assurance "超出预期"']);
            await expectFindings(services, text, 'hollow-text', [
                { line: 19, covered: '"超出预期"', message: 'touchpoint Order: the assurance expectation "超出预期" says nothing anyone could act on; say what the customer can see or check, e.g. "greeted by name within 10 s"' },
                { line: 22, covered: '""', message: 'touchpoint Order: the delight is empty; say the extra itself, e.g. "a free manicure while waiting"' },
                { line: 35, covered: '"Escalate."', message: 'risk ReaderOffline: the recovery "Escalate." says nothing anyone could act on; say what is done for the customer, e.g. "rebook on the next flight and hand over a meal voucher"' },
                { line: 42, covered: '"TBD: how we thank"', message: 'norm Courtesy: the empathy expectation "TBD: how we thank" is a placeholder (tbd); say what the customer can see or check, e.g. "greeted by name within 10 s"' }
            ]);
        });

        it('speaks Chinese, on waits and adaptations too', async () => {
            services.ServiceDrama.i18n.Locale.locale = 'zh';
            const text = variant(['expect tangibles "a clean menu"', 'expect tangibles "a clean menu"\n            wait "待定"\n            adapt "专业处理"']);
            await expectFindings(services, text, 'hollow-text', [
                { line: 22, covered: '"待定"', message: '触点 Order：等待（`wait`）“待定”是占位内容（待定）；请写怎样交代或填满这段等待，例如“屏幕显示前面还有几桌”' },
                { line: 23, covered: '"专业处理"', message: '触点 Order：适应（`adapt`）“专业处理”说不出谁该做什么；请写出是什么需要、怎样满足，例如“给小朋友准备儿童椅”' }
            ]);
        });

        it('does not fire on concrete text, even when it uses a hollow word', async () => {
            await expectNoFinding(services, CLEAN_SPEC, 'hollow-text');
            await expectNoFinding(services, variant([RECOVERY, 'recovery "escalate to the duty manager, who calls back within the hour" by Waiter within 2 min']), 'hollow-text');
            await expectNoFinding(services, variant(['expect assurance "a smile"', 'expect assurance "the waiter is the todos-in-one helper"']), 'hollow-text');
        });

        it('takes more phrases from the configuration, or only those', async () => {
            configure('{ "rules": { "hollow-text": ["warning", { "phrases": ["a smile"] }] } }');
            await expectFindings(services, CLEAN_SPEC, 'hollow-text', [{
                line: 19, covered: '"a smile"',
                message: 'touchpoint Order: the assurance expectation "a smile" says nothing anyone could act on; say what the customer can see or check, e.g. "greeted by name within 10 s"'
            }]);
            configure('{ "rules": { "hollow-text": ["warning", { "builtInPhrases": false }] } }');
            await expectNoFinding(services, variant([RECOVERY, 'recovery "escalate" by Waiter within 2 min']), 'hollow-text');
        });

        it('names a mistake in its options, by key', () => {
            const problems = (json: string) => parseRuleConfigFile(json).problems.map(p => `${p.key}: ${p.message.en}`);
            assert.deepEqual(problems('{ "rules": { "hollow-text": ["warning", { "phrase": [] }] } }'),
                ['rules.hollow-text.phrase: unknown option \'phrase\': hollow-text takes "phrases", "placeholders" and "builtInPhrases"']);
            assert.deepEqual(problems('{ "rules": { "hollow-text": ["warning", { "phrases": "escalate" }] } }'),
                ['rules.hollow-text.phrases: must be a list of texts, such as ["handle it", "看情况"]']);
            assert.deepEqual(problems('{ "rules": { "customer-acts": ["warning", {}] } }'),
                ['rules.customer-acts: rule \'customer-acts\' takes no options: give its severity alone, such as "warning"']);
            assert.deepEqual(problems('{ "rules": { "hollow-text": ["loud", {}] } }'),
                ['rules.hollow-text: "loud" is not a severity: use "error", "warning", "info" or "off"']);
        });
    });

    describe('wait-needs-feedback', () => {
        const LONG = ['"order taken" within 2 min', '"order taken" within 20 min'] as [string, string];

        it('fires on a long responsiveness bound without a wait line, on the bound', async () => {
            await expectFindings(services, variant(LONG), 'wait-needs-feedback', [{
                line: 18, covered: '20 min',
                message: "touchpoint Order: the customer may wait up to 20 min (over 5 min) with no word on it; add a 'wait' line: "
                    + 'how the wait is explained or filled (progress shown, a reason, something to do)'
            }]);
        });

        it('reads the bound of an applied norm, and reports it on the touchpoint', async () => {
            const text = variant(['expect empathy "thanks the guest"', 'expect responsiveness "the bill arrives" within 1 h']);
            await expectFindings(services, text, 'wait-needs-feedback', [{
                line: 26, covered: 'Pay',
                message: "touchpoint Pay: the customer may wait up to 1 h (over 5 min) with no word on it; add a 'wait' line: "
                    + 'how the wait is explained or filled (progress shown, a reason, something to do)'
            }]);
        });

        it('does not fire with a wait line, nor at the threshold or below', async () => {
            await expectNoFinding(services, variant(LONG, ['evidence Menu', 'evidence Menu\n            wait "the kitchen screen shows the order\'s place"']), 'wait-needs-feedback');
            await expectNoFinding(services, variant(['"order taken" within 2 min', '"order taken" within 5 min']), 'wait-needs-feedback');
            await expectNoFinding(services, CLEAN_SPEC, 'wait-needs-feedback');
        });

        it('accepts a wait lived a step later: a later touchpoint of the scene, or one of the next scene', async () => {
            const laterWait = ['expect reliability "payment works"', 'expect reliability "payment works"\n            wait "the bill shows the dishes still to come"'] as [string, string];
            await expectNoFinding(services, variant(LONG, laterWait), 'wait-needs-feedback');
            // The later wait is about that step's own long promise, not this one.
            const ownLongWait = variant(LONG, laterWait, ['expect empathy "thanks the guest"', 'expect responsiveness "the receipt is mailed" within 1 d']);
            assert.deepEqual(findingsOf(await services.validate(ownLongWait), 'wait-needs-feedback').map(f => f.range.start.line + 1), [18]);
        });

        it('takes its threshold from the configuration', async () => {
            configure('{ "rules": { "wait-needs-feedback": ["warning", { "threshold": "30 min" }] } }');
            await expectNoFinding(services, variant(LONG), 'wait-needs-feedback');
            configure('{ "rules": { "wait-needs-feedback": ["warning", { "threshold": "90 s" }] } }');
            const [finding] = await expectFindings(services, CLEAN_SPEC, 'wait-needs-feedback', [{
                line: 18, covered: '2 min',
                message: "touchpoint Order: the customer may wait up to 2 min (over 90 s) with no word on it; add a 'wait' line: "
                    + 'how the wait is explained or filled (progress shown, a reason, something to do)'
            }]);
            assert.ok(finding);
            assert.deepEqual(parseRuleConfigFile('{ "rules": { "wait-needs-feedback": ["warning", { "threshold": "soon" }] } }').problems.map(p => p.key),
                ['rules.wait-needs-feedback.threshold']);
        });

        it('adds a wait line with the bound', async () => {
            const fixed = await fix(variant(LONG), 'wait-needs-feedback', /^Add a 'wait' line$/);
            assert.ok(fixed.includes('            expect tangibles "a clean menu"\n            wait "how the wait is explained or filled" within 20 min\n'), fixed);
        });
    });

    describe('trial-has-risk', () => {
        const TRIAL = ['moment bad-news', 'moment bad-news trial'] as [string, string];

        it('fires on a moment of trial without a recovered risk, on trial', async () => {
            for (const without of [[RISK_BLOCK, ''], [RECOVERY, '']] as Array<[string, string]>) {
                await expectFindings(services, variant(TRIAL, without), 'trial-has-risk', [{
                    line: 27, covered: 'trial',
                    message: 'touchpoint Pay: a moment of trial with no risk and recovery; name what could go wrong here and how the service would put it right'
                }]);
                await services.reset();
            }
        });

        it('does not fire on a trial with a recovered risk, nor on an ordinary moment', async () => {
            await expectNoFinding(services, variant(TRIAL), 'trial-has-risk');
            await expectNoFinding(services, variant([RISK_BLOCK, '']), 'trial-has-risk');
        });

        it('adds a risk with its recovery', async () => {
            const fixed = await fix(variant(TRIAL, [RISK_BLOCK, '// no risk yet']), 'trial-has-risk', /^Add a risk with its recovery$/);
            assert.ok(fixed.includes('            risk WhatCouldGoWrong "what could go wrong here" {\n                recovery "how the service puts it right"\n            }\n'), fixed);
        });
    });

    describe('conflicting-bounds', () => {
        const NORM_BOUND = ['expect empathy "thanks the guest"', 'expect empathy "thanks the guest"\n    expect responsiveness "the bill is brought" within 1 min'] as [string, string];

        it('fires when the touchpoint and its norm bound the same expectation differently, saying which is stricter', async () => {
            const text = variant(NORM_BOUND, ['expect reliability "payment works"', 'expect reliability "payment works"\n            expect responsiveness "bill brought to the table" within 3 min']);
            await expectFindings(services, text, 'conflicting-bounds', [{
                line: 32, covered: '3 min',
                message: 'touchpoint Pay: "bill brought to the table" within 3 min here, but norm Courtesy asks "the bill is brought" within 1 min '
                    + "(responsiveness); the norm's 1 min is stricter: keep one promise"
            }]);
            const stricterHere = variant(NORM_BOUND, ['expect reliability "payment works"', 'expect reliability "payment works"\n            expect responsiveness "the bill is brought" within 30 s']);
            await expectFindings(services, stricterHere, 'conflicting-bounds', [{
                line: 32, covered: '30 s',
                message: 'touchpoint Pay: "the bill is brought" within 30 s here, but norm Courtesy asks "the bill is brought" within 1 min '
                    + '(responsiveness); this 30 s is stricter: keep one promise'
            }]);
        });

        it('does not fire on bounds of different things, on equal bounds, or without a norm', async () => {
            await expectNoFinding(services, variant(NORM_BOUND, ['expect reliability "payment works"', 'expect reliability "payment works"\n            expect responsiveness "the card reader connects" within 3 min']), 'conflicting-bounds');
            await expectNoFinding(services, variant(NORM_BOUND, ['expect reliability "payment works"', 'expect reliability "payment works"\n            expect responsiveness "the bill is brought" within 60 s']), 'conflicting-bounds');
            await expectNoFinding(services, CLEAN_SPEC, 'conflicting-bounds');
        });

        it('compares Chinese texts by their characters', async () => {
            const text = variant(['expect empathy "thanks the guest"', 'expect responsiveness "客户走进视线后主动打招呼" within 10 s'],
                ['expect reliability "payment works"', 'expect responsiveness "主动打招呼" within 30 s']);
            assert.equal(findingsOf(await services.validate(text), 'conflicting-bounds').length, 1);
        });

        it('takes the norm\'s stricter bound', async () => {
            const text = variant(NORM_BOUND, ['expect reliability "payment works"', 'expect reliability "payment works"\n            expect responsiveness "bill brought to the table" within 3 min']);
            const fixed = await fix(text, 'conflicting-bounds', /^Use the norm's stricter bound \(1 min\)$/);
            assert.ok(fixed.includes('expect responsiveness "bill brought to the table" within 1 min\n'), fixed);
        });
    });

    describe('tangibles-need-evidence', () => {
        it('fires on a tangibles expectation without evidence, on the element, or on the touchpoint for a norm\'s', async () => {
            await expectFindings(services, variant(['            evidence Menu\n', '']), 'tangibles-need-evidence', [{
                line: 20, covered: 'tangibles',
                message: `touchpoint Order: expects "a clean menu" of the tangibles but shows no evidence; name the prop with 'evidence'`
            }]);
            await expectFindings(services, variant(['expect empathy "thanks the guest"', 'expect tangibles "a clean card reader"']), 'tangibles-need-evidence', [{
                line: 26, covered: 'Pay',
                message: `touchpoint Pay: expects "a clean card reader" of the tangibles but shows no evidence; name the prop with 'evidence'`
            }]);
        });

        it('does not fire with evidence named', async () => {
            await expectNoFinding(services, CLEAN_SPEC, 'tangibles-need-evidence');
        });

        it('shows a prop of the service as evidence', async () => {
            const fixed = await fix(variant(['            evidence Menu\n', '']), 'tangibles-need-evidence', /^Show prop Menu as evidence$/);
            assert.ok(fixed.includes('            Kitchen "starts cooking"\n            evidence Menu\n'), fixed);
        });
    });

    describe('machine-has-a-way-out', () => {
        const BOT = [['system Payments support', 'system Payments frontstage'], ['touchpoint Pay face-to-face', 'touchpoint Pay chat'],
            ['Waiter "brings the card reader"', '// the customer pays in the chat']] as Array<[string, string]>;

        it('fires where the customer meets only a machine in a chat or on the phone, on the machine', async () => {
            await expectFindings(services, variant(...BOT, [RECOVERY, 'recovery "offer cash" by Payments within 2 min']), 'machine-has-a-way-out', [{
                line: 30, covered: 'Payments',
                message: "touchpoint Pay (chat): the customer meets only frontstage system Payments; offer a way to a person: an 'adapt' line, or a risk whose recovery is 'by' an actor"
            }]);
        });

        it('does not fire with an adapt line, a recovery by a person, a person present, or another channel', async () => {
            await expectNoFinding(services, variant(...BOT), 'machine-has-a-way-out');
            await expectNoFinding(services, variant(...BOT, [RECOVERY, 'recovery "offer cash" by Payments within 2 min'],
                ['expect reliability "payment works"', 'expect reliability "payment works"\n            adapt "typing \'staff\' brings the waiter"']), 'machine-has-a-way-out');
            await expectNoFinding(services, variant(BOT[0], BOT[1], [RECOVERY, 'recovery "offer cash" by Payments within 2 min']), 'machine-has-a-way-out');
            await expectNoFinding(services, variant(BOT[0], BOT[2], [RECOVERY, 'recovery "offer cash" by Payments within 2 min']), 'machine-has-a-way-out');
        });

        it('adds a way to reach a person', async () => {
            const fixed = await fix(variant(...BOT, [RECOVERY, 'recovery "offer cash" by Payments within 2 min']), 'machine-has-a-way-out', /^Add a way to reach a person/);
            assert.ok(fixed.includes('            }\n            adapt "the customer can reach a person at any step"\n        }'), fixed);
        });
    });

    describe('quick fixes of the changed rules', () => {
        it('line-of-visibility: makes a backstage actor frontstage, or a support system a frontstage system', async () => {
            const actorAlone = variant(['Waiter "brings the card reader"', 'Kitchen "comes out"'], ['Payments "authorises"', '// no system']);
            const fixed = await fix(actorAlone, 'line-of-visibility', /^Make Kitchen a frontstage actor$/);
            assert.ok(fixed.includes('    actor Kitchen frontstage\n'), fixed);
            const systemAlone = variant(['Waiter "brings the card reader"', '// no waiter']);
            const selfService = await fix(systemAlone, 'line-of-visibility', /^Make Payments a frontstage system/);
            assert.ok(selfService.includes('    system Payments frontstage\n'), selfService);
        });

        it('bad-news-needs-care: adds an empathy expectation', async () => {
            const fixed = await fix(variant(['applies Courtesy', '// no norm'], ['norm Courtesy {\n    expect empathy "thanks the guest"\n}', '']),
                'bad-news-needs-care', /^Add an empathy expectation$/);
            assert.ok(fixed.includes('            expect reliability "payment works"\n            expect empathy "how the customer is told the news"\n'), fixed);
        });

        it('five-elements-coverage: puts empathy at the bad-news moment, tangibles where there is evidence', async () => {
            const text = variant(['expect empathy "notices allergies"', '// none'], ['applies Courtesy', '// no norm'],
                ['norm Courtesy {\n    expect empathy "thanks the guest"\n}', ''], ['expect tangibles "a clean menu"', '// none']);
            const document = await services.validate(text);
            const actions = await quickFixes(services, document, findingsOf(document, 'five-elements-coverage')[0]);
            assert.deepEqual(actions.map(a => a.title), [
                'Add an expectation on empathy to touchpoint Pay',
                'Add an expectation on tangibles to touchpoint Order'
            ]);
        });
    });
});
