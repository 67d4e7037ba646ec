import type { FindingSeverity, LintReport } from './report.js';
import { terminalSafe } from './safe-text.js';

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

/** The workflow command's own escapes, once the controls a log viewer would obey (CR among them) are shown as `\xNN`. */
function escapeData(text: string): string {
    return terminalSafe(text).replace(/%/g, '%25').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
