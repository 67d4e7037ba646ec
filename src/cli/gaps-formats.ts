import { escapeXml } from '../blueprint/escape.js';
import { helpTexts } from '../language/help/keyword-help.js';
import type { Locale } from '../language/i18n/locale.js';
import { gapGrid, type GapGrid } from '../survey/gap-format.js';
import type { GapReport } from '../survey/gaps.js';
import { reportPage } from './formats/report-page.js';
import { jsonText } from './formats/safe-text.js';

// The forms of `service-drama gaps`: a table for the terminal, Markdown, a standalone HTML page, JSON.

export const GAP_FORMATS = ['table', 'json', 'md', 'html'] as const;
export type GapFormat = typeof GAP_FORMATS[number];

export function formatGaps(report: GapReport, format: GapFormat, locale: Locale): string {
    const grids = report.services.map(service => gapGrid(service, report, locale));
    switch (format) {
        case 'json': return `${jsonText(report)}\n`;
        case 'md': return grids.map(markdownOf).join('\n');
        case 'html': return htmlOf(grids, locale);
        default: return grids.map(tableOf).join('\n');
    }
}

/** Columns in a terminal: a Chinese character takes two. */
function width(text: string): number {
    let columns = 0;
    for (const char of text) columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
    return columns;
}

function pad(text: string, columns: number, right: boolean): string {
    const fill = ' '.repeat(Math.max(0, columns - width(text)));
    return right ? fill + text : text + fill;
}

function tableOf(grid: GapGrid): string {
    const all = [grid.head, ...grid.rows];
    const widths = grid.head.map((_, column) => Math.max(...all.map(row => width(row[column] ?? ''))));
    const line = (row: string[]) => row.map((cell, column) => pad(cell, widths[column], column > 0)).join('  ').trimEnd();
    const rule = widths.map(columns => '─'.repeat(columns)).join('  ');
    const body = grid.rows.map(line);
    // The element scores are the last row: a rule sets them apart from the touchpoints.
    const lines = [grid.heading, '', line(grid.head), rule, ...body.slice(0, -1), rule, body[body.length - 1], ''];
    for (const note of grid.notes) {
        if (note.heading) lines.push(`${note.heading}${grid.colon.trimEnd()}`, ...note.lines.map(text => `  ${text}`));
        else lines.push(...note.lines);
    }
    return `${lines.join('\n')}\n`;
}

function markdownCell(text: string): string {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[*_`<>[\]]/g, char => `\\${char}`);
}

function markdownOf(grid: GapGrid): string {
    const row = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
    const lines = [`## ${markdownCell(grid.heading)}`, '', row(grid.head), `|${grid.head.map((_, index) => index === 0 ? ' --- ' : ' ---: ').join('|')}|`];
    const [label, ...scores] = grid.rows[grid.rows.length - 1];
    lines.push(...grid.rows.slice(0, -1).map(row), `| **${markdownCell(label)}** | ${scores.map(markdownCell).join(' | ')} |`, '');
    for (const note of grid.notes) {
        if (note.heading) lines.push(`**${markdownCell(note.heading)}**`, '', ...note.lines.map(text => `- ${markdownCell(text)}`), '');
        else lines.push(...note.lines.map(markdownCell), '');
    }
    return `${lines.join('\n')}`;
}

const STYLE = `body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#1f1f1f;background:#fff}
h2{font-size:1.1rem;margin-top:1.5rem}table{border-collapse:collapse}
th,td{padding:.3rem .6rem;border-bottom:1px solid #ddd;text-align:right}th:first-child,td:first-child{text-align:left}
tr.scores td{font-weight:bold;border-top:2px solid #888}
@media (prefers-color-scheme:dark){body{color:#e6e6e6;background:#1e1e1e}th,td{border-color:#444}}`;

function htmlOf(grids: GapGrid[], locale: Locale): string {
    const title = helpTexts(locale).survey.legend.title;
    const sections = grids.map(grid => [
        `<h2>${escapeXml(grid.heading)}</h2>`,
        '<table>',
        `<thead><tr>${grid.head.map(cell => `<th>${escapeXml(cell)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...grid.rows.map((row, index) => `<tr${index === grid.rows.length - 1 ? ' class="scores"' : ''}>${row.map(cell => `<td>${escapeXml(cell)}</td>`).join('')}</tr>`),
        '</tbody>',
        '</table>',
        ...grid.notes.map(note => note.heading
            ? `<h3>${escapeXml(note.heading)}</h3><ul>${note.lines.map(text => `<li>${escapeXml(text)}</li>`).join('')}</ul>`
            : note.lines.map(text => `<p>${escapeXml(text)}</p>`).join(''))
    ].join('\n'));
    return `${reportPage(locale, title, STYLE, sections)}\n`;
}
