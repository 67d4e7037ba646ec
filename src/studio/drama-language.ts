import { StreamLanguage, type StreamParser } from '@codemirror/language';
import { ALL_KEYWORDS } from '../language/keywords.js';

// Colours for the editor: comments, strings, numbers and the language's keywords, in English and in
// Chinese. Meaning (names, references, problems) comes from the language server.

/** The closing mark of each opening quotation mark; only the ASCII ones take escapes. */
const QUOTES: Readonly<Record<string, string>> = { '"': '"', '\'': '\'', '“': '”', '「': '」' };

interface State {
    inBlockComment: boolean;
}

/** The tokenizer of the studio's editor. */
export const dramaStreamParser: StreamParser<State> = {
    name: 'service-drama',
    startState: () => ({ inBlockComment: false }),
    token(stream, state) {
        if (state.inBlockComment) {
            state.inBlockComment = !stream.skipTo('*/');
            if (state.inBlockComment) stream.skipToEnd();
            else stream.pos += 2;
            return 'comment';
        }
        if (stream.eatSpace()) return null;
        if (stream.match('//')) {
            stream.skipToEnd();
            return 'comment';
        }
        if (stream.match('/*')) {
            state.inBlockComment = true;
            return 'comment';
        }
        const quote = stream.peek();
        const closing = quote === undefined ? undefined : QUOTES[quote];
        if (closing !== undefined) {
            stream.next();
            const escapes = closing === quote;
            let escaped = false;
            for (let char = stream.next(); char !== undefined; char = stream.next()) {
                if (char === closing && !escaped) break;
                escaped = escapes && !escaped && char === '\\';
            }
            return 'string';
        }
        if (stream.match(/^\d+(\.\d+)?/)) return 'number';
        const word = stream.match(/^[\p{L}_][\p{L}\p{N}_-]*/u) as RegExpMatchArray | null;
        if (word) return ALL_KEYWORDS.has(word[0]) ? 'keyword' : 'variableName';
        stream.next();
        return null;
    },
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } }
};

export const dramaLanguage = StreamLanguage.define<State>(dramaStreamParser);
