import { isExpectation, type Expectation, type Norm } from '../generated/ast.js';
import type { Rule, RuleContext } from './rule.js';
import { elementName, elementOf, formatDuration, secondsOf } from './spec-facts.js';

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
            for (const applies of touchpoint.applies) {
                const norm = applies.norm?.ref;
                if (!norm) continue;
                for (const own of touchpoint.expectations) {
                    if (!own.bound) continue;
                    const rival = norm.expectations.find(theirs => theirs.bound && elementOf(theirs) === elementOf(own)
                        && secondsOf(theirs.bound) !== secondsOf(own.bound!) && aboutTheSameThing(own.text, theirs.text));
                    if (rival) report(own, rival, norm, context);
                }
            }
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

/**
 * Whether two expectations of one element promise the same thing, by the words they share: a norm's
 * "the phone is answered" and a touchpoint's "phone answered by a person" do; "greeting" and "table ready"
 * do not, and their bounds may differ. Chinese text is compared by pairs of characters.
 */
export function aboutTheSameThing(a: string, b: string): boolean {
    const wordsA = significantWords(a);
    const wordsB = significantWords(b);
    if (wordsA.size === 0 || wordsB.size === 0) return false;
    let shared = 0;
    for (const word of wordsA) if (wordsB.has(word)) shared++;
    return shared / Math.min(wordsA.size, wordsB.size) >= 0.5;
}

const STOP_WORDS = new Set(['the', 'a', 'an', 'is', 'are', 'be', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'and', 'or', 'with', 'it', 'its', 'as', 'from', 'after', 'before']);

function significantWords(text: string): Set<string> {
    const words = new Set<string>();
    const lower = text.toLowerCase();
    for (const word of lower.match(/[a-z0-9]+/g) ?? []) {
        if (!STOP_WORDS.has(word)) words.add(word.replace(/(ed|ing|s)$/, ''));
    }
    for (const run of lower.match(/[\u3400-\u9fff]+/g) ?? []) {
        for (let i = 0; i + 1 < run.length; i++) words.add(run.slice(i, i + 2));
        if (run.length === 1) words.add(run);
    }
    return words;
}
