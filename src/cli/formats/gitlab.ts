import { createHash } from 'node:crypto';
import type { FindingSeverity, LintReport } from './report.js';
import { jsonText } from './safe-text.js';

/** GitLab's code quality severities: info, minor, major, critical, blocker. */
const SEVERITIES: Record<FindingSeverity, string> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * GitLab code quality (a `codequality` report artifact): one issue per finding. The fingerprint is
 * stable across runs (file, rule, message, position), so that GitLab can tell new findings from old.
 */
export function formatGitlab(report: LintReport): string {
    const seen = new Set<string>();
    return jsonText(report.files.flatMap(file => file.findings.map(f => {
        const checkName = f.ruleId ?? 'syntax-error';
        let fingerprint = hash([file.path, checkName, f.message, f.line, f.column].join('\u0000'));
        while (seen.has(fingerprint)) fingerprint = hash(fingerprint);
        seen.add(fingerprint);
        return {
            description: f.message,
            check_name: checkName,
            fingerprint,
            severity: SEVERITIES[f.severity],
            location: { path: file.path, lines: { begin: f.line, end: f.endLine } }
        };
    })));
}

function hash(text: string): string {
    return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
