// The editor's comforts in a real VS Code (the packaged .vsix in code-server, see harness.mjs): fix all
// on save, a snippet, inlay hints, and New Spec from Template. One window for the file, on a copy of
// examples/ with one spec of its own; each test reads what the workbench shows or what was saved.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, findVsix, screenshotOnFailure, startVSCode, waitFor } from './harness.mjs';

/** A spec whose Pay touchpoint is written without a risk yet; the test types one, without recovery. */
const FIX_ON_SAVE = 'fix-on-save.drama';
const FIX_ON_SAVE_TEXT = `service Teahouse {
    audience Guest {
        pace relaxed
    }
    actor Server frontstage
    prop BillFolder "a leather bill folder"

    scene Visit {
        budget 30 min
        touchpoint Pay face-to-face {
            customer "pays at the table"
            Server "brings the bill and the card reader"
            evidence BillFolder
            expect reliability "the bill is right"
            expect responsiveness "the bill comes" within 5 min
            expect assurance "a thank-you"
            expect empathy "no rush to leave"
            expect tangibles "a clean bill folder"
        }
    }
}
`;

/** 1-based line of the first line of a text that contains `text`. */
function lineIn(content, text) {
    const index = content.split('\n').findIndex(line => line.includes(text));
    assert.ok(index >= 0, `${text} not found`);
    return index + 1;
}

function savedText(vsc, file) {
    return fs.readFileSync(path.join(vsc.workspace, file), 'utf8');
}

/** Types text on a new line after the given line (VS Code indents it). */
async function addLineAfter(vsc, line, text) {
    await vsc.goTo(line);
    await vsc.press('End');
    await vsc.press('Enter');
    await vsc.type(text);
}

