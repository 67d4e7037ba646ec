import type { AstNode, LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import { isTouchpoint, type Touchpoint } from '../generated/ast.js';
import { insertStatement, quoted } from './fix-edits.js';
import { SUGGESTED_BOUND } from './measurable-responsiveness.js';
import type { Rule } from './rule.js';
import { appliesUnknownNorm, elementName, elementOf, expectationsOf, FIVE_ELEMENTS, serviceOf, touchpointsOf, type FiveElement } from './spec-facts.js';

/** The placeholder text of an inserted expectation, for the designer to replace. */
export const EXPECTATION_PLACEHOLDER = { en: 'what the customer expects here', zh: '客户在这里期待什么' };

export const touchpointHasExpectation: Rule = {
    id: 'touchpoint-has-expectation',
    defaultSeverity: 'error',
    description: {
        en: 'Every touchpoint states at least one standard expectation, its own or from an applied norm.',
        zh: '每个触点至少写明一条期待（自己写的，或来自采用的规范）。'
    },
    checks: {
        Touchpoint(touchpoint, context) {
            // An unknown norm is reported where it is named; what it would add is unknown.
            if (expectationsOf(touchpoint).length > 0 || appliesUnknownNorm(touchpoint)) return;
            context.report({
                node: touchpoint,
                property: 'name',
                message: {
                    en: `touchpoint ${touchpoint.name}: no expectation says what the customer expects here; add 'expect' or apply a norm`,
                    zh: `触点 ${touchpoint.name}：没有写客户在这里期待什么；请加一条 \`expect\`，或用 \`applies\` 采用规范`
                }
            });
        }
    },
    fix(node, { document, locale }) {
        if (!isTouchpoint(node)) return [];
        const element = suggestedElement(node);
        return [{
            title: { en: `Add an expectation on ${element}`, zh: `添加一条${elementName(element).zh}期待` },
            edits: insertExpectation(document, node, element, EXPECTATION_PLACEHOLDER[locale])
        }];
    }
};

/** The first of the five elements the service does not cover yet, else reliability. */
function suggestedElement(touchpoint: Touchpoint): FiveElement {
    const service = serviceOf(touchpoint);
    const covered = new Set(service ? touchpointsOf(service).flatMap(expectationsOf).map(elementOf) : []);
    return FIVE_ELEMENTS.find(element => !covered.has(element)) ?? 'reliability';
}

/**
 * Inserts `expect ELEMENT "…"` after the touchpoint's moment, actions, evidence and expectations. A
 * responsiveness expectation gets a time bound, so that the fix does not raise measurable-responsiveness.
 */
export function insertExpectation(document: LangiumDocument, touchpoint: Touchpoint, element: FiveElement, text: string,
    bound = element === 'responsiveness' ? ` within ${SUGGESTED_BOUND}` : ''): TextEdit[] {
    const before: AstNode[] = [
        ...(touchpoint.moment ? [touchpoint.moment] : []),
        ...touchpoint.actions, ...touchpoint.evidence, ...touchpoint.expectations
    ];
    const last = before.reduce<AstNode | undefined>((latest, statement) =>
        !latest || (statement.$cstNode?.offset ?? 0) > (latest.$cstNode?.offset ?? 0) ? statement : latest, undefined);
    return insertStatement(document, touchpoint, last, `expect ${element} ${quoted(text)}${bound}`);
}
