import { DocumentState, type LangiumDocument } from 'langium';
import { isNorm, isService, type Model } from '../generated/ast.js';
import type { ServiceDramaServices } from '../service-drama-module.js';

/**
 * In the language server: some findings of a document depend on other files — whether a norm is applied
 * anywhere (unused-declaration) and whether a service or norm name is taken elsewhere (unique-names).
 * After each build, a document whose answers to those questions changed, but that was not rebuilt
 * itself, is validated again, so that its findings never go stale.
 */
export class CrossFileRevalidation {
    /** For each document, what its cross-file findings depend on, as of its last validation. */
    private readonly dependencies = new Map<string, string>();

    constructor(private readonly services: ServiceDramaServices) {
        const builder = services.shared.workspace.DocumentBuilder;
        builder.onBuildPhase(DocumentState.Validated, built => this.afterBuild(built));
        builder.onUpdate((_changed, deleted) => deleted.forEach(uri => this.dependencies.delete(uri.toString())));
    }

    private afterBuild(built: LangiumDocument[]): void {
        const rebuilt = new Set(built.map(document => document.uri.toString()));
        const stale: LangiumDocument[] = [];
        for (const document of this.services.shared.workspace.LangiumDocuments.all) {
            const uri = document.uri.toString();
            const now = this.dependenciesOf(document);
            const before = this.dependencies.get(uri);
            this.dependencies.set(uri, now);
            if (!rebuilt.has(uri) && before !== undefined && before !== now && document.state === DocumentState.Validated) {
                stale.push(document);
            }
        }
        if (stale.length > 0) void this.revalidate(stale);
    }

    private dependenciesOf(document: LangiumDocument): string {
        const facts = this.services.validation.WorkspaceFacts;
        const model = document.parseResult.value as Model;
        const parts: string[] = [];
        for (const element of model.elements ?? []) {
            const type = isService(element) ? 'Service' : 'Norm';
            parts.push(`${type} ${element.name} ${facts.declared(type).get(element.name)?.length ?? 0}`);
            if (isNorm(element)) parts.push(`applied ${facts.isApplied(element)}`);
        }
        return parts.join('\n');
    }

    private async revalidate(documents: LangiumDocument[]): Promise<void> {
        const workspace = this.services.shared.workspace;
        await workspace.WorkspaceLock.write(async token => {
            for (const document of documents) workspace.DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
            await workspace.DocumentBuilder.update([], [], token);
        });
    }
}
