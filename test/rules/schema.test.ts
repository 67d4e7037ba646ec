import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { RULES } from '../../src/language/rules/index.js';

/** The editor validates `.servicedrama.json` and the `serviceDrama.rules` setting with these schemas. */
describe('configuration schemas: every rule and nothing else', () => {
    const ruleIds = RULES.map(rule => rule.id);
    const severities = ['error', 'warning', 'info', 'off'];

    it('the schema of .servicedrama.json lists every rule with the four severities', () => {
        const schema = JSON.parse(fs.readFileSync('schemas/servicedrama.schema.json', 'utf8'));
        const rules = schema.properties.rules;
        assert.deepEqual(Object.keys(rules.properties), ruleIds);
        assert.equal(rules.additionalProperties, false);
        for (const rule of RULES) {
            const property = rules.properties[rule.id];
            // A rule with options also takes [severity, { options }].
            assert.deepEqual(rule.options ? property.anyOf[0].enum : property.enum, severities, rule.id);
            if (rule.options) assert.deepEqual(property.anyOf[1].items, [{ type: 'string', enum: severities }, rule.options.schema], rule.id);
            assert.ok(property.description.startsWith(rule.description.en), rule.id);
        }
    });

    it('describes each rule in the setting and the schema with the rule\'s own description in both languages', () => {
        const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'));
        const schema = JSON.parse(fs.readFileSync('schemas/servicedrama.schema.json', 'utf8'));
        for (const properties of [manifest.contributes.configuration.properties['serviceDrama.rules'].properties, schema.properties.rules.properties]) {
            for (const rule of RULES) {
                assert.equal(properties[rule.id].markdownDescription,
                    `${rule.description.en}\n\n${rule.description.zh}\n\nDefault: \`${rule.defaultSeverity}\`.`, rule.id);
            }
        }
    });

    it('package.json contributes the setting and ties the schema to the file', () => {
        const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'));
        const setting = manifest.contributes.configuration.properties['serviceDrama.rules'];
        assert.deepEqual(Object.keys(setting.properties), ruleIds);
        const schema = JSON.parse(fs.readFileSync('schemas/servicedrama.schema.json', 'utf8'));
        assert.deepEqual(setting.properties, schema.properties.rules.properties, 'the setting takes what the file takes');
        assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.servicedrama.json', url: './schemas/servicedrama.schema.json' }]);
    });
});
