import { FIVE_ELEMENTS, type FiveElement } from '../language/rules/spec-facts.js';

// The measured side of a service: survey rows as read from a file (SERVQUAL style, one expectation and
// one perception score per touchpoint and element), and the problems found in them.

export { FIVE_ELEMENTS, type FiveElement };

/** The columns a survey file must have, and the optional one. */
export const REQUIRED_COLUMNS = ['service', 'touchpoint', 'element', 'expectation', 'perception', 'respondents'] as const;
export const OPTIONAL_COLUMNS = ['wave'] as const;
export type SurveyColumn = typeof REQUIRED_COLUMNS[number] | typeof OPTIONAL_COLUMNS[number];

/** The lowest and highest score of the 7-point scale. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 7;

/** One row of a survey, checked: an element's expectation and perception scores at a touchpoint. */
export interface SurveyRow {
    /** Where the row is written: the 1-based line of the file. */
    line: number;
    /** The survey wave (a date or a label); '' when the file has no wave column or leaves it empty. */
    wave: string;
    service: string;
    /** Absent for a score of the whole service. */
    touchpoint?: string;
    element: FiveElement;
    expectation: number;
    perception: number;
    respondents: number;
}

/** What is wrong with a row or the file; each kind has its sentence in the catalogues (`survey.problems`). */
export type SurveyProblemDetail =
    | { kind: 'unreadable'; reason: string }
    | { kind: 'syntax'; reason: string }
    | { kind: 'notAList' }
    | { kind: 'notAnObject' }
    | { kind: 'missingColumn'; column: string }
    | { kind: 'empty'; column: SurveyColumn }
    | { kind: 'unknownElement'; value: string }
    | { kind: 'notAScore'; column: 'expectation' | 'perception'; value: string }
    | { kind: 'badRespondents'; value: string }
    | { kind: 'duplicate'; line: number }
    | { kind: 'unknownService'; service: string; known: string[] }
    | { kind: 'unknownTouchpoint'; service: string; touchpoint: string };

/** A problem in a survey file: the file as shown, the 1-based line, the column, and what is wrong. */
export interface SurveyProblem {
    file: string;
    line: number;
    column?: string;
    detail: SurveyProblemDetail;
}

/** A survey file read: its valid rows in file order, and the problems of the others. */
export interface SurveyData {
    file: string;
    rows: SurveyRow[];
    problems: SurveyProblem[];
}

/** The elements as a survey may name them: the keywords of the language and their Chinese names. */
const ELEMENT_NAMES: ReadonlyMap<string, FiveElement> = new Map<string, FiveElement>([
    ...FIVE_ELEMENTS.map(element => [element, element] as [string, FiveElement]),
    ['friendliness', 'assurance'],
    ['可靠性', 'reliability'], ['响应性', 'responsiveness'], ['友好性', 'assurance'], ['保证性', 'assurance'],
    ['移情性', 'empathy'], ['有形性', 'tangibles']
]);

/** The element a survey's text names (any case, spaces around ignored); undefined for anything else. */
export function surveyElement(text: string): FiveElement | undefined {
    return ELEMENT_NAMES.get(text.trim().toLowerCase());
}
