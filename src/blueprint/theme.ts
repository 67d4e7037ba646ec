import type { BlueprintTexts, SurveyTexts, TermKeyword } from '../language/help/help-texts.js';
import { helpTexts } from '../language/help/keyword-help.js';
import type { Locale } from '../language/i18n/locale.js';
import { HEAT_MAP_CSS } from './heat-map-style.js';
import type { ServiceElement } from './model.js';

// The blueprint's theme: the words of its labels (from the catalogues), its text styles and its
// colours. Every colour is a CSS variable with a light default, so a standalone file reads well as it
// is and the VS Code preview maps the variables onto the editor's theme.

/** The words of the blueprint in one language: the catalogue's, and the names of the five elements. */
export interface BlueprintWords extends BlueprintTexts {
    elementName(element: ServiceElement): string;
    /** A keyword's name in the catalogue: "Bad-news moment", 坏消息时刻. */
    termName(keyword: TermKeyword): string;
    /** The words of measured quality: the heat map's tooltips and legend. */
    survey: SurveyTexts;
}

export function blueprintWords(locale: Locale = 'en'): BlueprintWords {
    const texts = helpTexts(locale);
    return { ...texts.blueprint, survey: texts.survey, elementName: element => texts.elements[element].name, termName: keyword => texts.terms[keyword].name };
}

export type TextStyle = 'title' | 'heading' | 'strong' | 'body' | 'muted' | 'small' | 'danger' | 'chip' | 'badge' | 'trial';

/** Font size and weight of each text style, in pixels; the renderer writes them on each text. */
export const TEXT_STYLES: Record<TextStyle, { size: number; bold: boolean; lineHeight: number }> = {
    title: { size: 18, bold: true, lineHeight: 24 },
    heading: { size: 13, bold: true, lineHeight: 18 },
    strong: { size: 12, bold: true, lineHeight: 16 },
    body: { size: 12, bold: false, lineHeight: 16 },
    muted: { size: 11, bold: false, lineHeight: 15 },
    small: { size: 10, bold: false, lineHeight: 13 },
    danger: { size: 12, bold: true, lineHeight: 16 },
    chip: { size: 9, bold: true, lineHeight: 12 },
    badge: { size: 10, bold: true, lineHeight: 13 },
    trial: { size: 12, bold: true, lineHeight: 16 }
};

export const FONT_FAMILY = 'system-ui, -apple-system, \'Segoe UI\', \'PingFang SC\', \'Hiragino Sans GB\', \'Microsoft YaHei\', \'Noto Sans CJK SC\', \'Noto Sans SC\', sans-serif';

