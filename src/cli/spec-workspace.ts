import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Model } from '../language/generated/ast.js';
import { createServiceDramaServices, type ServiceDramaServices } from '../language/service-drama-module.js';
import { CliError } from './cli-error.js';
import { readSpecFile } from './spec-files.js';

export interface LoadedSpec {
    file: string;
    document: LangiumDocument<Model>;
    diagnostics: Diagnostic[];
}

export interface BuildOptions {
    /**
     * Other specs of the workspace, loaded so that norms and names resolve across them but not reported.
     * One that cannot be read is left out: it was not asked for.
     */
    contextFiles?: string[];
    /** Sets up the services (locale, rule severities) before anything is validated. */
    configure?: (services: ServiceDramaServices) => void;
}

/**
 * Parses, links and validates a set of spec files together, the way the language server does for a
 * workspace, so that `applies` finds norms in any of them.
 */
export async function buildSpecs(files: string[], options: BuildOptions = {}): Promise<{ specs: LoadedSpec[]; services: ServiceDramaServices }> {
    const { shared, ServiceDrama } = createServiceDramaServices(NodeFileSystem);
    options.configure?.(ServiceDrama);
    const factory = shared.workspace.LangiumDocumentFactory;
    const documents = files.map(file => factory.fromString<Model>(readSpecFile(file), URI.file(file)));
    const requested = new Set(files);
    const context = (options.contextFiles ?? []).filter(file => !requested.has(file)).flatMap(file => {
        try {
            return [factory.fromString<Model>(readSpecFile(file), URI.file(file))];
        } catch (error) {
            if (error instanceof CliError) return [];
            throw error;
        }
    });
    const all = [...documents, ...context];
    all.forEach(document => shared.workspace.LangiumDocuments.addDocument(document));
    // Every document is indexed and linked, so that names and norms resolve across them all;
    // only the requested ones are then validated.
    await shared.workspace.DocumentBuilder.build(all, { validation: false });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const specs = documents.map((document, index) => ({
        file: files[index],
        document,
        diagnostics: document.diagnostics ?? []
    }));
    return { specs, services: ServiceDrama };
}
