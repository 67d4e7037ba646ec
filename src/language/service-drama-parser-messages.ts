import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider } from 'langium';
import type { MessageTexts } from './help/help-texts.js';
import { helpTexts } from './help/keyword-help.js';
import type { LocaleService } from './i18n/locale.js';

/**
 * Parser errors that a non-programmer can act on: "Unknown channel 'face2face': use face-to-face,
 * phone or remote" rather than a list of token sequences.
 */
export class ServiceDramaParserErrorMessages implements IParserErrorMessageProvider {
    constructor(private readonly localeService: LocaleService) {}

    private get texts(): MessageTexts {
        return helpTexts(this.localeService.locale).messages;
    }

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; ruleName: string }): string {
        const expected = this.describe(options.expected);
        const actual = this.found(options.actual);
        return this.texts.mismatch(expected, actual);
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        const actual = this.found(options.firstRedundant);
        return this.texts.topLevel(actual);
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; ruleName: string }): string {
        return this.choiceMessage(options.expectedPathsPerAlt, options.actual[0], options.ruleName);
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; ruleName: string }): string {
        return this.choiceMessage([options.expectedIterationPaths], options.actual[0], options.ruleName);
    }

    private choiceMessage(pathsPerAlternative: TokenType[][][], actualToken: IToken, ruleName: string): string {
        const firstTokens = new Set<string>();
        for (const paths of pathsPerAlternative) {
            for (const path of paths) {
                if (path[0]) firstTokens.add(this.describe(path[0]));
            }
        }
        const choices = [...firstTokens].join(this.texts.choiceSeparator);
        const actual = this.found(actualToken);
        // Langium appends an invisible marker to rule names; keep the letters.
        const what = this.grammarName(ruleName.replace(/\W/g, ''));
        return what ? this.texts.unknownValue(what, actual, choices) : this.texts.unexpected(actual, choices);
    }

    private describe(tokenType: TokenType): string {
        const terminal = this.grammarName(tokenType.name);
        if (terminal) return terminal;
        return `'${tokenType.name.replace(/:KW$/, '')}'`;
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
