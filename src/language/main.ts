import { setFlagsFromString } from 'node:v8';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registerBlueprintRequest } from './blueprint-request.js';
import { guardDocumentRequests } from './document-request-guard.js';
import { createServiceDramaServices } from './service-drama-module.js';

// The server holds every spec of the workspace, and each edit leaves the file's previous syntax tree
// behind. By default V8 lets such garbage grow the heap to several times what is in use before a full
// collection: over 2,000 edits in a 100,000-line workspace the resident set went from 220 MB to 400 MB.
// Growing the heap by at most 30% between full collections kept it under 270 MB, at no measured cost
// to the time an edit takes (bench/results.md).
setFlagsFromString('--heap-growing-percent=30');

// The transport (stdio, IPC or a socket) is taken from the command line, e.g. `--stdio` or `--node-ipc`.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createServiceDramaServices({ connection, ...NodeFileSystem });
guardDocumentRequests(connection, shared);
registerBlueprintRequest(shared);
startLanguageServer(shared);
