import type { Locale } from '../../language/i18n/locale.js';
import { formatCheckstyle } from './checkstyle.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import type { LintReport } from './report.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab', 'checkstyle', 'html', 'markdown'] as const;
export type Format = typeof FORMATS[number];

export function isFormat(name: string): name is Format {
    return (FORMATS as readonly string[]).includes(name);
}

export interface FormatOptions {
    /** ANSI colours (stylish, on a terminal only). */
    colour: boolean;
    version: string;
    locale: Locale;
}

/** The report in one format, without a final line end. */
export function formatReport(format: Format, report: LintReport, options: FormatOptions): string {
    switch (format) {
        case 'json': return formatJson(report);
        case 'sarif': return formatSarif(report, options.version);
        case 'junit': return formatJunit(report);
        case 'github': return formatGithub(report);
        case 'gitlab': return formatGitlab(report);
        case 'checkstyle': return formatCheckstyle(report);
        case 'html': return formatHtml(report, options.locale);
        case 'markdown': return formatMarkdown(report, options.locale);
        case 'stylish': return formatStylish(report, options.colour, options.locale);
    }
}
