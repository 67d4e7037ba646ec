import * as fs from 'node:fs';
import * as path from 'node:path';
import { helpTexts } from '../language/help/keyword-help.js';
import { CONFIG_FILE_NAME } from '../language/rules/rule-config.js';
import { CliError } from './cli-error.js';
import { parseCommandArgs, resolveLocale, useColour } from './cli-options.js';
import { fixesAsDiff, fixSpecs } from './fix.js';
import { FORMATS, formatReport, isFormat, type Format } from './formats/index.js';
import { displayPath, makeReport } from './formats/report.js';
import { leaveOutIgnored } from './ignores.js';
import { checkSpecsWithServices, type CheckRequest } from './spec-check.js';
import { surveyProblemsOf } from './survey-input.js';
import { expandSpecInputs, SPEC_EXTENSION } from './spec-files.js';
import type { LoadedSpec } from './spec-workspace.js';

export const LINT_USAGE = `Usage: service-drama lint [files, folders or globs...] [options]

Checks spec files against the validation rules (default: the current folder). Each file is checked
together with the other specs of its workspace (the nearest folder with a ${CONFIG_FILE_NAME},
else the file's own folder), so that norms from a shared library are found.

Globs: * ? ** [abc] {a,b}. A path or glob that starts with ! leaves out what it stands for
(quote it for the shell): service-drama lint specs '!specs/drafts/**'

Options:
  -f, --format FORMAT        ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS[FORMATS.length - 1]} (default: stylish)
  -o, --output FORMAT=FILE   also write the report in FORMAT to FILE; may be repeated
  --fix                      apply every mechanical fix, write the files, report what is left
  --fix-dry-run              print the fixes as a diff instead of writing them
  --stdin                    check the spec read from standard input
  --stdin-filename NAME      the path that spec stands for (its workspace, its name in the report)
  --ignore-pattern GLOB      leave out the specs GLOB matches (from the current folder); may be repeated
  --no-ignore                check every spec: no .gitignore, "ignores" or --ignore-pattern
  --max-warnings N           fail (exit 1) when there are more than N warnings
  -q, --quiet                report errors only
  -c, --config FILE          the configuration file to use, instead of ${CONFIG_FILE_NAME} files found
  --locale LOCALE            language of the messages: en or zh-CN (default: from LANG, else en)
  -h, --help                 show this help

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage, configuration or file error.`;

export interface LintIo {
    cwd: string;
    env: NodeJS.ProcessEnv;
    stdout: NodeJS.WriteStream;
    /** Notes that must not mix into a machine-readable report. */
    stderr: NodeJS.WritableStream;
    /** Where `--stdin` reads the spec from. */
    stdin?: NodeJS.ReadableStream;
    version: string;
}

