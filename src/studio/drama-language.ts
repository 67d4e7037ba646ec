import { StreamLanguage } from '@codemirror/language';
import { englishTexts } from '../language/help/texts.en.js';

// Colours for the editor: comments, strings, numbers and the language's keywords (every word the
// help explains). Meaning (names, references, problems) comes from the language server.

const KEYWORDS = new Set([...Object.keys(englishTexts.terms), ...Object.keys(englishTexts.elements), 'friendliness']);

interface State {
    inBlockComment: boolean;
}

export const dramaLanguage = StreamLanguage.define<State>({
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
        if (quote === '"' || quote === '\'') {
            stream.next();
            let escaped = false;
            for (let char = stream.next(); char !== undefined; char = stream.next()) {
                if (char === quote && !escaped) break;
                escaped = !escaped && char === '\\';
            }
            return 'string';
        }
        if (stream.match(/^\d+(\.\d+)?/)) return 'number';
        const word = stream.match(/^[\p{L}_][\p{L}\p{N}_-]*/u) as RegExpMatchArray | null;
        if (word) return KEYWORDS.has(word[0]) ? 'keyword' : 'variableName';
        stream.next();
        return null;
    },
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } }
});
