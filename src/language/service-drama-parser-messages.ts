import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider } from 'langium';
import type { HelpTexts, MessageTexts } from './help/help-texts.js';
import { helpTexts } from './help/keyword-help.js';
import type { LocaleService } from './i18n/locale.js';
import { isKeywordToken, keywordLanguageOfTokens } from './keyword-language.js';
import { englishKeyword, keywordIn, languageOfKeyword, type KeywordLanguage } from './keywords.js';

/**
 * Parser errors that a non-programmer can act on: "Unknown channel 'face2face': use face-to-face,
 * phone or remote" rather than a list of token sequences. Keywords in a message are spelt in the
 * keyword language of the text being parsed (the help language's when it has no keyword yet).
 */
export class ServiceDramaParserErrorMessages implements IParserErrorMessageProvider {
    /** The tokens of the text being parsed, while the parser runs; see `parsing`. */
    private tokens: () => readonly IToken[] = () => [];
    private language: KeywordLanguage | undefined;

    constructor(private readonly localeService: LocaleService) {}

    /**
     * Chevrotain asks for a message when it meets an error, knowing only the tokens involved: the parser
     * lends the whole text's tokens for the length of one parse, for the keyword language and for the
     * token before an error.
     */
    parsing<T>(tokens: () => readonly IToken[], parse: () => T): T {
        this.tokens = tokens;
        this.language = undefined;
        try {
            return parse();
        } finally {
            this.tokens = () => [];
            this.language = undefined;
        }
    }

    private get allTexts(): HelpTexts {
        return helpTexts(this.localeService.locale);
    }

    private get texts(): MessageTexts {
        return this.allTexts.messages;
    }

    private get keywordLanguage(): KeywordLanguage {
        this.language ??= keywordLanguageOfTokens(this.tokens()) ?? this.localeService.locale;
        return this.language;
    }

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; ruleName: string }): string {
        const actual = options.actual;
        if (options.expected.name === 'ID' && isKeywordToken(actual)) {
            const twin = keywordIn(actual.image, languageOfKeyword(actual.image) === 'zh' ? 'en' : 'zh')!;
            return this.allTexts.keywordNames.isKeyword(visible(actual.image), twin);
        }
        return this.texts.mismatch(this.describe(options.expected), this.found(actual));
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        const actual = this.found(options.firstRedundant);
        const language = this.keywordLanguage;
        return this.texts.topLevel(actual, keywordIn('service', language)!, keywordIn('norm', language)!);
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; ruleName: string }): string {
        return this.choiceMessage(options.expectedPathsPerAlt, options.actual[0], options.ruleName);
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; ruleName: string }): string {
        return this.choiceMessage([options.expectedIterationPaths], options.actual[0], options.ruleName);
    }

    private choiceMessage(pathsPerAlternative: TokenType[][][], actualToken: IToken, ruleName: string): string {
        const firstTokens = new Set<TokenType>();
        for (const paths of pathsPerAlternative) {
            for (const path of paths) {
                if (path[0]) firstTokens.add(path[0]);
            }
        }
        const runTogether = this.runTogether(actualToken, firstTokens);
        if (runTogether) return runTogether;
        // A keyword and its twin are one choice, spelt once.
        const choices = [...new Set([...firstTokens].map(tokenType => this.describe(tokenType)))].join(this.texts.choiceSeparator);
        const actual = this.found(actualToken);
        // Langium appends an invisible marker to rule names; keep the letters.
        const what = this.grammarName(ruleName.replace(/\W/g, ''));
        return what ? this.texts.unknownValue(what, actual, choices) : this.texts.unexpected(actual, choices);
    }

    /**
     * A name that swallowed the keyword after it because the space between them is missing, as in
     * `触点 取号当面 {`: the lexer reads one name, and the channel seems missing.
     */
    private runTogether(actualToken: IToken, expected: ReadonlySet<TokenType>): string | undefined {
        const previous = this.tokenBefore(actualToken);
        if (previous?.tokenType.name !== 'ID') return undefined;
        for (const tokenType of expected) {
            const keyword = tokenType.name;
            if (englishKeyword(keyword) === undefined || keyword.length >= previous.image.length || !previous.image.endsWith(keyword)) continue;
            const separated = `${previous.image.slice(0, -keyword.length)} ${keyword}`;
            return this.allTexts.keywordNames.missingSpace(visible(previous.image), keyword, visible(separated));
        }
        return undefined;
    }

    /** The token before `token` in the text being parsed (the last one before the end of the file). */
    private tokenBefore(token: IToken): IToken | undefined {
        const tokens = this.tokens();
        const offset = Number.isNaN(token.startOffset) ? Infinity : token.startOffset;
        let low = 0;
        let high = tokens.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (tokens[middle].startOffset < offset) low = middle + 1;
            else high = middle;
        }
        return tokens[low - 1];
    }

    private describe(tokenType: TokenType): string {
        const terminal = this.grammarName(tokenType.name);
        if (terminal) return terminal;
        return `'${keywordIn(tokenType.name, this.keywordLanguage) ?? tokenType.name}'`;
    }

    private found(token: IToken | undefined): string {
        if (!token || token.tokenType?.name === 'EOF' || token.image === '') return this.texts.grammarNames.EOF;
        const image = token.image.length > 40 ? `${token.image.slice(0, 40)}…` : token.image;
        return `'${visible(image)}'`;
    }

    /** The name of a value rule (Channel) or a terminal (ID) in messages; undefined for any other rule. */
    private grammarName(name: string): string | undefined {
        const names = this.texts.grammarNames;
        return Object.prototype.hasOwnProperty.call(names, name) ? names[name as keyof typeof names] : undefined;
    }
}

/** A character the lexer cannot read, named so that an invisible one can be found and an odd one does no harm. */
export class ServiceDramaLexerErrorMessages extends DefaultLexerErrorMessageProvider {
    constructor(private readonly localeService: LocaleService) {
        super();
    }

    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const character = String.fromCodePoint(fullText.codePointAt(startOffset) ?? 0xfffd);
        const shown = visible(character) === character ? `'${character}'` : visible(character);
        return helpTexts(this.localeService.locale).messages.unexpectedCharacter(shown, length - character.length);
    }
}

/**
 * Shows invisible and unsafe characters as U+XXXX: controls (NUL, ESC, BEL), format characters (bidi
 * marks, zero widths), lone surrogates, non-characters and line separators. In a message they would
 * be unseen, reorder the text around them, or break the outputs the message is written to.
 */
export function visible(text: string): string {
    return text.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\uFFFE\uFFFF\u2028\u2029]/gu, character =>
        `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}
