import { URI, UriUtils } from 'langium';
import type { ConfiguredSeverity } from './rule.js';
import { parseRuleConfigFile, ruleSeverities, type RuleConfigProblem, type RuleOverride, type RuleSeverities } from './rule-config.js';

/** A configuration with every file it extends folded in: theirs first, its own settings last (they win). */
export interface ResolvedConfig {
    /** The configuration file in use (absolute path): override and ignore globs are relative to its folder. */
    file: string;
    severities: RuleSeverities;
    overrides: RuleOverride[];
    ignores: string[];
    /** The survey file (absolute path), from the last configuration in the chain that names one. */
    survey?: string;
}

/** A mistake in a configuration file, or in one it extends: the file at fault, its text, and the problem. */
export interface ConfigFailure {
    file: string;
    text?: string;
    problem: RuleConfigProblem;
}

/** Reads a file's text; undefined when there is no such file. */
export type ReadText = (file: string) => Promise<string | undefined>;

/**
 * Loads a configuration file and the files it `extends`: a path (relative to the file that names it) or
 * an npm package, resolved as Node resolves it from that file's folder (its main file, or `pkg/file.json`).
 */
export async function loadConfig(file: string, read: ReadText): Promise<{ config: ResolvedConfig } | { failure: ConfigFailure }> {
    const text = await read(file);
    if (text === undefined) {
        return { failure: { file, problem: { key: '', message: { en: 'no such configuration file', zh: '没有这个配置文件' } } } };
    }
    const result = await loadChain(file, text, read, []);
    return 'failure' in result ? result : { config: { file, ...result.layer } };
}

type Layer = Omit<ResolvedConfig, 'file'>;

async function loadChain(file: string, text: string, read: ReadText, chain: string[]): Promise<{ layer: Layer } | { failure: ConfigFailure }> {
    const parsed = parseRuleConfigFile(text);
    if (parsed.problems.length > 0) return { failure: { file, text, problem: parsed.problems[0] } };
    // Severities and the options of the rules that take some, both merged with the last word winning.
    const severities = new Map<string, ConfiguredSeverity>();
    const options = new Map<string, unknown>();
    const take = (from: RuleSeverities) => {
        from.forEach((severity, id) => severities.set(id, severity));
        from.options?.forEach((value, id) => options.set(id, value));
    };
    const layer: Layer = { severities: ruleSeverities(severities, options), overrides: [], ignores: [] };
    for (const entry of parsed.extends) {
        const problem = (message: RuleConfigProblem['message']): { failure: ConfigFailure } => ({ failure: { file, text, problem: { key: 'extends', message, ...locate(text, entry) } } });
        const base = await resolveExtended(entry, file);
        const baseText = base === undefined ? undefined : await read(base);
        if (base === undefined || baseText === undefined) {
            return problem({ en: `cannot find '${entry}' (a file relative to this one, or an installed npm package)`, zh: `找不到 '${entry}'（应是相对于本文件的路径，或已安装的 npm 包）` });
        }
        if (base === file || chain.includes(base)) {
            return problem({ en: `'${entry}' extends this file again, in a loop`, zh: `'${entry}' 又扩展回了本文件，形成循环` });
        }
        const loaded = await loadChain(base, baseText, read, [...chain, file]);
        if ('failure' in loaded) return loaded;
        if (loaded.layer.survey !== undefined) layer.survey = loaded.layer.survey;
        take(loaded.layer.severities);
        layer.overrides.push(...loaded.layer.overrides);
        layer.ignores.push(...loaded.layer.ignores);
    }
    take(parsed.severities);
    layer.overrides.push(...parsed.overrides);
    layer.ignores.push(...parsed.ignores);
    // A survey is named relative to the file that names it; a file's own survey wins over one it extends.
    const survey = parsed.survey !== undefined ? resolvePath(parsed.survey, file) : layer.survey;
    return { layer: { ...layer, ...(survey !== undefined ? { survey } : {}) } };
}

/** A path written in a configuration file, absolute; relative ones from the file's folder (as URIs, for the web worker too). */
function resolvePath(entry: string, from: string): string {
    if (entry.startsWith('/') || /^[A-Za-z]:[\\/]/.test(entry)) return URI.file(entry).fsPath;
    return UriUtils.resolvePath(UriUtils.dirname(URI.file(from)), entry).fsPath;
}

/**
 * The file an `extends` entry names; undefined when none can be found. Paths are worked out as URIs, so
 * that the same code runs in a web worker; there an npm package cannot be found (no node_modules).
 */
async function resolveExtended(entry: string, from: string): Promise<string | undefined> {
    if (entry.startsWith('/') || /^[A-Za-z]:[\\/]/.test(entry)) return URI.file(entry).fsPath;
    if (entry.startsWith('.')) return UriUtils.resolvePath(UriUtils.dirname(URI.file(from)), entry).fsPath;
    try {
        const { createRequire } = await import('node:module');
        return createRequire(from).resolve(entry);
    } catch {
        return undefined;
    }
}

function locate(text: string, entry: string): { offset?: number; length?: number } {
    const offset = text.indexOf(JSON.stringify(entry));
    return offset < 0 ? {} : { offset, length: JSON.stringify(entry).length };
}