describe('Service Drama editor comforts in VS Code (packaged .vsix in code-server)', function () {
    this.timeout(300_000);
    let vsc;
    let workspace;

    before(async function () {
        workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-editor-comfort-'));
        fs.cpSync(path.join(REPO_ROOT, 'examples'), workspace, { recursive: true });
        fs.writeFileSync(path.join(workspace, FIX_ON_SAVE), FIX_ON_SAVE_TEXT);
        vsc = await startVSCode({
            workspace,
            vsix: findVsix(),
            name: 'editor-comfort',
            settings: {
                'serviceDrama.helpLanguage': 'en',
                'editor.stickyScroll.enabled': false,
                'editor.inlayHints.enabled': 'on',
                '[service-drama]': { 'editor.codeActionsOnSave': { 'source.fixAll.serviceDrama': 'explicit' } }
            }
        });
        console.log(`      timings: ${JSON.stringify(vsc.timings)}`);
    });
    afterEach(async function () {
        if (this.currentTest?.state !== 'failed') return;
        await screenshotOnFailure(this, vsc);
        await vsc.press('Escape');
        await vsc.runCommand('File: Revert File').catch(() => {});
    });
    after(async () => {
        await vsc?.stop();
        if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
    });

    it('fixes on save (editor.codeActionsOnSave: source.fixAll.serviceDrama), and a second save changes nothing', async function () {
        await vsc.openFile(FIX_ON_SAVE);
        await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 0);
        await addLineAfter(vsc, lineIn(FIX_ON_SAVE_TEXT, 'expect tangibles'), 'risk Spill "tea is spilt on the bill"');
        await vsc.waitForProblems(p => p.errors === 1);
        await vsc.save();
        const recovered = '            risk Spill "tea is spilt on the bill" {\n                recovery "how the service puts it right"\n            }\n';
        await waitFor(() => savedText(vsc, FIX_ON_SAVE).includes(recovered), { message: 'the recovery added on save' });
        await vsc.waitForText('recovery "how the service puts it right"');
        // Who recovers and how fast is the designer's choice: recovery-is-concrete stays, fix all leaves it.
        await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 1);
        const once = savedText(vsc, FIX_ON_SAVE);
        assert.equal(once, FIX_ON_SAVE_TEXT.replace('a clean bill folder"\n', `a clean bill folder"\n${recovered}`));

        // Saved again after an edit that changes nothing in the end: the fix has nothing left to do.
        await vsc.goTo(1);
        await vsc.press('End');
        await vsc.type(' ');
        await vsc.press('Backspace');
        await vsc.save();
        await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 1);
        assert.equal(savedText(vsc, FIX_ON_SAVE), once);
        await vsc.screenshot('fix-on-save');
        // Back to the clean spec, so that the next tests start from a workspace without problems.
        fs.writeFileSync(path.join(vsc.workspace, FIX_ON_SAVE), FIX_ON_SAVE_TEXT);
        await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 0);
    });

    it('expands the risk snippet with its recovery, Tab moving to the next part to fill', async function () {
        await vsc.openFile(FIX_ON_SAVE);
        const text = savedText(vsc, FIX_ON_SAVE);
        await addLineAfter(vsc, lineIn(text, 'expect tangibles'), 'risk');
        const items = await vsc.complete();
        const index = items.findIndex(item => `${item.ariaLabel} ${item.detail}`.includes('Risk with recovery'));
        assert.ok(index >= 0, `the snippet in ${JSON.stringify(items)}`);
        await vsc.page.locator('.suggest-widget.visible .monaco-list-row').nth(index).click();
        await vsc.waitForText('recovery "how the service puts it right"');
        // The name is selected first: typing replaces it; Tab goes on to the description.
        await vsc.type('Cold');
        await vsc.press('Tab');
        await vsc.type('the tea arrives cold');
        await vsc.waitForText('risk Cold "the tea arrives cold" {');
        const lines = await vsc.visibleLines();
        const at = lines.findIndex(line => line.includes('risk Cold'));
        assert.deepEqual(lines.slice(at, at + 3).map(line => line.trimEnd()),
            ['            risk Cold "the tea arrives cold" {', '                recovery "how the service puts it right"', '            }']);
        await vsc.waitForProblems(p => p.errors === 0);
        await vsc.screenshot('snippet-risk');
        await vsc.press('Escape');
        await vsc.runCommand('File: Revert File');
        await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 0);
    });

    it('shows inlay hints: the summed bounds after a budget, what a norm adds after applies', async function () {
        await vsc.openFile('hotpot-queue.drama');
        const text = savedText(vsc, 'hotpot-queue.drama');
        await vsc.goTo(lineIn(text, 'budget 5 min'));
        // The hints are text VS Code inserts into the rendered line after the code (their padding is CSS, not a space).
        await vsc.waitForText(/budget 5 min\s*Σ 1 min of 5 min/);
        await vsc.waitForText(/applies 标准问候\s*\+2 expectations/);
        await vsc.screenshot('inlay-hints');
        // Hints are not text of the file.
        assert.ok(!savedText(vsc, 'hotpot-queue.drama').includes('Σ'));
    });

    it('New Spec from Template opens the first service as a new spec, which the language server checks', async function () {
        await vsc.runCommand('Service Drama: New Spec from Template');
        const row = vsc.page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: 'A first service: coffee to go' }).first();
        await row.waitFor({ timeout: 10_000 });
        await row.click();
        await vsc.waitForText('service CoffeeToGo "Coffee to go" {');
        await vsc.waitForText(/budget 5 min\s*Σ 4 min of 5 min/);
        await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 0);
        const tab = await vsc.page.locator('.editor-group-container.active .tab.active').first().getAttribute('aria-label');
        assert.match(tab ?? '', /Untitled/);
        await vsc.screenshot('new-spec-from-template');
        await vsc.runCommand('View: Revert and Close Editor');
    });

    it('walks through Get started: its steps, a first spec from the template button, then its blueprint from the next', async function () {
        await vsc.runCommand('Welcome: Open Walkthrough...');
        const pick = vsc.page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: 'Get started with Service Drama' }).first();
        await pick.waitFor({ timeout: 10_000 });
        await pick.click();
        const page = vsc.page.locator('.gettingStartedContainer').first();
        for (const title of ['Create a first spec', 'Open its blueprint', 'Read a hover', 'Add the linter to CI']) {
            await page.locator('.getting-started-step').filter({ hasText: title }).first().waitFor({ timeout: 20_000 });
        }
        // The selected step's markdown page, shown by VS Code in a webview beside the steps.
        const heading = await waitFor(() => vsc.evaluateInWebview(() => document.querySelector('h1')?.textContent, undefined, { selector: 'h1' }).catch(() => undefined),
            { message: 'the markdown page of the first step' });
        assert.equal(heading, 'A first spec');
        await vsc.screenshot('walkthrough-first-step');
        await page.getByRole('button', { name: 'New Spec from Template' }).first().click();
        const row = vsc.page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: 'A first service: coffee to go' }).first();
        await row.waitFor({ timeout: 10_000 });
        await row.click();
        await vsc.waitForText('service CoffeeToGo "Coffee to go" {');
        assert.equal(await vsc.page.locator('.editor-group-container').count(), 2, 'the walkthrough and the new spec side by side');

        await page.locator('.getting-started-step').filter({ hasText: 'Open its blueprint' }).first().click();
        await page.getByRole('button', { name: 'Open Blueprint to the Side' }).first().click();
        const touchpoints = await waitFor(async () => {
            const names = await vsc.evaluateInWebview(() => [...document.querySelectorAll('#blueprint .sd-touchpoint')].map(box => box.textContent),
                undefined, { extensionId: 'service-drama.service-drama', selector: 'svg.sd-blueprint' }).catch(() => []);
            return names.some(name => name.includes('Order')) && names.some(name => name.includes('Collect')) && names;
        }, { message: 'the new spec\'s touchpoints in the blueprint' });
        assert.equal(touchpoints.length, 2);
        await vsc.screenshot('walkthrough');
        await vsc.page.locator('.tab[aria-label*="Untitled"]').first().click();
        await vsc.runCommand('View: Revert and Close Editor');
        await vsc.runCommand('View: Close All Editor Groups');
    });
});
