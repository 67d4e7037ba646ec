// The packaged extension in VS Code's web worker extension host, as VS Code for the Web (vscode.dev,
// github.dev) runs it: code-server 1.139 is told to run it there (remote.extensionKind: web), so the
// client runs in the browser and the language server in a web worker of its own; neither touches
// Node or the disk, every file is read through vscode.workspace.fs. On a copy of examples/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, findVsix, screenshotOnFailure, startVSCode, waitFor } from './harness.mjs';

const EXTENSION_ID = 'service-drama.service-drama';
const SPEC = 'hotpot-checkout.drama';
const webview = { extensionId: EXTENSION_ID, selector: 'svg.sd-blueprint' };

function lineOf(vsc, file, text) {
    const index = fs.readFileSync(path.join(vsc.workspace, file), 'utf8').split('\n').findIndex(line => line.includes(text));
    assert.ok(index >= 0, `${text} not in ${file}`);
    return index + 1;
}

async function addLineAfter(vsc, line, text) {
    await vsc.goTo(line);
    await vsc.press('End');
    await vsc.press('Enter');
    await vsc.type(text);
}

describe('Service Drama in VS Code\'s web worker extension host (as in VS Code for the Web)', function () {
    this.timeout(300_000);
    let vsc;

    before(async function () {
        vsc = await startVSCode({
            workspace: path.join(REPO_ROOT, 'examples'),
            vsix: findVsix(),
            name: 'web-worker',
            settings: {
                'remote.extensionKind': { [EXTENSION_ID]: ['web'] },
                'serviceDrama.helpLanguage': 'en',
                'workbench.colorTheme': 'Default Dark Modern'
            }
        });
    });
    afterEach(async function () {
        if (this.currentTest?.state !== 'failed') return;
        await screenshotOnFailure(this, vsc);
        await vsc.press('Escape');
        if (await vsc.page.locator('.tab.dirty').count()) await vsc.runCommand('File: Revert File').catch(() => {});
    });
    after(async () => {
        await vsc?.stop();
    });

    it('finds the norms of norms.drama from a spec that applies them: no problems in the examples', async function () {
        await vsc.openFile('bank-parking-ticket.drama');
        await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 0 && /No Problems/i.test(p.label), { timeout: 90_000 });
        // It holds a reference to a norm: hovering it shows the norm, which lives in another file.
        await vsc.goTo(lineOf(vsc, 'bank-parking-ticket.drama', 'applies 标准问候'));
        assert.match(await vsc.hover('标准问候'), /标准问候/);
        await vsc.hideHover();
    });

    it('runs in the web worker host: the Node extension host never activates it', async function () {
        const remote = await vsc.extensionHostLog();
        assert.ok(remote.includes('_doActivateExtension'), 'the Node extension host log is there');
        // The Node host may list every installed extension when it starts; what matters is that it never activates this one.
        const activations = remote.split('\n').filter(line => line.includes('_doActivateExtension') && line.toLowerCase().includes(EXTENSION_ID));
        assert.deepEqual(activations, [], 'service-drama is never activated in the Node extension host');
        const failures = vsc.page.__consoleErrors.filter(text => text.includes('service-drama') || text.includes('Service Drama'));
        assert.deepEqual(failures, []);
    });

    it('shows a risk without recovery as an error, and its quick fix repairs it', async function () {
        await vsc.openFile(SPEC);
        await addLineAfter(vsc, lineOf(vsc, SPEC, 'adapt "a guest with neither cash'), 'risk NoSignal "the reader finds no network"');
        await vsc.waitForProblems(p => p.errors === 1);
        await vsc.page.locator('.editor-group-container.active .squiggly-error').first().waitFor({ timeout: 10_000 });
        await vsc.placeCursor('NoSignal');
        await vsc.press('Control+.');
        const fix = vsc.page.locator('.action-widget .monaco-list-row').filter({ hasText: 'Add a recovery to risk NoSignal' });
        await fix.first().waitFor({ timeout: 15_000 });
        await fix.first().click();
        await vsc.waitForText('recovery "how the service puts it right"');
        // The error is gone; who recovers and how fast is the designer's to say (recovery-is-concrete).
        await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 1);
        await vsc.runCommand('File: Revert File');
    });

    it('reads .servicedrama.json through the workspace file system', async function () {
        const config = path.join(vsc.workspace, '.servicedrama.json');
        fs.writeFileSync(config, JSON.stringify({ rules: { 'risk-has-recovery': 'warning' } }));
        try {
            await vsc.openFile(SPEC);
            await addLineAfter(vsc, lineOf(vsc, SPEC, 'adapt "a guest with neither cash'), 'risk NoSignal "the reader finds no network"');
            await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 1, { timeout: 60_000 });
            await vsc.runCommand('File: Revert File');
        } finally {
            fs.rmSync(config, { force: true });
        }
        await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 0, { timeout: 60_000 });
    });

    it('explains reliability on hover', async function () {
        await vsc.openFile(SPEC);
        await vsc.goTo(lineOf(vsc, SPEC, 'expect reliability "every line on the bill'));
        const text = await vsc.hover('reliability');
        assert.match(text, /^reliability · 可靠性 — element of service experience/);
        assert.match(text, /What the customer judges/);
        await vsc.hideHover();
    });

    it('draws the blueprint beside the editor, and redraws it after an edit', async function () {
        await vsc.openFile(SPEC);
        await vsc.goTo(1);
        await vsc.runCommand('Service Drama: Open Blueprint to the Side');
        const touchpoints = () => vsc.evaluateInWebview(() => [...document.querySelectorAll('#blueprint .sd-touchpoint')].map(box => box.textContent), undefined, webview);
        const before = await waitFor(async () => { const names = await touchpoints(); return names.length > 0 && names; }, { message: 'the blueprint' });
        assert.ok(before.some(name => name.includes('CallForBill')), JSON.stringify(before));
        await vsc.openFile(SPEC);
        await addLineAfter(vsc, lineOf(vsc, SPEC, 'scene Leaving'),
            'touchpoint WaveGoodbye face-to-face { customer "waves from the street" Waiter "waves back" expect empathy "the waiter watches until the guests turn the corner" }');
        await waitFor(async () => (await touchpoints()).some(name => name.includes('WaveGoodbye')), { message: 'the new touchpoint in the blueprint' });
        await vsc.screenshot('web-worker-blueprint');
        await vsc.runCommand('File: Revert File');
    });
});
