import type { FileSystemProvider } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { registerBlueprintRequest } from './blueprint-request.js';
import { guardDocumentRequests } from './document-request-guard.js';
import { createServiceDramaServices } from './service-drama-module.js';

/**
 * Starts the language server on a connection: the same server on the desktop (Node) and in a web worker,
 * which differ only in the transport and in where specs are read from.
 */
export function startServiceDramaServer(connection: Connection, fileSystemProvider: () => FileSystemProvider): void {
    const { shared } = createServiceDramaServices({ connection, fileSystemProvider });
    // Bad requests (malformed params, unknown documents) are answered before Langium waits for a document.
    guardDocumentRequests(connection, shared);
    registerBlueprintRequest(shared);
    startLanguageServer(shared);
}
