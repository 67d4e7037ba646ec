import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, HoverRequest, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol';
import { BLUEPRINT_REQUEST, SURVEY_CHANGED_NOTIFICATION, type BlueprintResult } from '../../src/blueprint/protocol.js';
import { byClass, parseXml } from '../blueprint/support.js';
import { LspTestClient } from '../support/lsp-client.js';
import { messageText } from '../test-services.js';
import { SPEC, SURVEY_CSV } from './fixtures.js';

/** The real language server with a workspace whose .servicedrama.json names a survey. */
describe('language server: the survey named by .servicedrama.json', function () {
    this.timeout(30000);
    let dir: string;
    let client: LspTestClient;
    let specUri: string;
    let surveyFile: string;
    let surveyChanges = 0;

    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-drama-survey-'));
        fs.writeFileSync(path.join(dir, '.servicedrama.json'), '{ "survey": "data/survey.csv" }');
        fs.mkdirSync(path.join(dir, 'data'));
        surveyFile = path.join(dir, 'data', 'survey.csv');
        fs.writeFileSync(surveyFile, SURVEY_CSV);
        const specFile = path.join(dir, 'svc.drama');
        fs.writeFileSync(specFile, SPEC);
        specUri = pathToFileURL(specFile).toString();
        client = await LspTestClient.start({ rootUri: pathToFileURL(dir).toString() });
        client.connection.onNotification(SURVEY_CHANGED_NOTIFICATION, () => { surveyChanges++; });
    });
    after(async () => {
        await client.stop();
        fs.rmSync(dir, { recursive: true, force: true });
    });

    const gapFindings = (diagnostics: Diagnostic[]) => diagnostics.filter(d => d.code === 'perception-gap');

    /** Waits until `check` holds for what the server has published for `uri`. */
    async function published(uri: string, check: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
        for (let waited = 0; waited < 10000; waited += 50) {
            const latest = client.latestDiagnostics.get(uri);
            if (latest && check(latest)) return latest;
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        assert.fail(`nothing matching was published for ${uri}; last: ${JSON.stringify(client.latestDiagnostics.get(uri))}`);
    }

    async function hover(line: number, character: number): Promise<string> {
        const result = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: specUri }, position: { line, character } });
        // As the editor renders it: Markdown's escapes gone.
        return ((result?.contents as MarkupContent | undefined)?.value ?? '').replace(/\\(.)/g, '$1');
    }

    async function heatCells(): Promise<string[]> {
        const result = await client.connection.sendRequest<BlueprintResult>(BLUEPRINT_REQUEST, { textDocument: { uri: specUri } });
        // The cells on the touchpoints (the legend's samples name no element).
        return byClass(parseXml(result.svg!), 'sd-heat-cell').filter(cell => cell.getAttribute('data-element')).map(cell => `${cell.getAttribute('data-element')} ${cell.getElementsByTagName('text')[0].textContent}`);
    }

    it('runs perception-gap on the survey: an error on the expectation of a moment of trial', async () => {
        const findings = gapFindings(await client.open(specUri, SPEC));
        assert.deepEqual(findings.map(d => [d.range.start.line + 1, d.severity]), [[15, 1]]);
        assert.match(messageText(findings[0]), /^touchpoint Pay: customers perceive reliability well below what they expect \(gap -1\.50/);
    });

    it('shows a touchpoint\'s gaps in its hover, and what it designs but the survey does not measure', async () => {
        const text = await hover(10, 20); // the name in `touchpoint Pay face-to-face`
        assert.match(text, /\*\*Measured quality \(wave 2026-06-01\)\*\*/);
        assert.match(text, /- Reliability: gap −1\.5 \(expected 6\.25, perceived 4\.75, 40 respondents\)/);
        assert.match(text, /- Assurance: gap \+0\.5/);
        assert.match(text, /Designed but not measured: Responsiveness/);
    });

    it('draws the heat map in the blueprint it sends the preview', async () => {
        assert.deepEqual(await heatCells(), ['reliability +0.5', 'reliability −1.5', 'assurance +0.5*']);
    });

    it('reads the survey again when it changes on disk: new findings, hover and heat map, and tells the client', async () => {
        const before = surveyChanges;
        fs.writeFileSync(surveyFile, SURVEY_CSV.replace('2026-06-01,Svc,Pay,reliability,7,4,10', '2026-06-01,Svc,Pay,reliability,7,7,10')
            .replace('2026-06-01,Svc,Pay,reliability,6,5,30', '2026-06-01,Svc,Pay,reliability,6,6.5,30'));
        await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(surveyFile).toString(), type: FileChangeType.Changed }] });
        await published(specUri, diagnostics => gapFindings(diagnostics).length === 0);
        for (let waited = 0; surveyChanges === before && waited < 5000; waited += 50) await new Promise(resolve => setTimeout(resolve, 50));
        assert.ok(surveyChanges > before, 'the client hears that the survey changed');
        assert.deepEqual(await heatCells(), ['reliability +0.5', 'reliability +0.4', 'assurance +0.5*']);
        assert.match(await hover(10, 20), /- Reliability: gap \+0\.4/);
    });

    it('speaks Chinese in the hover for a zh-CN editor', async () => {
        const chinese = await LspTestClient.start({ rootUri: pathToFileURL(dir).toString(), locale: 'zh-CN' });
        try {
            await chinese.open(specUri, SPEC);
            const result = await chinese.connection.sendRequest(HoverRequest.type, { textDocument: { uri: specUri }, position: { line: 10, character: 20 } });
            const text = ((result?.contents as MarkupContent | undefined)?.value ?? '').replace(/\\(.)/g, '$1');
            assert.match(text, /\*\*测得的服务质量（第 2026-06-01 期）\*\*/);
            assert.match(text, /- 可靠性：差距 [−+]\d\.\d（期待 \d\.\d\d，感知 \d\.\d\d，\d+ 位受访者）/);
        } finally {
            await chinese.stop();
        }
    });

    it('shows the survey\'s bad rows on the survey file itself', async () => {
        const surveyUri = pathToFileURL(surveyFile).toString();
        fs.writeFileSync(surveyFile, `${SURVEY_CSV}2026-06-01,Svc,Pay,speed,6,5,10\n`);
        await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: surveyUri, type: FileChangeType.Changed }] });
        const diagnostics = await published(surveyUri, found => found.length > 0);
        assert.deepEqual(diagnostics.map(d => [d.range.start.line + 1, messageText(d)]), [[10, "element: 'speed' is not one of the five elements: reliability, responsiveness, assurance (friendliness), empathy, tangibles"]]);
    });
});
