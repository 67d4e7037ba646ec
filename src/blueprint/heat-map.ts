import { CHIP_HEIGHT, type Box, type Rect } from './boxes.js';
import { escapeXml } from './escape.js';
import type { BlueprintLayout } from './layout.js';
import type { BlueprintModel, BlueprintTouchpoint, MeasuredGap } from './model.js';
import { measureText } from './text-measure.js';
import { TEXT_STYLES, type BlueprintWords } from './theme.js';

// The heat map of measured quality on the blueprint: above each element chip of a touchpoint, a cell
// with the measured gap (perception − expectation) written on it and coloured on a diverging scale;
// behind each measured touchpoint's column, a tint of its mean gap; under the drawing, a legend.
// The scale runs orange-brown (worse than expected) through grey to blue (better), which stays
// distinct in the common colour-vision deficiencies; in black and white the signed number on each
// cell and the hatching of the two "below" bins carry it.

/** The bins of the scale, from far below expectation to far above. */
export const HEAT_BINS = [0, 1, 2, 3, 4] as const;
export type HeatBin = typeof HEAT_BINS[number];

export function heatBin(gap: number): HeatBin {
    if (gap <= -1.5) return 0;
    if (gap <= -0.5) return 1;
    if (gap < 0.5) return 2;
    if (gap < 1.5) return 3;
    return 4;
}

/** A gap as a chip shows it: one decimal, with a true minus sign. */
export function gapLabel(gap: number): string {
    const rounded = Math.round(gap * 10) / 10;
    if (rounded === 0) return '0.0';
    return `${rounded > 0 ? '+' : '\u2212'}${Math.abs(rounded).toFixed(1)}`;
}

/** The room the heat row takes in a touchpoint's header, above its chips. */
const HEAT_GAP = 3;
export const HEAT_ROW_HEIGHT = CHIP_HEIGHT + HEAT_GAP;

/** How much taller a touchpoint's header is for its heat cells: nothing when the survey did not measure it. */
export function heatRowHeight(touchpoint: BlueprintTouchpoint): number {
    return touchpoint.measured ? HEAT_ROW_HEIGHT : 0;
}

const LEGEND_HEIGHT = 44;

/** How much taller the drawing is for the heat map's legend. */
export function heatLegendHeight(model: BlueprintModel): number {
    return model.survey ? LEGEND_HEIGHT : 0;
}


/** Hatching for the bins below expectation: dense for far below, sparse for below. */
export const HEAT_MAP_DEFS = '<defs>'
    + '<pattern id="sd-heat-hatch-0" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="sd-heat-hatch-line" x1="0" y1="0" x2="0" y2="4"/></pattern>'
    + '<pattern id="sd-heat-hatch-1" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="sd-heat-hatch-line" x1="0" y1="0" x2="0" y2="7"/></pattern>'
    + '</defs>';

const number = (value: number) => String(Math.round(value * 10) / 10);

function rect(r: Rect, attributes: string): string {
    return `<rect x="${number(r.x)}" y="${number(r.y)}" width="${number(r.width)}" height="${number(r.height)}"${attributes}/>`;
}

/** A coloured cell with its number, hatched when below expectation. */
function cell(r: Rect, bin: HeatBin, label: string, tooltip: string, attributes = ''): string {
    const hatch = bin <= 1 ? rect(r, ` class="sd-heat-hatch" fill="url(#sd-heat-hatch-${bin})" rx="3"`) : '';
    return `<g class="sd-heat-cell sd-heat-bin-${bin}${bin === 0 || bin === 4 ? ' sd-heat-dark' : ''}"${attributes}>`
        + `${tooltip ? `<title>${escapeXml(tooltip)}</title>` : ''}${rect(r, ` class="sd-heat-${bin}" rx="3"`)}${hatch}`
        + `<text x="${number(r.x + r.width / 2)}" y="${number(r.y + 11.5)}" font-size="${TEXT_STYLES.chip.size}" font-weight="bold" text-anchor="middle">${escapeXml(label)}</text></g>`;
}

function tooltipOf(words: BlueprintWords, element: string, gap: MeasuredGap): string {
    return words.survey.chipTooltip(element, gapLabel(gap.gap), gap.expectation.toFixed(2), gap.perception.toFixed(2), gap.respondents);
}

/**
 * The heat cells of a touchpoint's header, one above each chip: the gap where measured (with `*` where
 * the script designs nothing for that element), a dashed `–` where designed but not measured.
 */
