import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registerBlueprintRequest } from './blueprint-request.js';
import { createServiceDramaServices } from './service-drama-module.js';

// The transport (stdio, IPC or a socket) is taken from the command line, e.g. `--stdio` or `--node-ipc`.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createServiceDramaServices({ connection, ...NodeFileSystem });
registerBlueprintRequest(shared);
startLanguageServer(shared);
