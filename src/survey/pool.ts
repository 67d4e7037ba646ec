import type { FiveElement, SurveyRow } from './survey-data.js';

// Pooling: the rows of one wave for the same touchpoint and element (two branches, two segments) make
// one cell, their scores weighted by their respondents; the cell's gap is P̄ − Ē.

/** A cell of the gap table: the weighted mean scores, their gap, and how many answered. */
export interface Gap {
    expectation: number;
    perception: number;
    /** perception − expectation: below zero, the service fell short of what was expected. */
    gap: number;
    respondents: number;
}

/** A weighted mean gap over several cells (an element's, a touchpoint's, the service's SERVQUAL score). */
export interface Score {
    gap: number;
    respondents: number;
}

/** The key of a cell; a service-level score has an empty touchpoint. */
export function cellKey(service: string, touchpoint: string | undefined, element: FiveElement): string {
    return `${service}\u0000${touchpoint ?? ''}\u0000${element}`;
}

/** The pooled cells of one wave, by {@link cellKey}. */
export function poolWave(rows: readonly SurveyRow[], wave: string | undefined): Map<string, Gap> {
    const sums = new Map<string, { expectation: number; perception: number; respondents: number }>();
    if (wave === undefined) return new Map();
    for (const row of rows) {
        if (row.wave !== wave) continue;
        const key = cellKey(row.service, row.touchpoint, row.element);
        let sum = sums.get(key);
        if (!sum) {
            sum = { expectation: 0, perception: 0, respondents: 0 };
            sums.set(key, sum);
        }
        sum.expectation += row.expectation * row.respondents;
        sum.perception += row.perception * row.respondents;
        sum.respondents += row.respondents;
    }
    const cells = new Map<string, Gap>();
    for (const [key, sum] of sums) {
        const expectation = sum.expectation / sum.respondents;
        const perception = sum.perception / sum.respondents;
        cells.set(key, { expectation, perception, gap: perception - expectation, respondents: sum.respondents });
    }
    return cells;
}

/** The mean gap of some cells, each weighted by its respondents; undefined when there are none. */
export function weightedScore(cells: ReadonlyArray<Score | undefined>): Score | undefined {
    let total = 0;
    let respondents = 0;
    for (const cell of cells) {
        if (!cell) continue;
        total += cell.gap * cell.respondents;
        respondents += cell.respondents;
    }
    return respondents === 0 ? undefined : { gap: total / respondents, respondents };
}
