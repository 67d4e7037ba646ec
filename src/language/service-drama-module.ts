import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { ServiceDramaGeneratedModule, ServiceDramaGeneratedSharedModule } from './generated/module.js';
import { ServiceDramaHoverProvider } from './hover/service-drama-hover.js';
import { LocaleService } from './i18n/locale.js';
import { ServiceDramaCodeLensProvider } from './service-drama-code-lens.js';
import { ServiceDramaCompletionProvider } from './service-drama-completion.js';
import { ServiceDramaConfigurationProvider } from './service-drama-configuration.js';
import { ServiceDramaFormatter } from './service-drama-formatter.js';
import { ServiceDramaNodeKindProvider } from './service-drama-node-kinds.js';
import { ServiceDramaLexerErrorMessages, ServiceDramaParserErrorMessages } from './service-drama-parser-messages.js';
import { createServiceDramaCompletionParser, createServiceDramaParser } from './service-drama-parsers.js';
import { ServiceDramaRenameProvider } from './service-drama-rename.js';
import { ServiceDramaDocumentBuilder, ServiceDramaDocumentUpdateHandler } from './other-languages.js';
import { ServiceDramaSemanticTokenProvider } from './service-drama-semantic-tokens.js';
import { ServiceDramaValueConverter } from './service-drama-value-converter.js';
import {
    ServiceDramaAstNodeLocator, ServiceDramaLinker, ServiceDramaReferenceDescriptionProvider, ServiceDramaScopeComputation,
    ServiceDramaScopeProvider
} from './service-drama-references.js';
import { ServiceDramaCodeActionProvider } from './service-drama-code-actions.js';
import { ServiceDramaInlayHintProvider } from './service-drama-inlay-hints.js';
import { ServiceDramaWorkspaceSymbolProvider } from './service-drama-workspace-symbols.js';
import { ServiceDramaDocumentValidator } from './validation/document-validator.js';
import { CrossFileRevalidation } from './validation/cross-file-revalidation.js';
import { RuleConfigLoader } from './validation/rule-config-loader.js';
import { RuleSettings } from './validation/rule-settings.js';
import { SurveyStore } from './validation/survey-store.js';
import { registerRules } from './validation/rule-validator.js';
import { registerValueChecks } from './validation/value-checks.js';
import { WorkspaceFacts } from './validation/workspace-facts.js';

/** Services this language adds to Langium's defaults. */
export type ServiceDramaAddedServices = {
    i18n: {
        Locale: LocaleService;
    };
    validation: {
        RuleSettings: RuleSettings;
        WorkspaceFacts: WorkspaceFacts;
        Surveys: SurveyStore;
    };
};

export type ServiceDramaServices = LangiumServices & ServiceDramaAddedServices;

export const ServiceDramaModule: Module<ServiceDramaServices, PartialLangiumServices & ServiceDramaAddedServices> = {
    i18n: {
        Locale: (services) => new LocaleService(services.shared)
    },
    parser: {
        LangiumParser: (services) => createServiceDramaParser(services),
        CompletionParser: (services) => createServiceDramaCompletionParser(services),
        ParserErrorMessageProvider: (services) => new ServiceDramaParserErrorMessages(services.i18n.Locale),
        LexerErrorMessageProvider: (services) => new ServiceDramaLexerErrorMessages(services.i18n.Locale),
        ValueConverter: () => new ServiceDramaValueConverter()
    },
    references: {
        ScopeComputation: (services) => new ServiceDramaScopeComputation(services),
        ScopeProvider: (services) => new ServiceDramaScopeProvider(services),
        Linker: (services) => new ServiceDramaLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new ServiceDramaReferenceDescriptionProvider(services),
        AstNodeLocator: () => new ServiceDramaAstNodeLocator()
    },
    validation: {
        DocumentValidator: (services) => new ServiceDramaDocumentValidator(services),
        RuleSettings: () => new RuleSettings(),
        WorkspaceFacts: (services) => new WorkspaceFacts(services),
        Surveys: (services) => new SurveyStore(services)
    },
    lsp: {
        Formatter: () => new ServiceDramaFormatter(),
        SemanticTokenProvider: (services) => new ServiceDramaSemanticTokenProvider(services),
        HoverProvider: (services) => new ServiceDramaHoverProvider(services),
        CompletionProvider: (services) => new ServiceDramaCompletionProvider(services),
        CodeLensProvider: (services) => new ServiceDramaCodeLensProvider(services.i18n.Locale),
        CodeActionProvider: (services) => new ServiceDramaCodeActionProvider(services),
        InlayHintProvider: (services) => new ServiceDramaInlayHintProvider(services.i18n.Locale),
        RenameProvider: (services) => new ServiceDramaRenameProvider(services)
    }
};

const SharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        ConfigurationProvider: (services) => new ServiceDramaConfigurationProvider(services),
        DocumentBuilder: (services) => new ServiceDramaDocumentBuilder(services)
    },
    lsp: {
        NodeKindProvider: () => new ServiceDramaNodeKindProvider(),
        WorkspaceSymbolProvider: (services) => new ServiceDramaWorkspaceSymbolProvider(services),
        DocumentUpdateHandler: (services) => new ServiceDramaDocumentUpdateHandler(services)
    }
};

/**
 * Creates the shared services and the Service Drama language services.
 * The same services run the language server, the CLI and the tests.
 */
export function createServiceDramaServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    ServiceDrama: ServiceDramaServices;
} {
    const shared = inject(createDefaultSharedModule(context), ServiceDramaGeneratedSharedModule, SharedModule);
    const ServiceDrama = inject(createDefaultModule({ shared }), ServiceDramaGeneratedModule, ServiceDramaModule);
    shared.ServiceRegistry.register(ServiceDrama);
    registerRules(ServiceDrama);
    registerValueChecks(ServiceDrama);
    if (context.connection) {
        new RuleConfigLoader(ServiceDrama, context.connection);
        new CrossFileRevalidation(ServiceDrama);
    }
    if (!context.connection) {
        // Without a connection nothing triggers configuration loading; do it here so builds proceed.
        void shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, ServiceDrama };
}
