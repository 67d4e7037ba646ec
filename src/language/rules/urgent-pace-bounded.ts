import { isAudience, isTouchpoint, type Audience, type Touchpoint } from '../generated/ast.js';
import type { Rule } from './rule.js';
import { appliesUnknownNorm, elementOf, expectationsOf, serviceOf } from './spec-facts.js';
import { insertExpectation } from './touchpoint-has-expectation.js';
import { SUGGESTED_BOUND } from './measurable-responsiveness.js';

const RESPONSIVENESS_PLACEHOLDER = { en: 'how fast this step is done', zh: '这一步多快完成' };

export const urgentPaceBounded: Rule = {
    id: 'urgent-pace-bounded',
    defaultSeverity: 'warning',
    description: {
        en: "Where the audience is in a hurry (pace urgent), every touchpoint has a responsiveness expectation with a time bound.",
        zh: '观众赶时间（`pace urgent`）时，每个触点都要有一条带时限的响应性期待。'
    },
    checks: {
        Touchpoint(touchpoint, context) {
            const hurried = hurriedAudience(touchpoint);
            if (!hurried || appliesUnknownNorm(touchpoint)) return;
            const bounded = expectationsOf(touchpoint).some(expectation => elementOf(expectation) === 'responsiveness' && expectation.bound);
            if (bounded) return;
            context.report({
                node: touchpoint,
                property: 'name',
                message: {
                    en: `touchpoint ${touchpoint.name}: audience ${hurried.name} is in a hurry, but no responsiveness expectation here has a time bound`,
                    zh: `触点 ${touchpoint.name}：观众 ${hurried.name} 赶时间，但这里没有带时限的响应性期待`
                }
            });
        }
    },
    fix(node, { document, locale }) {
        if (!isTouchpoint(node)) return [];
        return [{
            title: {
                en: `Add a responsiveness expectation within ${SUGGESTED_BOUND}`,
                zh: `添加一条响应性期待（within ${SUGGESTED_BOUND}）`
            },
            edits: insertExpectation(document, node, 'responsiveness', RESPONSIVENESS_PLACEHOLDER[locale], ` within ${SUGGESTED_BOUND}`)
        }];
    }
};

/**
 * The audience in a hurry that the touchpoint serves: its own audience (`for`) when it names one, else
 * the first urgent audience of the service, since a touchpoint without `for` serves them all.
 */
function hurriedAudience(touchpoint: Touchpoint): Audience | undefined {
    if (touchpoint.audience) {
        const audience = touchpoint.audience.ref;
        return audience?.pace === 'urgent' ? audience : undefined;
    }
    return serviceOf(touchpoint)?.members.find((member): member is Audience => isAudience(member) && member.pace === 'urgent');
}
