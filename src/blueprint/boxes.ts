import type { Finding, FindingSeverity, LaneId, Located, ServiceElement } from './model.js';
import { measureText, wrapText } from './text-measure.js';
import { TEXT_STYLES, type BlueprintWords, type TextStyle } from './theme.js';

// The boxes of a blueprint: text flowed into a box, its badges, chips and bar, and its size before the
// grid places it. A box knows nothing of where it goes (the grid, layout.ts, decides) nor of what it
// says (cards.ts).

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

/** A row of the grid: the emotion curve above the lanes, a lane, or one of the quality rows under the lanes. */
export type RowId = 'feeling' | LaneId | 'expectations' | 'risks' | 'notes';
export type BoxKind = 'service' | 'scene' | 'touchpoint' | LaneId | 'expectation' | 'risk' | 'delight' | 'adaptation';

export interface Chip {
    element: ServiceElement;
    covered: boolean;
    rect: Rect;
    text: TextLine;
}

/**
 * A small shape with a letter that marks a box: a fail point (a circle when the risk has a recovery, a
 * diamond when it has none), a wait point (a square, with its bound beside it), a step number (a disc),
 * conflicting bounds (a hexagon).
 */
export type BadgeKind = 'fail-recovered' | 'fail-unrecovered' | 'wait' | 'step' | 'conflict';

export interface BadgeSpec {
    kind: BadgeKind;
    letter: string;
    /** Text written after the shape, e.g. a wait's bound. */
    label?: string;
    /** What the badge says on hover; empty for none. */
    tooltip: string;
}

export interface Badge extends BadgeSpec {
    /** The shape's centre. */
    x: number;
    y: number;
    labelLine?: TextLine;
}

/** The bar of a scene's time bounds against its budget. */
export interface TimeBar {
    track: Rect;
    fill: Rect;
    over: boolean;
}

/** A box drawn from a part of the spec: clicking it reveals `source`; its findings are marked. */
export interface Box {
    kind: BoxKind;
    rect: Rect;
    text: TextLine[];
    source: Located;
    /** Marks beyond the kind: `sd-trial`, `sd-unrecovered`, `sd-recovered`. */
    classes?: string[];
    /** Lines of the tooltip before the findings: a performer's or prop's description. */
    tooltip?: string;
    /** The most severe finding's severity, when there are findings. */
    severity?: FindingSeverity;
    /** Where the finding marker is drawn, when there are findings. */
    marker?: { x: number; y: number };
    chips?: Chip[];
    badges?: Badge[];
    bar?: TimeBar;
}

/** The space between a box's border and its text. */
export const BOX_PADDING_X = 8;
export const BOX_PADDING_Y = 6;
/** The space between two boxes stacked in a cell. */
export const BOX_GAP = 6;
/** The space kept at the right of a box's text for its finding marker. */
const MARKER_SPACE = 16;
const CHIP_WIDTH = 32;
export const CHIP_HEIGHT = 16;
const CHIP_GAP = 3;
export const BADGE_SIZE = 14;
/** The room a badge takes in a line of badges, or at a box's top-right corner. */
const BADGE_SPACE = BADGE_SIZE + 4;
const BADGE_LINE_HEIGHT = BADGE_SIZE + 4;
const BAR_HEIGHT = 8;
/** How far a step number pushes the first line of text to the right. */
const STEP_INDENT = BADGE_SIZE + 5;

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

    /** Adds a text, wrapped; `indent` moves its first line right (and narrows all of them). */
    add(text: string, style: TextStyle, indent = 0): this {
        if (text === '') return this;
        const { size, bold, lineHeight } = TEXT_STYLES[style];
        // The baseline sits a quarter of the line height above the line's bottom, leaving room for descenders.
        const descent = Math.round(lineHeight * 0.25);
        let x = indent;
        for (const line of wrapText(text, this.width - indent, size, bold)) {
            this.height += lineHeight;
            this.lines.push({ text: line, x, y: this.height - descent, style });
            x = 0;
        }
        return this;
    }

    /** Lays out a line (or more) of badges, each with its label; returns them placed in the flow. */
    badges(specs: readonly BadgeSpec[]): Badge[] {
        const placed: Badge[] = [];
        let x = 0;
        if (specs.length > 0) this.space(4);
        let top = this.height;
        for (const spec of specs) {
            const labelWidth = spec.label ? measureText(spec.label, TEXT_STYLES.small.size, true) + 3 : 0;
            const room = BADGE_SPACE + labelWidth + 4;
            if (x > 0 && x + room > this.width) {
                x = 0;
                top += BADGE_LINE_HEIGHT;
            }
            const badge: Badge = { ...spec, x: x + BADGE_SIZE / 2, y: top + BADGE_LINE_HEIGHT / 2 };
            if (spec.label) badge.labelLine = { text: spec.label, x: x + BADGE_SIZE + 3, y: top + BADGE_LINE_HEIGHT / 2 + 3.5, style: 'badge' };
            placed.push(badge);
            x += room;
        }
        if (specs.length > 0) this.height = top + BADGE_LINE_HEIGHT;
        return placed;
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
    classes?: string[];
    tooltip?: string;
    chips?: Omit<Chip, 'rect' | 'text'>[];
    /** Badges in the flow, in the flow's coordinates. */
    badges: readonly Badge[];
    /** Badges at the top-right corner, right to left after the finding marker. */
    corner: readonly BadgeSpec[];
    /** A step number at the top-left corner, before the first line. */
    step?: BadgeSpec;
    /** The time bar at the bottom: how full, and whether over. */
    bar?: { ratio: number; over: boolean };
}

