// Seeded fuzz inputs for spec files: mutated examples, truncations, random bytes and odd Unicode.
// The same seed gives the same inputs, so that a finding can be reproduced with `--seed`.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** mulberry32: a small, fast PRNG with a 32-bit state. */
export function createRandom(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
    const int = (max) => Math.floor(next() * max);
    return { next, int, pick: (list) => list[int(list.length)], chance: (p) => next() < p };
}

/** Characters that break naive code: bidi controls, lone surrogates, NUL, non-characters, BOM, terminal controls, line separators. */
export const ODD_CHARACTERS = [
    '\u200F', '\u202E', '\u2066', '\u2069', '\u200B', '\uFEFF', '\uD800', '\uDFFF', '\uDBFF\uDFFF', '\0', '\uFFFF', '\uFFFE',
    '\x1b', '\x1b]0;title\x07', '\x1b[2J', '\x07', '\x08', '\r', '\u2028', '\u2029', '\u0085', '\u0301', '\u{1F600}', '\u{10FFFF}',
    '服', '剧本', 'ǅ', 'ß', 'İ', '\t', '\v', '\f', '&', '<', ']]>', '&amp;', '"', "'", '\\', '`'
];

/** Pieces of the language: keywords, punctuation and quotes, so that mutations make near-valid specs. */
const TOKENS = [
    'service', 'norm', 'audience', 'actor', 'system', 'prop', 'scene', 'touchpoint', 'moment', 'customer', 'evidence',
    'expect', 'within', 'risk', 'recovery', 'delight', 'adapt', 'applies', 'setting', 'budget', 'pace', 'support',
    'frontstage', 'backstage', 'face-to-face', 'phone', 'remote', 'bad-news', 'trial', 'empathy', 'reliability',
    'min', 's', 'h', 'd', '{', '}', '{', '}', '"', "'", ',', '/*', '*/', '//', '\n', ' ', '"x"', '5', '0.5', '99999999999999999999',
    'Host', 'Payments', 'A', '_', '迎宾'
];

export function loadExamples(directory) {
    return fs.readdirSync(directory).filter(name => name.endsWith('.drama')).sort()
        .map(name => ({ name, text: fs.readFileSync(path.join(directory, name), 'utf8') }));
}

function mutate(random, text) {
    const at = () => random.int(text.length + 1);
    const rounds = 1 + random.int(6);
    for (let i = 0; i < rounds; i++) {
        const start = at();
        const end = Math.min(text.length, start + random.int(200));
        switch (random.int(7)) {
            case 0: text = text.slice(0, start) + text.slice(end); break;
            case 1: text = text.slice(0, start) + text.slice(start, end).repeat(2 + random.int(4)) + text.slice(start); break;
            case 2: text = text.slice(0, start) + random.pick(TOKENS) + text.slice(start); break;
            case 3: text = text.slice(0, start) + random.pick(ODD_CHARACTERS) + text.slice(start); break;
            case 4: {
                const other = at();
                const [a, b] = start < other ? [start, other] : [other, start];
                text = text.slice(0, a) + text.slice(b, Math.min(text.length, b + (end - start))) + text.slice(a, b) + text.slice(Math.min(text.length, b + (end - start)));
                break;
            }
            case 5: text = text.slice(0, start) + random.pick(ODD_CHARACTERS).repeat(1 + random.int(50)) + text.slice(end); break;
            default: text = text.replace(/\n/g, random.pick(['\r\n', '\r', '\u2028', '\n\n']));
        }
    }
    return text;
}

function randomBytes(random) {
    const bytes = Buffer.alloc(1 + random.int(3000));
    for (let i = 0; i < bytes.length; i++) bytes[i] = random.int(256);
    return bytes;
}

function oddUnicode(random, text) {
    // Odd characters where they matter most: inside names and strings.
    return text
        .replace(/(service|actor|touchpoint|customer|expect \w+) (\S)/g, (match, keyword, first) =>
            random.chance(0.3) ? `${keyword} ${random.pick(ODD_CHARACTERS)}${first}` : match)
        .replace(/"([^"\\\n]*)"/g, (match, body) => {
            if (!random.chance(0.3)) return match;
            const at = random.int(body.length + 1);
            return `"${body.slice(0, at)}${random.pick(ODD_CHARACTERS).replace(/["\\]/g, '')}${body.slice(at)}"`;
        });
}

/**
 * The `index`-th input: `{ id, kind, text, bytes }`. `text` goes to the language server as it is (lone
 * surrogates included); `bytes` is the file the CLI reads (random bytes are not text; a lone surrogate
 * cannot be written as UTF-8 and becomes U+FFFD there). Kinds rotate so that a few inputs cover each.
 */
export function generateInput(random, examples, index) {
    const example = random.pick(examples);
    const kind = ['mutation', 'mutation', 'truncation', 'bytes', 'unicode', 'mutation'][index % 6];
    const id = `${index}-${kind}-${example.name.replace(/\.drama$/, '')}`;
    if (kind === 'bytes') {
        const bytes = random.chance(0.5) ? randomBytes(random)
            : Buffer.concat([Buffer.from(example.text.slice(0, random.int(example.text.length))), randomBytes(random)]);
        return { id, kind, bytes, text: bytes.toString(random.chance(0.5) ? 'utf8' : 'latin1') };
    }
    const text = kind === 'truncation' ? example.text.slice(0, random.int(example.text.length))
        : kind === 'unicode' ? mutate(random, oddUnicode(random, example.text))
            : mutate(random, example.text);
    return { id, kind, text, bytes: Buffer.from(text, 'utf8') };
}
