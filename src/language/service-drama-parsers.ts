import {
    createParser, LangiumCompletionParser, LangiumParser,
    type AstNode, type CompletionParserResult, type LangiumCoreServices, type ParseResult, type ParserOptions
} from 'langium';
import { ServiceDramaParserErrorMessages } from './service-drama-parser-messages.js';

// Langium's parsers keep the tokens of the text they parsed last until they parse the next one. Each
// token's image is a slice of that text, so the whole text stays too. For the completion parser that is
// until the next completion: after a completion in a 50 MB spec, shrinking the spec to 180 KB left the
// 50 MB of text and its tokens in memory. The parsers here let go of them once a parse is done.

export class ServiceDramaParser extends LangiumParser {
    private readonly messages: LangiumCoreServices['parser']['ParserErrorMessageProvider'];

    constructor(services: LangiumCoreServices) {
        super(services);
        this.messages = services.parser.ParserErrorMessageProvider;
    }

    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        try {
            const parse = () => super.parse<T>(input, options);
            // Syntax errors spell keywords in the text's keyword language, which its tokens tell.
            return this.messages instanceof ServiceDramaParserErrorMessages
                ? this.messages.parsing(() => this.wrapper.input, parse)
                : parse();
        } finally {
            // Setting the input resets Chevrotain's state; the result keeps its own errors array.
            this.wrapper.input = [];
        }
    }
}

export class ServiceDramaCompletionParser extends LangiumCompletionParser {
    override parse(input: string): CompletionParserResult {
        try {
            return super.parse(input);
        } finally {
            this.wrapper.input = [];
            // The result holds the tokens; the parser's own reference to them is private in Langium.
            (this as unknown as { tokens: unknown[] }).tokens = [];
        }
    }
}

/** Built as Langium's createLangiumParser and createCompletionParser build theirs. */
export function createServiceDramaParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new ServiceDramaParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}

export function createServiceDramaCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    const parser = createParser(services.Grammar, new ServiceDramaCompletionParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
