import type { LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Model } from '../language/generated/ast.js';
import { createServiceDramaServices, type ServiceDramaServices } from '../language/service-drama-module.js';
import { readSpecFile } from './spec-files.js';

export interface LoadedSpec {
    file: string;
    document: LangiumDocument<Model>;
    diagnostics: Diagnostic[];
}

/**
 * Parses, links and validates a set of spec files together, the way the language server does for a
 * workspace, so that `applies` finds norms in any of them.
 */
export async function buildSpecs(files: string[]): Promise<{ specs: LoadedSpec[]; services: ServiceDramaServices }> {
    const { shared, ServiceDrama } = createServiceDramaServices(NodeFileSystem);
    const documents = files.map(file => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(readSpecFile(file), URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const specs = documents.map((document, index) => ({
        file: files[index],
        document,
        diagnostics: document.diagnostics ?? []
    }));
    return { specs, services: ServiceDrama };
}
