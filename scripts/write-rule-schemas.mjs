// Writes every rule into the configuration schema and package.json's serviceDrama.rules setting (run after `npm run build`).
import fs from 'node:fs';
const { RULES } = await import('../out/src/language/rules/index.js');
const severities = ['error', 'warning', 'info', 'off'];
function entry(rule) {
    const base = {
        type: 'string', enum: severities,
        description: `${rule.description.en} (default: ${rule.defaultSeverity})`,
        markdownDescription: `${rule.description.en}\n\n${rule.description.zh}\n\nDefault: \`${rule.defaultSeverity}\`.`
    };
    if (!rule.options) return base;
    const { type, enum: values, ...texts } = base;
    return {
        ...texts,
        anyOf: [
            { type, enum: values },
            { type: 'array', items: [{ type: 'string', enum: values }, rule.options.schema], minItems: 1, maxItems: 2 }
        ]
    };
}
const schemaPath = new URL('../schemas/servicedrama.schema.json', import.meta.url);
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
schema.properties.rules.properties = Object.fromEntries(RULES.map(rule => [rule.id, entry(rule)]));
fs.writeFileSync(schemaPath, JSON.stringify(schema, null, 4) + '\n');
const pkgPath = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
pkg.contributes.configuration.properties['serviceDrama.rules'].properties = Object.fromEntries(RULES.map(rule => [rule.id, entry(rule)]));
fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
