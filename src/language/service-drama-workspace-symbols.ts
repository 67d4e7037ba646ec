import { Cancellation, interruptAndCheck, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import { DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import { collectNodes } from './ast-walk.js';
import { isActor, isAudience, isNorm, isProp, isRisk, isScene, isService, isSupportSystem, isTouchpoint } from './generated/ast.js';

/** Declarations one may go to from anywhere: everything the outline shows. */
const isDeclaration = (node: AstNode): node is AstNode & { name: string } =>
    isService(node) || isNorm(node) || isAudience(node) || isActor(node) || isSupportSystem(node) || isProp(node)
    || isScene(node) || isTouchpoint(node) || isRisk(node);

/**
 * Go to any declaration of the workspace (Ctrl+T). Langium's provider lists the global index, which holds
 * only what other files can name (services, norms); scenes, touchpoints and the cast live inside a
 * service, so every document's tree is read, each symbol named with its containers ("Hotpot › Waiting").
 */
export class ServiceDramaWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;

    constructor(private readonly shared: LangiumSharedServices) {
        super(shared);
        this.documents = shared.workspace.LangiumDocuments;
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken: CancellationToken = Cancellation.CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const query = params.query.toLowerCase();
        const symbols: WorkspaceSymbol[] = [];
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            symbols.push(...this.symbolsOf(document).filter(symbol => this.fuzzyMatcher.match(query, symbol.name)));
        }
        return symbols;
    }

    private symbolsOf(document: LangiumDocument): WorkspaceSymbol[] {
        const nameProvider = this.shared.ServiceRegistry.getServices(document.uri).references.NameProvider;
        return collectNodes(document.parseResult.value).filter(isDeclaration).flatMap(node => {
            const nameNode = nameProvider.getNameNode(node);
            if (!node.name || !nameNode) return [];
            const containers: string[] = [];
            for (let container = node.$container; container; container = container.$container) {
                if (isDeclaration(container)) containers.unshift(container.name);
            }
            return [{
                name: node.name,
                kind: this.nodeKindProvider.getSymbolKind(node),
                location: { uri: document.uri.toString(), range: nameNode.range },
                ...(containers.length > 0 ? { containerName: containers.join(' › ') } : {})
            }];
        });
    }
}