/** `service-drama lint`: returns the exit code. */
export async function lintCommand(args: string[], io: LintIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o', multiple: true },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        'ignore-pattern': { type: 'string', multiple: true },
        'no-ignore': { type: 'boolean' },
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
    const format = parseFormat(values.format ?? 'stylish', '--format');
    const outputs = (values.output ?? []).map(parseOutput);
    const maxWarnings = parseMaxWarnings(values['max-warnings']);
    const locale = resolveLocale(values.locale, io.env);
    const texts = helpTexts(locale).cli;
    if (values.fix && values['fix-dry-run']) throw new CliError('--fix and --fix-dry-run: choose one');
    if (values['stdin-filename'] !== undefined && !values.stdin) throw new CliError('--stdin-filename: give it with --stdin');
    if (values.stdin && positionals.length > 0) throw new CliError(`--stdin: give no paths with it (found '${positionals[0]}')`);
    if (values.stdin && values.fix) throw new CliError('--fix --stdin: there is no file to write; use --fix-dry-run to see the fixes');

    const selection = values.stdin ? await stdinSelection(values['stdin-filename'], io) : await selectFiles(positionals, io, values);
    const request: CheckRequest = { ...selection, cwd: io.cwd, configFile: values.config, locale };

    let specs: LoadedSpec[] = [];
    let surveyProblems: string[] = [];
    if (request.files.length === 0) {
        // Every spec found was ignored: nothing to check, and nothing wrong.
    } else if (values.fix || values['fix-dry-run']) {
        const result = await fixSpecs(request);
        specs = result.specs;
        surveyProblems = surveyProblemsOf(result.services, io.cwd, locale);
        if (values.fix) {
            for (const { file, after } of result.fixed) writeFile(file, after, io.cwd);
            if (result.fixed.length > 0) io.stderr.write(`${texts.fixed(result.fixed.length)}\n`);
        } else {
            io.stdout.write(fixesAsDiff(result.fixed, io.cwd));
        }
    } else {
        const result = await checkSpecsWithServices(request);
        specs = result.specs;
        surveyProblems = surveyProblemsOf(result.services, io.cwd, locale);
    }
    // The perception-gap rule judges only the rows it can read: a bad row must not pass unnoticed.
    if (surveyProblems.length > 0) {
        for (const line of surveyProblems) io.stderr.write(`${line}\n`);
        throw new CliError(helpTexts(locale).survey.lintProblems(surveyProblems.length));
    }

    const report = makeReport(specs, io.cwd, Boolean(values.quiet));
    const options = { colour: useColour(io.stdout, io.env), version: io.version, locale };
    const output = formatReport(format, report, options);
    if (output) io.stdout.write(`${output}\n`);
    for (const { format: outputFormat, file } of outputs) {
        writeFile(file, `${formatReport(outputFormat, report, { ...options, colour: false })}\n`, io.cwd);
        io.stderr.write(`${texts.reportWritten(outputFormat, displayPath(file, io.cwd))}\n`);
    }
    const tooManyWarnings = maxWarnings !== undefined && report.warningCount > maxWarnings;
    if (tooManyWarnings) {
        (format === 'stylish' ? io.stdout : io.stderr).write(`${texts.tooManyWarnings(report.warningCount, maxWarnings)}\n`);
    }
    return report.errorCount > 0 || tooManyWarnings ? 1 : 0;
}

type Selection = Pick<CheckRequest, 'files' | 'folders' | 'texts'>;

/** The specs the paths stand for, less those the ignores leave out (said on the standard error). */
async function selectFiles(
    positionals: string[], io: LintIo, values: { config?: string; 'ignore-pattern'?: string[]; 'no-ignore'?: boolean; locale?: string }
): Promise<Selection> {
    const { files, folders } = expandSpecInputs(positionals, io.cwd);
    if (values['no-ignore']) return { files, folders };
    const locale = resolveLocale(values.locale, io.env);
    const kept = await leaveOutIgnored(files, { cwd: io.cwd, patterns: values['ignore-pattern'] ?? [], configFile: values.config, locale });
    if (kept.length < files.length) io.stderr.write(`${helpTexts(locale).cli.ignoredFiles(files.length - kept.length)}\n`);
    return { files: kept, folders };
}

/** One spec from standard input, standing for `--stdin-filename` (default `stdin.drama` in the current folder). */
async function stdinSelection(name: string | undefined, io: LintIo): Promise<Selection> {
    if (!io.stdin) throw new CliError('--stdin: no standard input');
    const file = path.resolve(io.cwd, name ?? `stdin${SPEC_EXTENSION}`);
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)).replace(/^\uFEFF/, '');
    } catch {
        throw new CliError('--stdin: the standard input is not valid UTF-8 text');
    }
    return { files: [file], folders: [], texts: new Map([[file, text]]) };
}

function parseFormat(name: string, option: string): Format {
    if (!isFormat(name)) throw new CliError(`${option} ${name}: use one of ${FORMATS.join(', ')}`);
    return name;
}

/** `FORMAT=FILE`. */
function parseOutput(value: string): { format: Format; file: string } {
    const at = value.indexOf('=');
    if (at <= 0 || at === value.length - 1) throw new CliError(`--output ${value}: write it as FORMAT=FILE, for example sarif=results.sarif`);
    return { format: parseFormat(value.slice(0, at), '--output'), file: value.slice(at + 1) };
}

function writeFile(file: string, text: string, cwd: string): void {
    const target = path.resolve(cwd, file);
    try {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, text);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(`${displayPath(target, cwd)}: cannot write the file${code ? ` (${code})` : ''}`);
    }
}

function parseMaxWarnings(value: string | undefined): number | undefined {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) {
        throw new CliError(`--max-warnings ${value}: give a whole number, 0 or more`);
    }
    return Number(value);
}
