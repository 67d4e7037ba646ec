// Everything the blueprint writes from a spec goes through here: a spec can never inject markup.

/** Characters XML 1.0 does not allow at all (controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

/** Escapes text for XML and HTML content and attribute values, leaving out characters XML forbids. */
export function escapeXml(text: string): string {
    return text.replace(NOT_XML, '').replace(/[&<>"']/g, char => ENTITIES[char]);
}
