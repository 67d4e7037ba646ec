import { isScene, isTouchpoint, type Expectation, type Touchpoint } from '../generated/ast.js';
import { insertStatement, quoted } from './fix-edits.js';
import type { Rule, RuleOptions } from './rule.js';
import { DEFAULT_WAIT_THRESHOLD_SECONDS, appliesUnknownNorm, elementOf, expectationsOf, formatDuration, parseDuration, secondsOf, serviceOf } from './spec-facts.js';

export interface WaitNeedsFeedbackOptions {
    /** Waits longer than this need a `wait` line, in seconds. */
    thresholdSeconds: number;
    /** The threshold as written, for messages: `5 min`. */
    threshold: string;
}

const WAIT_PLACEHOLDER = { en: 'how the wait is explained or filled', zh: '怎样交代或填满这段等待' };

const waitNeedsFeedbackOptions: RuleOptions<WaitNeedsFeedbackOptions> = {
    defaults: { thresholdSeconds: DEFAULT_WAIT_THRESHOLD_SECONDS, threshold: formatDuration(DEFAULT_WAIT_THRESHOLD_SECONDS, 'min') },
    schema: {
        type: 'object',
        properties: {
            threshold: {
                type: 'string',
                pattern: '^\\s*\\d+(\\.\\d+)?\\s*(s|min|h|d)\\s*$',
                description: 'Waits longer than this need a wait line, e.g. "5 min" (the default) or "90 s".'
            }
        },
        additionalProperties: false
    },
    read(value) {
        for (const key of Object.keys(value)) {
            if (key !== 'threshold') {
                return {
                    key,
                    problem: { en: `unknown option '${key}': wait-needs-feedback takes "threshold"`, zh: `未知的选项 '${key}'：wait-needs-feedback 只有 "threshold"` }
                };
            }
        }
        if (value.threshold === undefined) return { options: waitNeedsFeedbackOptions.defaults };
        const seconds = typeof value.threshold === 'string' ? parseDuration(value.threshold) : undefined;
        if (seconds === undefined) {
            return {
                key: 'threshold',
                problem: { en: 'must be a duration such as "5 min" (units s, min, h, d)', zh: '应为时长，例如 "5 min"（单位 s、min、h、d）' }
            };
        }
        return { options: { thresholdSeconds: seconds, threshold: (value.threshold as string).trim().replace(/\s+/g, ' ') } };
    }
};

export const waitNeedsFeedback: Rule = {
    id: 'wait-needs-feedback',
    defaultSeverity: 'warning',
    description: {
        en: "A touchpoint that may keep the customer waiting longer than a threshold (5 min by default) says with 'wait' how the wait "
            + 'is explained or filled (progress shown, a reason given, something to do), there or in the steps that follow.',
        zh: '客户可能要等得比阈值（默认 5 分钟）更久的触点，要在这里或随后的触点里用 wait 写明怎样交代或填满这段等待：让客户看到进度、告诉他原因、给他点事做。'
    },
    options: waitNeedsFeedbackOptions,
    checks: {
        Touchpoint(touchpoint, context) {
            if (touchpoint.waits.length > 0 || appliesUnknownNorm(touchpoint)) return;
            const { thresholdSeconds, threshold } = context.options as WaitNeedsFeedbackOptions;
            const longest = longestResponsiveness(touchpoint);
            if (!longest?.bound || secondsOf(longest.bound) <= thresholdSeconds) return;
            // A promise made here is often waited out a step or two later (order here, track the courier there):
            // a later wait counts, unless that step has a long bound of its own that its wait is about.
            const coveredLater = stepsAhead(touchpoint).some(later => later.waits.length > 0 && !hasLongBound(later, thresholdSeconds));
            if (coveredLater) return;
            const bound = formatDuration(secondsOf(longest.bound), longest.bound.unit);
            const own = touchpoint.expectations.includes(longest);
            context.report({
                node: touchpoint,
                // The bound is shown where it is written: on the expectation, or on the touchpoint when it comes from a norm.
                ...(own ? { target: longest.bound } : { property: 'name' }),
                message: {
                    en: `touchpoint ${touchpoint.name}: the customer may wait up to ${bound} (over ${threshold}) with no word on it; `
                        + "add a 'wait' line: how the wait is explained or filled (progress shown, a reason, something to do)",
                    zh: `触点 ${touchpoint.name}：客户可能要等 ${bound}（超过 ${threshold}），却没人交代；`
                        + '请加一行 wait，写明怎样交代或填满这段等待（显示进度、说明原因、给点事做）'
                }
            });
        }
    },
    fix(node, { document, locale }) {
        if (!isTouchpoint(node)) return [];
        const longest = longestResponsiveness(node);
        const bound = longest?.bound ? ` within ${formatDuration(secondsOf(longest.bound), longest.bound.unit)}` : '';
        const last = [...node.actions, ...node.evidence, ...node.expectations].at(-1);
        return [{
            title: { en: "Add a 'wait' line", zh: '添加一行“wait”' },
            edits: insertStatement(document, node, last ?? node.moment, `wait ${quoted(WAIT_PLACEHOLDER[locale])}${bound}`)
        }];
    }
};

function hasLongBound(touchpoint: Touchpoint, thresholdSeconds: number): boolean {
    const longest = longestResponsiveness(touchpoint);
    return !!longest?.bound && secondsOf(longest.bound) > thresholdSeconds;
}

/** The responsiveness expectation with the longest bound, own or from a norm. */
function longestResponsiveness(touchpoint: Touchpoint): Expectation | undefined {
    let longest: Expectation | undefined;
    for (const expectation of expectationsOf(touchpoint)) {
        if (elementOf(expectation) !== 'responsiveness' || !expectation.bound) continue;
        if (!longest?.bound || secondsOf(expectation.bound) > secondsOf(longest.bound)) longest = expectation;
    }
    return longest;
}

/** The touchpoints after this one in its scene and in the next scene: where a wait promised here is lived. */
function stepsAhead(touchpoint: Touchpoint): Touchpoint[] {
    const scene = touchpoint.$container;
    const scenes = serviceOf(touchpoint)?.members.filter(isScene) ?? [scene];
    const next = scenes[scenes.indexOf(scene) + 1];
    return [...scene.touchpoints.slice(scene.touchpoints.indexOf(touchpoint) + 1), ...(next?.touchpoints ?? [])];
}
