import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServiceDramaServer } from './start-server.js';
import { ClientFileSystemProvider } from './workspace-files/client-file-system.js';

// The language server in a web worker, for VS Code for the Web and the studio page. It is the same
// server as the desktop one; only the transport (messages to and from the page) and the file system
// (reads asked of the client) differ.

/** The worker's global scope: enough of it for the message reader and writer. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServiceDramaServer(connection, () => new ClientFileSystemProvider(connection));
