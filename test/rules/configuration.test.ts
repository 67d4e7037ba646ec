import * as assert from 'node:assert/strict';
import { URI } from 'langium';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkRuleSeverities, parseRuleConfigFile } from '../../src/language/rules/rule-config.js';
import { createTestServices } from '../test-services.js';
import { expectFindings, findingsOf, variant } from './support.js';

const NO_RECOVERY = variant(['recovery "offer cash" by Waiter within 2 min', '']);

describe('configuration: severities per rule from .servicedrama.json and the serviceDrama.rules setting', () => {
    const services = createTestServices();
    const settings = services.ServiceDrama.validation.RuleSettings;
    afterEach(async () => {
        settings.clearFolderSeverities();
        settings.setOverrides(new Map());
        await services.reset();
    });

    it('reads a configuration file', () => {
        const { severities, problems } = parseRuleConfigFile('{ "$schema": "./schema.json", "rules": { "risk-has-recovery": "warning", "customer-acts": "off" } }');
        assert.deepEqual(problems, []);
        assert.deepEqual([...severities], [['risk-has-recovery', 'warning'], ['customer-acts', 'off']]);
    });

    it('changes a rule to warning or info for the documents of the folder the file governs', async () => {
        settings.setFolderSeverities(URI.parse('file:///work/team'), new Map([['risk-has-recovery', 'warning']]));
        const inFolder = await expectFindings(services, NO_RECOVERY, 'risk-has-recovery',
            [{ line: 33, covered: 'ReaderOffline', message: 'touchpoint Pay: risk ReaderOffline has no recovery' }], 'file:///work/team/specs/dinner.drama');
        assert.equal(inFolder[0].severity, DiagnosticSeverity.Warning);
        await services.reset();
        const elsewhere = await services.validate(NO_RECOVERY, 'file:///work/other/dinner.drama');
        assert.equal(findingsOf(elsewhere, 'risk-has-recovery')[0].severity, DiagnosticSeverity.Error);
    });

    it('turns a rule off, and the innermost folder\'s file wins', async () => {
        settings.setFolderSeverities(URI.parse('file:///work'), new Map([['risk-has-recovery', 'off']]));
        settings.setFolderSeverities(URI.parse('file:///work/strict'), new Map([['risk-has-recovery', 'info']]));
        assert.deepEqual(findingsOf(await services.validate(NO_RECOVERY, 'file:///work/a.drama'), 'risk-has-recovery'), []);
        await services.reset();
        const strict = findingsOf(await services.validate(NO_RECOVERY, 'file:///work/strict/a.drama'), 'risk-has-recovery');
        assert.equal(strict[0].severity, DiagnosticSeverity.Information);
    });

    it('lets the editor setting override the file', async () => {
        settings.setFolderSeverities(undefined, new Map([['risk-has-recovery', 'off']]));
        settings.setOverrides(new Map([['risk-has-recovery', 'warning']]));
        const findings = findingsOf(await services.validate(NO_RECOVERY), 'risk-has-recovery');
        assert.equal(findings[0].severity, DiagnosticSeverity.Warning);
    });

    it('names the key at fault in a bad file: unknown rule (with a suggestion), bad severity, unknown setting', () => {
        const text = '{\n  "rules": {\n    "risk-has-recovry": "error",\n    "customer-acts": "loud"\n  },\n  "extend": "x"\n}';
        const { severities, problems } = parseRuleConfigFile(text);
        assert.equal(severities.size, 0);
        assert.deepEqual(problems.map(p => [p.key, p.message.en, text.slice(p.offset, p.offset! + p.length!)]), [
            ['extend', `unknown setting 'extend': the file holds only "$schema", "rules", "extends", "overrides", "ignores", "survey"`, '"extend"'],
            ['rules.risk-has-recovry', "unknown rule id 'risk-has-recovry' (did you mean 'risk-has-recovery'?)", '"risk-has-recovry"'],
            ['rules.customer-acts', '"loud" is not a severity: use "error", "warning", "info" or "off"', '"customer-acts"']
        ]);
        assert.equal(problems[1].message.zh, "未知的规则 id 'risk-has-recovry'（是不是 'risk-has-recovery'？）");
    });

    it('reports text that is not JSON, or not an object, at the start of the problem', () => {
        const broken = parseRuleConfigFile('{ "rules": { "customer-acts": "off", } }');
        assert.equal(broken.problems.length, 1);
        assert.match(broken.problems[0].message.en, /^not valid JSON \(/);
        assert.equal(broken.problems[0].key, '');
        assert.deepEqual(parseRuleConfigFile('[]').problems.map(p => p.key), ['']);
        assert.deepEqual(parseRuleConfigFile('{ "rules": [] }').problems.map(p => p.key), ['rules']);
    });

    it('checks the setting with the same rules', () => {
        const { problems } = checkRuleSeverities({ 'unique-names': 'warn' }, 'serviceDrama.rules');
        assert.deepEqual(problems.map(p => p.key), ['serviceDrama.rules.unique-names']);
    });
});
