import { escapeXml } from './escape.js';
import type { Locale } from '../language/i18n/locale.js';
import { SEPARATOR_IDS } from './layout.js';
import { SERVICE_ELEMENTS, type BlueprintModel } from './model.js';
import { drawBadge, feelingShape, renderSvg } from './render-svg.js';
import { durationLabel } from './durations.js';
import { hasFeelings } from './emotion.js';
import { pageHead } from './page-head.js';
import { blueprintWords, FONT_FAMILY, type BlueprintWords } from './theme.js';

// A standalone page: the blueprint and a legend, with no remote resources and no script.

const PAGE_CSS = `
body { margin: 0; padding: 24px; font-family: ${FONT_FAMILY}; font-size: 13px;
    background: var(--sd-background, #ffffff); color: var(--sd-foreground, #1f2328); }
.blueprint { overflow: auto; border: 1px solid var(--sd-label, #eaeef2); border-radius: 6px; }
.blueprint svg { display: block; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 16px 0 0; padding: 0; list-style: none; }
.legend section { min-width: 220px; }
.legend h2 { font-size: 13px; margin: 0 0 6px; }
.legend ul { margin: 0; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 8px; margin: 3px 0; }
@media screen and (prefers-color-scheme: dark) {
    :root { --sd-background: #1e1e1e; --sd-foreground: #e6e6e6; --sd-muted: #a8a8a8; --sd-band: #262626;
        --sd-band-quality: #2a2824; --sd-label: #333333; --sd-line: #9a9a9a; --sd-scene: #1d3550; --sd-scene-border: #3d6a9c;
        --sd-touchpoint: #1e1e1e; --sd-touchpoint-border: #8a8a8a; --sd-evidence: #3b3320; --sd-customer: #163049;
        --sd-frontstage: #183a24; --sd-backstage: #33244a; --sd-support: #2d3035; --sd-expectation: #1e1e1e;
        --sd-risk: #4a1f1f; --sd-danger: #ff7b72; --sd-delight: #403614; --sd-adaptation: #173a37; --sd-error: #ff7b72;
        --sd-warning: #d29922; --sd-info: #58a6ff; --sd-chip: #388bfd; --sd-chip-off: #6e7681; --sd-chip-off-text: #8b949e;
        --sd-flow: #a8a8a8; --sd-step: #8b949e; --sd-badge-text: #1e1e1e; --sd-fail: #d29922; --sd-risk-recovered: #3a3014;
        --sd-wait: #b48cff; --sd-trial: #ff9b5c; --sd-trial-hatch: #4a2e1a; --sd-bar: #58a6ff; --sd-conflict: #f778ba;
        --sd-band-feeling: #262626; --sd-feeling: #e6e6e6; --sd-feeling-up: #3fb950; --sd-feeling-down: #ff7b72; }
}
@media print {
    .blueprint { overflow: visible; border: none; }
}
`;

/** The kinds of box the legend shows, in the order of the rows. */
const SWATCH_KINDS = ['evidence', 'customer', 'frontstage', 'backstage', 'support', 'expectation', 'risk', 'delight', 'adaptation'] as const;

function swatchLabel(kind: typeof SWATCH_KINDS[number], words: BlueprintWords): string {
    switch (kind) {
        case 'expectation': return words.legend.expectation;
        case 'risk': return words.legend.risk;
        case 'delight': return words.legend.delight;
        case 'adaptation': return words.legend.adaptation;
        default: return words.rows[kind];
    }
}

function entry(symbol: string, label: string): string {
    return `<li>${symbol}<span>${escapeXml(label)}</span></li>`;
}

/** A legend's sample drawing; the arrowhead and the patterns come from the blueprint's own drawing on the page. */
function swatch(inner: string, width = 30): string {
    return `<svg class="sd-blueprint" width="${width}" height="18" viewBox="0 0 ${width} 18" aria-hidden="true">${inner}</svg>`;
}

function barSwatch(over: boolean): string {
    return `<g class="sd-bar${over ? ' sd-bar-over' : ''}"><rect class="sd-bar-track" x="1" y="5" width="28" height="8" rx="2"/>`
        + `<rect class="sd-bar-fill" x="1" y="5" width="${over ? 28 : 18}" height="8" rx="2"/></g>`;
}

