import { helpTexts } from '../../language/help/keyword-help.js';
import type { Locale } from '../../language/i18n/locale.js';
import type { FindingSeverity, LintReport } from './report.js';
import { terminalSafe } from './safe-text.js';

/** ANSI styles, or none when colour is off. */
function styles(colour: boolean) {
    const wrap = (open: number, close: number) => (text: string) => colour ? `\u001b[${open}m${text}\u001b[${close}m` : text;
    return {
        underline: wrap(4, 24),
        dim: wrap(2, 22),
        bold: wrap(1, 22),
        red: wrap(31, 39),
        yellow: wrap(33, 39),
        cyan: wrap(36, 39),
        green: wrap(32, 39)
    };
}

/** The human-readable report: each file with findings, its findings aligned in columns, then a summary. */
export function formatStylish(report: LintReport, colour: boolean, locale: Locale): string {
    const style = styles(colour);
    const paint: Record<FindingSeverity, (text: string) => string> = { error: style.red, warning: style.yellow, info: style.cyan };
    const lines: string[] = [];
    for (const file of report.files) {
        if (file.findings.length === 0) continue;
        lines.push(style.underline(terminalSafe(file.path)));
        const where = file.findings.map(f => `${f.line}:${f.column}`);
        const whereWidth = where.reduce((widest, w) => Math.max(widest, w.length), 0);
        file.findings.forEach((finding, index) => {
            const severity = paint[finding.severity](finding.severity.padEnd(7));
            const rule = finding.ruleId ? `  ${style.dim(terminalSafe(finding.ruleId))}` : '';
            lines.push(`  ${style.dim(where[index].padEnd(whereWidth))}  ${severity}  ${terminalSafe(finding.message)}${rule}`);
        });
        lines.push('');
    }
    lines.push(summaryLine(report, locale, style));
    return lines.join('\n');
}

function summaryLine(report: LintReport, locale: Locale, style: ReturnType<typeof styles>): string {
    const { errorCount: errors, warningCount: warnings, infoCount: infos } = report;
    const files = report.files.length;
    const problems = errors + warnings + infos;
    const texts = helpTexts(locale).cli;
    if (problems === 0) return style.green(texts.noProblems(files));
    const summary = texts.problems({ problems, errors, warnings, infos, files });
    return style.bold(errors > 0 ? style.red(summary) : style.yellow(summary));
}
