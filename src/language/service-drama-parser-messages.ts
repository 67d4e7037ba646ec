import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import type { Locale, LocaleService } from './i18n/locale.js';

/** What a grammar rule or terminal is called in a message, per language. */
const ruleNames: Record<string, Record<Locale, string>> = {
    Element: { en: 'element', zh: '服务要素' },
    Channel: { en: 'channel', zh: '接触方式' },
    MomentKind: { en: 'moment kind', zh: '关键时刻类型' },
    Stage: { en: 'stage', zh: '舞台位置' },
    Pace: { en: 'pace', zh: '客户节奏' },
    TimeUnit: { en: 'time unit', zh: '时间单位' },
    Score: { en: 'feeling (a number from -3 to +3)', zh: '感受（-3 到 +3 之间的数）' }
};

const terminalNames: Record<string, Record<Locale, string>> = {
    ID: { en: 'a name', zh: '名称' },
    STRING: { en: 'a quoted text', zh: '带引号的文字' },
    NUMBER: { en: 'a number', zh: '数字' },
    EOF: { en: 'the end of the file', zh: '文件结尾' }
};

/**
 * Parser errors that a non-programmer can act on: "Unknown channel 'face2face': use face-to-face,
 * phone or remote" rather than a list of token sequences.
 */
export class ServiceDramaParserErrorMessages implements IParserErrorMessageProvider {
    constructor(private readonly localeService: LocaleService) {}

    private get locale(): Locale {
        return this.localeService.locale;
    }

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; ruleName: string }): string {
        const expected = this.describe(options.expected);
        const actual = this.found(options.actual);
        return this.locale === 'zh'
            ? `此处应为 ${expected},实际是 ${actual}。`
            : `Expected ${expected} but found ${actual}.`;
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        const actual = this.found(options.firstRedundant);
        return this.locale === 'zh'
            ? `多余的 ${actual}:文件顶层只能写 service 或 norm。`
            : `Unexpected ${actual}: a file holds only 'service' and 'norm' blocks at the top level.`;
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
        const choices = [...firstTokens].join(', ');
        const actual = this.found(actualToken);
        // Langium appends an invisible marker to rule names; keep the letters.
        const what = ruleNames[ruleName.replace(/\W/g, '')]?.[this.locale];
        if (this.locale === 'zh') {
            return what
                ? `未知的${what} ${actual},可用:${choices}。`
                : `此处不能出现 ${actual},应为以下之一:${choices}。`;
        }
        return what
            ? `Unknown ${what} ${actual}: use one of ${choices}.`
            : `Unexpected ${actual}: expected one of ${choices}.`;
    }

    private describe(tokenType: TokenType): string {
        const terminal = terminalNames[tokenType.name];
        if (terminal) return terminal[this.locale];
        return `'${tokenType.name.replace(/:KW$/, '')}'`;
    }

    private found(token: IToken | undefined): string {
        if (!token || token.tokenType?.name === 'EOF' || token.image === '') return terminalNames.EOF[this.locale];
        const image = token.image.length > 40 ? `${token.image.slice(0, 40)}…` : token.image;
        return `'${image}'`;
    }
}