function legend(model: BlueprintModel, words: BlueprintWords): string {
    const boxes = SWATCH_KINDS.map(kind =>
        entry(swatch(`<g class="sd-box sd-${kind}"><rect x="1" y="1" width="28" height="16" rx="3"/></g>`), swatchLabel(kind, words)));
    const lines = SEPARATOR_IDS.map(id =>
        entry(swatch(`<line class="sd-line sd-line-${id}" x1="0" y1="9" x2="30" y2="9"/>`), words.lines[id]));
    const chips = SERVICE_ELEMENTS.map(element => entry(
        swatch(`<g class="sd-chip sd-chip-on"><rect x="0" y="1" width="30" height="16" rx="3"/><text x="15" y="12.5" font-size="9" font-weight="bold" text-anchor="middle">${escapeXml(words.chips[element])}</text></g>`),
        words.elementName(element)));
    const markers = (['error', 'warning', 'info'] as const).map(severity => entry(
        swatch(`<g class="sd-marker sd-marker-${severity}"><circle cx="15" cy="9" r="7"/><text x="15" y="12.5" font-size="10" font-weight="bold" text-anchor="middle">!</text></g>`),
        words.legend.marker(severity)));
    const flow = [
        entry(swatch('<polyline class="sd-flow sd-flow-step" points="2,3 2,14 14,14" marker-end="url(#sd-arrow)"/>'
            + drawBadge({ kind: 'step', letter: '1', tooltip: '', x: 22, y: 9 })), words.legend.step),
        entry(swatch('<polyline class="sd-flow sd-flow-handoff" points="1,9 27,9" marker-end="url(#sd-arrow)"/>'), words.legend.handoff),
        entry(swatch('<text x="15" y="13" font-size="12" text-anchor="middle">→</text>'), words.legend.runningTime),
        entry(swatch(barSwatch(false)), words.legend.timeWithin),
        entry(swatch(barSwatch(true)), words.legend.timeOver)
    ];
    const marks = [
        entry(swatch(drawBadge({ kind: 'fail-recovered', letter: words.badges.fail, tooltip: '', x: 15, y: 9 })), words.legend.failRecovered),
        entry(swatch(drawBadge({ kind: 'fail-unrecovered', letter: words.badges.fail, tooltip: '', x: 15, y: 9 })), words.legend.failUnrecovered),
        entry(swatch(drawBadge({ kind: 'wait', letter: words.badges.wait, tooltip: '', x: 9, y: 9 })),
            words.legend.wait(durationLabel(model.waitThreshold))),
        entry(swatch('<rect class="sd-trial-column" x="1" y="1" width="28" height="16"/><g class="sd-box sd-touchpoint sd-trial"><rect x="6" y="4" width="18" height="10" rx="2"/></g>'),
            words.legend.trial),
        entry(swatch(drawBadge({ kind: 'conflict', letter: words.badges.conflict, tooltip: '', x: 15, y: 9 })), words.legend.conflict)
    ];
    const point = (tone: 'up' | 'down' | 'neutral', x: number, y: number) => `<g class="sd-feeling-point sd-feeling-${tone}">${feelingShape({ x, y, tone })}</g>`;
    const emotion = [
        entry(swatch('<line class="sd-feeling-line" x1="9" y1="9" x2="37" y2="8"/>' + point('down', 9, 8) + point('up', 37, 8), 46), words.legend.feelingCurve),
        entry(swatch(point('up', 8, 8) + point('down', 23, 8) + point('neutral', 38, 9), 46), words.legend.feelingShapes),
        entry(swatch('<line class="sd-feeling-zero" x1="0" y1="9" x2="46" y2="9"/>', 46), words.legend.feelingZero),
        entry(swatch('<line class="sd-feeling-line sd-feeling-gap" x1="8" y1="9" x2="38" y2="9"/>' + point('up', 8, 9) + point('up', 38, 9), 46), words.legend.feelingGap)
    ];
    const section = (title: string, items: string[]) => `<section><h2>${escapeXml(title)}</h2><ul>${items.join('')}</ul></section>`;
    return `<div class="legend" role="note">${[
        section(words.legend.boxes, boxes),
        section(words.legend.lines, lines),
        section(words.legend.elements, chips),
        section(words.legend.findings, markers),
        section(words.legend.flow, flow),
        section(words.legend.marks, marks),
        ...(hasFeelings(model.scenes.flatMap(scene => scene.touchpoints)) ? [section(words.legend.emotion, emotion)] : [])
    ].join('')}</div>`;
}

/** A standalone HTML page showing the blueprint with a legend, its labels in the given language. */
export function renderHtml(model: BlueprintModel, locale: Locale = 'en'): string {
    const words = blueprintWords(locale);
    return `${pageHead({ languageTag: words.languageTag, title: words.title(model.title ?? model.service), css: PAGE_CSS })}<body>
<div class="blueprint">${renderSvg(model, { target: 'page', locale })}</div>
${legend(model, words)}
</body>
</html>
`;
}
