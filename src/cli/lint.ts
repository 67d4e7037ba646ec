import { helpTexts } from '../language/help/keyword-help.js';
import type { Locale } from '../language/i18n/locale.js';
import { CONFIG_FILE_NAME } from '../language/rules/rule-config.js';
import { CliError } from './cli-error.js';
import { parseCommandArgs, resolveLocale, useColour } from './cli-options.js';
import { formatGithub } from './formats/github.js';
import { formatJson } from './formats/json.js';
import { formatJunit } from './formats/junit.js';
import { makeReport, type LintReport } from './formats/report.js';
import { formatSarif } from './formats/sarif.js';
import { formatStylish } from './formats/stylish.js';
import { expandSpecInputs } from './spec-files.js';
import { checkSpecs } from './spec-check.js';

export const LINT_USAGE = `Usage: service-drama lint [files, folders or globs...] [options]

Checks spec files against the validation rules (default: the current folder). Each file is checked
together with the other specs of its workspace (the nearest folder with a ${CONFIG_FILE_NAME},
else the file's own folder), so that norms from a shared library are found.

Globs: * ? ** [abc] {a,b}. A path or glob that starts with ! leaves out what it stands for
(quote it for the shell): service-drama lint specs '!specs/drafts/**'

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

    const { files, folders } = expandSpecInputs(positionals, io.cwd);
    const specs = await checkSpecs({ files, folders, cwd: io.cwd, configFile: values.config, locale });
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
