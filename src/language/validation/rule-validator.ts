import { AstUtils, type AstNode, type DiagnosticInfo, type LangiumDocument, type ValidationAcceptor } from 'langium';
import { DiagnosticTag } from 'vscode-languageserver-types';
import { findKeywordNode, keywordLanguageOf, quotedCodeInKeywordLanguage } from '../keyword-language.js';
import { RULES } from '../rules/index.js';
import { ruleDocsUri } from '../rules/rule-docs.js';
import type { Finding, Rule, RuleContext, RuleSeverity } from '../rules/rule.js';
import type { ServiceDramaServices } from '../service-drama-module.js';
import type { RuleSettings } from './rule-settings.js';

/** What a rule's finding carries in the diagnostic's `data`: the rule, the node it is about, and the fix data. */
export interface RuleDiagnosticData extends Record<string, unknown> {
    code: string;
    /** The path of the finding's node in its document (Langium's AstNodeLocator), for quick fixes. */
    path: string;
}

/**
 * Registers every rule's checks with Langium's ValidationRegistry. Each check runs at the severity that the
 * configuration gives its rule for the document (not at all when `off`), and its findings become diagnostics
 * with the rule id as `code`, a link to the rule's page, and the data its quick fixes need.
 */
export function registerRules(services: ServiceDramaServices): void {
    const registry = services.validation.ValidationRegistry;
    // Looked up once, on the first check: a lookup through the services container costs more than most checks.
    let ruleSettings: RuleSettings | undefined;
    for (const rule of RULES) {
        const checks: Record<string, (node: AstNode, accept: ValidationAcceptor) => void> = {};
        for (const [type, check] of Object.entries(rule.checks) as Array<[string, (node: AstNode, context: RuleContext) => void]>) {
            checks[type] = (node, accept) => {
                const document = AstUtils.getDocument(node);
                ruleSettings ??= services.validation.RuleSettings;
                const severity = ruleSettings.severityFor(rule, document.uri);
                if (severity !== 'off') {
                    check(node, new RuleRun(rule, severity, document, accept, services, ruleSettings.optionsFor(rule, document.uri)));
                }
            };
        }
        registry.register(checks, undefined, 'fast');
    }
}

/** One step more severe. */
const RAISED: Record<RuleSeverity, RuleSeverity> = { info: 'warning', warning: 'error', error: 'error' };

class RuleRun implements RuleContext {
    constructor(
        private readonly rule: Rule,
        private readonly severity: RuleSeverity,
        private readonly document: LangiumDocument,
        private readonly accept: ValidationAcceptor,
        readonly services: ServiceDramaServices,
        readonly options: unknown
    ) {}

    report<N extends AstNode>(finding: Finding<N>): void {
        // While a node's text has a syntax error, the parser's repair of it is a guess: judge it once it parses.
        if (hasSyntaxErrorWithin(this.document, finding.node)) return;
        const href = ruleDocsUri(this.rule.id);
        const data: RuleDiagnosticData = {
            ...finding.fixData,
            code: this.rule.id,
            path: this.services.workspace.AstNodeLocator.getAstNodePath(finding.node)
        };
        const info: DiagnosticInfo<AstNode, string> = {
            node: finding.target ?? finding.node,
            property: finding.property,
            index: finding.index,
            range: finding.range ?? (finding.keyword && findKeywordNode((finding.target ?? finding.node).$cstNode, finding.keyword)?.range),
            code: this.rule.id,
            codeDescription: href ? { href } : undefined,
            tags: finding.unnecessary ? [DiagnosticTag.Unnecessary] : undefined,
            data
        };
        // A message quotes spec text (`within 1 min`) in the keyword language of the file it is about.
        const locale = this.services.i18n.Locale.locale;
        const language = keywordLanguageOf(this.document.parseResult.value.$cstNode) ?? locale;
        const message = language === 'en' ? finding.message[locale] : quotedCodeInKeywordLanguage(finding.message[locale], language, this.services.parser.Lexer);
        this.accept(finding.raise ? RAISED[this.severity] : this.severity, message, info);
    }
}

/** Offsets of the document's syntax errors, sorted; computed once per parse. */
const syntaxErrorOffsets = new WeakMap<object, number[]>();

function hasSyntaxErrorWithin(document: LangiumDocument, node: AstNode): boolean {
    const { parseResult } = document;
    if (parseResult.parserErrors.length === 0 && parseResult.lexerErrors.length === 0) return false;
    let offsets = syntaxErrorOffsets.get(parseResult);
    if (!offsets) {
        offsets = [
            ...parseResult.lexerErrors.map(error => error.offset),
            ...parseResult.parserErrors.map(error => {
                const offset = error.token.startOffset;
                // A token the parser made up to recover has no offset; the one before it tells where.
                const previous = (error as { previousToken?: { endOffset?: number } }).previousToken;
                return Number.isNaN(offset) || offset === undefined ? previous?.endOffset ?? -1 : offset;
            })
        ].filter(offset => offset >= 0).sort((a, b) => a - b);
        syntaxErrorOffsets.set(parseResult, offsets);
    }
    const cst = node.$cstNode;
    if (!cst) return true;
    return offsets.some(offset => offset >= cst.offset && offset <= cst.end);
}
