import { escapeXml } from '../../blueprint/escape.js';
import { helpTexts } from '../../language/help/keyword-help.js';
import type { Locale } from '../../language/i18n/locale.js';
import type { LintReport } from './report.js';
import { reportPage } from './report-page.js';
import { summaryText } from './summary.js';

const STYLE = `body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#1f1f1f;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}
.error{color:#b00020}.warning{color:#8a5a00}.info{color:#005a9e}code{font-size:.9em}
@media (prefers-color-scheme:dark){body{color:#e6e6e6;background:#1e1e1e}th,td{border-color:#444}
.error{color:#ff6b6b}.warning{color:#f0c050}.info{color:#6cb6ff}}`;

/** The lint report as a standalone page, every text from a spec escaped. */
export function formatHtml(report: LintReport, locale: Locale): string {
    const texts = helpTexts(locale).cli;
    const { where, severity, rule, message } = texts.columns;
    const sections = report.files.filter(file => file.findings.length > 0).map(file => [
        `<h2>${escapeXml(file.path)}</h2>`,
        '<table>',
        `<thead><tr><th>${escapeXml(where)}</th><th>${escapeXml(severity)}</th><th>${escapeXml(rule)}</th><th>${escapeXml(message)}</th></tr></thead>`,
        '<tbody>',
        ...file.findings.map(f => `<tr><td>${f.line}:${f.column}</td><td class="${f.severity}">${f.severity}</td>`
            + `<td>${f.ruleId ? `<code>${escapeXml(f.ruleId)}</code>` : ''}</td><td>${escapeXml(f.message)}</td></tr>`),
        '</tbody>',
        '</table>'
    ].join('\n'));
    return reportPage(locale, texts.reportTitle, STYLE, [
        `<h1>${escapeXml(texts.reportTitle)}</h1>`,
        `<p>${escapeXml(summaryText(report, locale))}</p>`,
        ...sections
    ]);
}
