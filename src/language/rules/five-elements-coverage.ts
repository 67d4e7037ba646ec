import { isService } from '../generated/ast.js';
import type { Rule } from './rule.js';
import type { Touchpoint } from '../generated/ast.js';
import { customerActs, elementName, elementOf, elementWithKeyword, expectationsOf, FIVE_ELEMENTS, isFrontstage, joinNames, performersIn, touchpointsOf, type FiveElement } from './spec-facts.js';
import { EXPECTATION_PLACEHOLDER, insertExpectation } from './touchpoint-has-expectation.js';

export const fiveElementsCoverage: Rule = {
    id: 'five-elements-coverage',
    defaultSeverity: 'warning',
    description: {
        en: "Each service's expectations cover all five elements: reliability, responsiveness, assurance, empathy and tangibles.",
        zh: '每项服务的期待都要覆盖五个要素：可靠性、响应性、友好性、移情性和有形性。'
    },
    checks: {
        Service(service, context) {
            const touchpoints = touchpointsOf(service);
            // A service without touchpoints is reported by scene-has-touchpoint or is still being written.
            if (touchpoints.length === 0) return;
            const covered = new Set(touchpoints.flatMap(expectationsOf).map(elementOf));
            const missing = FIVE_ELEMENTS.filter(element => !covered.has(element));
            if (missing.length === 0) return;
            context.report({
                node: service,
                property: 'name',
                message: {
                    en: `service ${service.name}: no expectation on ${joinNames(missing.map(m => elementWithKeyword(m).en)).en}`
                        + ` (covered: ${covered.size} of the five elements)`,
                    zh: `服务 ${service.name}：还没有关于${joinNames(missing.map(m => elementWithKeyword(m).zh)).zh}的期待`
                        + `（五要素已覆盖 ${covered.size} 个）`
                },
                fixData: { missing }
            });
        }
    },
    fix(node, { document, locale, data }) {
        if (!isService(node)) return [];
        const touchpoints = touchpointsOf(node);
        const missing = (Array.isArray(data.missing) ? data.missing : []) as FiveElement[];
        return missing.filter(element => FIVE_ELEMENTS.includes(element)).flatMap(element => {
            const target = homeOf(element, touchpoints);
            if (!target) return [];
            return [{
                title: {
                    en: `Add an expectation on ${element} to touchpoint ${target.name}`,
                    zh: `在触点 ${target.name} 添加一条${elementName(element).zh}期待`
                },
                edits: insertExpectation(document, target, element, EXPECTATION_PLACEHOLDER[locale])
            }];
        });
    }
};

/**
 * Where a missing element belongs: empathy where the news is bad or the moment is a trial,
 * responsiveness where the customer waits, tangibles where there is evidence to judge, assurance where
 * staff meet the customer; otherwise the first touchpoint the customer takes part in.
 */
function homeOf(element: FiveElement, touchpoints: Touchpoint[]): Touchpoint | undefined {
    const fitting: Record<FiveElement, (touchpoint: Touchpoint) => boolean> = {
        empathy: touchpoint => !!touchpoint.moment && (touchpoint.moment.trial || touchpoint.moment.kinds.includes('bad-news')),
        responsiveness: touchpoint => touchpoint.waits.length > 0 || !!touchpoint.$container.budget,
        tangibles: touchpoint => touchpoint.evidence.length > 0,
        assurance: touchpoint => (performersIn(touchpoint) ?? []).some(isFrontstage),
        reliability: () => false
    };
    return touchpoints.find(touchpoint => fitting[element](touchpoint) && customerActs(touchpoint))
        ?? touchpoints.find(customerActs)
        ?? touchpoints[0];
}
