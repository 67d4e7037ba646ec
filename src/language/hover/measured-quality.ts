import { AstUtils } from 'langium';
import type { Touchpoint } from '../generated/ast.js';
import { escapeMarkdown } from '../help/declaration-help.js';
import { helpTexts } from '../help/keyword-help.js';
import type { Locale } from '../i18n/locale.js';
import { elementOf, expectationsOf, FIVE_ELEMENTS, serviceOf } from '../rules/spec-facts.js';
import type { SurveyStore } from '../validation/survey-store.js';
import { gapLabel } from '../../blueprint/heat-map.js';

/**
 * The part of a touchpoint's hover that shows what the survey measured there: the gap of each element in
 * the current wave, with its scores and respondents, and the elements designed but not measured.
 * Nothing when the configuration names no survey.
 */
export function measuredQuality(touchpoint: Touchpoint, surveys: SurveyStore, locale: Locale): string | undefined {
    const survey = surveys.surveyFor(AstUtils.getDocument(touchpoint).uri);
    const service = serviceOf(touchpoint)?.name;
    if (!survey || !service || !touchpoint.name) return undefined;
    const texts = helpTexts(locale);
    const words = texts.survey;
    const designed = new Set(expectationsOf(touchpoint).map(elementOf));
    const lines: string[] = [];
    const notMeasured: string[] = [];
    for (const element of FIVE_ELEMENTS) {
        const gap = surveys.gapFor(AstUtils.getDocument(touchpoint).uri, service, touchpoint.name, element);
        const name = texts.elements[element].name;
        if (gap) {
            lines.push(`- ${words.hoverCell(name, gapLabel(gap.gap), gap.expectation.toFixed(2), gap.perception.toFixed(2), gap.respondents)}`);
        } else if (designed.has(element)) {
            notMeasured.push(name);
        }
    }
    const heading = `**${escapeMarkdown(words.hoverHeading(words.wave(survey.wave ?? '')))}**`;
    if (lines.length === 0) return `${heading}\n\n${words.hoverNoData}`;
    const missing = notMeasured.length > 0 ? `\n\n${words.hoverNotMeasured(notMeasured.join(texts.declarations.listSeparator))}` : '';
    return `${heading}\n\n${lines.join('\n')}${missing}`;
}
