import { helpTexts } from '../../language/help/keyword-help.js';
import type { Locale } from '../../language/i18n/locale.js';
import type { LintReport } from './report.js';

/** The report's summary line, as the stylish report ends: "✖ 3 problems (1 error, 2 warnings) in 2 files". */
export function summaryText(report: LintReport, locale: Locale): string {
    const { errorCount: errors, warningCount: warnings, infoCount: infos } = report;
    const files = report.files.length;
    const problems = errors + warnings + infos;
    const texts = helpTexts(locale).cli;
    return problems === 0 ? texts.noProblems(files) : texts.problems({ problems, errors, warnings, infos, files });
}
