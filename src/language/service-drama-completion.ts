import type { AstNodeDescription, GrammarAST, MaybePromise } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext } from 'langium/lsp';
import { CompletionItemKind, type MarkupContent } from 'vscode-languageserver';
import { DeclarationHelp } from './help/declaration-help.js';
import { isWordKeyword, keywordCategory, keywordDetail, keywordHelp } from './help/keyword-help.js';
import type { LocaleService } from './i18n/locale.js';
import type { ServiceDramaServices } from './service-drama-module.js';

/**
 * Completion whose keyword items carry the same help as the hover, so it shows while typing;
 * names offered for references (actors, props, norms) carry a summary of their declaration.
 */
export class ServiceDramaCompletionProvider extends DefaultCompletionProvider {
    private readonly localeService: LocaleService;
    private readonly declarationHelp: DeclarationHelp;

    constructor(services: ServiceDramaServices) {
        super(services);
        this.localeService = services.i18n.Locale;
        this.declarationHelp = new DeclarationHelp(services, services.i18n.Locale);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        const locale = this.localeService.locale;
        const help = keywordHelp(keyword.value, locale);
        acceptor(context, {
            label: keyword.value,
            kind: this.getKeywordCompletionItemKind(keyword),
            detail: keywordDetail(keyword.value, locale) ?? keyword.value,
            documentation: help ? { kind: 'markdown', value: help } : undefined,
            sortText: '1'
        });
    }

    /** Values that fill a slot (an element, a channel, a stage…) look different from keywords that start a statement. */
    protected override getKeywordCompletionItemKind(keyword: GrammarAST.Keyword): CompletionItemKind {
        const category = isWordKeyword(keyword.value) ? keywordCategory(keyword.value) : undefined;
        return category === undefined || category === 'declaration' || category === 'statement'
            ? CompletionItemKind.Keyword
            : CompletionItemKind.EnumMember;
    }

    protected override getReferenceDocumentation(nodeDescription: AstNodeDescription): MarkupContent | string | undefined {
        const summary = nodeDescription.node && this.declarationHelp.describe(nodeDescription.node, false);
        return summary ? { kind: 'markdown', value: summary } : undefined;
    }
}
