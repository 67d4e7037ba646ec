import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { clearDocuments, parseHelper } from 'langium/test';
import type { Model } from '../../src/language/generated/ast.js';
import { describeProblem, parseRuleConfigFile, ruleSeverities } from '../../src/language/rules/rule-config.js';
import type { ConfiguredSeverity } from '../../src/language/rules/rule.js';
import { createServiceDramaServices } from '../../src/language/service-drama-module.js';
import { describeDiagnostics, messageText } from '../test-services.js';

const SPEC = `service Svc {
    actor Waiter frontstage

    scene Main {
        touchpoint Order face-to-face {
            customer "orders"
            Waiter "takes the order"
            expect reliability "the order is right"
            applies Greeting
        }
        touchpoint Pay face-to-face {
            moment bad-news trial
            customer "pays"
            Waiter "takes the card"
            expect reliability "the payment goes through"
            risk Offline "the reader is offline" {
                recovery "offer cash" by Waiter within 2 min
            }
        }
    }
}

norm Greeting {
    expect assurance "a greeting within the first seconds"
}
`;

/** The perception-gap findings of SPEC with a survey of these rows, and the rule set as given. */
async function gapFindings(rows: string, rule?: { severity: ConfiguredSeverity; options?: unknown }): Promise<string[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-drama-gap-'));
    try {
        const file = path.join(dir, 'survey.csv');
        fs.writeFileSync(file, `service,touchpoint,element,expectation,perception,respondents\n${rows}`);
        const { ServiceDrama, shared } = createServiceDramaServices(NodeFileSystem);
        const severities = new Map<string, ConfiguredSeverity>(rule ? [['perception-gap', rule.severity]] : []);
        const options = new Map<string, unknown>(rule?.options ? [['perception-gap', rule.options]] : []);
        ServiceDrama.validation.RuleSettings.setFolderConfig(undefined, { severities: ruleSeverities(severities, options), survey: URI.file(file) });
        ServiceDrama.validation.RuleSettings.waitFor(ServiceDrama.validation.Surveys.load(URI.file(file)));
        const document = await parseHelper<Model>(ServiceDrama)(SPEC, { validation: true, documentUri: URI.file(path.join(dir, 'svc.drama')).toString() });
        await clearDocuments(shared);
        return describeDiagnostics((document.diagnostics ?? []).filter(d => d.code === 'perception-gap').map(d => ({ ...d, message: `${d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info'} ${messageText(d)}` })));
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

describe('perception-gap: what customers perceive against what they expected, from the configured survey', () => {
    it('warns on the expectation of an element measured below the threshold (-1.0 by default)', async () => {
        const findings = await gapFindings('Svc,Order,reliability,6,4.5,30\n');
        assert.equal(findings.length, 1);
        assert.match(findings[0], /^8:20 perception-gap warning touchpoint Order: customers perceive reliability well below what they expect \(gap -1\.50: E 6\.00, P 4\.50, n 30; threshold -1\)$/);
    });

    it('is silent when the gap is above the threshold, when the element is not designed there, or without a row', async () => {
        assert.deepEqual(await gapFindings('Svc,Order,reliability,6,5.2,30\nSvc,Order,empathy,6,2,30\nSvc,,reliability,6,2,30\n'), []);
    });

    it('at a moment of trial is one step more severe: an error, or a warning when the rule is set to info', async () => {
        assert.match((await gapFindings('Svc,Pay,reliability,7,5,10\n'))[0], /^15:20 perception-gap error touchpoint Pay: .*; this is a moment of trial/);
        assert.match((await gapFindings('Svc,Pay,reliability,7,5,10\n', { severity: 'info' }))[0], /^15:20 perception-gap warning /);
        assert.deepEqual(await gapFindings('Svc,Pay,reliability,7,5,10\n', { severity: 'off' }), []);
    });

    it('judges an element designed by an applied norm, shown on the touchpoint\'s name', async () => {
        assert.match((await gapFindings('Svc,Order,assurance,6,4,10\n'))[0], /^5:20 perception-gap warning touchpoint Order: customers perceive assurance/);
    });

    it('takes its threshold from the configuration', async () => {
        assert.deepEqual(await gapFindings('Svc,Order,reliability,6,5.2,30\n', { severity: 'warning', options: { threshold: -0.5 } }).then(found => found.length), 1);
        assert.deepEqual(await gapFindings('Svc,Order,reliability,6,4.5,30\n', { severity: 'warning', options: { threshold: -2 } }), []);
    });

    it('names a bad threshold and a bad survey setting in the configuration', () => {
        const problems = (text: string) => parseRuleConfigFile(text).problems.map(problem => describeProblem(problem, 'en'));
        assert.deepEqual(problems('{ "rules": { "perception-gap": ["warning", { "threshold": "-1" }] } }'),
            ['rules.perception-gap.threshold: must be a number from -6 to 6, such as -1.0 (a gap on the 1–7 scale)']);
        assert.deepEqual(problems('{ "rules": { "perception-gap": ["warning", { "limit": -1 }] } }'),
            ['rules.perception-gap.limit: unknown option \'limit\': perception-gap takes "threshold"']);
        assert.deepEqual(problems('{ "survey": 3 }'), ['survey: must be the path of a survey file (CSV or JSON), relative to this file, such as "surveys/checkout.csv"']);
        assert.equal(parseRuleConfigFile('{ "survey": "data/s.csv" }').survey, 'data/s.csv');
    });
});
