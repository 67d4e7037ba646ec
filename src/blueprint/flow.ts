import type { Box } from './boxes.js';

// The arrows of the performance. Within a touchpoint, each step points to the next in the order the
// actions are written, across lanes; they run in the gutter at the left of the column, down in the
// outer track and up in the inner one, so that a back-and-forth between lanes stays readable. From one
// touchpoint to the next, a dashed arrow runs through the gap between the columns, from the last step
// to the first step of the next touchpoint that has one.

export type FlowKind = 'step' | 'handoff';

export interface Flow {
    kind: FlowKind;
    /** The points of the arrow, the head at the last one. */
    points: { x: number; y: number }[];
}

/** The room at the left of a lane's boxes where the step arrows run. */
export const FLOW_GUTTER = 14;
const DOWN_TRACK = 4;
const UP_TRACK = 10;
/** How far from a box's top or bottom an arrow leaves or enters it. */
const PORT = 9;

/** The placed boxes of one touchpoint's actions, in the order of the performance. */
export interface ColumnSteps {
    /** The left edge of the column's gutter. */
    gutterX: number;
    /** The right edge of the column, where an arrow to the next touchpoint leaves. */
    rightX: number;
    steps: Box[];
}

export function flowsOf(columns: readonly ColumnSteps[], columnGap: number): Flow[] {
    const flows: Flow[] = [];
    let previous: ColumnSteps | undefined;
    for (const column of columns) {
        if (column.steps.length === 0) continue;
        for (let index = 1; index < column.steps.length; index++) {
            flows.push({ kind: 'step', points: stepPath(column.gutterX, column.steps[index - 1], column.steps[index]) });
        }
        if (previous) flows.push({ kind: 'handoff', points: handoffPath(previous, column, columnGap) });
        previous = column;
    }
    return flows;
}

function stepPath(gutterX: number, from: Box, to: Box): { x: number; y: number }[] {
    const down = to.rect.y >= from.rect.y + from.rect.height;
    const trackX = gutterX + (down ? DOWN_TRACK : UP_TRACK);
    const leave = down ? from.rect.y + from.rect.height - PORT : from.rect.y + PORT;
    const enter = down ? to.rect.y + PORT : to.rect.y + to.rect.height - PORT;
    return [
        { x: from.rect.x, y: leave },
        { x: trackX, y: leave },
        { x: trackX, y: enter },
        { x: to.rect.x, y: enter }
    ];
}

function handoffPath(from: ColumnSteps, to: ColumnSteps, columnGap: number): { x: number; y: number }[] {
    const last = from.steps[from.steps.length - 1];
    const first = to.steps[0];
    const leave = last.rect.y + last.rect.height / 2;
    const enter = first.rect.y + PORT;
    const turnX = from.rightX + columnGap / 2;
    return [
        { x: last.rect.x + last.rect.width, y: leave },
        { x: turnX, y: leave },
        { x: turnX, y: enter },
        { x: first.rect.x, y: enter }
    ];
}
