// Text width estimation and line wrapping for the blueprint. The renderer has no font at hand (it
// runs in the language server and the CLI), so widths are estimated per character class, on the
// generous side so that text stays inside its box in common sans-serif fonts.

/** Widths in em of the ASCII characters, looked up rather than classified on every call. */
const ASCII_WIDTHS = (() => {
    const widths = new Float64Array(128).fill(0.58); // lower-case letters, digits and the rest
    const set = (chars: string, width: number) => {
        for (const char of chars) widths[char.charCodeAt(0)] = width;
    };
    for (let code = 65; code <= 90; code++) widths[code] = 0.7; // capitals
    set(' ', 0.3);
    set('iljI.,:;\'|!`()[]{}', 0.32);
    set('frt-"/\\', 0.4);
    set('mwMW@%', 0.92);
    return widths;
})();

/** Width of one character in em. */
function charWidth(codePoint: number): number {
    if (codePoint < 128) return ASCII_WIDTHS[codePoint];
    if (isWide(codePoint)) return 1;
    if (codePoint >= 0x0300 && codePoint <= 0x036F) return 0; // combining accents
    if (codePoint >= 0x200B && codePoint <= 0x200D) return 0; // zero-width space and joiners
    return 0.58;
}

/** Characters drawn a full em wide: CJK, kana, Hangul, full-width forms, and emoji and symbols. */
export function isWide(codePoint: number): boolean {
    return (codePoint >= 0x1100 && codePoint <= 0x115F) // Hangul Jamo
        || (codePoint >= 0x25A0 && codePoint <= 0x27BF) // geometric shapes, symbols and dingbats
        || (codePoint >= 0x2E80 && codePoint <= 0x303F) // CJK radicals and punctuation
        || (codePoint >= 0x3040 && codePoint <= 0x33FF) // kana, Bopomofo, CJK compatibility
        || (codePoint >= 0x3400 && codePoint <= 0x4DBF) // CJK extension A
        || (codePoint >= 0x4E00 && codePoint <= 0x9FFF) // CJK unified ideographs
        || (codePoint >= 0xA960 && codePoint <= 0xA97F)
        || (codePoint >= 0xAC00 && codePoint <= 0xD7AF) // Hangul syllables
        || (codePoint >= 0xF900 && codePoint <= 0xFAFF) // CJK compatibility ideographs
        || (codePoint >= 0xFE30 && codePoint <= 0xFE4F) // CJK compatibility forms
        || (codePoint >= 0xFF00 && codePoint <= 0xFF60) // full-width forms
        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
        || codePoint >= 0x1F000; // emoji and supplementary ideographs
}

/** Estimated width of a text in pixels at a font size; bold text is a little wider. */
export function measureText(text: string, fontSize: number, bold = false): number {
    let em = 0;
    // By code unit, a surrogate pair read as one code point: no string per character, for the many texts of a large blueprint.
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code < 128) {
            em += ASCII_WIDTHS[code];
            continue;
        }
        const codePoint = text.codePointAt(index)!;
        if (codePoint > 0xFFFF) index++;
        em += charWidth(codePoint);
    }
    return em * fontSize * (bold ? 1.08 : 1);
}

// Line-breaking rules kept from CJK typesetting: closing punctuation never starts a line, opening
// punctuation never ends one.
const NO_LINE_START = new Set([...'、。，．：；？！）」』】》〉〕”’…‥・ー,.;:!?)]}%']);
const NO_LINE_END = new Set([...'（「『【《〈〔“‘([{']);

/** A piece of text that is never broken, unless it is wider than a whole line. */
interface Segment {
    text: string;
    /** Whether a space separated it from the previous segment. */
    spaced: boolean;
    /** Whether the segment may take following Latin letters (a word), or ends with a wide character. */
    word: boolean;
}

function segments(paragraph: string): Segment[] {
    const result: Segment[] = [];
    let spaced = false;
    for (const char of paragraph) {
        const codePoint = char.codePointAt(0)!;
        if (codePoint <= 0x20 || codePoint === 0x3000) { // spaces and controls; a no-break space is no break
            spaced = result.length > 0;
            continue;
        }
        const previous = result[result.length - 1];
        const wide = isWide(codePoint);
        const joins = previous && !spaced && (
            NO_LINE_START.has(char)
            || NO_LINE_END.has(previous.text[previous.text.length - 1])
            || (!wide && previous.word));
        if (joins) {
            previous.text += char;
            previous.word = !wide;
        } else {
            result.push({ text: char, spaced, word: !wide });
        }
        spaced = false;
    }
    return result;
}

/**
 * Wraps a text into lines no wider than `maxWidth` pixels: Latin text between words, CJK text
 * between characters; a word longer than a line is split. Line breaks in the text are kept.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): readonly string[] {
    // A text that fits as it is, with nothing for the segmentation to fold (controls, runs of spaces),
    // is its own single line: most texts of a blueprint, measured once instead of segmented.
    if (!UNFOLDED.test(text) && measureText(text, fontSize, bold) <= maxWidth) return [text];
    const key = `${fontSize}${bold ? 'b' : ''}:${maxWidth}:${text}`;
    let lines = wrapped.get(key);
    if (!lines) {
        if (wrapped.size >= WRAP_CACHE_SIZE) wrapped.clear();
        lines = wrapLines(text, maxWidth, fontSize, bold);
        wrapped.set(key, lines);
    }
    return lines;
}

/** Whitespace the segmentation folds or breaks at: controls and line ends, a leading, trailing or second space, the ideographic space. */
const UNFOLDED = /[\u0000-\u001F\u3000]|^ | $| {2}/;

/**
 * Wrapped texts by size, width and text: the labels of a blueprint ("Recovery", "within 2 min") and a
 * script's repeated lines are wrapped once. Emptied when full, so that a long-running server stays small.
 */
const wrapped = new Map<string, readonly string[]>();
const WRAP_CACHE_SIZE = 20000;

function wrapLines(text: string, maxWidth: number, fontSize: number, bold: boolean): readonly string[] {
    const lines: string[] = [];
    const spaceWidth = measureText(' ', fontSize, bold);
    for (const paragraph of text.split(/\r\n|\r|\n/)) {
        let line = '';
        let width = 0;
        for (const segment of segments(paragraph)) {
            const segmentWidth = measureText(segment.text, fontSize, bold);
            const gap = segment.spaced && line !== '' ? spaceWidth : 0;
            if (line !== '' && width + gap + segmentWidth > maxWidth) {
                lines.push(line);
                line = '';
                width = 0;
            }
            if (segmentWidth > maxWidth) {
                // The line is empty here: the run is split over as many lines as it needs.
                const pieces = splitByWidth(segment.text, maxWidth, fontSize, bold);
                line = pieces.pop()!;
                for (const piece of pieces) lines.push(piece); // a loop: a long run has too many pieces to spread
                width = measureText(line, fontSize, bold);
                continue;
            }
            const separator = line !== '' && segment.spaced ? ' ' : '';
            line += separator + segment.text;
            width += (separator ? spaceWidth : 0) + segmentWidth;
        }
        lines.push(line);
    }
    return lines;
}

/** Splits an unbreakable run into pieces that each fit on a line. */
function splitByWidth(text: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
    const pieces: string[] = [];
    let piece = '';
    let width = 0;
    for (const char of text) {
        const charWidthPx = measureText(char, fontSize, bold);
        if (piece !== '' && width + charWidthPx > maxWidth) {
            pieces.push(piece);
            piece = '';
            width = 0;
        }
        piece += char;
        width += charWidthPx;
    }
    pieces.push(piece);
    return pieces;
}
