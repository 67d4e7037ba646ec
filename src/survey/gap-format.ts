import type { HelpTexts, SurveyTexts } from '../language/help/help-texts.js';
import { helpTexts } from '../language/help/keyword-help.js';
import type { Locale } from '../language/i18n/locale.js';
import type { GapReport, ServiceGaps, TouchpointGaps } from './gaps.js';
import { FIVE_ELEMENTS, type FiveElement, type SurveyProblem } from './survey-data.js';

// The words and numbers of a gap report, shared by its table, Markdown and HTML forms: one grid per
// service (touchpoints × the five elements), and the notes under it.

/** A gap written with its sign and two decimals: +0.50, -1.25. */
export function signed(value: number, digits = 2): string {
    const rounded = Number(value.toFixed(digits));
    return `${rounded > 0 ? '+' : rounded < 0 ? '-' : '±'}${Math.abs(rounded).toFixed(digits)}`;
}

/** A score on the 1–7 scale, two decimals. */
export function scoreText(value: number): string {
    return value.toFixed(2);
}

/** A grid of texts: the head row, then one row per touchpoint, the service-level row and the element scores. */
export interface GapGrid {
    heading: string;
    head: string[];
    rows: string[][];
    /** The lines under the grid: the score, the weakest moment, what is not measured or not designed, what got worse. */
    notes: Array<{ heading?: string; lines: string[] }>;
    /** Between a heading or a name and what follows: ': ' or '：'. */
    colon: string;
}

/**
 * The mark of each cell: a gap measured where the script designs that element; `*` after it where the
 * script designs nothing for that element; `·` for an element designed but not measured.
 */
function cellText(row: TouchpointGaps, element: FiveElement, withChange: boolean): string {
    const cell = row.cells[element];
    if (!cell) return row.designed.includes(element) && row.touchpoint !== undefined ? '·' : '';
    const change = withChange ? row.change?.cells[element] : undefined;
    return `${signed(cell.gap)}${row.designed.includes(element) ? '' : '*'}${change !== undefined ? ` (${signed(change)})` : ''}`;
}

export function gapGrid(service: ServiceGaps, report: GapReport, locale: Locale): GapGrid {
    const texts = helpTexts(locale);
    const survey = texts.survey;
    const element = (name: FiveElement) => texts.elements[name].name;
    const withChange = report.previous !== undefined;
    const rowOf = (row: TouchpointGaps, label: string): string[] => [
        label,
        ...FIVE_ELEMENTS.map(name => cellText(row, name, withChange)),
        row.score ? `${signed(row.score.gap)}${withChange && row.change?.score !== undefined ? ` (${signed(row.change.score)})` : ''}` : '',
        row.score ? String(row.score.respondents) : ''
    ];
    const rows = service.touchpoints.map(row => rowOf(row, `${row.trial ? `${survey.trialMark} ` : ''}${row.touchpoint}`));
    if (service.serviceLevel) rows.push(rowOf(service.serviceLevel, survey.serviceLevel));
    rows.push([
        survey.elementScores,
        ...FIVE_ELEMENTS.map(name => service.elements[name] ? signed(service.elements[name].gap) : ''),
        service.score ? signed(service.score.gap) : '',
        service.score ? String(service.score.respondents) : ''
    ]);
    return {
        heading: survey.serviceHeading(service.service, survey.wave(report.wave ?? '')),
        head: [survey.columns.touchpoint, ...FIVE_ELEMENTS.map(element), survey.columns.score, survey.columns.respondents],
        rows,
        notes: notesOf(service, report, texts, element),
        colon: texts.colon
    };
}

function notesOf(service: ServiceGaps, report: GapReport, texts: HelpTexts, element: (name: FiveElement) => string): GapGrid['notes'] {
    const survey = texts.survey;
    const notes: GapGrid['notes'] = [];
    const summary: string[] = [];
    if (service.score) {
        const change = service.previousScore && report.previous !== undefined
            ? survey.scoreChange(signed(service.score.gap - service.previousScore.gap), survey.wave(report.previous)) : '';
        summary.push(`${survey.servqualScore(signed(service.score.gap), service.score.respondents)}${change}`);
    }
    if (service.weakest) {
        const { touchpoint, score, trial } = service.weakest;
        summary.push(survey.weakest(touchpoint, signed(score.gap), service.weakest.element ? element(service.weakest.element) : '', trial));
    }
    notes.push({ lines: summary });
    if (service.unmeasured.length > 0) {
        notes.push({ heading: survey.unmeasuredHeading, lines: groupByTouchpoint(service.unmeasured, element, texts) });
    }
    if (service.undesigned.length > 0) {
        notes.push({ heading: survey.undesignedHeading, lines: groupByTouchpoint(service.undesigned.map(each => ({ touchpoint: each.touchpoint ?? survey.serviceLevel, element: each.element })), element, texts) });
    }
    if (report.previous !== undefined) {
        const previous = survey.wave(report.previous);
        notes.push(service.worse.length > 0
            ? { heading: survey.worseHeading(previous), lines: service.worse.map(each => `${each.touchpoint}${texts.colon}${signed(each.change)}`) }
            : { lines: [survey.noneWorse(previous)] });
    }
    return notes.filter(note => note.lines.length > 0);
}

function groupByTouchpoint(entries: Array<{ touchpoint: string; element: FiveElement }>, element: (name: FiveElement) => string, texts: HelpTexts): string[] {
    const byTouchpoint = new Map<string, string[]>();
    for (const entry of entries) byTouchpoint.set(entry.touchpoint, [...byTouchpoint.get(entry.touchpoint) ?? [], element(entry.element)]);
    return [...byTouchpoint].map(([touchpoint, elements]) => `${touchpoint}${texts.colon}${elements.join(texts.declarations.listSeparator)}`);
}

/** A problem as one line, as lint writes a finding: `file:line: column: message`. */
export function problemLine(problem: SurveyProblem, locale: Locale): string {
    const texts = helpTexts(locale).survey;
    return `${problem.file}:${problem.line}: ${problem.column ? `${problem.column}: ` : ''}${problemMessage(problem, texts)}`;
}

export function problemMessage(problem: SurveyProblem, texts: SurveyTexts): string {
    const { detail } = problem;
    const messages = texts.problems;
    switch (detail.kind) {
        case 'unreadable': return messages.unreadable(detail.reason);
        case 'syntax': return messages.syntax(detail.reason);
        case 'notAList': return messages.notAList;
        case 'notAnObject': return messages.notAnObject;
        case 'missingColumn': return messages.missingColumn(detail.column);
        case 'empty': return messages.empty(detail.column);
        case 'unknownElement': return messages.unknownElement(detail.value);
        case 'notAScore': return messages.notAScore(detail.column, detail.value);
        case 'badRespondents': return messages.badRespondents(detail.value);
        case 'duplicate': return messages.duplicate(detail.line);
        case 'unknownService': return messages.unknownService(detail.service, detail.known.join(', '));
        case 'unknownTouchpoint': return messages.unknownTouchpoint(detail.service, detail.touchpoint);
    }
}
