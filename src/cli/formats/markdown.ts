import { helpTexts } from '../../language/help/keyword-help.js';
import type { Locale } from '../../language/i18n/locale.js';
import type { LintReport } from './report.js';
import { summaryText } from './summary.js';

/** Markdown for a pull-request comment or a CI job summary: the summary, then a table of the findings. */
export function formatMarkdown(report: LintReport, locale: Locale): string {
    const texts = helpTexts(locale).cli;
    const lines = [`### ${texts.reportTitle}`, '', summaryText(report, locale)];
    const rows = report.files.flatMap(file => file.findings.map(f =>
        `| ${cell(`${file.path}:${f.line}:${f.column}`)} | ${f.severity} | ${f.ruleId ? `\`${f.ruleId}\`` : ''} | ${cell(f.message)} |`));
    if (rows.length > 0) {
        const { where, severity, rule, message } = texts.columns;
        lines.push('', `| ${where} | ${severity} | ${rule} | ${message} |`, '| --- | --- | --- | --- |', ...rows);
    }
    return lines.join('\n');
}

/**
 * Text in a table cell, shown as written: Markdown and HTML characters are escaped (a spec's text can
 * add no link, image or markup to the comment), and a line break becomes a space.
 */
function cell(text: string): string {
    return text.replace(/\r?\n|\r/g, ' ')
        .replace(/[\\`*_[\]|~]/g, char => `\\${char}`)
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
