import type { AstNode } from 'langium';
import { isNorm, type Adaptation, type Delight, type Expectation, type Recovery, type Wait } from '../generated/ast.js';
import type { Localized, Rule, RuleContext, RuleOptions } from './rule.js';
import { elementOf, elementWithKeyword } from './spec-facts.js';

/**
 * Texts that sound like a plan and say nothing a performer could act on. They count only as the whole
 * text: "escalate" is hollow, "the duty manager calls back within the hour" is not.
 */
export const HOLLOW_PHRASES: readonly string[] = [
    'exceed expectations', 'exceed customer expectations', "exceed the customer's expectations", 'go above and beyond',
    'handle professionally', 'handle it professionally', 'be professional', 'professional service',
    'escalate', 'escalate it', 'escalate the issue', 'be nice', 'be friendly', 'be polite',
    'good service', 'great service', 'excellent service', 'provide good service', 'delight the customer',
    'satisfy the customer', 'customer satisfaction', 'make the customer happy', 'as needed', 'as appropriate',
    'deal with it', 'fix it', 'solve the problem', 'resolve the issue', 'follow the process', 'follow procedure',
    'n/a', 'na', 'none',
    '超出预期', '超越预期', '超出客户预期', '专业处理', '妥善处理', '及时处理', '按流程处理', '按规定处理', '视情况处理',
    '升级处理', '上报', '热情服务', '优质服务', '服务好', '让客户满意', '客户满意', '态度好', '无'
];

/** Marks of unfinished text, hollow wherever they appear in it. */
export const PLACEHOLDERS: readonly string[] = ['tbd', 'tba', 'todo', 'fixme', 'xxx', '...', '…', '待定', '待补充', '待完善', '待填写'];

export interface HollowTextOptions {
    /** Hollow when they are the whole text. */
    phrases: readonly string[];
    /** Hollow wherever they appear. */
    placeholders: readonly string[];
}

const hollowTextOptions: RuleOptions<HollowTextOptions> = {
    defaults: { phrases: HOLLOW_PHRASES, placeholders: PLACEHOLDERS },
    schema: {
        type: 'object',
        properties: {
            phrases: { type: 'array', items: { type: 'string' }, description: 'More texts that are hollow when they are the whole text (added to the built-in list).' },
            placeholders: { type: 'array', items: { type: 'string' }, description: 'More marks of unfinished text, hollow wherever they appear (added to the built-in list).' },
            builtInPhrases: { type: 'boolean', description: 'false: use only the phrases and placeholders given here.' }
        },
        additionalProperties: false
    },
    read(value) {
        const options = { phrases: [...HOLLOW_PHRASES], placeholders: [...PLACEHOLDERS] };
        for (const [key, entry] of Object.entries(value)) {
            if (key === 'builtInPhrases') {
                if (typeof entry !== 'boolean') return { key, problem: { en: 'must be true or false', zh: '应为 true 或 false' } };
                if (!entry) {
                    options.phrases = [];
                    options.placeholders = [];
                }
            } else if (key !== 'phrases' && key !== 'placeholders') {
                return {
                    key,
                    problem: {
                        en: `unknown option '${key}': hollow-text takes "phrases", "placeholders" and "builtInPhrases"`,
                        zh: `未知的选项 '${key}'：hollow-text 只有 "phrases"、"placeholders" 和 "builtInPhrases"`
                    }
                };
            } else if (!Array.isArray(entry) || !entry.every(item => typeof item === 'string' && item.trim() !== '')) {
                return { key, problem: { en: 'must be a list of texts, such as ["handle it", "看情况"]', zh: '应为文字列表，例如 ["handle it", "看情况"]' } };
            }
        }
        // Given lists add to the built-in ones (or replace them, with "builtInPhrases": false).
        const phrases = value.phrases as string[] | undefined;
        const placeholders = value.placeholders as string[] | undefined;
        return {
            options: {
                phrases: [...options.phrases, ...(phrases ?? [])],
                placeholders: [...options.placeholders, ...(placeholders ?? [])]
            }
        };
    }
};

export const hollowText: Rule = {
    id: 'hollow-text',
    defaultSeverity: 'warning',
    description: {
        en: 'An expectation, recovery, delight, adaptation or wait says something concrete: not empty, not a placeholder such as "TBD", '
            + 'not a phrase such as "exceed expectations" or "escalate" that nobody can act on.',
        zh: '期待、补救、惊喜、适应和等待要写具体的内容：不能是空的，不能是“待定”这样的占位，'
            + '也不能是“超出预期”“专业处理”这类谁也没法照着做的话。'
    },
    options: hollowTextOptions,
    checks: {
        Expectation: (node, context) => check(node, context),
        Recovery: (node, context) => check(node, context),
        Delight: (node, context) => check(node, context),
        Adaptation: (node, context) => check(node, context),
        Wait: (node, context) => check(node, context)
    }
};

type Statement = Expectation | Recovery | Delight | Adaptation | Wait;

