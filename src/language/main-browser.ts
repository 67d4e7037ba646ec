import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { registerBlueprintRequest } from './blueprint-request.js';
import { ClientFileSystemProvider } from './workspace-files/client-file-system.js';
import { createServiceDramaServices } from './service-drama-module.js';

// The language server in a web worker, for VS Code for the Web and the studio page. It is the same
// server as the desktop one; only the transport (messages to and from the page) and the file system
// (reads asked of the client) differ.

/** The worker's global scope: enough of it for the message reader and writer. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const { shared } = createServiceDramaServices({ connection, fileSystemProvider: () => new ClientFileSystemProvider(connection) });
registerBlueprintRequest(shared);
startLanguageServer(shared);
