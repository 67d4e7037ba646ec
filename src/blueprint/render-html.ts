import { escapeXml } from './escape.js';
import { ELEMENT_LABELS, ROW_LABELS, SEPARATOR_LABELS, type Bilingual, type BoxKind } from './layout.js';
import { SERVICE_ELEMENTS, type BlueprintModel } from './model.js';
import { renderSvg } from './render-svg.js';
import { BLUEPRINT_CSS, FONT_FAMILY } from './styles.js';

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
.legend .zh { color: var(--sd-muted, #59636e); }
@media (prefers-color-scheme: dark) {
    :root { --sd-background: #1e1e1e; --sd-foreground: #e6e6e6; --sd-muted: #a8a8a8; --sd-band: #262626;
        --sd-band-quality: #2a2824; --sd-label: #333333; --sd-line: #9a9a9a; --sd-scene: #1d3550; --sd-scene-border: #3d6a9c;
        --sd-touchpoint: #1e1e1e; --sd-touchpoint-border: #8a8a8a; --sd-evidence: #3b3320; --sd-customer: #163049;
        --sd-frontstage: #183a24; --sd-backstage: #33244a; --sd-support: #2d3035; --sd-expectation: #1e1e1e;
        --sd-risk: #4a1f1f; --sd-danger: #ff7b72; --sd-delight: #403614; --sd-adaptation: #173a37; --sd-error: #ff7b72;
        --sd-warning: #d29922; --sd-info: #58a6ff; --sd-chip: #388bfd; --sd-chip-off: #6e7681; --sd-chip-off-text: #8b949e; }
}
`;

const SWATCHES: { kind: BoxKind; label: Bilingual }[] = [
    { kind: 'evidence', label: ROW_LABELS.evidence },
    { kind: 'customer', label: ROW_LABELS.customer },
    { kind: 'frontstage', label: ROW_LABELS.frontstage },
    { kind: 'backstage', label: ROW_LABELS.backstage },
    { kind: 'support', label: ROW_LABELS.support },
    { kind: 'expectation', label: { en: 'Standard expectation', zh: '标准期待值' } },
    { kind: 'risk', label: { en: 'Risk (experience destroyer) and its recovery', zh: '体验破坏因素与复原' } },
    { kind: 'delight', label: { en: '★ Delight', zh: '惊喜' } },
    { kind: 'adaptation', label: { en: '◆ Adaptation to special needs', zh: '适应性' } }
];

function entry(symbol: string, label: Bilingual): string {
    return `<li>${symbol}<span>${escapeXml(label.en)} <span class="zh">${escapeXml(label.zh)}</span></span></li>`;
}

function swatch(inner: string): string {
    return `<svg class="sd-blueprint" width="30" height="18" viewBox="0 0 30 18" aria-hidden="true">${inner}</svg>`;
}

function legend(): string {
    const boxes = SWATCHES.map(({ kind, label }) =>
        entry(swatch(`<g class="sd-box sd-${kind}"><rect x="1" y="1" width="28" height="16" rx="3"/></g>`), label));
    const lines = Object.entries(SEPARATOR_LABELS).map(([id, label]) =>
        entry(swatch(`<line class="sd-line sd-line-${id}" x1="0" y1="9" x2="30" y2="9"/>`), label));
    const chips = SERVICE_ELEMENTS.map(element => {
        const label = ELEMENT_LABELS[element];
        return entry(swatch(`<g class="sd-chip sd-chip-on"><rect x="0" y="1" width="30" height="16" rx="3"/><text x="15" y="12.5" font-size="9" font-weight="bold" text-anchor="middle">${label.short}</text></g>`), label);
    });
    const markers = (['error', 'warning', 'info'] as const).map(severity => entry(
        swatch(`<g class="sd-marker sd-marker-${severity}"><circle cx="15" cy="9" r="7"/><text x="15" y="12.5" font-size="10" font-weight="bold" text-anchor="middle">!</text></g>`),
        { en: `A finding at ${severity} level (hover for the message)`, zh: { error: '错误', warning: '警告', info: '提示' }[severity] }));
    const section = (title: Bilingual, items: string[]) =>
        `<section><h2>${escapeXml(title.en)} <span class="zh">${escapeXml(title.zh)}</span></h2><ul>${items.join('')}</ul></section>`;
    return `<div class="legend" role="note">${[
        section({ en: 'Boxes', zh: '图例' }, boxes),
        section({ en: 'Lines', zh: '分界线' }, lines),
        section({ en: 'Elements covered (filled) at a touchpoint', zh: '触点覆盖的五要素' }, chips),
        section({ en: 'Findings', zh: '检查结果' }, markers)
    ].join('')}</div>`;
}

/** A standalone HTML page showing the blueprint with a legend. */
export function renderHtml(model: BlueprintModel): string {
    const name = model.title ?? model.service;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(`Service blueprint: ${name}`)}</title>
<style>${PAGE_CSS}${BLUEPRINT_CSS}</style>
</head>
<body>
<div class="blueprint">${renderSvg(model, { target: 'page' })}</div>
${legend()}
</body>
</html>
`;
}
