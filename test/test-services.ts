import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import type { Diagnostic, InlayHint } from 'vscode-languageserver-types';
import type { Model } from '../src/language/generated/ast.js';
import { createServiceDramaServices } from '../src/language/service-drama-module.js';

/** One set of in-memory services for a test file; documents are cleared between tests. */
export function createTestServices() {
    const services = createServiceDramaServices(EmptyFileSystem);
    const parse = parseHelper<Model>(services.ServiceDrama);
    return {
        ...services,
        parse,
        /** Parses, links and validates a spec; `uri` places it in the workspace under that name. */
        async validate(text: string, uri?: string): Promise<LangiumDocument<Model>> {
            return parse(text, { validation: true, documentUri: uri });
        },
        async reset(): Promise<void> {
            await clearDocuments(services.shared);
        }
    };
}

/** A compact view of diagnostics that reads well in assertion failures. */
export function describeDiagnostics(diagnostics: Diagnostic[] | undefined): string[] {
    return (diagnostics ?? []).map(d =>
        `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code ?? ''} ${messageText(d)}`.replace(/\s+/g, ' ').trim());
}

/** A diagnostic's message as text (LSP 3.18 allows Markdown content there too). */
export function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** An inlay hint's label as text, its parts joined. */
export function labelText(hint: InlayHint): string {
    return typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join('');
}
