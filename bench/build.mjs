// In-process builds: the full build (parse, link, validate) of a set of files, and parse-only of the
// same text, timed on one long-lived set of services as in the language server.
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { createServiceDramaServices } from '../out/src/language/service-drama-module.js';
import { measure } from './stats.mjs';

const PHASES = [
    ['IndexedContent', DocumentState.IndexedContent],
    ['ComputedScopes', DocumentState.ComputedScopes],
    ['Linked', DocumentState.Linked],
    ['IndexedReferences', DocumentState.IndexedReferences],
    ['Validated', DocumentState.Validated]
];

/**
 * A builder for one language: `shared` and `language` services and the `URI` class of the Langium that
 * runs them (the peer ships its own Langium).
 */
export function createBuilder({ shared, language, URI: UriClass, DocumentState: states, extension }) {
    const phaseTimes = new Map();
    for (const [name] of PHASES) {
        shared.workspace.DocumentBuilder.onBuildPhase(states[name], () => {
            phaseTimes.set(name, performance.now());
        });
    }
    const uriOf = (file, run) => UriClass.parse(`memory:///bench/run${run}/${file.name.replace(/\.[a-z]+$/, '')}.${extension}`);

    /** Parses every file and builds them together with all validation; `parsedAt` ends the parsing. */
    async function buildOnce(files, run) {
        const documents = files.map(file => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(file.text, uriOf(file, run));
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        const parsedAt = performance.now();
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
        return { documents, parsedAt };
    }

    async function remove(documents) {
        await shared.workspace.DocumentBuilder.update([], documents.map(document => document.uri));
    }

    return {
        buildOnce,
        remove,

        /** Full build timings, the phase split of the last run and the diagnostics it produced. */
        async measureFullBuild(files, { warmup, runs }) {
            let documents = [];
            let phases;
            let diagnostics;
            const full = await measure({
                warmup, runs,
                run: async (_, run) => {
                    phaseTimes.clear();
                    const start = performance.now();
                    const built = await buildOnce(files, run);
                    const end = performance.now();
                    documents = built.documents;
                    phases = { start, parsedBefore: built.parsedAt, times: new Map(phaseTimes) };
                    return end - start;
                },
                cleanup: async (_, run) => {
                    if (run === warmup + runs - 1) {
                        diagnostics = documents.flatMap(document => (document.diagnostics ?? []).map(d => ({ uri: document.uri.toString(), ...d })));
                    }
                    await remove(documents);
                }
            });
            return { full, phases: phaseSplit(phases), diagnostics };
        },

        /** Lexing and parsing alone (AST and CST built, nothing linked or validated). */
        async measureParse(files, { warmup, runs }) {
            const parser = language.parser.LangiumParser;
            return measure({
                warmup, runs,
                run: () => {
                    for (const file of files) {
                        const result = parser.parse(file.text);
                        if (result.parserErrors.length > 0 || result.lexerErrors.length > 0) {
                            throw new Error(`benchmark input ${file.name} does not parse: ${JSON.stringify(result.parserErrors[0] ?? result.lexerErrors[0])}`);
                        }
                    }
                }
            });
        }
    };
}

/** Milliseconds of the last timed build spent parsing, then reaching each later document state. */
function phaseSplit(phases) {
    if (!phases) {
        return undefined;
    }
    const split = { Parsed: phases.parsedBefore - phases.start };
    let previous = phases.parsedBefore;
    for (const [name] of PHASES) {
        const time = phases.times.get(name);
        if (time !== undefined) {
            split[name] = time - previous;
            previous = time;
        }
    }
    return split;
}

export function createServiceDramaBuilder() {
    const { shared, ServiceDrama } = createServiceDramaServices(EmptyFileSystem);
    return { builder: createBuilder({ shared, language: ServiceDrama, URI, DocumentState, extension: 'drama' }), shared, services: ServiceDrama };
}
