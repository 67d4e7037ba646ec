import * as assert from 'node:assert/strict';
import Ajv from 'ajv';
import { RULES } from '../../src/language/rules/index.js';
import { CONFIG_KEYS, parseRuleConfigFile } from '../../src/language/rules/rule-config.js';
import { readManifest, readSettingsSchema } from '../support/manifest.js';

/** The editor validates `.servicedrama.json` and the `serviceDrama.rules` setting with these schemas. */
describe('configuration schemas: every rule and nothing else', () => {
    const ruleIds = RULES.map(rule => rule.id);
    const severities = ['error', 'warning', 'info', 'off'];

    it('the schema of .servicedrama.json lists every rule with the four severities', () => {
        const schema = readSettingsSchema();
        const rules = schema.properties.rules;
        assert.deepEqual(Object.keys(rules.properties), ruleIds);
        assert.equal(rules.additionalProperties, false);
        for (const rule of RULES) {
            const property = rules.properties[rule.id];
            // A rule with options also takes [severity, { options }].
            assert.deepEqual(rule.options ? property.anyOf?.[0].enum : property.enum, severities, rule.id);
            if (rule.options) assert.deepEqual(property.anyOf?.[1].items, [{ type: 'string', enum: severities }, rule.options.schema], rule.id);
            assert.ok(property.description.startsWith(rule.description.en), rule.id);
        }
    });

    it('describes each rule in the setting and the schema with the rule\'s own description in both languages', () => {
        const manifest = readManifest();
        const schema = readSettingsSchema();
        for (const properties of [manifest.contributes.configuration.properties['serviceDrama.rules'].properties, schema.properties.rules.properties]) {
            for (const rule of RULES) {
                assert.equal(properties[rule.id].markdownDescription,
                    `${rule.description.en}\n\n${rule.description.zh}\n\nDefault: \`${rule.defaultSeverity}\`.`, rule.id);
            }
        }
    });

    it('package.json contributes the setting and ties the schema to the file', () => {
        const manifest = readManifest();
        const setting = manifest.contributes.configuration.properties['serviceDrama.rules'];
        assert.deepEqual(Object.keys(setting.properties), ruleIds);
        const schema = readSettingsSchema();
        assert.deepEqual(setting.properties, schema.properties.rules.properties, 'the setting takes what the file takes');
        assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.servicedrama.json', url: './schemas/servicedrama.schema.json' }]);
    });

    it('the schema knows the settings the linter reads (extends, overrides, ignores), and the editor reads the file as JSON with comments', () => {
        const schema = readSettingsSchema();
        assert.deepEqual(Object.keys(schema.properties).sort(), [...CONFIG_KEYS].sort());
        const validate = new Ajv.default({ strict: false }).compile(schema);
        const good = { extends: ['./base.json', '@acme/drama-config'], ignores: ['old/**'], overrides: [{ files: ['drafts/**'], rules: { 'customer-acts': 'off' } }] };
        assert.ok(validate(good), JSON.stringify(validate.errors));
        assert.deepEqual(parseRuleConfigFile(JSON.stringify(good)).problems, []);
        for (const bad of [{ overrides: [{ rules: {} }] }, { overrides: [{ files: ['x'], rule: {} }] }, { ignores: 'old' }, { extend: 'x' }]) {
            assert.equal(validate(bad), false, JSON.stringify(bad));
            assert.notEqual(parseRuleConfigFile(JSON.stringify(bad)).problems.length, 0, JSON.stringify(bad));
        }
        const tooLong = parseRuleConfigFile(JSON.stringify({ ignores: ['x'.repeat(70000)] })).problems;
        assert.match(tooLong[0]?.message.en ?? '', /is not a glob that can be read/);
        const manifest = readManifest();
        assert.ok(manifest.contributes.languages.some(language =>
            language.id === 'jsonc' && language.filenames?.includes('.servicedrama.json')));
    });
});
