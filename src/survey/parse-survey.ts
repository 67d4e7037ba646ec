import { parse as parseCsv, type CsvError } from 'csv-parse/sync';
import { getNodeValue, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import {
    OPTIONAL_COLUMNS, REQUIRED_COLUMNS, SCORE_MAX, SCORE_MIN, surveyElement,
    type SurveyColumn, type SurveyData, type SurveyProblem, type SurveyRow
} from './survey-data.js';

// Reads a survey file, CSV or JSON, into checked rows. Every row that cannot be used is reported with
// its line and column, never dropped in silence; whether the run stops on them is the caller's choice.

/** A record before it is checked: its line, the text of each column, and the whole record (for duplicates). */
interface RawRecord {
    line: number;
    values: Partial<Record<SurveyColumn, string>>;
    /** Every field of the row, other columns (a branch, a segment) included: equal only for an exact duplicate. */
    whole: string;
}

/**
 * Reads the text of a survey file. `file` names it in problems; a name ending in `.json` (or a text
 * that starts with `[` or `{`) is read as JSON, anything else as CSV.
 */
export function parseSurvey(text: string, file: string): SurveyData {
    const clean = text.replace(/^\uFEFF/, '');
    const problems: SurveyProblem[] = [];
    const records = isJson(clean, file) ? jsonRecords(clean, file, problems) : csvRecords(clean, file, problems);
    return { file, rows: checkRecords(records, file, problems), problems };
}

function isJson(text: string, file: string): boolean {
    return /\.json$/i.test(file) || /^\s*[[{]/.test(text);
}

/** The lines of the file that hold data: not empty, not a `#` comment. */
function isDataLine(line: string): boolean {
    const trimmed = line.trim();
    return trimmed !== '' && !trimmed.startsWith('#');
}

/** Comma or semicolon, whichever the header row uses more (a semicolon where commas write decimals). */
function delimiterOf(text: string): ',' | ';' {
    const header = text.split(/\r?\n/).find(isDataLine) ?? '';
    const count = (mark: string) => header.split(mark).length - 1;
    return count(';') > count(',') ? ';' : ',';
}

function csvRecords(text: string, file: string, problems: SurveyProblem[]): RawRecord[] {
    let records: string[][];
    try {
        records = parseCsv(text, {
            delimiter: delimiterOf(text),
            // Only a line that starts with # is a comment: a # inside a value is kept.
            comment: '#',
            comment_no_infix: true,
            skip_empty_lines: true,
            relax_column_count: true,
            trim: true,
            // The line of each record, taken as it is read and kept at its end (cheaper than csv-parse's `info` objects).
            on_record: (record, context) => [...record, String(context.lines)],
            skip_records_with_error: true,
            on_skip: (error: CsvError | undefined) => {
                if (error) problems.push({ file, line: (error as CsvError & { lines?: number }).lines ?? 0, detail: { kind: 'syntax', reason: error.message } });
            }
        });
    } catch (error) {
        const lines = (error as { lines?: number }).lines ?? 1;
        problems.push({ file, line: lines, detail: { kind: 'syntax', reason: (error as Error).message } });
        return [];
    }
    const rows = records.map(record => ({ line: Number(record[record.length - 1]), record: record.slice(0, -1) }));
    const [header, ...data] = rows;
    if (!header) {
        for (const column of REQUIRED_COLUMNS) problems.push({ file, line: 1, column, detail: { kind: 'missingColumn', column } });
        return [];
    }
    const names = header.record.map(name => name.trim().toLowerCase());
    const missing = REQUIRED_COLUMNS.filter(column => !names.includes(column));
    for (const column of missing) problems.push({ file, line: header.line, column, detail: { kind: 'missingColumn', column } });
    if (missing.length > 0) return [];
    const known: SurveyColumn[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
    const indexOf = new Map(known.map(column => [column, names.indexOf(column)]));
    return data.map(({ record, line }) => {
        const values: RawRecord['values'] = {};
        for (const [column, index] of indexOf) {
            if (index >= 0) values[column] = record[index] ?? '';
        }
        return { line, values, whole: record.join('\u0000') };
    });
}

/** JSON: a list of objects with the same fields as the CSV columns (numbers or texts), or `{ "rows": [...] }`. */
function jsonRecords(text: string, file: string, problems: SurveyProblem[]): RawRecord[] {
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: true });
    const lineAt = lineIndex(text);
    if (!tree || errors.length > 0) {
        problems.push({ file, line: lineAt(errors[0]?.offset ?? 0), detail: { kind: 'syntax', reason: 'not valid JSON' } });
        return [];
    }
    const list = tree.type === 'object' ? tree.children?.find(property => property.children?.[0].value === 'rows')?.children?.[1] : tree;
    if (list?.type !== 'array') {
        problems.push({ file, line: lineAt(tree.offset), detail: { kind: 'notAList' } });
        return [];
    }
    const records: RawRecord[] = [];
    for (const item of list.children ?? []) {
        const line = lineAt(item.offset);
        if (item.type !== 'object') {
            problems.push({ file, line, detail: { kind: 'notAnObject' } });
            continue;
        }
        const values: RawRecord['values'] = {};
        for (const property of item.children ?? []) {
            const [key, value] = property.children ?? [];
            const column = String(key?.value).trim().toLowerCase() as SurveyColumn;
            if (value && ([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS] as string[]).includes(column)) values[column] = jsonText(value);
        }
        const missing = REQUIRED_COLUMNS.filter(column => column !== 'touchpoint' && values[column] === undefined);
        if (missing.length > 0) {
            for (const column of missing) problems.push({ file, line, column, detail: { kind: 'missingColumn', column } });
            continue;
        }
        records.push({ line, values, whole: JSON.stringify(getNodeValue(item)) });
    }
    return records;
}

function jsonText(node: JsonNode): string {
    if (node.type === 'null') return '';
    if (node.type === 'string' || node.type === 'number' || node.type === 'boolean') return String(node.value).trim();
    return JSON.stringify(node.value ?? '');
}

/** Maps an offset in the text to its 1-based line. */
function lineIndex(text: string): (offset: number) => number {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    return offset => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset) low = middle;
            else high = middle - 1;
        }
        return low + 1;
    };
}

