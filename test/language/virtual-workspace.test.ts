import * as assert from 'node:assert/strict';
import {
    READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, type DirectoryEntry, type ReadDirectoryParams, type ReadFileParams
} from '../../src/language/workspace-files/workspace-files-protocol.js';
import { CLEAN_SPEC, variant } from '../rules/support.js';
import { LspTestClient } from '../support/lsp-client.js';
import { messageText } from '../test-services.js';

// A workspace that is not on disk (a remote repository in VS Code, or VS Code for the Web): the
// language server reads its files through the client, which answers from its own file system.

const ROOT = 'memfs:/workspace';
const [SPEC, NORMS] = [CLEAN_SPEC.slice(0, CLEAN_SPEC.indexOf('norm Courtesy')), CLEAN_SPEC.slice(CLEAN_SPEC.indexOf('norm Courtesy'))];

/** Starts the real server on a workspace held in memory, answering its reads as an editor would. */
function startOn(files: Record<string, string>): Promise<LspTestClient> {
    return LspTestClient.start({
        rootUri: ROOT,
        answer: connection => {
            connection.onRequest(READ_FILE_REQUEST, ({ uri }: ReadFileParams) => files[uri] ?? null);
            connection.onRequest(READ_DIRECTORY_REQUEST, ({ uri }: ReadDirectoryParams): DirectoryEntry[] => {
                const prefix = `${uri.replace(/\/$/, '')}/`;
                const children = new Map<string, DirectoryEntry>();
                for (const file of Object.keys(files).filter(name => name.startsWith(prefix))) {
                    const [name, ...rest] = file.slice(prefix.length).split('/');
                    children.set(name, { uri: prefix + name, isFile: rest.length === 0, isDirectory: rest.length > 0 });
                }
                return [...children.values()];
            });
        }
    });
}

describe('a virtual workspace: the server reads its files through the client', function () {
    this.timeout(30_000);
    let client: LspTestClient | undefined;
    afterEach(async () => {
        await client?.stop();
        client = undefined;
    });

    it('finds a norm in another file of the workspace, in a subfolder', async () => {
        client = await startOn({ [`${ROOT}/lib/norms.drama`]: NORMS });
        assert.deepEqual((await client.open(`${ROOT}/dinner.drama`, SPEC)).map(d => d.message), []);
    });

    it('reports the norm as unknown when the workspace does not hold it', async () => {
        client = await startOn({});
        const messages = (await client.open(`${ROOT}/dinner.drama`, SPEC)).map(messageText);
        assert.ok(messages.some(message => message.includes('Courtesy')), JSON.stringify(messages));
    });

    it('takes the severities of the workspace\'s .servicedrama.json', async () => {
        const withoutRecovery = variant(['recovery "offer cash"', '']);
        client = await startOn({
            [`${ROOT}/lib/norms.drama`]: NORMS,
            [`${ROOT}/.servicedrama.json`]: JSON.stringify({ rules: { 'risk-has-recovery': 'info' } })
        });
        const found = (await client.open(`${ROOT}/dinner.drama`, withoutRecovery.slice(0, withoutRecovery.indexOf('norm Courtesy'))))
            .filter(d => (d.data as { code?: string } | undefined)?.code === 'risk-has-recovery' || d.code === 'risk-has-recovery');
        assert.deepEqual(found.map(d => d.severity), [3]);
    });
});
