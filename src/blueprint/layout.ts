import {
    LANE_IDS, SERVICE_ELEMENTS,
    type BlueprintModel, type BlueprintScene, type BlueprintTouchpoint, type Finding, type FindingSeverity, type LaneId, type Located, type ServiceElement
} from './model.js';
import type { BlueprintTexts, TermKeyword } from '../language/help/help-texts.js';
import { helpTexts } from '../language/help/keyword-help.js';
import type { Locale } from '../language/i18n/locale.js';
import { measureText, wrapText } from './text-measure.js';

// Places every part of a blueprint on a grid: one column per touchpoint, one row per lane. Each
// row is as tall as its fullest cell, so nothing overlaps and long text simply makes a row taller.
// The work is linear in the size of the service.

export interface Rect {
    x: number;
    y: number;
    width: number;
    height: number;
}

export type TextStyle = 'title' | 'heading' | 'strong' | 'body' | 'muted' | 'small' | 'danger' | 'chip';

/** Font size and weight of each text style, in pixels; the renderer writes them on each text. */
export const TEXT_STYLES: Record<TextStyle, { size: number; bold: boolean; lineHeight: number }> = {
    title: { size: 18, bold: true, lineHeight: 24 },
    heading: { size: 13, bold: true, lineHeight: 18 },
    strong: { size: 12, bold: true, lineHeight: 16 },
    body: { size: 12, bold: false, lineHeight: 16 },
    muted: { size: 11, bold: false, lineHeight: 15 },
    small: { size: 10, bold: false, lineHeight: 13 },
    danger: { size: 12, bold: true, lineHeight: 16 },
    chip: { size: 9, bold: true, lineHeight: 12 }
};

/** One line of text; `y` is its baseline. */
export interface TextLine {
    text: string;
    x: number;
    y: number;
    style: TextStyle;
}

export type RowId = LaneId | 'expectations' | 'risks' | 'notes';
export type SeparatorId = 'interaction' | 'visibility' | 'internal';
export type BoxKind = 'service' | 'scene' | 'touchpoint' | LaneId | 'expectation' | 'risk' | 'delight' | 'adaptation';

/** The words of the blueprint in one language: the catalogue's, and the names of the five elements. */
export interface BlueprintWords extends BlueprintTexts {
    elementName(element: ServiceElement): string;
}

export function blueprintWords(locale: Locale = 'en'): BlueprintWords {
    const texts = helpTexts(locale);
    return { ...texts.blueprint, elementName: element => texts.elements[element].name };
}

export const SEPARATOR_IDS: readonly SeparatorId[] = ['interaction', 'visibility', 'internal'];

/** The line drawn above a row. */
const SEPARATOR_ABOVE: Partial<Record<RowId, SeparatorId>> = {
    frontstage: 'interaction',
    backstage: 'visibility',
    support: 'internal'
};

const ROWS: readonly RowId[] = [...LANE_IDS, 'expectations', 'risks', 'notes'];

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

export interface Chip {
    element: ServiceElement;
    covered: boolean;
    rect: Rect;
    text: TextLine;
}

/** A box drawn from a part of the spec: clicking it reveals `source`; its findings are marked. */
export interface Box {
    kind: BoxKind;
    rect: Rect;
    text: TextLine[];
    source: Located;
    /** The most severe finding's severity, when there are findings. */
    severity?: FindingSeverity;
    /** Where the finding marker is drawn, when there are findings. */
    marker?: { x: number; y: number };
    chips?: Chip[];
}

export interface BlueprintLayout {
    width: number;
    height: number;
    /** The left column holding the row labels; the preview keeps it in sight while scrolling. */
    labelColumn: Rect;
    rows: Row[];
    separators: Separator[];
    boxes: Box[];
}

const PADDING = 16;
const LABEL_WIDTH = 150;
const COLUMN_WIDTH = 208;
const COLUMN_GAP = 10;
const SCENE_GAP = 22;
const CELL_PADDING = 6;
const BOX_PADDING_X = 8;
const BOX_PADDING_Y = 6;
const BOX_GAP = 6;
const ROW_GAP = 4;
const SEPARATOR_GAP = 24;
const MARKER_SPACE = 16;
const MIN_ROW_HEIGHT = 44;
const CHIP_WIDTH = 32;
const CHIP_HEIGHT = 16;
const CHIP_GAP = 3;
const SEPARATOR_LABEL_EVERY = 8;
/** The service's name and findings stay within a readable measure, however wide the drawing. */
const SERVICE_TEXT_WIDTH = 960;

