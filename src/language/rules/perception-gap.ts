import { AstUtils } from 'langium';
import type { Expectation, Touchpoint } from '../generated/ast.js';
import type { Rule, RuleOptions } from './rule.js';
import { FIVE_ELEMENTS, elementName, elementOf, expectationsOf, serviceOf, type FiveElement } from './spec-facts.js';

export interface PerceptionGapOptions {
    /** A gap (perception − expectation) below this is reported; −1.0 by default. */
    threshold: number;
}

export const DEFAULT_GAP_THRESHOLD = -1;
const SCALE_SPAN = 6;

const perceptionGapOptions: RuleOptions<PerceptionGapOptions> = {
    defaults: { threshold: DEFAULT_GAP_THRESHOLD },
    schema: {
        type: 'object',
        properties: {
            threshold: {
                type: 'number',
                minimum: -SCALE_SPAN,
                maximum: SCALE_SPAN,
                description: 'A measured gap (perception − expectation, on the 1–7 scale) below this is reported; -1.0 by default.'
            }
        },
        additionalProperties: false
    },
    read(value) {
        for (const key of Object.keys(value)) {
            if (key !== 'threshold') {
                return { key, problem: { en: `unknown option '${key}': perception-gap takes "threshold"`, zh: `未知的选项 '${key}'：perception-gap 只有 "threshold"` } };
            }
        }
        if (value.threshold === undefined) return { options: perceptionGapOptions.defaults };
        const threshold = value.threshold;
        if (typeof threshold !== 'number' || !Number.isFinite(threshold) || Math.abs(threshold) > SCALE_SPAN) {
            return {
                key: 'threshold',
                problem: { en: 'must be a number from -6 to 6, such as -1.0 (a gap on the 1–7 scale)', zh: '应为 -6 到 6 之间的数，例如 -1.0（1 到 7 分量表上的差距）' }
            };
        }
        return { options: { threshold } };
    }
};

const round = (value: number) => value.toFixed(2);

export const perceptionGap: Rule = {
    id: 'perception-gap',
    defaultSeverity: 'warning',
    description: {
        en: 'Where the survey named in the configuration measures a touchpoint, what customers perceive of each element it designs '
            + 'is not far below what they expected (perception − expectation above a threshold, -1.0 by default); at a moment of trial the finding is one step more severe.',
        zh: '配置里指定的调查测量了某个触点时，客户对它所设计的每个要素的感知，不能远低于期待（感知减期待不低于阈值，默认 -1.0）；在考验时刻，问题的严重程度高一级。'
    },
    options: perceptionGapOptions,
    checks: {
        Touchpoint(touchpoint, context) {
            const service = serviceOf(touchpoint)?.name;
            if (!service || !touchpoint.name) return;
            const surveys = context.services.validation.Surveys;
            const document = AstUtils.getDocument(touchpoint);
            const survey = surveys.surveyFor(document.uri);
            if (!survey) return;
            const { threshold } = context.options as PerceptionGapOptions;
            const trial = touchpoint.moment?.trial === true;
            for (const element of designedElements(touchpoint)) {
                const gap = surveys.gapFor(document.uri, service, touchpoint.name, element);
                if (!gap || gap.gap >= threshold) continue;
                const own = touchpoint.expectations.find(expectation => elementOf(expectation) === element);
                const name = elementName(element);
                const numbers = `${round(gap.gap)}: E ${round(gap.expectation)}, P ${round(gap.perception)}, n ${gap.respondents}`;
                const wave = survey.wave ? { en: `, wave ${survey.wave}`, zh: `，第 ${survey.wave} 期` } : { en: '', zh: '' };
                context.report({
                    node: touchpoint,
                    ...(own ? { target: own, property: 'element' } : { property: 'name' }),
                    raise: trial,
                    message: {
                        en: `touchpoint ${touchpoint.name}: customers perceive ${name.en} well below what they expect `
                            + `(gap ${numbers}${wave.en}; threshold ${threshold})`
                            + (trial ? '; this is a moment of trial, where one bad moment undoes many good ones (100 − 1 = 0)' : ''),
                        zh: `触点 ${touchpoint.name}：客户感知到的${name.zh}远低于期待（差距 ${numbers}${wave.zh}；阈值 ${threshold}）`
                            + (trial ? '；这是考验时刻，一次糟糕的体验会抵消许多好的体验（100 − 1 = 0）' : '')
                    }
                });
            }
        }
    }
};

/** The elements a touchpoint's expectations design, own and from norms, once each. */
function designedElements(touchpoint: Touchpoint): FiveElement[] {
    const elements = new Set(expectationsOf(touchpoint).map((expectation: Expectation) => elementOf(expectation)));
    return FIVE_ELEMENTS.filter(element => elements.has(element));
}
