import { isExpectation, type Expectation, type Norm } from '../generated/ast.js';
import type { Rule, RuleContext } from './rule.js';
import { boundConflictsOf, elementName, elementOf, formatDuration, secondsOf } from './spec-facts.js';

export const conflictingBounds: Rule = {
    id: 'conflicting-bounds',
    defaultSeverity: 'warning',
    description: {
        en: "A touchpoint's time bound and an applied norm's bound for the same expectation agree: two different promises "
            + 'for one moment leave staff to guess which one holds.',
        zh: '触点的时限和所采用规范对同一项期待的时限要一致：同一刻两个不同的承诺，员工只能去猜哪个算数。'
    },
    checks: {
        Touchpoint(touchpoint, context) {
            for (const { own, rival, norm } of boundConflictsOf(touchpoint)) report(own, rival, norm, context);
        }
    },
    fix(node, { data }) {
        if (!isExpectation(node) || !node.bound?.$cstNode || typeof data.stricter !== 'string') return [];
        return [{
            title: { en: `Use the norm's stricter bound (${data.stricter})`, zh: `改用规范更严的时限（${data.stricter}）` },
            edits: [{ range: node.bound.$cstNode.range, newText: data.stricter }],
            // Which promise to keep is the designer's decision.
            judgement: true
        }];
    }
};

function report(own: Expectation, rival: Expectation, norm: Norm, context: RuleContext): void {
    const ours = formatDuration(secondsOf(own.bound!), own.bound!.unit);
    const theirs = formatDuration(secondsOf(rival.bound!), rival.bound!.unit);
    const normStricter = secondsOf(rival.bound!) < secondsOf(own.bound!);
    const element = elementName(elementOf(own));
    const touchpoint = own.$container as { name: string };
    context.report({
        node: own,
        target: own.bound,
        message: {
            en: `touchpoint ${touchpoint.name}: "${own.text}" within ${ours} here, but norm ${norm.name} asks "${rival.text}" within ${theirs} `
                + `(${element.en}); ${normStricter ? `the norm's ${theirs}` : `this ${ours}`} is stricter: keep one promise`,
            zh: `触点 ${touchpoint.name}：这里写“${own.text}”${ours} 内，规范 ${norm.name} 却要求“${rival.text}”${theirs} 内`
                + `（${element.zh}）；${normStricter ? `规范的 ${theirs}` : `这里的 ${ours}`} 更严：请只保留一个承诺`
        },
        fixData: normStricter ? { stricter: theirs } : undefined
    });
}
