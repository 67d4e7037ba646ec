import * as fs from 'node:fs';
import * as path from 'node:path';
import { helpTexts } from '../language/help/keyword-help.js';
import { CONFIG_FILE_NAME } from '../language/rules/rule-config.js';
import { computeGaps } from '../survey/gaps.js';
import { chooseWaves } from '../survey/waves.js';
import { CliError } from './cli-error.js';
import { parseCommandArgs, resolveLocale } from './cli-options.js';
import { GAP_FORMATS, formatGaps, type GapFormat } from './gaps-formats.js';
import { displayPath } from './formats/report.js';
import { terminalSafe } from './formats/safe-text.js';
import { checkSpecs } from './spec-check.js';
import { expandSpecInputs } from './spec-files.js';
import { checkedSurvey, designsOf, readSurvey, surveyFile } from './survey-input.js';

export const GAPS_USAGE = `Usage: service-drama gaps SPEC... --survey FILE [--format table|json|md|html] [--wave W] [--lenient] [-o OUT]

Measures the service: the gap between what customers perceived and what they expected (SERVQUAL),
for each touchpoint and element of the specs, from a survey file. Prints a table per service
(touchpoints × the five elements), the element scores and the service's SERVQUAL score, the
weakest moment, what is designed but not measured (and measured but not designed) and, with two
waves, what got worse.

The survey: CSV (comma or semicolon, header row, # lines are comments) or JSON, with the columns
service, touchpoint, element, expectation, perception, respondents and an optional wave. Scores go
from 1 to 7; rows for the same touchpoint and element in one wave are pooled by respondents.
Waves: the latest date when every wave is a date, else the last in the file; the previous wave is
the one before it.

Options:
  --survey FILE       the survey (default: the "survey" of the ${CONFIG_FILE_NAME} in use)
  --format FORMAT     table (the default), json, md (Markdown) or html
  --wave W            the wave to report (default: the latest); compared with the one before it
  --lenient           leave out the rows with problems (counted on the standard error) instead of failing
  --locale LOCALE     language of the report: en or zh-CN (default: from LC_ALL, LC_MESSAGES or LANG, else en)
  -o, --output OUT    write to this file instead of the standard output
  -c, --config FILE   the configuration file to use, instead of the ${CONFIG_FILE_NAME} found
  -h, --help          show this help

Exit codes: 0 report written, 2 usage, file or survey problem (a bad row, unless --lenient).`;

export interface GapsIo {
    cwd: string;
    env: NodeJS.ProcessEnv;
    stdout: NodeJS.WritableStream;
    stderr: NodeJS.WritableStream;
}

/** `service-drama gaps`: returns the exit code. */
export async function gapsCommand(args: string[], io: GapsIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
        survey: { type: 'string' },
        format: { type: 'string' },
        wave: { type: 'string' },
        lenient: { type: 'boolean' },
        locale: { type: 'string' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' }
    }, GAPS_USAGE);
    if (values.help) {
        io.stdout.write(`${GAPS_USAGE}\n`);
        return 0;
    }
    const format = (values.format ?? 'table') as GapFormat;
    if (!GAP_FORMATS.includes(format)) throw new CliError(`--format ${values.format}: use one of ${GAP_FORMATS.join(', ')}`);
    if (positionals.length === 0) throw new CliError(`give the spec files (or folders) the survey measures\n\n${GAPS_USAGE}`);
    const locale = resolveLocale(values.locale, io.env);
    const texts = helpTexts(locale).survey;

    const { files, folders } = expandSpecInputs(positionals, io.cwd);
    const survey = await surveyFile(values.survey, files[0], io.cwd, values.config, locale);
    if (survey === undefined) throw new CliError(`give the survey with --survey FILE (or name it as "survey" in ${CONFIG_FILE_NAME})\n\n${GAPS_USAGE}`);
    const data = readSurvey(survey, io.cwd);
    const designs = designsOf(await checkSpecs({ files, folders, cwd: io.cwd, configFile: values.config, locale }));
    const checked = checkedSurvey(data, designs, values.lenient === true, locale, io.stderr);
    const choice = chooseWaves(checked.rows, values.wave);
    if (!choice) {
        const waves = chooseWaves(checked.rows)?.waves ?? [];
        throw new CliError(texts.noSuchWave(values.wave!, waves.map(wave => texts.wave(wave)).join(', ')));
    }
    const report = computeGaps(checked.rows, designs, choice);
    if (report.services.length === 0) throw new CliError(texts.nothingMeasured);
    const text = terminalSafe(formatGaps(report, format, locale));
    if (values.output === undefined) {
        io.stdout.write(text);
        return 0;
    }
    const output = path.resolve(io.cwd, values.output);
    try {
        fs.writeFileSync(output, text);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(`cannot write ${values.output}${code ? ` (${code})` : ''}`);
    }
    io.stderr.write(`${helpTexts(locale).cli.reportWritten(format, displayPath(output, io.cwd))}\n`);
    return 0;
}
