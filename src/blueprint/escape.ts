// Every XML the product writes (SVG, HTML, JUnit) escapes a spec's text here: a spec can never inject
// markup, and never make the file malformed.

/** Characters XML 1.0 does not allow at all: C0 controls but tab and line ends, lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Allowed but invisible, and read as commands by a terminal that shows the file (DEL and the C1 controls). */
const CONTROL = /[\u007F-\u009F]/g;

/** Any character one of the replacements below would touch. */
const NEEDS_ESCAPING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF&<>"'\u007F-\u009F]/;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

/** What a character XML forbids becomes: the replacement character, so that the reader sees something was there. */
const REPLACEMENT = '\uFFFD';

/**
 * Escapes text for XML and HTML content and attribute values. A character XML forbids is replaced by
 * U+FFFD; DEL and C1 controls are written as character references, so that they stay but do nothing.
 */
export function escapeXml(text: string): string {
    // Most text needs nothing: one test, rather than three replacements, for a large blueprint's thousands of texts.
    if (!NEEDS_ESCAPING.test(text)) return text;
    return text.replace(NOT_XML, REPLACEMENT)
        .replace(/[&<>"']/g, char => ENTITIES[char])
        .replace(CONTROL, char => `&#x${char.charCodeAt(0).toString(16).toUpperCase()};`);
}
