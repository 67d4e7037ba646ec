import type { SurveyRow } from './survey-data.js';

// Which survey wave is "current" and which "previous". The waves are ordered by date when every wave
// is a date (2026-03, 2026-03-15), else in the order they first appear in the file; the current wave
// is the last of them, or the one asked for, and the previous wave the one just before it.

/** A date a wave may be named by: year-month or year-month-day, with - / or . between. */
const DATE = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/;

function dateKey(wave: string): number | undefined {
    const match = DATE.exec(wave.trim());
    if (!match) return undefined;
    const [, year, month, day] = match;
    return Number(year) * 10000 + Number(month) * 100 + Number(day ?? 0);
}

/** The waves of the rows in order, oldest first. */
export function orderedWaves(rows: readonly SurveyRow[]): string[] {
    const waves: string[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
        if (!seen.has(row.wave)) {
            seen.add(row.wave);
            waves.push(row.wave);
        }
    }
    const dated = waves.map(wave => ({ wave, key: dateKey(wave) }));
    if (dated.every(entry => entry.key !== undefined)) {
        return dated.sort((a, b) => (a.key ?? 0) - (b.key ?? 0)).map(entry => entry.wave);
    }
    return waves;
}

export interface WaveChoice {
    /** Every wave, oldest first. */
    waves: string[];
    current?: string;
    previous?: string;
}

/** The current and previous waves; `asked` (from `--wave`) must be one of the waves, else undefined is returned. */
export function chooseWaves(rows: readonly SurveyRow[], asked?: string): WaveChoice | undefined {
    const waves = orderedWaves(rows);
    const index = asked === undefined ? waves.length - 1 : waves.indexOf(asked);
    if (asked !== undefined && index < 0) return undefined;
    return { waves, ...(index >= 0 ? { current: waves[index] } : {}), ...(index >= 1 ? { previous: waves[index - 1] } : {}) };
}
