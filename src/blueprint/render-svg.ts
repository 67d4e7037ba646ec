import { escapeXml } from './escape.js';
import type { Locale } from '../language/i18n/locale.js';
import { BADGE_SIZE, type Badge, type Box, type Rect, type TextLine } from './boxes.js';
import type { EmotionCurve, FeelingPoint } from './emotion.js';
import { signedScore } from './emotion.js';
import type { Flow } from './flow.js';
import { drawHeatCells, drawHeatColumns, drawHeatLegend, heatLegendHeight, HEAT_MAP_DEFS } from './heat-map.js';
import { layoutBlueprint, type BlueprintLayout } from './layout.js';
import type { BlueprintModel, ServiceElement, SourceRange } from './model.js';
import { BLUEPRINT_CSS, blueprintWords, fixedColoursCss, FONT_FAMILY, TEXT_STYLES, type BlueprintWords } from './theme.js';

/**
 * `file` (the default): a standalone SVG document with its stylesheet. `page`: an SVG element for a
 * page that brings the stylesheet ({@link BLUEPRINT_CSS}). `preview`: the same, with items that take
 * the keyboard focus, for the editor's preview.
 */
export type SvgTarget = 'file' | 'page' | 'preview';

export interface SvgOptions {
    target?: SvgTarget;
    /** The language of the labels, English by default; the spec's own text is drawn as written. */
    locale?: Locale;
    /** A file whose stylesheet has fixed colours instead of variables, for a rasteriser that lacks them. */
    fixedColours?: boolean;
    /** The font families to draw with, instead of the usual system faces. */
    fontFamily?: string;
}

/** Draws the blueprint of a service as SVG. */
export function renderSvg(model: BlueprintModel, options: SvgOptions = {}): string {
    const words = blueprintWords(options.locale);
    return drawLayout(model, layoutBlueprint(model, words), options.target ?? 'file', words, options.fixedColours === true, options.fontFamily ?? FONT_FAMILY);
}

const number = (value: number) => String(Number.isInteger(value) ? value : Math.round(value * 10) / 10);

function rect(r: Rect, attributes = ''): string {
    return `<rect x="${number(r.x)}" y="${number(r.y)}" width="${number(r.width)}" height="${number(r.height)}"${attributes}/>`;
}

/** What every text of a style writes after its position, made once. */
const TEXT_ATTRIBUTES = Object.fromEntries(Object.entries(TEXT_STYLES).map(([style, { size, bold }]) =>
    [style, `" font-size="${size}"${bold ? ' font-weight="bold"' : ''}`])) as Record<TextLine['style'], string>;

const TEXT_OPENINGS = Object.fromEntries(Object.keys(TEXT_STYLES).map(style => [style, `<text class="sd-text-${style}" x="`])) as Record<TextLine['style'], string>;

function text(line: TextLine, anchor?: 'middle'): string {
    return `${TEXT_OPENINGS[line.style]}${number(line.x)}" y="${number(line.y)}${TEXT_ATTRIBUTES[line.style]}${anchor ? ` text-anchor="${anchor}"` : ''}>${escapeXml(line.text)}</text>`;
}

/** A text into `out`, as one string: measured faster than its pieces, which make the final join longer. */
function writeText(out: string[], line: TextLine): void {
    out.push(text(line));
}

function writeRect(out: string[], r: Rect, attributes: string): void {
    out.push(rect(r, attributes));
}

function rangeAttributes(range: SourceRange): string {
    return ` data-start-line="${range.start.line}" data-start-character="${range.start.character}" data-end-line="${range.end.line}" data-end-character="${range.end.character}"`;
}

/** The shape of each badge kind, centred on (x, y): told apart by shape as well as by colour. */
function badgeShape(badge: Badge): string {
    const r = BADGE_SIZE / 2;
    const { x, y } = badge;
    switch (badge.kind) {
        case 'fail-unrecovered':
            return `<path d="M${number(x)} ${number(y - r - 1)}L${number(x + r + 1)} ${number(y)}L${number(x)} ${number(y + r + 1)}L${number(x - r - 1)} ${number(y)}Z"/>`;
        case 'wait':
            return rect({ x: x - r, y: y - r, width: BADGE_SIZE, height: BADGE_SIZE }, ' rx="2"');
        case 'conflict':
            return polygon(x, y, r + 1, 6, 0);
        default:
            return `<circle cx="${number(x)}" cy="${number(y)}" r="${r}"/>`;
    }
}

/** A regular polygon centred on (x, y), its first corner at `rotation` degrees (0: at the right). */
function polygon(x: number, y: number, radius: number, corners: number, rotation: number): string {
    const path = Array.from({ length: corners }, (_, index) => {
        const angle = (rotation + index * 360 / corners) * Math.PI / 180;
        return `${index === 0 ? 'M' : 'L'}${number(x + radius * Math.cos(angle))} ${number(y + radius * Math.sin(angle))}`;
    });
    return `<path d="${path.join('')}Z"/>`;
}

