import { isTouchpoint } from '../generated/ast.js';
import { indentOf, insertStatement, quoted } from './fix-edits.js';
import type { Rule } from './rule.js';

const INDENT = '    ';

const RISK_PLACEHOLDER = {
    en: { description: 'what could go wrong here', recovery: 'how the service puts it right' },
    zh: { description: '这里可能出什么问题', recovery: '服务如何补救' }
};

export const trialHasRisk: Rule = {
    id: 'trial-has-risk',
    defaultSeverity: 'warning',
    description: {
        en: 'A moment of trial (trial) names at least one risk with its recovery: it is where the customer is won or lost for good.',
        zh: '考验时刻（trial）至少写明一个风险及其补救：客户在这里被永远赢得，或永远失去。'
    },
    checks: {
        Touchpoint(touchpoint, context) {
            if (!touchpoint.moment?.trial || touchpoint.risks.some(risk => risk.recovery)) return;
            context.report({
                node: touchpoint,
                target: touchpoint.moment,
                keyword: 'trial',
                message: {
                    en: `touchpoint ${touchpoint.name}: a moment of trial with no risk and recovery; `
                        + 'name what could go wrong here and how the service would put it right',
                    zh: `触点 ${touchpoint.name}：考验时刻没有写风险和补救；请写明这里可能出什么问题，服务又如何补救`
                }
            });
        }
    },
    fix(node, { document, locale }) {
        if (!isTouchpoint(node)) return [];
        const text = RISK_PLACEHOLDER[locale];
        const last = [...node.actions, ...node.evidence, ...node.expectations, ...node.risks].at(-1);
        const name = uniqueRiskName(node.risks.map(risk => risk.name));
        return [{
            title: { en: 'Add a risk with its recovery', zh: '添加一个带补救的风险' },
            edits: insertStatement(document, node, last ?? node.moment, `risk ${name} ${quoted(text.description)} {\n`
                + `${indentOf(node)}${INDENT}${INDENT}recovery ${quoted(text.recovery)}\n${indentOf(node)}${INDENT}}`)
        }];
    }
};

function uniqueRiskName(taken: string[]): string {
    let name = 'WhatCouldGoWrong';
    for (let n = 2; taken.includes(name); n++) name = `WhatCouldGoWrong${n}`;
    return name;
}
