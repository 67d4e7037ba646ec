import * as fs from 'node:fs';
import { RULES } from '../../language/rules/index.js';
import { ruleDocsFile } from '../../language/rules/rule-docs.js';
import type { RuleSeverity } from '../../language/rules/rule.js';
import { BUILT_IN_CHECKS, type FindingSeverity, type LintReport } from './report.js';
import { jsonText } from './safe-text.js';

const LEVELS: Record<FindingSeverity | RuleSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0, as GitHub code scanning accepts it: the tool with every rule (description and help from
 * its page), and each finding with its rule, level, message and region. File URIs are relative to the
 * folder the linter ran in, which in CI is the checkout.
 */
export function formatSarif(report: LintReport, version: string): string {
    const descriptors = [
        ...RULES.map(rule => ({
            id: rule.id,
            name: pascalCase(rule.id),
            shortDescription: { text: rule.description.en },
            fullDescription: { text: rule.description.en },
            help: helpOf(rule.id, rule.description.en),
            defaultConfiguration: { level: LEVELS[rule.defaultSeverity] }
        })),
        ...Object.entries(BUILT_IN_CHECKS).map(([id, text]) => ({
            id,
            name: pascalCase(id),
            shortDescription: { text },
            fullDescription: { text },
            help: { text },
            defaultConfiguration: { level: 'error' }
        }))
    ];
    const ruleIndex = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'service-drama',
                    version,
                    semanticVersion: version,
                    rules: descriptors
                }
            },
            columnKind: 'utf16CodeUnits',
            results: report.files.flatMap(file => file.findings.map(f => ({
                ruleId: f.ruleId ?? 'syntax-error',
                ruleIndex: ruleIndex.get(f.ruleId ?? 'syntax-error'),
                level: LEVELS[f.severity],
                message: { text: f.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(file.path) },
                        region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
                    }
                }]
            })))
        }]
    };
    return jsonText(log);
}

/** The rule's page as help, when the pages are at hand; its description otherwise. */
function helpOf(ruleId: string, description: string): { text: string; markdown?: string } {
    const file = ruleDocsFile(ruleId);
    try {
        const markdown = file ? fs.readFileSync(file, 'utf8') : undefined;
        return markdown ? { text: description, markdown } : { text: description };
    } catch {
        return { text: description };
    }
}

function pascalCase(id: string): string {
    return id.split('-').map(word => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}
