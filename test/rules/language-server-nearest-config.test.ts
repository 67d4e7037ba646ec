import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lsp-client.js';
import { messageText } from '../test-services.js';
import { variant } from './support.js';

/** The editor follows the same configuration as the CLI: the nearest file, with extends and overrides. */
describe('language server: the nearest configuration, extends and overrides', function () {
    this.timeout(30000);
    let dir: string;
    let client: LspTestClient | undefined;
    after(async () => {
        await client?.stop();
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it('gives each spec the severities of the nearest .servicedrama.json, its extends and the overrides that match it', async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-drama-lsp-'));
        const files: Record<string, string> = {
            '.servicedrama.json': '// the root\n{ "extends": "./shared/base.json", "overrides": [{ "files": ["drafts/**"], "rules": { "risk-has-recovery": "off" } }] }',
            'shared/base.json': '{ "rules": { "risk-has-recovery": "warning" } }',
            'team/.servicedrama.json': '{ "rules": { "risk-has-recovery": "info" } }'
        };
        for (const [name, text] of Object.entries(files)) {
            fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
            fs.writeFileSync(path.join(dir, name), text);
        }
        const text = (name: string) => variant(['recovery "offer cash"', '']).replace(/service (\w+)/, `service ${name}`);
        client = await LspTestClient.start({ rootUri: pathToFileURL(dir).toString() });
        const severity = async (name: string) => {
            const file = path.join(dir, name);
            fs.mkdirSync(path.dirname(file), { recursive: true });
            const service = path.basename(name, '.drama').replace(/\W/g, '');
            fs.writeFileSync(file, text(service));
            const diagnostics: Diagnostic[] = await client!.open(pathToFileURL(file).toString(), text(service));
            return diagnostics.find(d => d.code === 'risk-has-recovery')?.severity;
        };
        assert.equal(await severity('root.drama'), 2, 'warning, from the file the root configuration extends');
        assert.equal(await severity('team/inner.drama'), 3, 'info, from the nearer team/.servicedrama.json');
        assert.equal(await severity('drafts/draft.drama'), undefined, 'off, by the override for drafts/**');

        // A change to the extended file (not named .servicedrama.json) is followed too.
        const rootUri = pathToFileURL(path.join(dir, 'root.drama')).toString();
        fs.writeFileSync(path.join(dir, 'shared/base.json'), '{ "rules": { "risk-has-recovery": "info" } }');
        await client.connection.sendNotification(DidChangeWatchedFilesNotification.type,
            { changes: [{ uri: pathToFileURL(path.join(dir, 'shared/base.json')).toString(), type: FileChangeType.Changed }] });
        for (let waited = 0; waited < 10000; waited += 50) {
            if (client.latestDiagnostics.get(rootUri)?.find(d => d.code === 'risk-has-recovery')?.severity === 3) break;
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        assert.equal(client.latestDiagnostics.get(rootUri)?.find(d => d.code === 'risk-has-recovery')?.severity, 3);
    });

    it('shows a mistake in an extended file on that file, and keeps the defaults meanwhile', async () => {
        await client?.stop();
        fs.rmSync(dir, { recursive: true, force: true });
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-drama-lsp-'));
        fs.writeFileSync(path.join(dir, '.servicedrama.json'), '{ "extends": "./base.json" }');
        const base = path.join(dir, 'base.json');
        fs.writeFileSync(base, '{\n  "rules": { "risk-has-recovery": "loud" }\n}\n');
        const spec = path.join(dir, 'dinner.drama');
        const text = variant(['recovery "offer cash"', '']);
        fs.writeFileSync(spec, text);
        client = await LspTestClient.start({ rootUri: pathToFileURL(dir).toString() });
        const diagnostics = await client.open(pathToFileURL(spec).toString(), text);
        assert.equal(diagnostics.find(d => d.code === 'risk-has-recovery')?.severity, 1, 'the default, error');
        const baseUri = pathToFileURL(base).toString();
        for (let waited = 0; !client.latestDiagnostics.get(baseUri)?.length && waited < 10000; waited += 50) {
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        const [problem] = client.latestDiagnostics.get(baseUri) ?? [];
        assert.match(problem ? messageText(problem) : '', /^rules\.risk-has-recovery: "loud" is not a severity/);
        assert.deepEqual(problem?.range.start, { line: 1, character: 13 });
    });
});
