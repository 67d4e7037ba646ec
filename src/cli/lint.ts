import * as path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { LoadedSpec } from './spec-workspace.js';

const severityNames: Record<number, string> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'hint'
};

/** Human-readable report: one block per file with findings, then a summary line. */
export function formatStylish(specs: LoadedSpec[], cwd = process.cwd()): string {
    const lines: string[] = [];
    let errors = 0;
    let warnings = 0;
    for (const spec of specs) {
        if (spec.diagnostics.length === 0) continue;
        lines.push(path.relative(cwd, spec.file) || spec.file);
        for (const diagnostic of spec.diagnostics) {
            const severity = severityNames[diagnostic.severity ?? DiagnosticSeverity.Error];
            if (severity === 'error') errors++;
            if (severity === 'warning') warnings++;
            const where = `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
            const code = diagnostic.code ? `  ${diagnostic.code}` : '';
            lines.push(`  ${where.padEnd(8)} ${severity.padEnd(8)} ${diagnostic.message}${code}`);
        }
        lines.push('');
    }
    const files = `${specs.length} file${specs.length === 1 ? '' : 's'}`;
    lines.push(errors + warnings === 0
        ? `✓ ${files} checked, no problems`
        : `✖ ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files}`);
    return lines.join('\n');
}

export function countErrors(specs: LoadedSpec[]): number {
    return specs.reduce((sum, spec) =>
        sum + spec.diagnostics.filter(d => (d.severity ?? DiagnosticSeverity.Error) === DiagnosticSeverity.Error).length, 0);
}
