import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTestServices, describeDiagnostics } from '../test-services.js';

/**
 * Scripts from industries the examples do not cover, each a realistic first draft with the flaws a
 * service-quality expert finds in such drafts. For each, the findings the expert makes (line and the
 * rule that should say it) are listed; the linter must make exactly these, no fewer (a miss) and no
 * more (a false alarm). `beyond` lists what the expert also says that no rule can judge from the
 * text of a script; it is kept here so that the gap stays visible.
 */
interface ExpertFinding {
    line: number;
    rule: string;
    /** What the expert says, in a few words. */
    says: string;
}

interface ExpertCase {
    file: string;
    findings: ExpertFinding[];
    beyond: string[];
}

const CASES: ExpertCase[] = [
    {
        file: 'hospital-outpatient.drama',
        findings: [
            { line: 15, rule: 'unused-declaration', says: 'the bill the payment is about is never shown: the cashier hands over the report, not the bill' },
            { line: 31, rule: 'machine-has-a-way-out', says: 'a chatbot answers a medical question with no way to a nurse' },
            { line: 44, rule: 'conflicting-bounds', says: 'the desk greeting is promised within 30 s by the norm and within 2 min here' },
            { line: 52, rule: 'wait-needs-feedback', says: 'up to an hour in the waiting room with nobody saying why or how long' },
            { line: 59, rule: 'bad-news-needs-care', says: '"more tests are needed" is bad news, told without a word on how' },
            { line: 65, rule: 'hollow-text', says: '"exceed expectations" is not a delight anyone can deliver' },
            { line: 67, rule: 'recovery-is-concrete', says: 'nobody owns explaining the tests, and there is no time to it' },
            { line: 67, rule: 'hollow-text', says: '"handle professionally" says nothing about what the patient is told' },
            { line: 74, rule: 'line-of-visibility', says: 'the lab technician phones results to the patient, alone' },
            { line: 82, rule: 'trial-has-risk', says: 'paying and leaving is a moment of trial with no risk named (a wrong bill, insurance refused)' }
        ],
        beyond: [
            'booking only in the app: no other way for older or less digital patients (adaptability across channels)',
            'no feelings: the emotion curve of the visit, and its low at the diagnosis, is not drawn',
            'abnormal results should be told by a doctor, not only by "a frontstage actor"'
        ]
    },
    {
        file: 'airline-cancellation.drama',
        findings: [
            { line: 22, rule: 'bad-news-needs-care', says: 'the cancellation is announced with a reason but no care for the passengers hearing it' },
            { line: 31, rule: 'recovery-is-concrete', says: 'who calms the crowd at the gate, and how soon?' },
            { line: 35, rule: 'urgent-pace-bounded', says: 'the traveller who must be home tonight gets the message with no time promised' },
            { line: 52, rule: 'wait-needs-feedback', says: 'up to 90 min in the rebooking queue with no word on it' },
            { line: 60, rule: 'urgent-pace-bounded', says: 'the hotline for the hurried traveller has no bound' },
            { line: 62, rule: 'machine-has-a-way-out', says: 'the phone menu has no way to an agent' },
            { line: 71, rule: 'hollow-text', says: 'the lounge delight is a placeholder' },
            { line: 78, rule: 'line-of-visibility', says: 'ramp staff answer a passenger\'s call about bags, alone' }
        ],
        beyond: [
            'the recovery "rebook" answers a crowd\'s anger with a booking: it does not fit the risk',
            'nobody tells the passengers their rights (hotel, meals, compensation)',
            'the family gets no message in the app: the journeys of the two audiences are not checked against each other'
        ]
    },
    {
        file: 'food-delivery.drama',
        findings: [
            { line: 29, rule: 'line-of-visibility', says: 'the restaurant\'s kitchen phones the customer directly' },
            { line: 47, rule: 'bad-news-needs-care', says: 'a late order is bad news; the chat has no word on empathy' },
            { line: 50, rule: 'hollow-text', says: '"handle professionally" as the assurance of a late-order chat' },
            { line: 53, rule: 'hollow-text', says: 'the refund recovery is still "待定"' },
            { line: 65, rule: 'conflicting-bounds', says: 'the rider\'s arrival call: 1 min in the norm, 5 min here' },
            { line: 75, rule: 'hollow-text', says: '"超出预期" is not a delight' }
        ],
        beyond: [
            'a late order should be announced before the customer asks: no risk "the order runs late" at ordering or tracking',
            'the rider\'s side (time pressure, safety) is not in the script',
            'one feeling only: no emotion curve from the late order to the handover'
        ]
    },
    {
        file: 'broadband-install.drama',
        findings: [
            { line: 19, rule: 'machine-has-a-way-out', says: '预约只能按键，语音导航没有转人工' },
            { line: 28, rule: 'line-of-visibility', says: '后台调度员直接打电话给用户改约' },
            { line: 36, rule: 'trial-has-risk', says: '上门是考验时刻，却没写可能出什么问题（师傅迟到、装不通）' },
            { line: 42, rule: 'conflicting-bounds', says: '规范要求提前 30 分钟联系，这里写 2 小时' },
            { line: 42, rule: 'wait-needs-feedback', says: '用户在家干等最多两小时，没人告诉他师傅到哪了' },
            { line: 47, rule: 'urgent-pace-bounded', says: '急着办公的新用户，额外收费这一步没有任何时限' },
            { line: 48, rule: 'bad-news-needs-care', says: '另收费用是坏消息，没写怎样体谅地告诉用户' },
            { line: 54, rule: 'recovery-is-concrete', says: '用户拒付时由谁、多快处理，没写' },
            { line: 54, rule: 'hollow-text', says: '“升级处理”不是补救' },
            { line: 65, rule: 'tangibles-need-evidence', says: '讲指示灯，却没把光猫和路由器写成有形证据' },
            { line: 74, rule: 'hollow-text', says: '“服务好”不是惊喜' }
        ],
        beyond: [
            '改约通知只提前一分钟的时限与“提前半天”的文字自相矛盾：时限和文字不一致，规则看不出来',
            '额外收费应在预约时就说明（把坏消息前移），脚本的先后顺序规则判断不了',
            '视频指导没有考虑不会用视频的老人（适应性）'
        ]
    }
];

