import { createHash } from 'node:crypto';
import { escapeXml } from '../../blueprint/escape.js';
import type { Locale } from '../../language/i18n/locale.js';

/**
 * A standalone report page (the lint report, the gap report): no script, one inline style allowed by
 * its hash (the page's Content Security Policy allows nothing else). `body` is HTML whose spec texts
 * the caller has escaped; the title is escaped here.
 */
export function reportPage(locale: Locale, title: string, style: string, body: readonly string[]): string {
    const styleHash = createHash('sha256').update(style).digest('base64');
    return [
        '<!DOCTYPE html>',
        `<html lang="${locale === 'zh' ? 'zh-CN' : 'en'}">`,
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${styleHash}'">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeXml(title)}</title>`,
        `<style>${style}</style>`,
        '</head>',
        '<body>',
        ...body,
        '</body>',
        '</html>'
    ].join('\n');
}
