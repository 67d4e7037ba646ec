import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, ShowMessageNotification, type Diagnostic, type ShowMessageParams } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lsp-client.js';
import { messageText } from '../test-services.js';
import { variant } from './support.js';

/** The real language server (dist/server.cjs) reading .servicedrama.json from its workspace folder. */
describe('language server: the configuration file, and findings that depend on other files', function () {
    this.timeout(30000);
    let dir: string;
    let client: LspTestClient | undefined;
    const messages: ShowMessageParams[] = [];
    afterEach(async () => {
        await client?.stop();
        fs.rmSync(dir, { recursive: true, force: true });
    });

    const riskFinding = (diagnostics: Diagnostic[]) => diagnostics.find(d => d.code === 'risk-has-recovery');

    /** Waits until `check` holds for what the server has published for `uri`. */
    async function published(uri: string, check: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
        for (let waited = 0; waited < 10000; waited += 50) {
            const latest = client!.latestDiagnostics.get(uri);
            if (latest && check(latest)) return latest;
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        assert.fail(`nothing matching was published for ${uri}; last: ${JSON.stringify(client!.latestDiagnostics.get(uri))}`);
    }

    it('applies its severities (the serviceDrama.rules setting overrides them), reports a bad file once on the file itself, and follows its changes', async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-drama-lsp-'));
        const configFile = path.join(dir, '.servicedrama.json');
        fs.writeFileSync(configFile, '{ "rules": { "risk-has-recovery": "warning" } }');
        const specFile = path.join(dir, 'dinner.drama');
        const text = variant(['recovery "offer cash" by Waiter within 2 min', '']);
        fs.writeFileSync(specFile, text);
        const specUri = pathToFileURL(specFile).toString();
        const configUri = pathToFileURL(configFile).toString();

        client = await LspTestClient.start({ rootUri: pathToFileURL(dir).toString() });
        client.connection.onNotification(ShowMessageNotification.method, (params: ShowMessageParams) => { messages.push(params); });
        const first = riskFinding(await client.open(specUri, text));
        assert.equal(first?.severity, 2, 'warning, as the file says');
        assert.match(first?.codeDescription?.href ?? '', /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/v\d+\.\d+\.\d+[^/]*\/docs\/rules\/risk-has-recovery\.md$/);

        await client.connection.sendNotification(DidChangeConfigurationNotification.type,
            { settings: { serviceDrama: { rules: { 'risk-has-recovery': 'info' } } } });
        await published(specUri, diagnostics => riskFinding(diagnostics)?.severity === 3);
        await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { serviceDrama: {} } });
        await published(specUri, diagnostics => riskFinding(diagnostics)?.severity === 2);

        const changed = () => client!.connection.sendNotification(DidChangeWatchedFilesNotification.type,
            { changes: [{ uri: configUri, type: FileChangeType.Changed }] });

        fs.writeFileSync(configFile, '{\n  "rules": {\n    "risk-has-recovry": "off"\n  }\n}\n');
        await changed();
        const defaults = await published(specUri, diagnostics => riskFinding(diagnostics)?.severity === 1);
        assert.equal(riskFinding(defaults)?.severity, 1, 'the defaults are back while the file is wrong');
        const [problem] = await published(configUri, diagnostics => diagnostics.length > 0);
        assert.equal(problem.message, "rules.risk-has-recovry: unknown rule id 'risk-has-recovry' (did you mean 'risk-has-recovery'?)");
        assert.deepEqual(problem.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 22 } });
        assert.deepEqual(messages.map(m => m.message), [
            "Service Drama: .servicedrama.json: rules.risk-has-recovry: unknown rule id 'risk-has-recovry' (did you mean 'risk-has-recovery'?). The default rule severities apply until it is fixed."
        ]);

        fs.writeFileSync(configFile, '{ "rules": { "risk-has-recovery": "off" } }');
        await changed();
        await published(specUri, diagnostics => riskFinding(diagnostics) === undefined);
        await published(configUri, diagnostics => diagnostics.length === 0);
        assert.equal(messages.length, 1, 'a problem is announced once');
    });

    it('takes rule options from the file and from the serviceDrama.rules setting', async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-drama-lsp-'));
        fs.writeFileSync(path.join(dir, '.servicedrama.json'), '{ "rules": { "wait-needs-feedback": ["warning", { "threshold": "1 min" }] } }');
        const specFile = path.join(dir, 'dinner.drama');
        const text = variant(['recovery "offer cash" by Waiter within 2 min', 'recovery "offer cash" by Waiter within 2 min']);
        fs.writeFileSync(specFile, text);
        const specUri = pathToFileURL(specFile).toString();
        const waitFinding = (diagnostics: Diagnostic[]) => diagnostics.find(d => d.code === 'wait-needs-feedback');

        client = await LspTestClient.start({ rootUri: pathToFileURL(dir).toString() });
        const first = waitFinding(await client.open(specUri, text));
        assert.match(first ? messageText(first) : '', /up to 2 min \(over 1 min\)/, 'the file\'s threshold');
        await client.connection.sendNotification(DidChangeConfigurationNotification.type,
            { settings: { serviceDrama: { rules: { 'wait-needs-feedback': ['warning', { threshold: '10 min' }] } } } });
        await published(specUri, diagnostics => waitFinding(diagnostics) === undefined);
    });

    it('revalidates a norm library when the last spec that applied its norm stops applying it', async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-drama-lsp-'));
        const library = 'norm Courtesy {\n    expect empathy "thanks the guest"\n}\n';
        const user = variant(['norm Courtesy {\n    expect empathy "thanks the guest"\n}\n', '']);
        fs.writeFileSync(path.join(dir, 'norms.drama'), library);
        fs.writeFileSync(path.join(dir, 'dinner.drama'), user);
        const libraryUri = pathToFileURL(path.join(dir, 'norms.drama')).toString();
        const userUri = pathToFileURL(path.join(dir, 'dinner.drama')).toString();

        client = await LspTestClient.start({ rootUri: pathToFileURL(dir).toString() });
        assert.deepEqual(await client.open(libraryUri, library), []);
        await client.open(userUri, user);
        await client.replace(userUri, 2, user.replace('applies Courtesy', 'expect empathy "thanks the guest"'));
        const [unused] = await published(libraryUri, diagnostics => diagnostics.length > 0);
        assert.equal(unused.message, 'norm Courtesy is never applied in the workspace');
        await client.replace(userUri, 3, user);
        await published(libraryUri, diagnostics => diagnostics.length === 0);
    });
});
