import type { AstNode, LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { ServiceDramaAstType } from '../generated/ast.js';
import type { Locale, Localized } from '../i18n/locale.js';
import type { EnglishKeyword } from '../keywords.js';
import type { ServiceDramaServices } from '../service-drama-module.js';

export type { Localized };

/** How loudly a rule reports: the severities a configuration may choose, besides `off`. */
export type RuleSeverity = 'error' | 'warning' | 'info';
export type ConfiguredSeverity = RuleSeverity | 'off';
export const CONFIGURED_SEVERITIES: readonly ConfiguredSeverity[] = ['error', 'warning', 'info', 'off'];

/** One thing a rule found wrong, and where to show it. */
export interface Finding<N extends AstNode = AstNode> {
    /** The node the finding is about; the finding is dropped while this node's text has a syntax error. */
    node: N;
    /** The node that shows the fault, when it is a part of `node` (a moment, an action). */
    target?: AstNode;
    /** The smallest part of the target (or node) that shows the fault; the whole node if none is given. */
    property?: string;
    /** A keyword of the node that shows the fault, named in English: the file may spell it in Chinese. */
    keyword?: EnglishKeyword;
    index?: number;
    range?: Range;
    message: Localized;
    /** Whatever the rule's quick fixes need beyond the node itself (kept in the diagnostic's `data`). */
    fixData?: Record<string, unknown>;
    /** Marks the range as unnecessary code (editors fade it). */
    unnecessary?: boolean;
    /** One step more severe than the rule's configured severity (info → warning → error): a finding at a moment of trial. */
    raise?: boolean;
}

export interface RuleContext {
    readonly services: ServiceDramaServices;
    /** The rule's options for this document: its defaults, or what the configuration sets. */
    readonly options: unknown;
    report<N extends AstNode>(finding: Finding<N>): void;
}

/** The checks of a rule, by the AST type they look at. */
export type RuleChecks = {
    [K in keyof ServiceDramaAstType]?: (node: ServiceDramaAstType[K], context: RuleContext) => void;
};

/** A quick fix for one finding: a title and the edits that carry it out. */
export interface RuleFix {
    title: Localized;
    edits: TextEdit[];
    /** The fix deletes what the designer wrote: offered as a quick fix, but never applied by "fix all" (on save). */
    destructive?: boolean;
    /**
     * The fix is one answer among several the designer must choose from (which prop, who recovers, which
     * stage or bound): offered as a quick fix, but never applied by "fix all".
     */
    judgement?: boolean;
}

export interface FixContext {
    readonly document: LangiumDocument;
    readonly locale: Locale;
    /** The `fixData` the finding carried. */
    readonly data: Record<string, unknown>;
}

export interface Rule {
    /** Kebab-case id: the diagnostic's code, the key in the configuration, the name of the docs page. */
    readonly id: string;
    readonly defaultSeverity: RuleSeverity;
    /** One line that says what the rule asks of a spec. */
    readonly description: Localized;
    readonly checks: RuleChecks;
    /** Quick fixes for a finding about `node` (the finding's node, found again when the fix is asked for). */
    fix?(node: AstNode, context: FixContext): RuleFix[];
    /** The options the rule takes in the configuration (`"rule-id": ["warning", { … }]`), if any. */
    readonly options?: RuleOptions<unknown>;
}

/** The options a rule takes: their defaults, and how a configuration's value is read. */
export interface RuleOptions<O> {
    readonly defaults: O;
    /** The JSON schema of the options object, as the configuration schemas show it to the editor. */
    readonly schema: Record<string, unknown>;
    /** Reads the options object of a configuration; a mistake is named by the key at fault and what is wrong. */
    read(value: Record<string, unknown>): { options: O } | { key: string; problem: Localized };
}
