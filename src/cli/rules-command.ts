import { RULES } from '../language/rules/index.js';
import { ruleDocsUrl } from '../language/rules/rule-docs.js';
import { CliError } from './cli-error.js';
import { parseCommandArgs, resolveLocale } from './cli-options.js';

export const RULES_USAGE = `Usage: service-drama rules [--format text|json] [--locale en|zh-CN]

Lists the validation rules: id, default severity and what each checks.`;

/** `service-drama rules`: the rule list as a table or as JSON. */
export function rulesCommand(args: string[], stdout: NodeJS.WritableStream, env: NodeJS.ProcessEnv = process.env): number {
    const { values, positionals } = parseCommandArgs(args, {
        format: { type: 'string', short: 'f' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
    }, RULES_USAGE);
    if (values.help) {
        stdout.write(`${RULES_USAGE}\n`);
        return 0;
    }
    if (positionals.length > 0) throw new CliError(`unexpected argument '${positionals[0]}'\n\n${RULES_USAGE}`);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new CliError(`--format ${format}: use text or json`);
    const locale = resolveLocale(values.locale, env);
    if (format === 'json') {
        const list = RULES.map(rule => ({
            id: rule.id,
            defaultSeverity: rule.defaultSeverity,
            description: rule.description[locale],
            docs: ruleDocsUrl(rule.id),
            quickFix: rule.fix !== undefined
        }));
        stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        return 0;
    }
    const idWidth = Math.max(...RULES.map(rule => rule.id.length));
    const lines = RULES.map(rule => `${rule.id.padEnd(idWidth)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description[locale]}`);
    stdout.write(`${lines.join('\n')}\n`);
    return 0;
}