const BOX_WIDTH = COLUMN_WIDTH - 2 * CELL_PADDING;

const severityRank: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function worstSeverity(findings: readonly Finding[]): FindingSeverity | undefined {
    let worst: FindingSeverity | undefined;
    for (const finding of findings) {
        if (!worst || severityRank[finding.severity] < severityRank[worst]) worst = finding.severity;
    }
    return worst;
}

/** Text of a box, laid out from its top-left inner corner; lines are placed as they are added. */
class TextFlow {
    readonly lines: TextLine[] = [];
    private height = 0;

    constructor(private readonly width: number) { }

    add(text: string, style: TextStyle): this {
        if (text === '') return this;
        const { size, bold, lineHeight } = TEXT_STYLES[style];
        for (const line of wrapText(text, this.width, size, bold)) {
            this.height += lineHeight;
            // The baseline sits a quarter of the line height above the line's bottom, leaving room for descenders.
            this.lines.push({ text: line, x: 0, y: this.height - Math.round(lineHeight * 0.25), style });
        }
        return this;
    }

    space(pixels: number): this {
        if (this.height > 0) this.height += pixels;
        return this;
    }

    get totalHeight(): number {
        return this.height;
    }
}

/** A box whose size is known before it is placed. */
interface PendingBox {
    kind: BoxKind;
    source: Located;
    flow: TextFlow;
    height: number;
    chips?: Omit<Chip, 'rect' | 'text'>[];
}

function pendingBox(kind: BoxKind, source: Located, width: number, write: (flow: TextFlow) => void, extraHeight = 0): PendingBox {
    const flow = new TextFlow(width - 2 * BOX_PADDING_X - (source.findings.length > 0 ? MARKER_SPACE : 0));
    write(flow);
    return { kind, source, flow, height: flow.totalHeight + extraHeight + 2 * BOX_PADDING_Y };
}

function place(pending: PendingBox, words: BlueprintWords, x: number, y: number, width: number, height = pending.height): Box {
    const box: Box = {
        kind: pending.kind,
        rect: { x, y, width, height },
        text: pending.flow.lines.map(line => ({ ...line, x: line.x + x + BOX_PADDING_X, y: line.y + y + BOX_PADDING_Y })),
        source: pending.source
    };
    const severity = worstSeverity(pending.source.findings);
    if (severity) {
        box.severity = severity;
        box.marker = { x: x + width - 11, y: y + 11 };
    }
    if (pending.chips) {
        const chipY = y + height - BOX_PADDING_Y - CHIP_HEIGHT;
        box.chips = pending.chips.map((chip, index) => {
            const rect = { x: x + BOX_PADDING_X + index * (CHIP_WIDTH + CHIP_GAP), y: chipY, width: CHIP_WIDTH, height: CHIP_HEIGHT };
            const label = words.chips[chip.element];
            return { ...chip, rect, text: { text: label, x: rect.x + CHIP_WIDTH / 2, y: rect.y + 11.5, style: 'chip' } };
        });
    }
    return box;
}

function headerBox(touchpoint: BlueprintTouchpoint, words: BlueprintWords): PendingBox {
    const covered = new Set(touchpoint.coverage);
    const pending = pendingBox('touchpoint', touchpoint, BOX_WIDTH, flow => {
        flow.add(touchpoint.title ?? touchpoint.name, 'heading');
        if (touchpoint.title) flow.add(touchpoint.name, 'muted');
        const moment = touchpoint.moment ? [...touchpoint.moment.kinds, ...(touchpoint.moment.trial ? ['trial'] : [])] : [];
        const keywords = [touchpoint.channel, ...moment] as TermKeyword[];
        flow.add(keywords.map(keyword => words.keyword(keyword)).join(words.separator), 'muted');
    }, BOX_GAP + CHIP_HEIGHT);
    pending.chips = SERVICE_ELEMENTS.map(element => ({ element, covered: covered.has(element) }));
    return pending;
}

function sceneBox(scene: BlueprintScene, width: number, words: BlueprintWords): PendingBox {
    return pendingBox('scene', scene, width, flow => {
        flow.add(scene.title ?? scene.name, 'heading');
        const details = [scene.title ? scene.name : undefined, scene.budget ? words.budget(scene.budget) : undefined].filter(Boolean);
        flow.add(details.join(words.separator), 'muted');
        if (scene.setting) flow.add(scene.setting, 'muted');
    });
}

