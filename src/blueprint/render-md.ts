import type { TermKeyword } from '../language/help/help-texts.js';
import type { Locale } from '../language/i18n/locale.js';
import { signedScore } from './emotion.js';
import type { BlueprintModel } from './model.js';
import { renderSvg } from './render-svg.js';
import { blueprintWords } from './theme.js';

// The blueprint for a design review: a Markdown file with the picture (the SVG as a data URI, so the
// file stands alone) and, per scene, its touchpoints with their expectations and risks.

/** Markdown text is the spec's own; characters Markdown would read as markup are escaped. */
function md(text: string): string {
    return text.replace(/[\\`*_{}[\]<>#|]/g, char => `\\${char}`).replace(/\r?\n/g, ' ');
}

export function renderMarkdown(model: BlueprintModel, locale: Locale = 'en'): string {
    const words = blueprintWords(locale);
    const title = words.title(model.title ?? model.service);
    const svg = renderSvg(model, { locale, fixedColours: true });
    const lines = [`# ${md(title)}`, '', `![${md(title)}](data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')})`, ''];
    for (const audience of model.audiences) {
        lines.push(`- ${md(words.audience(audience.name, audience.pace && words.keyword(audience.pace as TermKeyword)))}${audience.description ? `: ${md(audience.description)}` : ''}`);
    }
    if (model.audiences.length > 0) lines.push('');
    for (const scene of model.scenes) {
        lines.push(`## ${md(scene.title ?? scene.name)}`, '');
        if (scene.budget) lines.push(`*${md(words.budget(scene.budget))}*`, '');
        for (const touchpoint of scene.touchpoints) {
            const moment = touchpoint.moment
                ? ` — ${md(touchpoint.moment.kinds.map(kind => words.termName(kind as TermKeyword)).join(words.separator))}${touchpoint.moment.trial ? `, **${md(words.termName('trial'))}**` : ''}`
                : '';
            lines.push(`### ${md(touchpoint.title ?? touchpoint.name)} (${md(words.keyword(touchpoint.channel as TermKeyword))})${moment}`, '');
            const about: string[] = [];
            if (touchpoint.audience) about.push(words.forAudience(touchpoint.audience));
            if (touchpoint.feeling) about.push(words.feelingPoint(signedScore(touchpoint.feeling.score), touchpoint.feeling.text));
            if (about.length > 0) lines.push(`*${about.map(md).join(words.separator)}*`, '');
            if (touchpoint.expectations.length > 0) {
                lines.push(`**${md(words.rows.expectations)}**`, '');
                for (const expectation of touchpoint.expectations) {
                    const details = [expectation.within && words.within(expectation.within), expectation.norm && words.fromNorm(expectation.norm)].filter(Boolean).join(words.separator);
                    const conflicts = (expectation.conflicts ?? []).map(conflict => ` — **${md(words.boundConflict(conflict.here, conflict.inNorm, conflict.norm))}**`).join('');
                    lines.push(`- ${md(words.elementName(expectation.element))}: ${md(expectation.text)}${details ? ` (${md(details)})` : ''}${conflicts}`);
                }
                lines.push('');
            }
            if (touchpoint.risks.length > 0) {
                lines.push(`**${md(words.rows.risks)}**`, '');
                for (const risk of touchpoint.risks) {
                    const details = risk.recovery && (risk.recovery.by || risk.recovery.within) ? ` (${md(words.recoveryDetails(risk.recovery.by, risk.recovery.within))})` : '';
                    const recovery = risk.recovery ? `${md(words.recovery)}: ${md(risk.recovery.text)}${details}` : `**${md(words.noRecovery)}**`;
                    lines.push(`- ${md(risk.name)}${risk.description ? `: ${md(risk.description)}` : ''} — ${recovery}`);
                }
                lines.push('');
            }
        }
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
