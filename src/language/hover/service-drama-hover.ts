import { CstUtils, GrammarAST, type LangiumDocument, type References } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { DeclarationHelp } from '../help/declaration-help.js';
import { keywordHelp } from '../help/keyword-help.js';
import type { LocaleService } from '../i18n/locale.js';
import type { ServiceDramaServices } from '../service-drama-module.js';
import { isTouchpoint } from '../generated/ast.js';
import type { SurveyStore } from '../validation/survey-store.js';
import { measuredQuality } from './measured-quality.js';

/**
 * Hover help that teaches service quality while people write: keywords explain themselves
 * (the five elements as a coach would), names show their declaration and where it is used.
 * Strings, comments and whitespace stay silent.
 */
export class ServiceDramaHoverProvider implements HoverProvider {
    private readonly references: References;
    private readonly localeService: LocaleService;
    private readonly declarationHelp: DeclarationHelp;
    private readonly surveys: SurveyStore;

    constructor(services: ServiceDramaServices) {
        this.surveys = services.validation.Surveys;
        this.references = services.references.References;
        this.localeService = services.i18n.Locale;
        this.declarationHelp = new DeclarationHelp(services, services.i18n.Locale);
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        // Only a token that contains the offset: whitespace finds none, and comments and strings name nothing.
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf) return undefined;

        let markdown: string | undefined;
        if (GrammarAST.isKeyword(leaf.grammarSource)) {
            markdown = keywordHelp(leaf.grammarSource.value, this.localeService.locale);
        } else {
            const [declaration] = this.references.findDeclarations(leaf);
            markdown = declaration && this.declarationHelp.describe(declaration, true);
            // A touchpoint's hover also shows what the survey measured there.
            const measured = markdown && isTouchpoint(declaration) ? measuredQuality(declaration, this.surveys, this.localeService.locale) : undefined;
            if (measured) markdown = `${markdown}\n\n${measured}`;
        }
        return markdown ? { contents: { kind: 'markdown', value: markdown }, range: leaf.range } : undefined;
    }
}
