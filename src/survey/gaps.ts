import type { DesignedService, DesignedTouchpoint } from './design.js';
import { cellKey, poolWave, weightedScore, type Gap, type Score } from './pool.js';
import { FIVE_ELEMENTS, type FiveElement, type SurveyRow } from './survey-data.js';
import type { WaveChoice } from './waves.js';

// The gap report: for each service, the pooled gap of each touchpoint and element in the current wave,
// the scores per element and for the whole service (SERVQUAL scores), the weakest moment, what is
// designed but not measured and measured but not designed, and the change since the previous wave.

export type { Gap, Score };

export interface TouchpointGaps {
    /** Absent for the row of service-level scores. */
    touchpoint?: string;
    title?: string;
    trial: boolean;
    /** The elements the script designs here (for the service-level row: those any touchpoint designs). */
    designed: FiveElement[];
    cells: Partial<Record<FiveElement, Gap>>;
    /** The mean gap over the cells, weighted by respondents. */
    score?: Score;
    /** Since the previous wave: the change of each cell's gap and of the score, where both waves measured it. */
    change?: { cells: Partial<Record<FiveElement, number>>; score?: number };
}

export interface ServiceGaps {
    service: string;
    title?: string;
    /** The spec's touchpoints, in the order of the script. */
    touchpoints: TouchpointGaps[];
    serviceLevel?: TouchpointGaps;
    /** Each element's mean gap over its cells (the service-level row among them), weighted by respondents. */
    elements: Partial<Record<FiveElement, Score>>;
    /** The SERVQUAL score: the mean gap over every cell, weighted by respondents. */
    score?: Score;
    previousScore?: Score;
    /** The touchpoint with the lowest score, its lowest cell, and whether it is a moment of trial. */
    weakest?: { touchpoint: string; score: Score; trial: boolean; element?: FiveElement };
    /** Expectations the script designs that the current wave does not measure. */
    unmeasured: Array<{ touchpoint: string; element: FiveElement }>;
    /** Measurements where the script promises nothing: an element its touchpoint has no expectation for. */
    undesigned: Array<{ touchpoint?: string; element: FiveElement }>;
    /** With a previous wave: the touchpoints whose score fell, the worst fall first. */
    worse: Array<{ touchpoint: string; change: number }>;
}

export interface GapReport {
    /** Every wave of the survey, oldest first ('' for rows without a wave). */
    waves: string[];
    wave?: string;
    previous?: string;
    services: ServiceGaps[];
}

/** Computes the gap report of the rows (already checked against the designs) for the chosen waves. */
export function computeGaps(rows: readonly SurveyRow[], designs: readonly DesignedService[], choice: WaveChoice): GapReport {
    const current = poolWave(rows, choice.current);
    const previous = poolWave(rows, choice.previous);
    const measured = new Set(rows.map(row => row.service));
    const services = designs.filter(design => measured.has(design.name)).map(design => serviceGaps(design, current, previous, choice.previous !== undefined));
    return {
        waves: choice.waves,
        ...(choice.current !== undefined ? { wave: choice.current } : {}),
        ...(choice.previous !== undefined ? { previous: choice.previous } : {}),
        services
    };
}

