import { findRule, RULES } from './index.js';
import { CONFIGURED_SEVERITIES, type ConfiguredSeverity, type Localized, type RuleOptions } from './rule.js';

/** The configuration file, looked for at the root of the workspace. */
export const CONFIG_FILE_NAME = '.servicedrama.json';

/**
 * The rule settings of one configuration: each rule's severity, and the options of the rules that take
 * some. The options travel with the severities, so that whoever passes on a file's severities passes on
 * its options too.
 */
export interface RuleSeverities extends ReadonlyMap<string, ConfiguredSeverity> {
    readonly options?: ReadonlyMap<string, unknown>;
}

function ruleSeverities(severities: Map<string, ConfiguredSeverity>, options: Map<string, unknown>): RuleSeverities {
    return Object.assign(severities, { options });
}

/** One mistake in a configuration: the key at fault (`rules.risk-has-recovery`) and what is wrong with it. */
export interface RuleConfigProblem {
    key: string;
    message: Localized;
    /** Where the mistake is in the file's text, when it can be told. */
    offset?: number;
    length?: number;
}

export interface ParsedRuleConfig {
    severities: RuleSeverities;
    problems: RuleConfigProblem[];
}

/**
 * Reads the text of a configuration file: `{ "rules": { "rule-id": "error" | "warning" | "info" | "off" } }`;
 * a rule that takes options may be given `[severity, { …options }]`.
 */
export function parseRuleConfigFile(text: string): ParsedRuleConfig {
    let value: unknown;
    try {
        value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        const detail = (error as Error).message;
        const position = /position (\d+)/.exec(detail);
        return {
            severities: ruleSeverities(new Map(), new Map()),
            problems: [{
                key: '',
                message: { en: `not valid JSON (${detail})`, zh: `不是有效的 JSON（${detail}）` },
                offset: position ? Number(position[1]) : 0,
                length: 1
            }]
        };
    }
    if (!isObject(value)) {
        return {
            severities: ruleSeverities(new Map(), new Map()),
            problems: [{
                key: '',
                message: {
                    en: 'the file must hold a JSON object such as { "rules": { "risk-has-recovery": "error" } }',
                    zh: '文件内容应是一个 JSON 对象，例如 { "rules": { "risk-has-recovery": "error" } }'
                },
                offset: 0
            }]
        };
    }
    const problems: RuleConfigProblem[] = [];
    for (const key of Object.keys(value)) {
        if (key !== 'rules' && key !== '$schema') {
            problems.push(locate(text, key, {
                key,
                message: { en: `unknown setting '${key}': the file holds only "rules"`, zh: `未知的设置 '${key}'：文件里只能写 "rules"` }
            }));
        }
    }
    const checked = value.rules === undefined ? { severities: ruleSeverities(new Map(), new Map()), problems: [] } : checkRuleSeverities(value.rules, 'rules');
    problems.push(...checked.problems.map(problem => locate(text, problem.key.split('.').pop() ?? '', problem)));
    return { severities: checked.severities, problems };
}

/**
 * Checks an object of rule ids and severities, as found under `rules` in the file or in the
 * `serviceDrama.rules` setting. `prefix` names where it was found, for the problems' keys.
 */
export function checkRuleSeverities(value: unknown, prefix: string): ParsedRuleConfig {
    if (!isObject(value)) {
        return {
            severities: ruleSeverities(new Map(), new Map()),
            problems: [{
                key: prefix,
                message: {
                    en: 'must be an object of rule ids and severities, such as { "risk-has-recovery": "warning" }',
                    zh: '应是规则 id 与严重程度的对象，例如 { "risk-has-recovery": "warning" }'
                }
            }]
        };
    }
    const severities = new Map<string, ConfiguredSeverity>();
    const options = new Map<string, unknown>();
    const problems: RuleConfigProblem[] = [];
    for (const [id, setting] of Object.entries(value)) {
        const key = `${prefix}.${id}`;
        const rule = findRule(id);
        const withOptions = Array.isArray(setting);
        const severity: unknown = withOptions ? setting[0] : setting;
        if (rule && withOptions && !rule.options) {
            problems.push({
                key,
                message: {
                    en: `rule '${id}' takes no options: give its severity alone, such as "warning"`,
                    zh: `规则 '${id}' 没有选项：只写严重程度即可，例如 "warning"`
                }
            });
            continue;
        }
        if (rule?.options && withOptions && setting.length > 1) {
            const read = readOptions(rule.options, setting[1], setting.length);
            if ('problem' in read) {
                problems.push({ key: read.key ? `${key}.${read.key}` : key, message: read.problem });
                continue;
            }
            options.set(id, read.options);
        }
        if (!rule) {
            const suggestion = closestRuleId(id);
            const hint = suggestion ? { en: ` (did you mean '${suggestion}'?)`, zh: `（是不是 '${suggestion}'？）` } : { en: '', zh: '' };
            problems.push({ key, message: { en: `unknown rule id '${id}'${hint.en}`, zh: `未知的规则 id '${id}'${hint.zh}` } });
        } else if (!CONFIGURED_SEVERITIES.includes(severity as ConfiguredSeverity)) {
            problems.push({
                key,
                message: {
                    en: `${JSON.stringify(severity)} is not a severity: use "error", "warning", "info" or "off"`,
                    zh: `${JSON.stringify(severity)} 不是有效的严重程度：请用 "error"、"warning"、"info" 或 "off"`
                }
            });
        } else {
            severities.set(id, severity as ConfiguredSeverity);
        }
    }
    return { severities: ruleSeverities(severities, options), problems };
}

function readOptions(spec: RuleOptions<unknown>, value: unknown, length: number): { options: unknown } | { key: string; problem: Localized } {
    if (!isObject(value) || length > 2) {
        return {
            key: '',
            problem: {
                en: 'give the severity and one object of options, such as ["warning", { … }]',
                zh: '请写严重程度和一个选项对象，例如 ["warning", { … }]'
            }
        };
    }
    return spec.read(value);
}

/** A one-line description of a problem: `rules.risk-has-recoverx: unknown rule id …`. */
export function describeProblem(problem: RuleConfigProblem, locale: keyof Localized): string {
    return problem.key ? `${problem.key}: ${problem.message[locale]}` : problem.message[locale];
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Finds where a key is written in the file, so that the editor can underline it. */
function locate(text: string, key: string, problem: RuleConfigProblem): RuleConfigProblem {
    const offset = text.indexOf(JSON.stringify(key));
    return offset < 0 ? problem : { ...problem, offset, length: JSON.stringify(key).length };
}

/** The rule id nearest to a mistyped one, if it is close enough to be a typo. */
function closestRuleId(id: string): string | undefined {
    let best: { id: string; distance: number } | undefined;
    for (const rule of RULES) {
        const distance = editDistance(id, rule.id);
        if (distance <= 3 && (!best || distance < best.distance)) best = { id: rule.id, distance };
    }
    return best?.id;
}

function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