export function drawHeatCells(box: Box, words: BlueprintWords): string {
    const measured = box.kind === 'touchpoint' ? (box.source as BlueprintTouchpoint).measured : undefined;
    if (!measured || !box.chips) return '';
    const parts: string[] = ['<g class="sd-heat">'];
    for (const chip of box.chips) {
        const r = { ...chip.rect, y: chip.rect.y - HEAT_ROW_HEIGHT };
        const gap = measured.cells[chip.element];
        const name = words.elementName(chip.element);
        if (gap) {
            parts.push(cell(r, heatBin(gap.gap), `${gapLabel(gap.gap)}${chip.covered ? '' : '*'}`, tooltipOf(words, name, gap), ` data-element="${chip.element}" data-gap="${gap.gap.toFixed(2)}"`));
        } else if (chip.covered) {
            parts.push(`<g class="sd-heat-unmeasured" data-element="${chip.element}"><title>${escapeXml(`${name}: ${words.survey.legend.notMeasured}`)}</title>${rect(r, ' rx="3"')}`
                + `<text x="${number(r.x + r.width / 2)}" y="${number(r.y + 11.5)}" font-size="${TEXT_STYLES.chip.size}" text-anchor="middle">–</text></g>`);
        }
    }
    parts.push('</g>');
    return parts.join('');
}

/** The tint behind each measured touchpoint's column, from its header to the last row, in the bin of its mean gap. */
export function drawHeatColumns(layout: BlueprintLayout): string {
    const bottom = layout.rows.reduce((lowest, row) => Math.max(lowest, row.rect.y + row.rect.height), 0);
    const parts: string[] = ['<g class="sd-heat-columns">'];
    for (const box of layout.boxes) {
        const score = box.kind === 'touchpoint' ? (box.source as BlueprintTouchpoint).measured?.score : undefined;
        if (!score) continue;
        const bin = heatBin(score.gap);
        const r = { x: box.rect.x - 3, y: box.rect.y - 3, width: box.rect.width + 6, height: Math.max(bottom, box.rect.y + box.rect.height) - box.rect.y + 6 };
        parts.push(`${rect(r, ` class="sd-heat-column sd-heat-${bin}" rx="6" data-gap="${score.gap.toFixed(2)}"`)}`);
        if (bin <= 1) parts.push(rect(r, ` class="sd-heat-column" fill="url(#sd-heat-hatch-${bin})" rx="6"`));
    }
    parts.push('</g>');
    return parts.join('');
}

/** The legend under the drawing: the five bins, what is not measured, the column tint, and the survey's wave and score. */
export function drawHeatLegend(model: BlueprintModel, layout: BlueprintLayout, words: BlueprintWords): string {
    if (!model.survey) return '';
    const texts = words.survey.legend;
    const top = layout.height + 4;
    const samples = [-2, -1, 0, 1, 2];
    const parts = [`<g class="sd-heat-legend" role="note">`];
    const score = model.survey.score ? ` · SERVQUAL ${gapLabel(model.survey.score.gap)}` : '';
    parts.push(`<text x="16" y="${number(top + 12)}" font-size="${TEXT_STYLES.strong.size}" font-weight="bold">${escapeXml(`${texts.title} · ${words.survey.wave(model.survey.wave)}${score}`)}</text>`);
    let x = 16;
    const y = top + 20;
    samples.forEach((sample, index) => {
        const bin = HEAT_BINS[index];
        parts.push(cell({ x, y, width: 32, height: CHIP_HEIGHT }, bin, gapLabel(sample), ''));
        const label = texts.bins[index];
        parts.push(`<text x="${number(x + 36)}" y="${number(y + 12)}" font-size="${TEXT_STYLES.small.size}">${escapeXml(label)}</text>`);
        x += 36 + measureText(label, TEXT_STYLES.small.size) + 16;
    });
    parts.push(`<g class="sd-heat-unmeasured">${rect({ x, y, width: 32, height: CHIP_HEIGHT }, ' rx="3"')}<text x="${number(x + 16)}" y="${number(y + 11.5)}" font-size="${TEXT_STYLES.chip.size}" text-anchor="middle">–</text></g>`);
    parts.push(`<text x="${number(x + 36)}" y="${number(y + 12)}" font-size="${TEXT_STYLES.small.size}">${escapeXml(`${texts.notMeasured} · * ${texts.undesigned} · ${texts.column}`)}</text>`);
    parts.push('</g>');
    return parts.join('');
}
