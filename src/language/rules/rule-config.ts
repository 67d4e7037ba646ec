import { parse as parseJsonc, parseTree, findNodeAtLocation, printParseErrorCode, type ParseError } from 'jsonc-parser';
import picomatch from 'picomatch';
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

export function ruleSeverities(severities: Map<string, ConfiguredSeverity>, options: Map<string, unknown>): RuleSeverities {
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

/** Rule severities for the specs that match some globs (relative to the folder of the configuration in use). */
export interface RuleOverride {
    files: string[];
    severities: RuleSeverities;
}

/** What one configuration file says, before the files it extends are read. */
export interface ParsedConfigFile extends ParsedRuleConfig {
    /** Other configurations this one builds on, in order: relative paths or npm package names. */
    extends: string[];
    overrides: RuleOverride[];
    /** Globs of specs that are never linted. */
    ignores: string[];
    /** The survey file of measured quality, as written (relative to this file). */
    survey?: string;
}

/** The settings a configuration file may hold. */
export const CONFIG_KEYS = ['$schema', 'rules', 'extends', 'overrides', 'ignores', 'survey'];

/**
 * Reads the text of a configuration file, JSON with comments (JSONC):
 * `{ "extends": "./base.json", "rules": { "rule-id": "error" }, "overrides": [{ "files": ["drafts/**"], "rules": {…} }], "ignores": ["old/**"] }`;
 * a rule that takes options may be given `[severity, { …options }]`; `"survey": "surveys/checkout.csv"` names the
 * survey whose gaps the blueprint and the perception-gap rule show.
 */
export function parseRuleConfigFile(text: string): ParsedConfigFile {
    const errors: ParseError[] = [];
    const value: unknown = parseJsonc(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: false, disallowComments: false });
    const empty = { severities: ruleSeverities(new Map(), new Map()), extends: [], overrides: [], ignores: [] };
    if (errors.length > 0) {
        const [first] = errors;
        const detail = `${printParseErrorCode(first.error)} at offset ${first.offset}`;
        return {
            ...empty,
            problems: [{
                key: '',
                message: { en: `not valid JSON (${detail})`, zh: `不是有效的 JSON（${detail}）` },
                offset: first.offset,
                length: Math.max(1, first.length)
            }]
        };
    }
    if (!isObject(value)) {
        return {
            ...empty,
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
    const tree = parseTree(text.replace(/^\uFEFF/, ''));
    const at = (path: Array<string | number>, problem: RuleConfigProblem): RuleConfigProblem => {
        const node = tree && findNodeAtLocation(tree, path);
        const key = node?.parent?.type === 'property' ? node.parent.children?.[0] : node;
        return key ? { ...problem, offset: key.offset, length: key.length } : problem;
    };
    const problems: RuleConfigProblem[] = [];
    const known = CONFIG_KEYS.map(key => `"${key}"`).join(', ');
    for (const key of Object.keys(value)) {
        if (!CONFIG_KEYS.includes(key)) {
            problems.push(at([key], {
                key,
                message: { en: `unknown setting '${key}': the file holds only ${known}`, zh: `未知的设置 '${key}'：文件里只能写 ${known}` }
            }));
        }
    }
    const checked = value.rules === undefined ? { severities: ruleSeverities(new Map(), new Map()), problems: [] } : checkRuleSeverities(value.rules, 'rules');
    problems.push(...checked.problems.map(problem => at(problem.key.split('.'), problem)));
    const extendsList = stringList(value.extends, 'extends', true, problems, at);
    const ignores = stringList(value.ignores, 'ignores', false, problems, at);
    const overrides: RuleOverride[] = [];
    if (value.overrides !== undefined && !Array.isArray(value.overrides)) {
        problems.push(at(['overrides'], { key: 'overrides', message: {
            en: 'must be a list such as [{ "files": ["drafts/**"], "rules": { "customer-acts": "off" } }]',
            zh: '应是一个列表，例如 [{ "files": ["drafts/**"], "rules": { "customer-acts": "off" } }]'
        } }));
    }
    (Array.isArray(value.overrides) ? value.overrides : []).forEach((entry: unknown, index: number) => {
        const where = `overrides[${index}]`;
        if (!isObject(entry) || Object.keys(entry).some(key => key !== 'files' && key !== 'rules') || entry.files === undefined) {
            problems.push(at(['overrides', index], { key: where, message: {
                en: 'must be an object with "files" (a list of globs) and "rules"',
                zh: '应是带 "files"（glob 列表）和 "rules" 的对象'
            } }));
            return;
        }
        const files = stringList(entry.files, `${where}.files`, false, problems, at, ['overrides', index, 'files']);
        const ofEntry = entry.rules === undefined ? { severities: ruleSeverities(new Map(), new Map()), problems: [] } : checkRuleSeverities(entry.rules, `${where}.rules`);
        problems.push(...ofEntry.problems.map(problem => at(['overrides', index, 'rules', ...problem.key.split('.').slice(2)], problem)));
        overrides.push({ files, severities: ofEntry.severities });
    });
    const survey = value.survey;
    if (survey !== undefined && (typeof survey !== 'string' || survey.trim() === '')) {
        problems.push(at(['survey'], { key: 'survey', message: {
            en: 'must be the path of a survey file (CSV or JSON), relative to this file, such as "surveys/checkout.csv"',
            zh: '应是调查文件（CSV 或 JSON）的路径，相对于本文件，例如 "surveys/checkout.csv"'
        } }));
    }
    return { severities: checked.severities, problems, extends: extendsList, overrides, ignores, ...(typeof survey === 'string' && survey.trim() !== '' ? { survey } : {}) };
}

/** A list of non-empty strings (or, where `single` is allowed, one string); a problem otherwise. */
function stringList(
    value: unknown, key: string, single: boolean, problems: RuleConfigProblem[],
    at: (path: Array<string | number>, problem: RuleConfigProblem) => RuleConfigProblem, path: Array<string | number> = [key]
): string[] {
    if (value === undefined) return [];
    if (single && typeof value === 'string' && value !== '') return [value];
    if (Array.isArray(value) && value.every(item => typeof item === 'string' && item !== '')) {
        const bad = single ? undefined : (value as string[]).find(glob => !isValidGlob(glob));
        if (bad === undefined) return value as string[];
        problems.push(at(path, { key, message: { en: `${JSON.stringify(bad.slice(0, 80))} is not a glob that can be read`, zh: `${JSON.stringify(bad.slice(0, 80))} 不是可以识别的 glob` } }));
        return [];
    }
    problems.push(at(path, { key, message: single
        ? { en: 'must be a path or package name, or a list of them', zh: '应是一个路径或包名，或它们的列表' }
        : { en: 'must be a list of globs such as ["drafts/**"]', zh: '应是 glob 列表，例如 ["drafts/**"]' } }));
    return [];
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

function isValidGlob(glob: string): boolean {
    try {
        picomatch(glob, { dot: true });
        return true;
    } catch {
        return false;
    }
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
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
