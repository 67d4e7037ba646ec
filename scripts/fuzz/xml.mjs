// Is a text well-formed XML 1.0? With saxes when it is installed (it checks everything), else with
// sax in strict mode (installed with @vscode/vsce) plus the character checks sax leaves out.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function tryRequire(name) {
    try {
        return require(name);
    } catch {
        return undefined;
    }
}

const saxes = tryRequire('saxes');
const sax = saxes ? undefined : tryRequire('sax');

/** Which parser checks: for the report. */
export const XML_CHECKER = saxes ? 'saxes' : sax ? 'sax (strict) + XML 1.0 character checks' : undefined;

/** Characters XML 1.0 forbids anywhere, even as a character reference. */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** The first character XML 1.0 forbids in `text`, described, or undefined. */
export function forbiddenCharacter(text) {
    const raw = FORBIDDEN.exec(text);
    return raw ? `forbidden character U+${raw[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0')} at ${raw.index}` : undefined;
}

/** The first problem of `text` as XML, or undefined when it is well-formed. */
export function xmlProblem(text) {
    if (saxes) {
        let problem;
        const parser = new saxes.SaxesParser({ xmlns: false });
        parser.on('error', error => { problem ??= error.message; });
        try {
            parser.write(text).close();
        } catch (error) {
            problem ??= error.message;
        }
        return problem;
    }
    if (!sax) return undefined;
    const forbidden = forbiddenCharacter(text);
    if (forbidden) return forbidden;
    for (const reference of text.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
        const code = reference[1].startsWith('x') ? parseInt(reference[1].slice(1), 16) : parseInt(reference[1], 10);
        if (code > 0x10ffff || FORBIDDEN.test(String.fromCodePoint(code))) return `forbidden character reference ${reference[0]} at ${reference.index}`;
    }
    let problem;
    const parser = sax.parser(true);
    parser.onerror = error => {
        problem ??= error.message.split('\n')[0];
        parser.error = null;
    };
    parser.write(text).close();
    return problem;
}
