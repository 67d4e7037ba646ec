import { LANE_IDS, type BlueprintModel, type BlueprintScene, type BlueprintTouchpoint, type LaneId } from './model.js';
import { BOX_GAP, BOX_PADDING_X, BOX_PADDING_Y, place, TextFlow, type Box, type Rect, type RowId, type TextLine } from './boxes.js';
import { cellBoxes, headerBox, sceneBox, serviceBox } from './cards.js';
import { EMOTION_ROW_HEIGHT, emotionCurve, hasFeelings, type EmotionCurve } from './emotion.js';
import { FLOW_GUTTER, flowsOf, type ColumnSteps, type Flow } from './flow.js';
import { measureText } from './text-measure.js';
import { blueprintWords, TEXT_STYLES, type BlueprintWords } from './theme.js';

// Places every part of a blueprint on a grid: one column per touchpoint, one row per lane. Each
// row is as tall as its fullest cell, so nothing overlaps and long text simply makes a row taller.
// The work is linear in the size of the service. The rows are a list: a lane drawn from other
// statements (an emotion curve above the evidence) is one more entry, with its own cell content.

export type SeparatorId = 'interaction' | 'visibility' | 'internal';

export const SEPARATOR_IDS: readonly SeparatorId[] = ['interaction', 'visibility', 'internal'];

/** The line drawn above a row. */
const SEPARATOR_ABOVE: Partial<Record<RowId, SeparatorId>> = {
    frontstage: 'interaction',
    backstage: 'visibility',
    support: 'internal'
};

const ROWS: readonly RowId[] = [...LANE_IDS, 'expectations', 'risks', 'notes'];
/** With the emotion curve, when at least one touchpoint states a feeling. */
const ROWS_WITH_FEELINGS: readonly RowId[] = ['feeling', ...ROWS];
const LANES: ReadonlySet<RowId> = new Set(LANE_IDS);

export interface Row {
    id: RowId;
    rect: Rect;
    label: TextLine[];
}

export interface Separator {
    id: SeparatorId;
    y: number;
    x1: number;
    x2: number;
    /** The line's name, repeated along it so that it stays in sight in a wide blueprint. */
    labels: TextLine[];
}

export interface BlueprintLayout {
    width: number;
    height: number;
    /** The left column holding the row labels; the preview keeps it in sight while scrolling. */
    labelColumn: Rect;
    rows: Row[];
    separators: Separator[];
    boxes: Box[];
    /** The arrows of the performance, drawn under the boxes. */
    flows: Flow[];
    /** The columns of the moments of trial, from the first lane to the last row, hatched behind the boxes. */
    trialColumns: Rect[];
    /** The emotion curve, when a touchpoint states a feeling. */
    emotion?: EmotionCurve;
}

const PADDING = 16;
const LABEL_WIDTH = 150;
const COLUMN_WIDTH = 220;
const COLUMN_GAP = 10;
const SCENE_GAP = 22;
const CELL_PADDING = 6;
const ROW_GAP = 4;
const SEPARATOR_GAP = 24;
const MIN_ROW_HEIGHT = 44;
const SEPARATOR_LABEL_EVERY = 8;
/** The service's name and findings stay within a readable measure, however wide the drawing. */
const SERVICE_TEXT_WIDTH = 960;
/** The room at the right of the emotion curve's label for its scale. */
const SCALE_WIDTH = 22;

const BOX_WIDTH = COLUMN_WIDTH - 2 * CELL_PADDING;
/** Lane boxes leave room at their left for the step arrows. */
const LANE_BOX_WIDTH = BOX_WIDTH - FLOW_GUTTER;

interface Column {
    x: number;
    touchpoint?: BlueprintTouchpoint;
}

