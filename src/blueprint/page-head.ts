import { escapeXml } from './escape.js';
import { BLUEPRINT_CSS } from './theme.js';

// The head of the two pages that show a blueprint: the editor's preview and the exported HTML page.
// One content-security policy for both: nothing remote, no script but the preview's own.

export interface PageHeadOptions {
    /** The page's `lang`. */
    languageTag: string;
    title: string;
    /**
     * In the preview: the nonce that its script and styles carry, and the webview's own source
     * (its stylesheet and icons). Without it the page is standalone: inline styles and nothing else.
     */
    webview?: { nonce: string; source: string; stylesheet: string };
    /** Page styles besides the blueprint's own, inlined. */
    css?: string;
}

/** What a blueprint page may load: no remote resource, no script unless the preview's nonce allows it. */
export function contentSecurityPolicy(webview?: PageHeadOptions['webview']): string {
    if (!webview) return 'default-src \'none\'; style-src \'unsafe-inline\'';
    const nonce = `'nonce-${webview.nonce}'`;
    return `default-src 'none'; style-src ${webview.source} ${nonce}; script-src ${nonce}; img-src ${webview.source} data:;`;
}

/** `<!DOCTYPE html>` up to and including `</head>`: the policy, the title and the blueprint's stylesheet. */
export function pageHead(options: PageHeadOptions): string {
    const { webview } = options;
    const nonce = webview ? ` nonce="${escapeXml(webview.nonce)}"` : '';
    return `<!DOCTYPE html>
<html lang="${escapeXml(options.languageTag)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${webview ? `<link rel="stylesheet" href="${escapeXml(webview.stylesheet)}"${nonce}>\n` : ''}<style${nonce}>${options.css ?? ''}${BLUEPRINT_CSS}</style>
<title>${escapeXml(options.title)}</title>
</head>
`;
}
