import { isActor, isCastAction, isRecovery, type Performer, type Recovery } from '../generated/ast.js';
import { findKeywordNode } from '../keyword-language.js';
import { appendToNode } from './fix-edits.js';
import type { Localized, Rule } from './rule.js';
import { describePerformer, isFrontstage, serviceOf } from './spec-facts.js';

/** A quick fix offers at most this many owners; beyond that the designer knows best. */
const MAX_CANDIDATES = 3;

export const recoveryIsConcrete: Rule = {
    id: 'recovery-is-concrete',
    defaultSeverity: 'warning',
    description: {
        en: "A recovery says who puts it right ('by' an actor or system) and how fast ('within').",
        zh: '补救要写明由谁来做（by 一位演员或一个系统）和多快做到（within）。'
    },
    checks: {
        Recovery(recovery, context) {
            const missing: Localized[] = [];
            if (!recovery.performer) missing.push({ en: "who acts ('by')", zh: '由谁补救（by）' });
            if (!recovery.bound) missing.push({ en: "how fast ('within')", zh: '多快做到（within）' });
            if (missing.length === 0) return;
            const risk = recovery.$container;
            context.report({
                node: recovery,
                keyword: 'recovery',
                message: {
                    en: `risk ${risk.name}: the recovery does not say ${missing.map(m => m.en).join(' or ')}; `
                        + 'a recovery nobody owns, with no time to it, is a hope rather than a plan',
                    zh: `风险 ${risk.name}：补救没有写明${missing.map(m => m.zh).join('和')}；没人负责、没有时限的补救只是愿望，不是安排`
                }
            });
        }
    },
    fix(node) {
        if (!isRecovery(node) || node.performer) return [];
        return candidates(node).map(performer => ({
            title: {
                en: `Give the recovery to ${describePerformer(performer).en}`,
                zh: `由${describePerformer(performer).zh} 负责补救`
            },
            edits: insertBy(node, performer.name),
            judgement: true
        })).slice(0, MAX_CANDIDATES);
    }
};

/** Who could own the recovery: the frontstage actors acting in the touchpoint, then the service's other frontstage actors. */
function candidates(recovery: Recovery): Performer[] {
    const touchpoint = recovery.$container.$container;
    const acting = touchpoint.actions.filter(isCastAction).map(action => action.performer?.ref).filter((p): p is Performer => !!p && isFrontstage(p));
    const others = (serviceOf(recovery)?.members ?? []).filter((m): m is Performer => isActor(m) && isFrontstage(m));
    return [...new Set([...acting, ...others])];
}

/** ` by NAME` right after the recovery's text, before a `within` if there is one. */
function insertBy(recovery: Recovery, name: string) {
    const within = findKeywordNode(recovery.$cstNode, 'within');
    if (!within) return appendToNode(recovery, ` by ${name}`);
    return [{ range: { start: within.range.start, end: within.range.start }, newText: `by ${name} ` }];
}
