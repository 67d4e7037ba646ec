import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { helpTexts } from '../language/help/keyword-help.js';
import type { Locale } from '../language/i18n/locale.js';
import { RULES } from '../language/rules/index.js';
import { CONFIG_FILE_NAME } from '../language/rules/rule-config.js';
import { CliError } from './cli-error.js';
import { parseCommandArgs, resolveLocale } from './cli-options.js';
import { displayPath } from './formats/report.js';

export const INIT_USAGE = `Usage: service-drama init [--example] [--locale en|zh-CN]

Writes a commented ${CONFIG_FILE_NAME} in the current folder: every rule at its default severity,
and where extends, overrides and ignores go. Never overwrites a file that is there.

Options:
  --example          also write first-service.drama, a first spec to start from
  --locale LOCALE    language of the comments and the example: en or zh-CN (default: from LANG, else en)
  -h, --help         show this help`;

export const EXAMPLE_FILE = 'first-service.drama';

/** `service-drama init`: returns the exit code. */
export function initCommand(args: string[], io: { cwd: string; env: NodeJS.ProcessEnv; stdout: NodeJS.WritableStream }): number {
    const { values, positionals } = parseCommandArgs(args, {
        example: { type: 'boolean' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
    }, INIT_USAGE);
    if (values.help) {
        io.stdout.write(`${INIT_USAGE}\n`);
        return 0;
    }
    if (positionals.length > 0) throw new CliError(`unexpected argument '${positionals[0]}'\n\n${INIT_USAGE}`);
    const locale = resolveLocale(values.locale, io.env);
    const files = [{ file: path.join(io.cwd, CONFIG_FILE_NAME), text: configText(locale) }];
    if (values.example) files.push({ file: path.join(io.cwd, EXAMPLE_FILE), text: exampleText(locale) });
    const existing = files.find(({ file }) => fs.existsSync(file));
    if (existing) throw new CliError(`${displayPath(existing.file, io.cwd)}: already exists; init writes nothing over it`);
    for (const { file, text } of files) {
        try {
            fs.writeFileSync(file, text, { flag: 'wx' });
        } catch (error) {
            throw new CliError(`${displayPath(file, io.cwd)}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
        }
        io.stdout.write(`${helpTexts(locale).cli.initWritten(displayPath(file, io.cwd))}\n`);
    }
    return 0;
}

/** The configuration `init` writes: JSON with comments, which the linter and the editor read. */
export function configText(locale: Locale): string {
    const comments = helpTexts(locale).cli.initComments;
    const width = Math.max(...RULES.map(rule => rule.id.length + rule.defaultSeverity.length));
    const rules = RULES.map((rule, index) => {
        const entry = `"${rule.id}": "${rule.defaultSeverity}"${index < RULES.length - 1 ? ',' : ' '}`;
        return `        ${entry.padEnd(width + 7)} // ${rule.description[locale]}`;
    });
    const comment = (text: string, indent = '') => text.split('\n').map(line => `${indent}// ${line}`);
    return [
        ...comment(comments.header),
        '{',
        ...comment(comments.extends, '    '),
        '    // "extends": ["./shared/servicedrama.json"],',
        '',
        ...comment(comments.rules, '    '),
        '    "rules": {',
        ...rules,
        '    },',
        '',
        ...comment(comments.overrides, '    '),
        '    "overrides": [',
        '        // { "files": ["drafts/**"], "rules": { "customer-acts": "off" } }',
        '    ],',
        '',
        ...comment(comments.ignores, '    '),
        '    "ignores": []',
        '}',
        ''
    ].join('\n');
}

/** The first spec, the one the editor's "New Spec from Template" offers first. */
function exampleText(locale: Locale): string {
    const name = `first-service.${locale}.drama`;
    let folder = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const file = path.join(folder, 'templates', name);
        if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
        if (path.dirname(folder) === folder) throw new Error(`templates/${name} is missing from the installation`);
        folder = path.dirname(folder);
    }
}
