import { createHash } from 'node:crypto';
import { escapeXml } from '../../blueprint/escape.js';
import { helpTexts } from '../../language/help/keyword-help.js';
import type { Locale } from '../../language/i18n/locale.js';
import type { LintReport } from './report.js';
import { summaryText } from './summary.js';

const STYLE = `body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#1f1f1f;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}
.error{color:#b00020}.warning{color:#8a5a00}.info{color:#005a9e}code{font-size:.9em}
@media (prefers-color-scheme:dark){body{color:#e6e6e6;background:#1e1e1e}th,td{border-color:#444}
.error{color:#ff6b6b}.warning{color:#f0c050}.info{color:#6cb6ff}}`;

/**
 * A standalone report page: no script, one inline style allowed by its hash (the page's Content Security
 * Policy allows nothing else), and every text from a spec escaped.
 */
export function formatHtml(report: LintReport, locale: Locale): string {
    const texts = helpTexts(locale).cli;
    const styleHash = createHash('sha256').update(STYLE).digest('base64');
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
    return [
        '<!DOCTYPE html>',
        `<html lang="${locale === 'zh' ? 'zh-CN' : 'en'}">`,
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${styleHash}'">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeXml(texts.reportTitle)}</title>`,
        `<style>${STYLE}</style>`,
        '</head>',
        '<body>',
        `<h1>${escapeXml(texts.reportTitle)}</h1>`,
        `<p>${escapeXml(summaryText(report, locale))}</p>`,
        ...sections,
        '</body>',
        '</html>'
    ].join('\n');
}