/** A point of the emotion curve: a circle above 0, a triangle pointing down below it, a square at 0. */
export function feelingShape(point: Pick<FeelingPoint, 'x' | 'y' | 'tone'>): string {
    switch (point.tone) {
        case 'up': return `<circle cx="${number(point.x)}" cy="${number(point.y)}" r="6.5"/>`;
        case 'down': return polygon(point.x, point.y, 8.5, 3, 90);
        default: return rect({ x: point.x - 5.5, y: point.y - 5.5, width: 11, height: 11 });
    }
}

function drawEmotion(curve: EmotionCurve, interactive: boolean, words: BlueprintWords): string {
    const parts = [`<g class="sd-emotion"><line class="sd-feeling-zero" x1="${number(curve.zero.x1)}" y1="${number(curve.zero.y)}" x2="${number(curve.zero.x2)}" y2="${number(curve.zero.y)}"/>`];
    for (const segment of curve.segments) {
        parts.push(`<line class="sd-feeling-line${segment.gap ? ' sd-feeling-gap' : ''}" x1="${number(segment.from.x)}" y1="${number(segment.from.y)}" x2="${number(segment.to.x)}" y2="${number(segment.to.y)}"/>`);
    }
    for (const point of curve.points) {
        let tip = words.feelingPoint(signedScore(point.score), point.source.text);
        for (const finding of point.source.findings) tip += `\n${words.finding(finding.severity, finding.message, finding.rule)}`;
        parts.push(`<g class="sd-item sd-feeling-point sd-feeling-${point.tone}"${rangeAttributes(point.source.range)}${interactive ? ' tabindex="0"' : ''}>`
            + `<title>${escapeXml(tip)}</title>${feelingShape(point)}${text(point.label)}</g>`);
    }
    parts.push('</g>');
    return parts.join('');
}

export function drawBadge(badge: Badge): string {
    return `<g class="sd-badge sd-badge-${badge.kind}">${badge.tooltip ? `<title>${escapeXml(badge.tooltip)}</title>` : ''}${badgeShape(badge)}`
        + `<text class="sd-badge-letter" x="${number(badge.x)}" y="${number(badge.y + 3.5)}" font-size="${TEXT_STYLES.badge.size}" font-weight="bold" text-anchor="middle">${escapeXml(badge.letter)}</text>`
        + `${badge.labelLine ? text(badge.labelLine) : ''}</g>`;
}

function points(flow: Flow): string {
    return flow.points.map(point => `${number(point.x)},${number(point.y)}`).join(' ');
}

function drawFlow(flow: Flow): string {
    return `<polyline class="sd-flow sd-flow-${flow.kind}" points="${points(flow)}" marker-end="url(#sd-arrow)"/>`;
}

/** Markers and patterns the drawing refers to: the arrowhead and the hatching of trial columns and overruns. */
export const SVG_DEFS = '<defs>'
    + '<marker id="sd-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
    + '<path class="sd-arrowhead" d="M0 0L8 4L0 8Z"/></marker>'
    + '<pattern id="sd-hatch-trial" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
    + '<line class="sd-hatch-trial" x1="0" y1="0" x2="0" y2="10"/></pattern>'
    + '<pattern id="sd-hatch-over" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">'
    + '<line class="sd-hatch-over" x1="0" y1="0" x2="0" y2="6"/></pattern>'
    + '</defs>';

const NONE: readonly never[] = [];

/** A chip's tooltip: one of ten, written once for each language's words. */
const chipTitles = new WeakMap<BlueprintWords, Map<string, string>>();

function chipTitle(element: ServiceElement, covered: boolean, words: BlueprintWords): string {
    let titles = chipTitles.get(words);
    if (!titles) chipTitles.set(words, titles = new Map<string, string>());
    const key = `${element}${covered ? '+' : '-'}`;
    let title = titles.get(key);
    if (title === undefined) titles.set(key, title = `<title>${escapeXml(words.chipTooltip(words.elementName(element), covered))}</title>`);
    return title;
}

/**
 * Writes a box into `out`: a string per element (text, rectangle, badge), all joined once at the end.
 * For the thousands of boxes of a large service this measured faster than a string per box, or than a
 * piece per attribute (bench/changes.md).
 */
