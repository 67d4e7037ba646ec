import type { LintReport } from './report.js';
import { jsonText } from './safe-text.js';

/** One entry per file, ESLint-like, for tools. */
export function formatJson(report: LintReport): string {
    return jsonText(report.files.map(file => ({
        filePath: file.file,
        errorCount: file.findings.filter(f => f.severity === 'error').length,
        warningCount: file.findings.filter(f => f.severity === 'warning').length,
        infoCount: file.findings.filter(f => f.severity === 'info').length,
        messages: file.findings.map(f => ({
            ruleId: f.ruleId ?? null,
            severity: f.severity,
            message: f.message,
            line: f.line,
            column: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn
        }))
    })));
}
