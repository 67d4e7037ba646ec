import * as path from 'node:path';
import type { LoadedSpec } from './spec-workspace.js';
import type { ServiceDramaServices } from '../language/service-drama-module.js';
import { isModel } from '../language/generated/ast.js';
import type { Locale } from '../language/i18n/locale.js';
import { servicesOf } from '../blueprint/model.js';
import { checkAgainstDesign } from '../survey/check-design.js';
import { designOf, type DesignedService } from '../survey/design.js';
import { problemLine } from '../survey/gap-format.js';
import { parseSurvey } from '../survey/parse-survey.js';
import type { SurveyData } from '../survey/survey-data.js';
import { helpTexts } from '../language/help/keyword-help.js';
import { CliError } from './cli-error.js';
import { displayPath } from './formats/report.js';
import { terminalSafe } from './formats/safe-text.js';
import { readConfig } from './spec-check.js';
import { readSpecFile, statOrUndefined, workspaceRootOf } from './spec-files.js';

/** Reads and parses a survey file; a missing or unreadable file stops the run with one line naming it. */
export function readSurvey(file: string, cwd: string): SurveyData {
    const shown = displayPath(file, cwd);
    const stat = statOrUndefined(file);
    if (!stat) throw new CliError(`${shown}: no such survey file`);
    if (!stat.isFile()) throw new CliError(`${shown}: the survey is not a file`);
    return parseSurvey(readSpecFile(file, cwd), shown);
}

/**
 * The survey to use: `--survey`, else the one the configuration names (`--config`, or the
 * `.servicedrama.json` of the first spec's workspace); undefined when there is none.
 */
export async function surveyFile(option: string | undefined, firstSpec: string, cwd: string, configFile: string | undefined, locale: Locale): Promise<string | undefined> {
    if (option !== undefined) return path.resolve(cwd, option);
    const config = configFile !== undefined ? path.resolve(cwd, configFile) : workspaceRootOf(path.dirname(firstSpec)).configFile;
    return config === undefined ? undefined : (await readConfig(config, cwd, locale)).survey;
}

/** The designed services of the specs checked. */
export function designsOf(specs: readonly LoadedSpec[]): DesignedService[] {
    return specs.flatMap(spec => {
        const root = spec.document.parseResult.value;
        return isModel(root) ? servicesOf(root).map(designOf) : [];
    });
}

/**
 * The survey's rows checked against the specs. Its problems are written to `stderr` as lint writes
 * findings; without `lenient` they stop the run (exit 2), with it the rows are left out and counted.
 */
export function checkedSurvey(data: SurveyData, designs: readonly DesignedService[], lenient: boolean, locale: Locale, stderr: NodeJS.WritableStream): SurveyData {
    const checked = checkAgainstDesign(data, designs);
    if (checked.problems.length === 0) return checked;
    for (const problem of checked.problems) stderr.write(`${terminalSafe(problemLine(problem, locale))}\n`);
    const texts = helpTexts(locale).survey;
    if (!lenient) throw new CliError(texts.problemsFound(checked.problems.length));
    stderr.write(`${texts.skipped(new Set(checked.problems.map(problem => problem.line)).size)}\n`);
    return checked;
}

/** The problems of the surveys the configurations named, as lines for the standard error (named from `cwd`). */
export function surveyProblemsOf(services: ServiceDramaServices, cwd: string, locale: Locale): string[] {
    return services.validation.Surveys.all.flatMap(survey => {
        const file = displayPath(survey.uri.fsPath, cwd);
        return survey.data.problems.map(problem => terminalSafe(problemLine({ ...problem, file }, locale)));
    });
}