function check(statement: Statement, context: RuleContext): void {
    const text = statement.text;
    if (text === undefined) return;
    const reason = hollowness(text, context.options as HollowTextOptions);
    if (!reason) return;
    const { where, what } = describe(statement);
    const advice = ADVICE[statement.$type];
    const said: Localized = reason.kind === 'empty'
        ? { en: `the ${what.en} is empty`, zh: `${what.zh}是空的` }
        : reason.kind === 'placeholder'
            ? { en: `the ${what.en} "${text}" is a placeholder (${reason.mark})`, zh: `${what.zh}“${text}”是占位内容（${reason.mark}）` }
            : { en: `the ${what.en} "${text}" says nothing anyone could act on`, zh: `${what.zh}“${text}”说不出谁该做什么` };
    context.report({
        node: statement,
        property: 'text',
        message: { en: `${where.en}: ${said.en}; ${advice.en}`, zh: `${where.zh}：${said.zh}；${advice.zh}` }
    });
}

export type Hollowness = { kind: 'empty' } | { kind: 'placeholder'; mark: string } | { kind: 'phrase' };

/** Why a text is hollow, or undefined when it says something. */
export function hollowness(text: string, options: HollowTextOptions): Hollowness | undefined {
    const normal = normalise(text);
    if (normal === '') return { kind: 'empty' };
    const { phrases, placeholders } = matcherFor(options);
    const lower = text.toLowerCase();
    const found = placeholders.find(placeholder => placeholder.test(lower));
    if (found) return { kind: 'placeholder', mark: found.mark };
    return phrases.has(normal) ? { kind: 'phrase' } : undefined;
}

/** The lists made ready for matching once per set of options: every text of a spec is checked against them. */
interface Matcher {
    phrases: ReadonlySet<string>;
    placeholders: ReadonlyArray<{ mark: string; test: (lower: string) => boolean }>;
}

const matchers = new WeakMap<HollowTextOptions, Matcher>();

function matcherFor(options: HollowTextOptions): Matcher {
    let matcher = matchers.get(options);
    if (!matcher) {
        matcher = {
            phrases: new Set(options.phrases.map(normalise)),
            placeholders: options.placeholders.map(mark => ({ mark, test: wordTest(mark.toLowerCase()) }))
        };
        matchers.set(options, matcher);
    }
    return matcher;
}

/** Lower case, without punctuation at the ends and with single spaces: "  Escalate! " → "escalate". */
function normalise(text: string): string {
    return text.toLowerCase()
        .replace(/[\s\u3000]+/g, ' ')
        .replace(/^[\s.,;:!?'"()\u3002\uff0c\uff1b\uff1a\uff01\uff1f\u3001\u201c\u201d\u2018\u2019\uff08\uff09-]+|[\s.,;:!?'"()\u3002\uff0c\uff1b\uff1a\uff01\uff1f\u3001\u201c\u201d\u2018\u2019\uff08\uff09-]+$/g, '')
        .trim();
}

/** A test for `mark` as a word of its own in lower-case text (Chinese marks and dots need no word boundary). */
function wordTest(mark: string): (lower: string) => boolean {
    if (!/^[a-z0-9]+$/.test(mark)) return lower => lower.includes(mark);
    const pattern = new RegExp(`(^|[^a-z0-9])${mark}([^a-z0-9]|$)`);
    return lower => lower.includes(mark) && pattern.test(lower);
}

/** Where the statement is (`risk Lost`, `touchpoint Pay`, `norm Greeting`) and what it is (`recovery`). */
function describe(statement: Statement): { where: Localized; what: Localized } {
    if (statement.$type === 'Recovery') {
        const risk = statement.$container;
        return { where: { en: `risk ${risk.name}`, zh: `风险 ${risk.name}` }, what: { en: 'recovery', zh: '补救' } };
    }
    const owner = statement.$container as AstNode & { name?: string };
    const where: Localized = isNorm(owner)
        ? { en: `norm ${owner.name}`, zh: `规范 ${owner.name}` }
        : { en: `touchpoint ${owner.name}`, zh: `触点 ${owner.name}` };
    switch (statement.$type) {
        case 'Expectation':
            return { where, what: { en: `${statement.element} expectation`, zh: `${elementWithKeyword(elementOf(statement)).zh}期待` } };
        case 'Delight':
            return { where, what: { en: 'delight', zh: '惊喜（`delight`）' } };
        case 'Adaptation':
            return { where, what: { en: 'adaptation', zh: '适应（`adapt`）' } };
        default:
            return { where, what: { en: 'wait', zh: '等待（`wait`）' } };
    }
}

const ADVICE: Record<Statement['$type'], Localized> = {
    Expectation: { en: 'say what the customer can see or check, e.g. "greeted by name within 10 s"', zh: '请写客户看得到、能核对的事，例如“10 秒内叫出客户的名字问好”' },
    Recovery: { en: 'say what is done for the customer, e.g. "rebook on the next flight and hand over a meal voucher"', zh: '请写为客户做了什么，例如“改签下一班航班，并送上餐券”' },
    Delight: { en: 'say the extra itself, e.g. "a free manicure while waiting"', zh: '请写出那份额外的东西，例如“等位时免费美甲”' },
    Adaptation: { en: 'say the need and how it is met, e.g. "a high chair for small children"', zh: '请写出是什么需要、怎样满足，例如“给小朋友准备儿童椅”' },
    Wait: { en: 'say how the wait is explained or filled, e.g. "the board shows the tables ahead"', zh: '请写怎样交代或填满这段等待，例如“屏幕显示前面还有几桌”' }
};