/** Lays out the blueprint with its labels in the given language (the spec's own text stays as written). */
export function layoutBlueprint(model: BlueprintModel, words: BlueprintWords = blueprintWords()): BlueprintLayout {
    // Columns: one per touchpoint; an empty scene keeps one empty column so that it still shows.
    const columns: Column[] = [];
    const sceneSpans: { scene: BlueprintScene; x: number; width: number }[] = [];
    const sceneStarts = new Set<number>();
    let x = PADDING + LABEL_WIDTH + COLUMN_GAP;
    model.scenes.forEach((scene, index) => {
        if (index > 0) x += SCENE_GAP - COLUMN_GAP;
        const start = x;
        sceneStarts.add(columns.length);
        const touchpoints = scene.touchpoints.length > 0 ? scene.touchpoints : [undefined];
        for (const touchpoint of touchpoints) {
            columns.push({ x, touchpoint });
            x += COLUMN_WIDTH + COLUMN_GAP;
        }
        sceneSpans.push({ scene, x: start, width: x - COLUMN_GAP - start });
    });
    const width = Math.max(x - COLUMN_GAP + PADDING, PADDING * 2 + LABEL_WIDTH + COLUMN_WIDTH);
    const boxes: Box[] = [];

    // The service: its name, its audiences, and the findings about the service as a whole, written out.
    let y = PADDING;
    const serviceWidth = Math.min(width - 2 * PADDING, SERVICE_TEXT_WIDTH);
    const service = serviceBox(model, serviceWidth, words);
    boxes.push(place(service, words, PADDING, y, serviceWidth));
    y += service.height + BOX_GAP * 2;

    // Scenes across the top, each spanning its touchpoints.
    const scenes = sceneSpans.map(span => ({ span, pending: sceneBox(span.scene, span.width, words) }));
    const sceneRowHeight = largest(scenes.map(scene => scene.pending.height));
    for (const { span, pending } of scenes) boxes.push(place(pending, words, span.x, y, span.width, sceneRowHeight));
    y += sceneRowHeight + BOX_GAP;

    // Touchpoint headers, all as tall as the tallest so that their chips line up.
    // The running time is shown once the journey has a bound to count.
    const showClock = model.scenes.some(scene => scene.time.total > 0);
    const headers = columns.map(column => column.touchpoint && headerBox(column.touchpoint, BOX_WIDTH, words, showClock));
    const headerHeight = largest(headers.map(header => header?.height ?? 0));
    headers.forEach((header, index) => {
        if (header) boxes.push(place(header, words, columns[index].x + CELL_PADDING, y, BOX_WIDTH, headerHeight));
    });
    y += headerHeight + BOX_GAP;

    // Lanes and quality rows, with the three lines between the lanes.
    const rowsTop = y;
    const rows: Row[] = [];
    const separators: Separator[] = [];
    const labelWidth = LABEL_WIDTH - 2 * BOX_PADDING_X;
    // The boxes of each touchpoint's actions, by step, for the arrows.
    const steps: Box[][] = columns.map(() => []);
    const feelings = hasFeelings(columns.map(column => column.touchpoint));
    for (const rowId of feelings ? ROWS_WITH_FEELINGS : ROWS) {
        const separator = SEPARATOR_ABOVE[rowId];
        if (separator) {
            const lineY = y + SEPARATOR_GAP - 8;
            const text = words.lines[separator];
            const labelXs = separatorLabelPositions(columns, sceneStarts, measureText(text, TEXT_STYLES.small.size), width - PADDING);
            separators.push({
                id: separator,
                y: lineY,
                x1: PADDING,
                x2: width - PADDING,
                labels: labelXs.map(labelX => ({ text, x: labelX, y: lineY - 4, style: 'small' as const }))
            });
            y += SEPARATOR_GAP;
        } else if (rows.length > 0) {
            y += ROW_GAP;
        }
        const lane = LANES.has(rowId);
        const boxWidth = lane ? LANE_BOX_WIDTH : BOX_WIDTH;
        const boxX = CELL_PADDING + (lane ? FLOW_GUTTER : 0);
        const cells = columns.map(column => column.touchpoint ? cellBoxes(column.touchpoint, rowId, boxWidth, words) : []);
        const labelFlow = new TextFlow(rowId === 'feeling' ? labelWidth - SCALE_WIDTH : labelWidth).add(words.rows[rowId], 'strong');
        const contentHeight = largest(cells.map(cell =>
            cell.reduce((sum, box) => sum + box.height, 0) + Math.max(0, cell.length - 1) * BOX_GAP + 2 * CELL_PADDING),
        labelFlow.totalHeight + 2 * BOX_PADDING_Y);
        const rowHeight = Math.max(rowId === 'feeling' ? EMOTION_ROW_HEIGHT : MIN_ROW_HEIGHT, contentHeight);
        rows.push({
            id: rowId,
            rect: { x: PADDING, y, width: width - 2 * PADDING, height: rowHeight },
            label: labelFlow.lines.map(line => ({ ...line, x: line.x + PADDING + BOX_PADDING_X, y: line.y + y + BOX_PADDING_Y }))
        });
        cells.forEach((cell, index) => {
            let boxY = y + CELL_PADDING;
            const items = lane && columns[index].touchpoint ? columns[index].touchpoint.lanes[rowId as LaneId] : [];
            cell.forEach((pending, itemIndex) => {
                const box = place(pending, words, columns[index].x + boxX, boxY, boxWidth);
                boxes.push(box);
                const step = items[itemIndex]?.step;
                if (step !== undefined) steps[index][step - 1] = box;
                boxY += pending.height + BOX_GAP;
            });
        });
        y += rowHeight;
    }
    const height = y + PADDING;
    const feelingRow = feelings ? rows[0] : undefined;
    const emotion = feelingRow && emotionCurve(
        columns.map(column => ({ centreX: column.x + COLUMN_WIDTH / 2, ...(column.touchpoint ? { touchpoint: column.touchpoint } : {}) })),
        { ...feelingRow.rect, x: PADDING + LABEL_WIDTH + COLUMN_GAP / 2, width: feelingRow.rect.width - LABEL_WIDTH - COLUMN_GAP / 2 },
        PADDING + LABEL_WIDTH - SCALE_WIDTH + 2);
    if (emotion && feelingRow) feelingRow.label.push(...emotion.ticks);
    const columnSteps: ColumnSteps[] = columns.map((column, index) => ({
        gutterX: column.x + CELL_PADDING,
        rightX: column.x + COLUMN_WIDTH,
        steps: steps[index].filter(Boolean)
    }));
    const rowsBottom = rows.length > 0 ? rows[rows.length - 1].rect.y + rows[rows.length - 1].rect.height : rowsTop;
    const trialColumns = columns
        .filter(column => column.touchpoint?.moment?.trial)
        .map(column => ({ x: column.x, y: rowsTop, width: COLUMN_WIDTH, height: rowsBottom - rowsTop }));
    return {
        flows: flowsOf(columnSteps, COLUMN_GAP),
        trialColumns,
        ...(emotion ? { emotion } : {}),
        width,
        height,
        labelColumn: { x: 0, y: rowsTop - BOX_GAP, width: PADDING + LABEL_WIDTH + COLUMN_GAP / 2, height: height - rowsTop + BOX_GAP },
        rows,
        separators,
        boxes
    };
}

/**
 * Where a line's name is written: at the left, then at scene starts and every few columns, never
 * so close to the previous one that the two would overlap, nor past the right edge.
 */
function separatorLabelPositions(columns: Column[], sceneStarts: Set<number>, labelWidth: number, right: number): number[] {
    const positions = [PADDING];
    columns.forEach((column, index) => {
        const x = column.x + CELL_PADDING;
        const wanted = sceneStarts.has(index) || index % SEPARATOR_LABEL_EVERY === 0;
        const fits = x >= positions[positions.length - 1] + labelWidth + 3 * COLUMN_GAP && x + labelWidth <= right;
        if (wanted && fits) positions.push(x);
    });
    return positions;
}

/** The largest of the values, at least `floor`: a loop, since spreading a service's many columns into Math.max overflows the stack. */
function largest(values: readonly number[], floor = 0): number {
    let result = floor;
    for (const value of values) if (value > result) result = value;
    return result;
}
