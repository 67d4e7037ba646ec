import { escapeXml } from './escape.js';
import type { Locale } from '../language/i18n/locale.js';
import { SEPARATOR_IDS } from './layout.js';
import { SERVICE_ELEMENTS, type BlueprintModel } from './model.js';
import { renderSvg } from './render-svg.js';
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
@media (prefers-color-scheme: dark) {
    :root { --sd-background: #1e1e1e; --sd-foreground: #e6e6e6; --sd-muted: #a8a8a8; --sd-band: #262626;
        --sd-band-quality: #2a2824; --sd-label: #333333; --sd-line: #9a9a9a; --sd-scene: #1d3550; --sd-scene-border: #3d6a9c;
        --sd-touchpoint: #1e1e1e; --sd-touchpoint-border: #8a8a8a; --sd-evidence: #3b3320; --sd-customer: #163049;
        --sd-frontstage: #183a24; --sd-backstage: #33244a; --sd-support: #2d3035; --sd-expectation: #1e1e1e;
        --sd-risk: #4a1f1f; --sd-danger: #ff7b72; --sd-delight: #403614; --sd-adaptation: #173a37; --sd-error: #ff7b72;
        --sd-warning: #d29922; --sd-info: #58a6ff; --sd-chip: #388bfd; --sd-chip-off: #6e7681; --sd-chip-off-text: #8b949e; }
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

function swatch(inner: string): string {
    return `<svg class="sd-blueprint" width="30" height="18" viewBox="0 0 30 18" aria-hidden="true">${inner}</svg>`;
}

function legend(words: BlueprintWords): string {
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
    const section = (title: string, items: string[]) => `<section><h2>${escapeXml(title)}</h2><ul>${items.join('')}</ul></section>`;
    return `<div class="legend" role="note">${[
        section(words.legend.boxes, boxes),
        section(words.legend.lines, lines),
        section(words.legend.elements, chips),
        section(words.legend.findings, markers)
    ].join('')}</div>`;
}

/** A standalone HTML page showing the blueprint with a legend, its labels in the given language. */
export function renderHtml(model: BlueprintModel, locale: Locale = 'en'): string {
    const words = blueprintWords(locale);
    return `${pageHead({ languageTag: words.languageTag, title: words.title(model.title ?? model.service), css: PAGE_CSS })}<body>
<div class="blueprint">${renderSvg(model, { target: 'page', locale })}</div>
${legend(words)}
</body>
</html>
`;
}