const CASES_DIR = path.join('test', 'rules', 'expert-cases');

describe('expert cases: the linter finds what a service-quality expert finds, and nothing else', () => {
    const services = createTestServices();
    after(() => services.reset());

    it('has a case for each script in the folder, in industries the examples do not cover', () => {
        assert.deepEqual(fs.readdirSync(CASES_DIR).filter(name => name.endsWith('.drama')).sort(), CASES.map(c => c.file).sort());
        const examples = fs.readdirSync('examples').join(' ');
        for (const { file } of CASES) assert.ok(!examples.includes(file.split('-')[0]), `${file} is a new industry`);
    });

    for (const expertCase of CASES) {
        it(`judges ${expertCase.file} as the expert does`, async () => {
            const text = fs.readFileSync(path.join(CASES_DIR, expertCase.file), 'utf8');
            const document = await services.validate(text, `file:///expert-cases/${expertCase.file}`);
            assert.deepEqual(document.parseResult.parserErrors, [], 'the script parses');
            const found = (document.diagnostics ?? []).map(d => `${d.range.start.line + 1} ${d.code}`).sort();
            const expected = expertCase.findings.map(f => `${f.line} ${f.rule}`).sort();
            const missed = expected.filter(finding => !found.includes(finding));
            const falseAlarms = found.filter(finding => !expected.includes(finding));
            assert.deepEqual({ missed, falseAlarms }, { missed: [], falseAlarms: [] },
                `all diagnostics:\n${describeDiagnostics(document.diagnostics).join('\n')}`);
            assert.ok(expertCase.beyond.length > 0, 'the case says what is left to the expert');
        });
    }
});