/** The boxes of one touchpoint in one row, top to bottom. */
function cellBoxes(touchpoint: BlueprintTouchpoint, row: RowId, words: BlueprintWords): PendingBox[] {
    const boxes: PendingBox[] = [];
    const add = (kind: BoxKind, source: Located, write: (flow: TextFlow) => void) =>
        boxes.push(pendingBox(kind, source, BOX_WIDTH, write));
    switch (row) {
        case 'expectations':
            for (const expectation of touchpoint.expectations) {
                add('expectation', expectation, flow => {
                    flow.add(words.elementName(expectation.element), 'strong');
                    if (expectation.within) flow.add(words.within(expectation.within), 'muted');
                    flow.add(expectation.text, 'body');
                    if (expectation.norm) flow.add(words.fromNorm(expectation.norm), 'muted');
                });
            }
            break;
        case 'risks':
            for (const risk of touchpoint.risks) {
                add('risk', risk, flow => {
                    flow.add(`⚠ ${risk.name}`, 'danger');
                    if (risk.description) flow.add(risk.description, 'body');
                    flow.space(4);
                    if (risk.recovery) {
                        flow.add(words.recovery, 'strong').add(risk.recovery.text, 'body');
                    } else {
                        flow.add(words.noRecovery, 'danger');
                    }
                });
            }
            break;
        case 'notes':
            for (const delight of touchpoint.delights) {
                add('delight', delight, flow => flow.add(words.delight, 'strong').add(delight.text, 'body'));
            }
            for (const adaptation of touchpoint.adaptations) {
                add('adaptation', adaptation, flow => flow.add(words.adaptation, 'strong').add(adaptation.text, 'body'));
            }
            break;
        default:
            for (const item of touchpoint.lanes[row]) {
                add(row, item, flow => {
                    if (item.label !== undefined) flow.add(item.label, 'strong');
                    flow.add(item.text, 'body');
                });
            }
    }
    return boxes;
}

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

    // The service: its name, and the findings about the service as a whole, written out.
    let y = PADDING;
    const serviceWidth = Math.min(width - 2 * PADDING, SERVICE_TEXT_WIDTH);
    const serviceBox = pendingBox('service', model, serviceWidth, flow => {
        flow.add(model.title ?? model.service, 'title');
        if (model.title) flow.add(words.serviceName(model.service), 'muted');
        for (const finding of model.findings) {
            flow.space(2).add(`${finding.severity === 'error' ? '✖' : '⚠'} ${finding.message}`, finding.severity === 'error' ? 'danger' : 'body');
        }
    });
    boxes.push(place(serviceBox, words, PADDING, y, serviceWidth));
    y += serviceBox.height + BOX_GAP * 2;

    // Scenes across the top, each spanning its touchpoints.
    const scenes = sceneSpans.map(span => ({ span, pending: sceneBox(span.scene, span.width, words) }));
    const sceneRowHeight = largest(scenes.map(scene => scene.pending.height));
    for (const { span, pending } of scenes) boxes.push(place(pending, words, span.x, y, span.width, sceneRowHeight));
    y += sceneRowHeight + BOX_GAP;

    // Touchpoint headers, all as tall as the tallest so that their chips line up.
    const headers = columns.map(column => column.touchpoint && headerBox(column.touchpoint, words));
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
    for (const rowId of ROWS) {
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
        const cells = columns.map(column => column.touchpoint ? cellBoxes(column.touchpoint, rowId, words) : []);
        const labelFlow = new TextFlow(labelWidth).add(words.rows[rowId], 'strong');
        const contentHeight = largest(cells.map(cell =>
            cell.reduce((sum, box) => sum + box.height, 0) + Math.max(0, cell.length - 1) * BOX_GAP + 2 * CELL_PADDING),
        labelFlow.totalHeight + 2 * BOX_PADDING_Y);
        const rowHeight = Math.max(MIN_ROW_HEIGHT, contentHeight);
        rows.push({
            id: rowId,
            rect: { x: PADDING, y, width: width - 2 * PADDING, height: rowHeight },
            label: labelFlow.lines.map(line => ({ ...line, x: line.x + PADDING + BOX_PADDING_X, y: line.y + y + BOX_PADDING_Y }))
        });
        cells.forEach((cell, index) => {
            let boxY = y + CELL_PADDING;
            for (const pending of cell) {
                boxes.push(place(pending, words, columns[index].x + CELL_PADDING, boxY, BOX_WIDTH));
                boxY += pending.height + BOX_GAP;
            }
        });
        y += rowHeight;
    }
    const height = y + PADDING;
    return {
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