export const BLUEPRINT_CSS = `
.sd-blueprint .sd-background, .sd-blueprint .sd-label-column { fill: var(--sd-background, #ffffff); }
.sd-blueprint text { fill: var(--sd-foreground, #1f2328); }
.sd-blueprint .sd-text-muted, .sd-blueprint .sd-text-small { fill: var(--sd-muted, #59636e); }
.sd-blueprint .sd-text-danger { fill: var(--sd-danger, #cf222e); }
.sd-blueprint .sd-row { fill: var(--sd-band, #f6f8fa); }
.sd-blueprint .sd-row-expectations, .sd-blueprint .sd-row-risks, .sd-blueprint .sd-row-notes { fill: var(--sd-band-quality, #fbf9f4); }
.sd-blueprint .sd-row-label { fill: var(--sd-label, #eaeef2); }
.sd-blueprint .sd-line { stroke: var(--sd-line, #6e7781); stroke-width: 1.5; stroke-dasharray: 7 4; }
.sd-blueprint .sd-line-visibility { stroke-width: 2.5; }
.sd-blueprint .sd-box > rect { stroke-width: 1; }
.sd-blueprint .sd-service > rect { fill: none; stroke: none; }
.sd-blueprint .sd-scene > rect { fill: var(--sd-scene, #dbe7f5); stroke: var(--sd-scene-border, #8fb3dd); }
.sd-blueprint .sd-touchpoint > rect { fill: var(--sd-touchpoint, #ffffff); stroke: var(--sd-touchpoint-border, #6e7781); }
.sd-blueprint .sd-evidence > rect { fill: var(--sd-evidence, #fff5d6); stroke: var(--sd-evidence-border, #d4a72c); }
.sd-blueprint .sd-customer > rect { fill: var(--sd-customer, #ddf4ff); stroke: var(--sd-customer-border, #54aeff); }
.sd-blueprint .sd-frontstage > rect { fill: var(--sd-frontstage, #dafbe1); stroke: var(--sd-frontstage-border, #4ac26b); }
.sd-blueprint .sd-backstage > rect { fill: var(--sd-backstage, #f5ecff); stroke: var(--sd-backstage-border, #b58cf0); }
.sd-blueprint .sd-support > rect { fill: var(--sd-support, #eaeef2); stroke: var(--sd-support-border, #8c959f); }
.sd-blueprint .sd-expectation > rect { fill: var(--sd-expectation, #ffffff); stroke: var(--sd-expectation-border, #afb8c1); }
.sd-blueprint .sd-risk > rect { fill: var(--sd-risk, #ffebe9); stroke: var(--sd-danger, #cf222e); stroke-width: 2.5; }
.sd-blueprint .sd-risk.sd-recovered > rect { fill: var(--sd-risk-recovered, #fff8e6); stroke: var(--sd-fail, #9a6700); stroke-width: 1.5; stroke-dasharray: 5 3; }
.sd-blueprint .sd-fail-unrecovered > rect { stroke: var(--sd-danger, #cf222e); stroke-width: 2; }
.sd-blueprint .sd-fail-recovered > rect { stroke: var(--sd-fail, #9a6700); stroke-width: 1.5; stroke-dasharray: 5 3; }
.sd-blueprint .sd-touchpoint.sd-trial > rect { stroke: var(--sd-trial, #bc4c00); stroke-width: 3.5; }
.sd-blueprint .sd-text-trial { fill: var(--sd-trial, #bc4c00); }
.sd-blueprint .sd-trial-column { fill: url(#sd-hatch-trial); stroke: var(--sd-trial, #bc4c00); stroke-width: 1.5; stroke-dasharray: 2 3; }
.sd-blueprint .sd-hatch-trial { stroke: var(--sd-trial-hatch, #fbd8b8); stroke-width: 3; }
.sd-blueprint .sd-flow { fill: none; stroke: var(--sd-flow, #57606a); stroke-width: 1.3; }
.sd-blueprint .sd-flow-handoff { stroke-dasharray: 4 3; }
.sd-blueprint .sd-arrowhead { fill: var(--sd-flow, #57606a); }
.sd-blueprint .sd-badge .sd-badge-letter { fill: var(--sd-badge-text, #ffffff); }
.sd-blueprint .sd-badge-step circle { fill: var(--sd-step, #57606a); }
.sd-blueprint .sd-badge-fail-recovered circle { fill: var(--sd-background, #ffffff); stroke: var(--sd-fail, #9a6700); stroke-width: 2; }
.sd-blueprint .sd-badge-fail-recovered .sd-badge-letter { fill: var(--sd-fail, #9a6700); }
.sd-blueprint .sd-badge-fail-unrecovered path { fill: var(--sd-danger, #cf222e); }
.sd-blueprint .sd-badge-wait rect { fill: var(--sd-wait, #8250df); }
.sd-blueprint .sd-badge-wait .sd-text-badge { fill: var(--sd-wait, #8250df); }
.sd-blueprint .sd-badge-conflict path { fill: var(--sd-conflict, #bf3989); }
.sd-blueprint .sd-conflict > rect { stroke: var(--sd-conflict, #bf3989); stroke-width: 1.5; stroke-dasharray: 1 2; }
.sd-blueprint .sd-row-feeling { fill: var(--sd-band-feeling, #f6f8fa); }
.sd-blueprint .sd-feeling-zero { stroke: var(--sd-line, #6e7781); stroke-width: 1; stroke-dasharray: 6 4; }
.sd-blueprint .sd-feeling-line { stroke: var(--sd-feeling, #1f2328); stroke-width: 2; fill: none; }
.sd-blueprint .sd-feeling-gap { stroke-width: 1.5; stroke-dasharray: 1.5 3.5; stroke-linecap: round; }
.sd-blueprint .sd-feeling-point > circle, .sd-blueprint .sd-feeling-point > path, .sd-blueprint .sd-feeling-point > rect { stroke: var(--sd-background, #ffffff); stroke-width: 1.5; }
.sd-blueprint .sd-feeling-up > circle { fill: var(--sd-feeling-up, #1a7f37); }
.sd-blueprint .sd-feeling-down > path { fill: var(--sd-feeling-down, #cf222e); }
.sd-blueprint .sd-feeling-neutral > rect { fill: var(--sd-feeling, #1f2328); }
.sd-blueprint .sd-bar-track { fill: var(--sd-background, #ffffff); stroke: var(--sd-scene-border, #8fb3dd); }
.sd-blueprint .sd-bar-fill { fill: var(--sd-bar, #0969da); }
.sd-blueprint .sd-bar-over .sd-bar-fill { fill: url(#sd-hatch-over); stroke: var(--sd-error, #cf222e); stroke-width: 1.5; }
.sd-blueprint .sd-hatch-over { stroke: var(--sd-error, #cf222e); stroke-width: 3; }
.sd-blueprint .sd-over-budget > rect { stroke: var(--sd-error, #cf222e); stroke-width: 2; }
.sd-blueprint .sd-delight > rect { fill: var(--sd-delight, #fff8c5); stroke: var(--sd-delight-border, #bf8700); }
.sd-blueprint .sd-adaptation > rect { fill: var(--sd-adaptation, #e0f5f3); stroke: var(--sd-adaptation-border, #3a9c91); }
.sd-blueprint .sd-has-error > rect { stroke: var(--sd-error, #cf222e); stroke-width: 2; }
.sd-blueprint .sd-has-warning > rect { stroke: var(--sd-warning, #bf8700); stroke-width: 2; stroke-dasharray: 5 3; }
.sd-blueprint .sd-service.sd-has-error > rect, .sd-blueprint .sd-service.sd-has-warning > rect { stroke: none; }
.sd-blueprint .sd-marker circle { stroke: none; }
.sd-blueprint .sd-marker-error circle { fill: var(--sd-error, #cf222e); }
.sd-blueprint .sd-marker-warning circle { fill: var(--sd-warning, #bf8700); }
.sd-blueprint .sd-marker-info circle, .sd-blueprint .sd-marker-hint circle { fill: var(--sd-info, #0969da); }
.sd-blueprint .sd-marker text { fill: var(--sd-marker-text, #ffffff); }
.sd-blueprint .sd-chip rect { fill: none; stroke: var(--sd-chip-off, #afb8c1); stroke-dasharray: 2 2; }
.sd-blueprint .sd-chip text { fill: var(--sd-chip-off-text, #8c959f); }
.sd-blueprint .sd-chip-on rect { fill: var(--sd-chip, #1f6feb); stroke: var(--sd-chip, #1f6feb); stroke-dasharray: none; }
.sd-blueprint .sd-chip-on text { fill: var(--sd-chip-text, #ffffff); }
${HEAT_MAP_CSS}`;

/**
 * The stylesheet with each variable replaced by its light default, for renderers that do not read
 * CSS variables (the PNG rasteriser).
 */
export function fixedColoursCss(css: string = BLUEPRINT_CSS): string {
    return css.replace(/var\(--[\w-]+, ([^()]+)\)/g, '$1');
}
