// The editor's comforts in a real VS Code (the packaged .vsix in code-server, see harness.mjs): fix all
// on save, a snippet, inlay hints, New Spec from Template, and a spec written in Chinese keywords. One window for the file, on a copy of
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

/** A spec written in Chinese keywords, clean of findings; the test adds a risk to it and hovers, completes and fixes. */
const CHINESE = 'chinese-keywords.drama';
const CHINESE_TEXT = `服务 茶馆 {
    观众 茶客 {
        节奏 从容
    }
    演员 服务员 前台
    系统 扫码点单 前台 "桌上的二维码"
    道具 账单夹 "皮质账单夹"

    场景 结账 {
        预算 30 分钟
        触点 买单 当面 {
            客户 “在桌边买单”
            服务员 「递上账单和刷卡机」
            扫码点单 "显示账单"
            证据 账单夹
            期待 可靠性 "账单无误"
            期待 响应性 "账单很快送到" 限时 5 分钟
            期待 友好性 "一声谢谢"
            期待 移情性 "不催客人离开"
            期待 有形性 "干净的账单夹"
            适应 "扫码失败时由服务员人工结账"
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

    it('works in Chinese keywords: hover on 当面, completion offering Chinese elements, a quick fix writing 补救, 前台 coloured as a value', async function () {
        fs.writeFileSync(path.join(vsc.workspace, CHINESE), CHINESE_TEXT);
        await vsc.openFile(CHINESE);
        await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 0);

        // The hint after the budget spells the file's units; once it shows, the lenses above have moved the lines too.
        await vsc.waitForText(/预算 30 分钟\s*Σ 5 分钟 of 30 分钟/);
        await new Promise(resolve => setTimeout(resolve, 1000));
        await vsc.goTo(lineIn(CHINESE_TEXT, '触点 买单 当面'));
        const help = await vsc.hover('当面');
        assert.match(help, /^当面 · face-to-face · Face-to-face contact · 当面接触 — channel/);
        await vsc.hideHover();

        // The language server's semantic token: 前台 of a system is a value, as frontstage is.
        await vsc.placeCursor('扫码点单 前台', { offset: 6 });
        await vsc.page.mouse.move(2, 2);
        await vsc.runCommand('Developer: Inspect Editor Tokens and Scopes');
        const widget = vsc.page.locator('.token-inspect-widget');
        const inspected = await waitFor(async () => {
            const shown = await widget.innerText().catch(() => '');
            return /semantic token type/.test(shown) && shown;
        }, { message: 'the token inspector with a semantic token' });
        await vsc.press('Escape');
        assert.match(inspected, /semantic token type\s+enumMember/);

        await addLineAfter(vsc, lineIn(CHINESE_TEXT, '期待 有形性'), '期待 ');
        const labels = (await vsc.complete()).map(item => item.label);
        await vsc.screenshot('completion-chinese-keywords');
        await vsc.closeSuggest();
        for (const element of ['可靠性', '响应性', '移情性', '有形性']) assert.ok(labels.includes(element), `${element} in ${JSON.stringify(labels)}`);
        assert.ok(!labels.includes('reliability'), `no English keyword in ${JSON.stringify(labels)}`);
        await vsc.runCommand('File: Revert File');

        await addLineAfter(vsc, lineIn(CHINESE_TEXT, '适应 "扫码失败时'), '风险 没电 "刷卡机没电了"');
        await vsc.waitForProblems(p => p.errors === 1);
        await vsc.placeCursor('没电');
        await vsc.codeAction('Add a recovery to risk 没电');
        await vsc.waitForText('补救 "how the service puts it right"');
        await vsc.waitForProblems(p => p.errors === 0);
        await vsc.screenshot('quick-fix-chinese-keywords');
        await vsc.runCommand('File: Revert File');
        fs.rmSync(path.join(vsc.workspace, CHINESE));
        await vsc.runCommand('View: Close All Editor Groups');
        await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 0);
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