function writeBox(out: string[], box: Box, interactive: boolean, words: BlueprintWords): void {
    let classes = `sd-box sd-item sd-${box.kind}`;
    if (box.classes) classes += ` ${box.classes.join(' ')}`;
    if (box.severity) classes += ` sd-has-${box.severity}`;
    // The box's tooltip: the description of what it shows, then its findings.
    let tooltip = box.tooltip ?? '';
    const findings = box.source.findings;
    for (let index = 0; index < findings.length; index++) {
        const finding = findings[index];
        tooltip += `${tooltip ? '\n' : ''}${words.finding(finding.severity, finding.message, finding.rule)}`;
    }
    const { start, end } = box.source.range;
    out.push('<g class="', classes, '" data-start-line="', String(start.line), '" data-start-character="', String(start.character),
        '" data-end-line="', String(end.line), '" data-end-character="', String(end.character), interactive ? '" tabindex="0">' : '">');
    if (tooltip) out.push('<title>', escapeXml(tooltip), '</title>');
    writeRect(out, box.rect, ' rx="4"');
    // Indexed loops: no iterator objects while the code is still warming up, on thousands of boxes.
    for (let index = 0; index < box.text.length; index++) writeText(out, box.text[index]);
    if (box.bar) {
        out.push(`<g class="sd-bar${box.bar.over ? ' sd-bar-over' : ''}">`);
        writeRect(out, box.bar.track, ' class="sd-bar-track" rx="2"');
        writeRect(out, box.bar.fill, ' class="sd-bar-fill" rx="2"');
        out.push('</g>');
    }
    const badges = box.badges ?? NONE;
    for (let index = 0; index < badges.length; index++) out.push(drawBadge(badges[index]));
    const chips = box.chips ?? NONE;
    for (let index = 0; index < chips.length; index++) {
        const chip = chips[index];
        out.push(chip.covered ? '<g class="sd-chip sd-chip-on">' : '<g class="sd-chip">', chipTitle(chip.element, chip.covered, words));
        writeRect(out, chip.rect, ' rx="3"');
        out.push(text(chip.text, 'middle'), '</g>');
    }
    out.push(drawHeatCells(box, words));
    if (box.marker && box.severity) {
        const count = box.source.findings.length;
        out.push(`<g class="sd-marker sd-marker-${box.severity}">`
            + `<circle cx="${number(box.marker.x)}" cy="${number(box.marker.y)}" r="7"/>`
            + `<text x="${number(box.marker.x)}" y="${number(box.marker.y + 3.5)}" font-size="10" font-weight="bold" text-anchor="middle">${count > 9 ? '9+' : count === 1 ? '!' : count}</text></g>`);
    }
    out.push('</g>');
}

/** The row labels and the start of each line, which the preview keeps in sight while scrolling. */
function drawLabelColumn(layout: BlueprintLayout): string {
    const parts = [`<g class="sd-label-strip">`, rect(layout.labelColumn, ' class="sd-label-column"')];
    for (const row of layout.rows) {
        parts.push(rect({ ...row.rect, width: layout.labelColumn.width - row.rect.x }, ` class="sd-row-label" rx="4"`), row.label.map(line => text(line)).join(''));
    }
    for (const separator of layout.separators) {
        parts.push(`<line class="sd-line sd-line-${separator.id}" x1="${separator.x1}" y1="${number(separator.y)}" x2="${number(layout.labelColumn.width)}" y2="${number(separator.y)}"/>`);
        parts.push(text(separator.labels[0]));
    }
    parts.push('</g>');
    return parts.join('');
}

function drawLayout(model: BlueprintModel, layout: BlueprintLayout, target: SvgTarget, words: BlueprintWords, fixedColours: boolean, fontFamily: string): string {
    const { width } = layout;
    const height = layout.height + heatLegendHeight(model);
    const title = words.title(model.title ?? model.service);
    const parts: string[] = [];
    if (target === 'file') parts.push('<?xml version="1.0" encoding="UTF-8"?>\n');
    parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="sd-blueprint" width="${number(width)}" height="${number(height)}" viewBox="0 0 ${number(width)} ${number(height)}"`
        + ` font-family="${escapeXml(fontFamily)}" role="img" aria-label="${escapeXml(title)}">`);
    parts.push(`<title>${escapeXml(title)}</title>`);
    if (target === 'file') parts.push(`<style>${fixedColours ? fixedColoursCss() : BLUEPRINT_CSS}</style>`);
    parts.push(SVG_DEFS);
    if (model.survey) parts.push(HEAT_MAP_DEFS);
    parts.push(rect({ x: 0, y: 0, width, height }, ' class="sd-background"'));
    // Joined before they are pushed: a large service has too many boxes to spread into one call.
    parts.push('<g class="sd-rows">', layout.rows.map(row => rect(row.rect, ` class="sd-row sd-row-${row.id}" rx="4"`)).join(''), '</g>');
    if (model.survey) parts.push(drawHeatColumns(layout));
    parts.push('<g class="sd-trial-columns">', layout.trialColumns.map(column => rect(column, ' class="sd-trial-column" rx="4"')).join(''), '</g>');
    parts.push('<g class="sd-lines">');
    for (const separator of layout.separators) {
        parts.push(`<line class="sd-line sd-line-${separator.id}" x1="${separator.x1}" y1="${number(separator.y)}" x2="${number(separator.x2)}" y2="${number(separator.y)}"/>`);
        parts.push(separator.labels.slice(1).map(label => text(label)).join(''));
    }
    parts.push('</g>');
    if (layout.emotion) parts.push(drawEmotion(layout.emotion, target === 'preview', words));
    parts.push('<g class="sd-flows">', layout.flows.map(drawFlow).join(''), '</g>');
    parts.push('<g class="sd-boxes">');
    for (const box of layout.boxes) writeBox(parts, box, target === 'preview', words);
    parts.push('</g>');
    parts.push(drawLabelColumn(layout));
    parts.push(drawHeatLegend(model, layout, words));
    parts.push('</svg>\n');
    return parts.join('');
}
