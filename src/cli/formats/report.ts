import * as path from 'node:path';
import { DocumentValidator } from 'langium';
import { SUPPRESSION_COMMENT } from '../../language/validation/suppressions.js';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

export type FindingSeverity = 'error' | 'warning' | 'info';

/** One finding, with 1-based lines and columns; the end column is just past the last character. */
export interface LintFinding {
    ruleId?: string;
    severity: FindingSeverity;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

export interface FileReport {
    /** Absolute path. */
    file: string;
    /** Relative to the current folder, with `/` separators: how reports name the file. */
    path: string;
    findings: LintFinding[];
}

export interface LintReport {
    files: FileReport[];
    errorCount: number;
    warningCount: number;
    infoCount: number;
}

/** Ids for the findings that come from the language itself rather than from a rule. */
export const BUILT_IN_CHECKS = {
    'syntax-error': 'The text follows the grammar of the language.',
    'unknown-reference': 'Every name used (an actor, a system, a prop, a norm) is declared.',
    [SUPPRESSION_COMMENT]: 'A drama-disable-next-line comment names rules that exist.'
} as const;

function ruleIdOf(diagnostic: Diagnostic): string | undefined {
    if (typeof diagnostic.code === 'string') return diagnostic.code;
    const kind = (diagnostic.data as { code?: unknown } | undefined)?.code;
    if (kind === DocumentValidator.LinkingError) return 'unknown-reference';
    if (kind === SUPPRESSION_COMMENT) return SUPPRESSION_COMMENT;
    if (kind === DocumentValidator.ParsingError || kind === DocumentValidator.LexingError) return 'syntax-error';
    return undefined;
}

export function toFinding(diagnostic: Diagnostic): LintFinding {
    const { start, end } = diagnostic.range;
    return {
        ruleId: ruleIdOf(diagnostic),
        severity: severityOf(diagnostic),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1
    };
}

function severityOf(diagnostic: Diagnostic): FindingSeverity {
    switch (diagnostic.severity ?? DiagnosticSeverity.Error) {
        case DiagnosticSeverity.Error: return 'error';
        case DiagnosticSeverity.Warning: return 'warning';
        default: return 'info';
    }
}

export function makeReport(files: Array<{ file: string; diagnostics: Diagnostic[] }>, cwd: string, onlyErrors: boolean): LintReport {
    const reports = files.map(({ file, diagnostics }) => ({
        file,
        path: displayPath(file, cwd),
        findings: diagnostics.map(toFinding)
            .filter(finding => !onlyErrors || finding.severity === 'error')
            .sort((a, b) => a.line - b.line || a.column - b.column)
    }));
    const count = (severity: FindingSeverity) =>
        reports.reduce((sum, report) => sum + report.findings.filter(f => f.severity === severity).length, 0);
    return { files: reports, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info') };
}

/** The file relative to `cwd` with forward slashes, or absolute when it lies outside. */
export function displayPath(file: string, cwd: string): string {
    const relative = path.relative(cwd, file);
    const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
    return shown.split(path.sep).join('/');
}
