import * as path from 'node:path';
import { AstUtils, URI, type LangiumDocument, type LangiumDocumentFactory } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isApplies, isModel, type Model } from '../language/generated/ast.js';
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
     * Other specs of the workspace, where norms may be declared or applied. Only those that can matter
     * are read as specs (see `sharedNames`); one that cannot be read or parsed is left out, and none
     * is ever reported: they were not asked for.
     */
    contextFiles?: string[];
    /** Sets up the services (locale, rule severities) before anything is validated. */
    configure?: (services: ServiceDramaServices) => void;
    /** The folder that messages name files from. */
    cwd?: string;
}

/**
 * Parses, links and validates a set of spec files together with what they need of their workspace,
 * the way the language server does, so that `applies` finds norms in other files. A requested file
 * that cannot be read or parsed stops the run with one line naming it.
 */
export async function buildSpecs(files: string[], options: BuildOptions = {}): Promise<{ specs: LoadedSpec[]; services: ServiceDramaServices }> {
    const cwd = options.cwd ?? process.cwd();
    const { shared, ServiceDrama } = createServiceDramaServices(NodeFileSystem);
    options.configure?.(ServiceDrama);
    const factory = shared.workspace.LangiumDocumentFactory;
    const documents = files.map(file => parseSpec(factory, file, readSpecFile(file, cwd), cwd));
    const context = contextDocuments(factory, options.contextFiles ?? [], new Set(files), sharedNames(documents));
    const all = [...documents, ...context];
    all.forEach(document => shared.workspace.LangiumDocuments.addDocument(document));
    try {
        // Every document is indexed and linked, so that names and norms resolve across them all;
        // only the requested ones are then validated.
        await shared.workspace.DocumentBuilder.build(all, { validation: false });
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    } catch (error) {
        const shown = files.length === 1 ? displayName(files[0], cwd) : `${files.length} files`;
        throw new CliError(`${shown}: cannot check the specs (${describe(error)})`);
    }
    const specs = documents.map((document, index) => ({
        file: files[index],
        document,
        diagnostics: document.diagnostics ?? []
    }));
    return { specs, services: ServiceDrama };
}

/** Parses one requested spec; whatever goes wrong in the parser is one line naming the file. */
function parseSpec(factory: LangiumDocumentFactory, file: string, text: string, cwd: string): LangiumDocument<Model> {
    try {
        return factory.fromString<Model>(text, URI.file(file));
    } catch (error) {
        throw new CliError(`${displayName(file, cwd)}: cannot parse the file (${describe(error)})`);
    }
}

/**
 * The names by which other files can matter to these documents: the norms they apply (declared
 * elsewhere), and the services and norms they declare (applied, or declared a second time, elsewhere).
 */
function sharedNames(documents: LangiumDocument<Model>[]): Set<string> {
    const names = new Set<string>();
    for (const document of documents) {
        const model = document.parseResult.value;
        if (!isModel(model)) continue;
        for (const element of model.elements) {
            if (element.name) names.add(element.name);
        }
        for (const node of AstUtils.streamAst(model)) {
            if (isApplies(node) && node.norm?.$refText) names.add(node.norm.$refText);
        }
    }
    return names;
}

/**
 * The context files whose text mentions one of the names: any other cannot declare or apply them, so
 * it is never parsed, and a broken or huge file beside the requested ones costs nothing but a read.
 */
function contextDocuments(factory: LangiumDocumentFactory, files: string[], requested: Set<string>, names: Set<string>): LangiumDocument<Model>[] {
    if (names.size === 0) return [];
    return files.filter(file => !requested.has(file)).flatMap(file => {
        try {
            const text = readSpecFile(file);
            if (![...names].some(name => text.includes(name))) return [];
            return [factory.fromString<Model>(text, URI.file(file))];
        } catch {
            return [];
        }
    });
}

function displayName(file: string, cwd: string): string {
    return path.relative(cwd, file) || file;
}

/** An error in one line: its kind and the first line of its message. */
function describe(error: unknown): string {
    if (!(error instanceof Error)) return String(error).split('\n')[0];
    return `${error.name}: ${error.message.split('\n')[0]}`;
}
