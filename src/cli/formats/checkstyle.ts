import { escapeXml } from '../../blueprint/escape.js';
import type { LintReport } from './report.js';

/** Checkstyle XML, which Jenkins' warnings plugin, reviewdog and many CI servers read: one `<file>` per spec. */
export function formatCheckstyle(report: LintReport): string {
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
    for (const file of report.files) {
        lines.push(`  <file name="${escapeXml(file.path)}">`);
        for (const f of file.findings) {
            lines.push(`    <error line="${f.line}" column="${f.column}" severity="${f.severity}" message="${escapeXml(f.message)}"`
                + ` source="service-drama.${escapeXml(f.ruleId ?? 'syntax-error')}"/>`);
        }
        lines.push('  </file>');
    }
    lines.push('</checkstyle>');
    return lines.join('\n');
}