/** What a box holds besides its text, known before its text is flowed (it narrows the text). */
export interface BoxExtras {
    classes?: string[];
    tooltip?: string;
    corner?: BadgeSpec[];
    step?: BadgeSpec;
    bar?: { ratio: number; over: boolean };
    /** Room kept at the bottom, e.g. for chips. */
    extraHeight?: number;
}

/** Shared by the many boxes without badges, rather than an empty list each. */
const NO_BADGES: readonly never[] = Object.freeze([]);

export function pendingBox(kind: BoxKind, source: Located, width: number, write: (flow: TextFlow, indent: number) => Badge[] | TextFlow | void, extras: BoxExtras = {}): PendingBox {
    const corner = extras.corner ?? NO_BADGES;
    const reserved = (source.findings.length > 0 ? MARKER_SPACE : 0) + corner.length * BADGE_SPACE;
    const flow = new TextFlow(width - 2 * BOX_PADDING_X - reserved);
    const written = write(flow, extras.step ? STEP_INDENT : 0);
    const badges = Array.isArray(written) ? written : NO_BADGES;
    const bar = extras.bar ? BOX_GAP + BAR_HEIGHT : 0;
    const pending: PendingBox = { kind, source, flow, badges, corner, height: flow.totalHeight + (extras.extraHeight ?? 0) + bar + 2 * BOX_PADDING_Y };
    // Set only when present, so that the common box stays small (a large blueprint has thousands).
    if (extras.classes) pending.classes = extras.classes;
    if (extras.tooltip) pending.tooltip = extras.tooltip;
    if (extras.step) pending.step = extras.step;
    if (extras.bar) pending.bar = extras.bar;
    return pending;
}

/** Places a pending box with its top-left corner at (x, y); `height` stretches it, to line boxes up. */
export function place(pending: PendingBox, words: BlueprintWords, x: number, y: number, width: number, height = pending.height): Box {
    const left = x + BOX_PADDING_X;
    const top = y + BOX_PADDING_Y;
    // A pending box is placed once, so its lines move into place rather than being copied: a large
    // blueprint has tens of thousands, and fewer objects to keep is less work for the garbage collector.
    const text = pending.flow.lines;
    for (let index = 0; index < text.length; index++) {
        text[index].x += left;
        text[index].y += top;
    }
    const severity = worstSeverity(pending.source.findings);
    let badges: Badge[] | undefined;
    if (pending.badges.length > 0 || pending.corner.length > 0 || pending.step) {
        badges = [];
        for (let index = 0; index < pending.badges.length; index++) {
            const badge = pending.badges[index];
            if (badge.labelLine) {
                badge.labelLine.x += left;
                badge.labelLine.y += top;
            }
            badge.x += left;
            badge.y += top;
            badges.push(badge);
        }
        const cornerRight = x + width - 11 - (severity ? MARKER_SPACE : 0);
        pending.corner.forEach((spec, index) => badges!.push(badgeAt(spec, cornerRight - index * BADGE_SPACE, y + 11)));
        if (pending.step) badges.push(badgeAt(pending.step, left + BADGE_SIZE / 2, top + 8));
    }
    let bar: TimeBar | undefined;
    if (pending.bar) {
        const track = { x: left, y: y + height - BOX_PADDING_Y - BAR_HEIGHT, width: width - 2 * BOX_PADDING_X, height: BAR_HEIGHT };
        bar = { track, fill: { ...track, width: track.width * Math.min(1, Math.max(0, pending.bar.ratio)) }, over: pending.bar.over };
    }
    let chips: Chip[] | undefined;
    if (pending.chips) {
        const chipY = y + height - BOX_PADDING_Y - CHIP_HEIGHT;
        chips = pending.chips.map((chip, index) => {
            const rect = { x: x + BOX_PADDING_X + index * (CHIP_WIDTH + CHIP_GAP), y: chipY, width: CHIP_WIDTH, height: CHIP_HEIGHT };
            const label = words.chips[chip.element];
            return { element: chip.element, covered: chip.covered, rect, text: { text: label, x: rect.x + CHIP_WIDTH / 2, y: rect.y + 11.5, style: 'chip' } };
        });
    }
    // Every box has the same properties, absent ones undefined: one shape for the thousands of boxes
    // that the renderer reads, rather than one per combination of marks.
    return {
        kind: pending.kind,
        rect: { x, y, width, height },
        text,
        source: pending.source,
        classes: pending.classes,
        tooltip: pending.tooltip,
        severity,
        marker: severity ? { x: x + width - 11, y: y + 11 } : undefined,
        chips,
        badges,
        bar
    };
}

/** A badge of the corner or the step number, placed. */
function badgeAt(spec: BadgeSpec, x: number, y: number): Badge {
    return { kind: spec.kind, letter: spec.letter, label: spec.label, tooltip: spec.tooltip, x, y, labelLine: undefined };
}