function checkRecords(records: RawRecord[], file: string, problems: SurveyProblem[]): SurveyRow[] {
    const rows: SurveyRow[] = [];
    const seen = new Map<string, number>();
    for (const { line, values, whole } of records) {
        const problem = (column: SurveyColumn, detail: SurveyProblem['detail']) => problems.push({ file, line, column, detail });
        const service = values.service ?? '';
        const element = surveyElement(values.element ?? '');
        const expectation = score(values.expectation);
        const perception = score(values.perception);
        const respondents = count(values.respondents);
        let bad = false;
        if (service === '') {
            problem('service', { kind: 'empty', column: 'service' });
            bad = true;
        }
        if (!element) {
            problem('element', values.element ? { kind: 'unknownElement', value: values.element } : { kind: 'empty', column: 'element' });
            bad = true;
        }
        for (const [column, value] of [['expectation', expectation], ['perception', perception]] as const) {
            if (value === undefined) {
                problem(column, values[column] ? { kind: 'notAScore', column, value: values[column] } : { kind: 'empty', column });
                bad = true;
            }
        }
        if (respondents === undefined) {
            problem('respondents', values.respondents ? { kind: 'badRespondents', value: values.respondents } : { kind: 'empty', column: 'respondents' });
            bad = true;
        }
        if (bad) continue;
        const row: SurveyRow = {
            line,
            wave: values.wave ?? '',
            service,
            ...(values.touchpoint ? { touchpoint: values.touchpoint } : {}),
            element: element!,
            expectation: expectation!,
            perception: perception!,
            respondents: respondents!
        };
        // The same row entered twice would count its respondents twice; rows that differ in any column
        // (two branches with the same scores) are pooled instead.
        const first = seen.get(whole);
        if (first !== undefined) {
            problems.push({ file, line, detail: { kind: 'duplicate', line: first } });
            continue;
        }
        seen.set(whole, line);
        rows.push(row);
    }
    return rows;
}

/** A score on the 7-point scale; a decimal comma is read as a point (4,5). */
function score(text: string | undefined): number | undefined {
    if (text === undefined || text === '') return undefined;
    const value = Number(text.replace(',', '.'));
    return Number.isFinite(value) && value >= SCORE_MIN && value <= SCORE_MAX ? value : undefined;
}

function count(text: string | undefined): number | undefined {
    if (text === undefined || !/^\d+$/.test(text)) return undefined;
    const value = Number(text);
    return value > 0 && Number.isSafeInteger(value) ? value : undefined;
}
