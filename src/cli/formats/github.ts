import type { FindingSeverity, LintReport } from './report.js';

const COMMANDS: Record<FindingSeverity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub Actions workflow commands: each finding becomes an annotation on its line in the pull request. */
export function formatGithub(report: LintReport): string {
    const lines: string[] = [];
    for (const file of report.files) {
        for (const f of file.findings) {
            const properties = [
                `file=${escapeProperty(file.path)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`,
                ...(f.ruleId ? [`title=${escapeProperty(f.ruleId)}`] : [])
            ];
            lines.push(`::${COMMANDS[f.severity]} ${properties.join(',')}::${escapeData(f.message)}`);
        }
    }
    return lines.join('\n');
}

function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
