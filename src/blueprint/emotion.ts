import type { Rect, TextLine } from './boxes.js';
import type { BlueprintFeeling, BlueprintTouchpoint } from './model.js';

// The emotion curve: the feeling the design aims for at each touchpoint, from -3 to +3, as a line
// across the touchpoints in journey order, in a lane of its own above the physical evidence.

/** How tall the lane is: the seven steps of the scale, with room for a point's shape at the ends. */
export const EMOTION_ROW_HEIGHT = 104;
const INSET = 14;
const MAX_SCORE = 3;

export type FeelingTone = 'up' | 'down' | 'neutral';

export interface FeelingPoint {
    x: number;
    y: number;
    score: number;
    tone: FeelingTone;
    /** The score as the card would write it: +2, 0, −1. */
    label: TextLine;
    source: BlueprintFeeling;
}

/** A piece of the line between two points; `gap` when touchpoints without a feeling lie between them. */
export interface FeelingSegment {
    from: { x: number; y: number };
    to: { x: number; y: number };
    gap: boolean;
}

export interface EmotionCurve {
    /** The dashed neutral line across the lane. */
    zero: { x1: number; x2: number; y: number };
    points: FeelingPoint[];
    segments: FeelingSegment[];
    /** The scale, +3, 0 and −3, written at the right of the row's label. */
    ticks: TextLine[];
}

export function hasFeelings(touchpoints: Iterable<BlueprintTouchpoint | undefined>): boolean {
    for (const touchpoint of touchpoints) if (touchpoint?.feeling) return true;
    return false;
}

/** The signed score: +2, 0, −1 (a true minus sign, as a chart writes it). */
export function signedScore(score: number): string {
    return score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0';
}

/**
 * Lays out the curve over the row. `columns` are the grid's columns in journey order, each with its
 * centre and its touchpoint (none for an empty scene's placeholder).
 *
 * A touchpoint without a feeling gets no point, and the line does not stop there: it runs on to the
 * next feeling, dotted. Breaking it would leave a lone feeling as a dot with no trend, and a solid line
 * would claim a feeling the spec does not state; a dotted bridge keeps the trend and shows it is guessed.
 */
export function emotionCurve(columns: readonly { centreX: number; touchpoint?: BlueprintTouchpoint }[], row: Rect, tickX: number): EmotionCurve {
    const zeroY = row.y + row.height / 2;
    const step = (row.height / 2 - INSET) / MAX_SCORE;
    const yOf = (score: number) => zeroY - Math.max(-MAX_SCORE, Math.min(MAX_SCORE, score)) * step;
    const points: FeelingPoint[] = [];
    const segments: FeelingSegment[] = [];
    let skipped = false;
    for (const column of columns) {
        const feeling = column.touchpoint?.feeling;
        if (!feeling) {
            skipped = true;
            continue;
        }
        const point: FeelingPoint = {
            x: column.centreX,
            y: yOf(feeling.score),
            score: feeling.score,
            tone: feeling.score > 0 ? 'up' : feeling.score < 0 ? 'down' : 'neutral',
            label: { text: signedScore(feeling.score), x: column.centreX + 10, y: yOf(feeling.score) - 7, style: 'badge' },
            source: feeling
        };
        const previous = points[points.length - 1];
        if (previous) segments.push({ from: { x: previous.x, y: previous.y }, to: { x: point.x, y: point.y }, gap: skipped });
        points.push(point);
        skipped = false;
    }
    const ticks: TextLine[] = [MAX_SCORE, 0, -MAX_SCORE].map(score => ({ text: signedScore(score), x: tickX, y: yOf(score) + 3.5, style: 'small' }));
    return { zero: { x1: row.x, x2: row.x + row.width, y: zeroY }, points, segments, ticks };
}
