import { CstUtils, type LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { findRule } from '../rules/index.js';
import { helpTexts } from '../help/keyword-help.js';
import type { Locale } from '../i18n/locale.js';

const DIRECTIVE = 'drama-disable-next-line';
/** The `data.code` of a finding about a suppression comment itself. */
export const SUPPRESSION_COMMENT = 'suppression-comment';
const DIRECTIVE_PATTERN = /^\/\/\s*drama-disable-next-line\b(.*)$/;

/**
 * Applies `// drama-disable-next-line rule-id[, rule-id…]` comments: each silences the findings of the
 * named rules that start on the line below it (all rules when it names none). Text after ` -- ` is a
 * reason and is ignored. A rule id that does not exist is reported, so that a typo does not go unseen.
 */
export function applySuppressions(document: LangiumDocument, diagnostics: Diagnostic[], locale: Locale): Diagnostic[] {
    const root = document.parseResult.value.$cstNode;
    if (!root || !document.textDocument.getText().includes(DIRECTIVE)) return diagnostics;
    const silenced = new Map<number, Set<string> | 'all'>();
    const problems: Diagnostic[] = [];
    for (const leaf of CstUtils.flattenCst(root)) {
        if (!leaf.hidden) continue;
        const match = DIRECTIVE_PATTERN.exec(leaf.text.trim());
        if (!match) continue;
        const ids = match[1].split(' -- ')[0].split(/[\s,]+/).filter(id => id.length > 0);
        const line = leaf.range.end.line + 1;
        if (ids.length === 0) {
            silenced.set(line, 'all');
            continue;
        }
        const known = new Set<string>();
        for (const id of ids) {
            if (findRule(id)) {
                known.add(id);
            } else {
                problems.push({
                    severity: DiagnosticSeverity.Warning,
                    range: leaf.range,
                    message: helpTexts(locale).messages.unknownSuppressedRule(DIRECTIVE, id),
                    source: 'service-drama',
                    data: { code: SUPPRESSION_COMMENT }
                });
            }
        }
        const before = silenced.get(line);
        if (before !== 'all') silenced.set(line, new Set([...(before ?? []), ...known]));
    }
    const kept = diagnostics.filter(diagnostic => {
        const rules = silenced.get(diagnostic.range.start.line);
        if (!rules || typeof diagnostic.code !== 'string' || !findRule(diagnostic.code)) return true;
        return rules !== 'all' && !rules.has(diagnostic.code);
    });
    return [...kept, ...problems];
}
