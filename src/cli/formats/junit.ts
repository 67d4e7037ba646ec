import { escapeXml } from '../../blueprint/escape.js';
import type { LintReport } from './report.js';

/** JUnit XML for CI test reports: one test suite per file, one failing test case per finding. */
export function formatJunit(report: LintReport): string {
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
    const findings = report.errorCount + report.warningCount + report.infoCount;
    const tests = report.files.reduce((sum, file) => sum + Math.max(1, file.findings.length), 0);
    lines.push(`<testsuites name="service-drama" tests="${tests}" failures="${findings}" errors="0">`);
    for (const file of report.files) {
        const name = escapeXml(file.path);
        const count = Math.max(1, file.findings.length);
        lines.push(`  <testsuite name="${name}" tests="${count}" failures="${file.findings.length}" errors="0" skipped="0">`);
        if (file.findings.length === 0) {
            lines.push(`    <testcase classname="${name}" name="no problems"/>`);
        }
        for (const f of file.findings) {
            const rule = f.ruleId ?? 'syntax';
            lines.push(`    <testcase classname="${name}" name="${escapeXml(`${f.line}:${f.column} ${rule}`)}">`);
            lines.push(`      <failure type="${escapeXml(rule)}" message="${escapeXml(f.message)}">`
                + `${escapeXml(`${f.severity} at ${file.path}:${f.line}:${f.column}: ${f.message}`)}</failure>`);
            lines.push('    </testcase>');
        }
        lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');
    return lines.join('\n');
}