function serviceGaps(design: DesignedService, current: Map<string, Gap>, previous: Map<string, Gap>, hasPrevious: boolean): ServiceGaps {
    const row = (touchpoint: DesignedTouchpoint | undefined, designed: FiveElement[]): TouchpointGaps => {
        const name = touchpoint?.name;
        const cells: TouchpointGaps['cells'] = {};
        const before: TouchpointGaps['cells'] = {};
        for (const element of FIVE_ELEMENTS) {
            const now = current.get(cellKey(design.name, name, element));
            if (now) cells[element] = now;
            const then = previous.get(cellKey(design.name, name, element));
            if (then) before[element] = then;
        }
        const score = weightedScore(Object.values(cells));
        const gaps: TouchpointGaps = {
            ...(name !== undefined ? { touchpoint: name } : {}),
            ...(touchpoint?.title ? { title: touchpoint.title } : {}),
            trial: touchpoint?.trial === true,
            designed,
            cells,
            ...(score ? { score } : {})
        };
        if (hasPrevious) gaps.change = changeOf(cells, before, score);
        return gaps;
    };
    const touchpoints = design.touchpoints.map(touchpoint => row(touchpoint, touchpoint.elements));
    const designedAnywhere = FIVE_ELEMENTS.filter(element => design.touchpoints.some(touchpoint => touchpoint.elements.includes(element)));
    const serviceRow = row(undefined, designedAnywhere);
    const serviceLevel = Object.keys(serviceRow.cells).length > 0 || (serviceRow.change && Object.keys(serviceRow.change.cells).length > 0) ? serviceRow : undefined;
    const all = serviceLevel ? [...touchpoints, serviceLevel] : touchpoints;

    const elements: ServiceGaps['elements'] = {};
    for (const element of FIVE_ELEMENTS) {
        const score = weightedScore(all.map(each => each.cells[element]));
        if (score) elements[element] = score;
    }
    const score = weightedScore(all.flatMap(each => Object.values(each.cells)));
    const previousScore = hasPrevious ? weightedScore(previousCells(design.name, previous)) : undefined;

    let weakest: ServiceGaps['weakest'];
    for (const touchpoint of touchpoints) {
        if (touchpoint.score && (!weakest || touchpoint.score.gap < weakest.score.gap)) {
            const element = FIVE_ELEMENTS.filter(each => touchpoint.cells[each])
                .reduce<FiveElement | undefined>((lowest, each) => lowest === undefined || touchpoint.cells[each]!.gap < touchpoint.cells[lowest]!.gap ? each : lowest, undefined);
            weakest = { touchpoint: touchpoint.touchpoint!, score: touchpoint.score, trial: touchpoint.trial, ...(element ? { element } : {}) };
        }
    }
    const unmeasured = touchpoints.flatMap(touchpoint => touchpoint.designed.filter(element => !touchpoint.cells[element]).map(element => ({ touchpoint: touchpoint.touchpoint!, element })));
    const undesigned = all.flatMap(each => FIVE_ELEMENTS.filter(element => each.cells[element] && !each.designed.includes(element))
        .map(element => ({ ...(each.touchpoint !== undefined ? { touchpoint: each.touchpoint } : {}), element })));
    const worse = touchpoints.filter(touchpoint => (touchpoint.change?.score ?? 0) < 0)
        .map(touchpoint => ({ touchpoint: touchpoint.touchpoint!, change: touchpoint.change!.score! }))
        .sort((a, b) => a.change - b.change);
    return {
        service: design.name,
        ...(design.title ? { title: design.title } : {}),
        touchpoints,
        ...(serviceLevel ? { serviceLevel } : {}),
        elements,
        ...(score ? { score } : {}),
        ...(previousScore ? { previousScore } : {}),
        ...(weakest ? { weakest } : {}),
        unmeasured,
        undesigned,
        worse
    };
}

function changeOf(cells: TouchpointGaps['cells'], before: TouchpointGaps['cells'], score: Score | undefined): NonNullable<TouchpointGaps['change']> {
    const changes: Partial<Record<FiveElement, number>> = {};
    for (const element of FIVE_ELEMENTS) {
        const now = cells[element];
        const then = before[element];
        if (now && then) changes[element] = now.gap - then.gap;
    }
    const previousScore = weightedScore(Object.values(before));
    return { cells: changes, ...(score && previousScore ? { score: score.gap - previousScore.gap } : {}) };
}

function previousCells(service: string, previous: Map<string, Gap>): Gap[] {
    const prefix = `${service}\u0000`;
    return [...previous].filter(([key]) => key.startsWith(prefix)).map(([, gap]) => gap);
}
