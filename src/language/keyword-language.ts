import { CstUtils, GrammarAST, isCompositeCstNode, type CstNode, type Lexer } from 'langium';
import { englishKeyword, keywordIn, languageOfKeyword, type EnglishKeyword, type KeywordLanguage } from './keywords.js';

/** The word keywords of a parsed text, in order: the leaves that a conversion between keyword languages rewrites. */
export function keywordLeaves(root: CstNode): CstNode[] {
    return CstUtils.flattenCst(root)
        .filter(leaf => !leaf.hidden && GrammarAST.isKeyword(leaf.grammarSource) && englishKeyword(leaf.text) !== undefined)
        .toArray();
}

/**
 * The keyword language a file is written in: the language most of its word keywords use; undefined for
 * a file without any (a new file), where the caller follows the help language.
 */
export function keywordLanguageOf(root: CstNode | undefined): KeywordLanguage | undefined {
    if (!root) return undefined;
    if (!languageOfParse.has(root)) languageOfParse.set(root, languageByCount(root));
    return languageOfParse.get(root);
}

/**
 * Counts the keywords of each language with a plain walk: it runs once per parse (on a 5,000-line
 * spec after every edit, before a completion), where collecting the leaves took several milliseconds.
 */
function languageByCount(root: CstNode): KeywordLanguage | undefined {
    let chinese = 0;
    let english = 0;
    const stack: CstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (isCompositeCstNode(node)) {
            for (const child of node.content) stack.push(child);
        } else if (!node.hidden && GrammarAST.isKeyword(node.grammarSource) && englishKeyword(node.text) !== undefined) {
            if (languageOfKeyword(node.text) === 'zh') chinese++;
            else english++;
        }
    }
    return majority(chinese, english);
}

/** The language most keywords use (English on a tie); undefined when there are none. */
function majority(chinese: number, english: number): KeywordLanguage | undefined {
    if (chinese === 0 && english === 0) return undefined;
    return chinese > english ? 'zh' : 'en';
}

/** Each parse's keyword language, found once: rules, fixes and hints ask for it per finding or per node. */
const languageOfParse = new WeakMap<CstNode, KeywordLanguage | undefined>();

/** A token as the lexer gives it: its text and the name of its type (a keyword's type is named by the keyword). */
export interface KeywordToken {
    readonly image: string;
    readonly startOffset: number;
    readonly tokenType: { readonly name: string };
}

/** Whether a token is a word keyword (not a name that merely looks like one, not punctuation). */
export function isKeywordToken(token: KeywordToken): boolean {
    return token.tokenType.name === token.image && englishKeyword(token.image) !== undefined;
}

/** The keyword language of a lexed text, as keywordLanguageOf decides it for a parsed one. */
export function keywordLanguageOfTokens(tokens: readonly KeywordToken[]): KeywordLanguage | undefined {
    const keywords = tokens.filter(isKeywordToken);
    const chinese = keywords.filter(token => languageOfKeyword(token.image) === 'zh').length;
    return majority(chinese, keywords.length - chinese);
}

/** The keyword leaf directly under `node` that spells `keyword` in either language (`trial` finds 考验). */
export function findKeywordNode(node: CstNode | undefined, keyword: EnglishKeyword): CstNode | undefined {
    if (!node) return undefined;
    return CstUtils.streamCst(node)
        .filter(leaf => leaf.astNode === node.astNode && GrammarAST.isKeyword(leaf.grammarSource) && englishKeyword(leaf.text) === keyword)
        .head();
}

/**
 * A piece of spec text the tools write (a quick fix's statement, a bound in a hint), composed with
 * English keywords, in the given keyword language: each keyword token, as the lexer reads the text,
 * becomes its twin; names, strings, numbers and layout stay as they are. In Chinese the third element
 * is written 友好性, the word Chinese writers use (friendliness's twin: the same element as assurance).
 */
export function inKeywordLanguage(text: string, language: KeywordLanguage, lexer: Lexer): string {
    let result = '';
    let copied = 0;
    for (const token of lexer.tokenize(text).tokens) {
        if (!isKeywordToken(token)) continue;
        const keyword = language === 'zh' && token.image === 'assurance' ? 'friendliness' : token.image;
        result += text.slice(copied, token.startOffset) + keywordIn(keyword, language)!;
        copied = token.startOffset + token.image.length;
    }
    return result + text.slice(copied);
}

/**
 * A quick fix's title or a finding's message with the spec text it quotes — `(within 1 min)`,
 * `（adapt）`, `'wait'`, `“wait”`, a code span: keywords, numbers and quoted texts, at least one
 * keyword — in the given keyword language; the sentence's own words stay.
 */
export function quotedCodeInKeywordLanguage(sentence: string, language: KeywordLanguage, lexer: Lexer): string {
    return sentence.replace(/(?<=\()[^()]+(?=\))|(?<=（)[^（）]+(?=）)|(?<=')[^']+(?=')|(?<=“)[^“”]+(?=”)|(?<=`)[^`]+(?=`)/g, code => {
        const { tokens, errors } = lexer.tokenize(code);
        const onlyCode = errors.length === 0 && tokens.some(isKeywordToken)
            && tokens.every(token => isKeywordToken(token) || token.tokenType.name === 'NUMBER' || token.tokenType.name === 'STRING');
        return onlyCode ? inKeywordLanguage(code, language, lexer) : code;
    });
}
