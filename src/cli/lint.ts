import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { helpTexts } from '../language/help/keyword-help.js';
import type { Locale } from '../language/i18n/locale.js';
import { CONFIG_FILE_NAME, describeProblem, parseRuleConfigFile, type RuleSeverities } from '../language/rules/rule-config.js';
import { CliError } from './cli-error.js';
import { parseCommandArgs, resolveLocale, useColour } from './cli-options.js';
import { formatGithub } from './formats/github.js';
import { formatJson } from './formats/json.js';
import { formatJunit } from './formats/junit.js';
import { makeReport, type LintReport } from './formats/report.js';
import { formatSarif } from './formats/sarif.js';
import { formatStylish } from './formats/stylish.js';
import { expandSpecInputs, readSpecFile, specsBelow, workspaceRootOf } from './spec-files.js';
import { buildSpecs } from './spec-workspace.js';

export const LINT_USAGE = `Usage: service-drama lint [files, folders or globs...] [options]

Checks spec files against the validation rules (default: the current folder). Each file is checked
together with the other specs of its workspace (the nearest folder with a ${CONFIG_FILE_NAME},
else the file's own folder), so that norms from a shared library are found.

Options:
  -f, --format FORMAT    stylish (default), json, sarif, junit or github
  --max-warnings N       fail (exit 1) when there are more than N warnings
  -q, --quiet            report errors only
  -c, --config FILE      the configuration file to use, instead of ${CONFIG_FILE_NAME} files found
  --locale LOCALE        language of the messages: en or zh-CN (default: from LANG, else en)
  -h, --help             show this help

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage, configuration or file error.`;

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
type Format = typeof FORMATS[number];

export interface LintIo {
    cwd: string;
    env: NodeJS.ProcessEnv;
    stdout: NodeJS.WriteStream;
    /** Notes that must not mix into a machine-readable report. */
    stderr: NodeJS.WritableStream;
    version: string;
}

/** `service-drama lint`: returns the exit code. */
export async function lintCommand(args: string[], io: LintIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
        format: { type: 'string', short: 'f' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        config: { type: 'string', short: 'c' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
    }, LINT_USAGE);
    if (values.help) {
        io.stdout.write(`${LINT_USAGE}\n`);
        return 0;
    }
    const format = (values.format ?? 'stylish') as Format;
    if (!FORMATS.includes(format)) {
        throw new CliError(`--format ${values.format}: use one of ${FORMATS.join(', ')}`);
    }
    const maxWarnings = parseMaxWarnings(values['max-warnings']);
    const locale = resolveLocale(values.locale, io.env);

    const inputs = expandSpecInputs(positionals.length > 0 ? positionals : ['.'], io.cwd);
    const files = [...new Set(inputs.flatMap(input => input.files))].sort();
    const roots = workspaceRoots(inputs.flatMap(input => input.folder ? [input.folder] : input.files.map(file => path.dirname(file))));
    const severities = values.config !== undefined
        ? [{ folder: undefined, severities: readConfig(path.resolve(io.cwd, values.config), io.cwd, locale) }]
        : [...roots.values()].filter(root => root.configFile)
            .map(root => ({ folder: URI.file(root.root), severities: readConfig(root.configFile!, io.cwd, locale) }));
    const contextFiles = [...new Set([...roots.values()].flatMap(root => specsBelow(root.root)))];

    const { specs } = await buildSpecs(files, {
        contextFiles,
        configure: services => {
            services.i18n.Locale.locale = locale;
            for (const { folder, severities: ofFolder } of severities) {
                services.validation.RuleSettings.setFolderSeverities(folder, ofFolder);
            }
        }
    });
    const report = makeReport(specs, io.cwd, Boolean(values.quiet));
    const output = formatReport(format, report, { colour: useColour(io.stdout, io.env), version: io.version, locale });
    if (output) io.stdout.write(`${output}\n`);
    const tooManyWarnings = maxWarnings !== undefined && report.warningCount > maxWarnings;
    if (tooManyWarnings) {
        (format === 'stylish' ? io.stdout : io.stderr).write(`${helpTexts(locale).cli.tooManyWarnings(report.warningCount, maxWarnings)}\n`);
    }
    return report.errorCount > 0 || tooManyWarnings ? 1 : 0;
}

function formatReport(format: Format, report: LintReport, options: { colour: boolean; version: string; locale: Locale }): string {
    switch (format) {
        case 'json': return formatJson(report);
        case 'sarif': return formatSarif(report, options.version);
        case 'junit': return formatJunit(report);
        case 'github': return formatGithub(report);
        default: return formatStylish(report, options.colour, options.locale);
    }
}

function parseMaxWarnings(value: string | undefined): number | undefined {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) {
        throw new CliError(`--max-warnings ${value}: give a whole number, 0 or more`);
    }
    return Number(value);
}

/** The workspace root of each folder the specs were found in, without repeats. */
function workspaceRoots(folders: string[]): Map<string, { root: string; configFile?: string }> {
    const roots = new Map<string, { root: string; configFile?: string }>();
    for (const folder of new Set(folders)) {
        const root = workspaceRootOf(folder);
        roots.set(root.root, root);
    }
    return roots;
}

/** Reads a configuration file; any mistake in it stops the run with one line naming the file and the key. */
function readConfig(file: string, cwd: string, locale: Locale): RuleSeverities {
    const shown = path.relative(cwd, file) || file;
    if (!fs.existsSync(file)) throw new CliError(`${shown}: no such configuration file`);
    const { severities, problems } = parseRuleConfigFile(readSpecFile(file, cwd));
    if (problems.length > 0) {
        throw new CliError(`${shown}: ${describeProblem(problems[0], locale)}`);
    }
    return severities;
}
