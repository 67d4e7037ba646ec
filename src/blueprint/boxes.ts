import {
    SERVICE_ELEMENTS,
    type BlueprintScene, type BlueprintTouchpoint, type Finding, type FindingSeverity, type LaneId, type Located, type ServiceElement
} from './model.js';
import type { TermKeyword } from '../language/help/help-texts.js';
import { wrapText } from './text-measure.js';
import { TEXT_STYLES, type BlueprintWords, type TextStyle } from './theme.js';

// The boxes of a blueprint: the text flowed into each card, and each card's size before the grid
// places it. A box knows nothing of where it goes; the grid (layout.ts) decides that.

export interface Rect {
    x: number;
    y: number;
    width: number;
    height: number;
}

/** One line of text; `y` is its baseline. */
export interface TextLine {
    text: string;
    x: number;
    y: number;
    style: TextStyle;
}

/** A row of the grid: a lane, or one of the quality rows under the lanes. */
export type RowId = LaneId | 'expectations' | 'risks' | 'notes';
export type BoxKind = 'service' | 'scene' | 'touchpoint' | LaneId | 'expectation' | 'risk' | 'delight' | 'adaptation';

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

/** The space between a box's border and its text. */
export const BOX_PADDING_X = 8;
export const BOX_PADDING_Y = 6;
/** The space between two boxes stacked in a cell. */
export const BOX_GAP = 6;
/** The space kept at the right of a box's text for its finding marker. */
const MARKER_SPACE = 16;
const CHIP_WIDTH = 32;
const CHIP_HEIGHT = 16;
const CHIP_GAP = 3;

const severityRank: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function worstSeverity(findings: readonly Finding[]): FindingSeverity | undefined {
    let worst: FindingSeverity | undefined;
    for (const finding of findings) {
        if (!worst || severityRank[finding.severity] < severityRank[worst]) worst = finding.severity;
    }
    return worst;
}

/** Text of a box, laid out from its top-left inner corner; lines are placed as they are added. */
export class TextFlow {
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
export interface PendingBox {
    kind: BoxKind;
    source: Located;
    flow: TextFlow;
    height: number;
    chips?: Omit<Chip, 'rect' | 'text'>[];
}

export function pendingBox(kind: BoxKind, source: Located, width: number, write: (flow: TextFlow) => void, extraHeight = 0): PendingBox {
    const flow = new TextFlow(width - 2 * BOX_PADDING_X - (source.findings.length > 0 ? MARKER_SPACE : 0));
    write(flow);
    return { kind, source, flow, height: flow.totalHeight + extraHeight + 2 * BOX_PADDING_Y };
}

/** Places a pending box with its top-left corner at (x, y); `height` stretches it, to line boxes up. */
export function place(pending: PendingBox, words: BlueprintWords, x: number, y: number, width: number, height = pending.height): Box {
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

export function headerBox(touchpoint: BlueprintTouchpoint, width: number, words: BlueprintWords): PendingBox {
    const covered = new Set(touchpoint.coverage);
    const pending = pendingBox('touchpoint', touchpoint, width, flow => {
        flow.add(touchpoint.title ?? touchpoint.name, 'heading');
        if (touchpoint.title) flow.add(touchpoint.name, 'muted');
        const moment = touchpoint.moment ? [touchpoint.moment.kind, ...(touchpoint.moment.trial ? ['trial'] : [])] : [];
        const keywords = [touchpoint.channel, ...moment] as TermKeyword[];
        flow.add(keywords.map(keyword => words.keyword(keyword)).join(words.separator), 'muted');
    }, BOX_GAP + CHIP_HEIGHT);
    pending.chips = SERVICE_ELEMENTS.map(element => ({ element, covered: covered.has(element) }));
    return pending;
}

export function sceneBox(scene: BlueprintScene, width: number, words: BlueprintWords): PendingBox {
    return pendingBox('scene', scene, width, flow => {
        flow.add(scene.title ?? scene.name, 'heading');
        const details = [scene.title ? scene.name : undefined, scene.budget ? words.budget(scene.budget) : undefined].filter(Boolean);
        flow.add(details.join(words.separator), 'muted');
        if (scene.setting) flow.add(scene.setting, 'muted');
    });
}

/** The boxes of one touchpoint in one row, top to bottom. */
export function cellBoxes(touchpoint: BlueprintTouchpoint, row: RowId, width: number, words: BlueprintWords): PendingBox[] {
    const boxes: PendingBox[] = [];
    const add = (kind: BoxKind, source: Located, write: (flow: TextFlow) => void) =>
        boxes.push(pendingBox(kind, source, width, write));
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

