// The studio page (`service-drama studio FOLDER`, and dist/studio/index.html opened from disk) in
// headless Chromium: the user types into its editor and sees what the language server in the page's
// web worker says (a diagnostic, a hover, a quick fix, completion) and the blueprint redraw.
// E2E_UPDATE_DOCS=1 also writes the README's screenshot, docs/images/studio.png.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, DEFAULT_RESULTS_DIR, killGroup, launchBrowser, sleep, waitFor, watchdog } from './harness.mjs';

const RISK = 'risk NoSignal "the reader finds no network"';
const WAVE_GOODBYE = 'touchpoint WaveGoodbye face-to-face { customer "waves from the street" Waiter "waves back" expect empathy "the waiter watches until the guests turn the corner" }';

/** Starts `service-drama studio folder` on a free port; resolves to {pid, url} once it prints its address. */
function startStudio(folder) {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'service-drama.cjs'), 'studio', folder], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    return new Promise((resolve, reject) => {
        let output = '';
        const seen = text => {
            output += text;
            const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
            if (url) resolve({ pid: child.pid, url });
        };
        child.stdout.on('data', seen);
        child.stderr.on('data', seen);
        child.on('exit', code => reject(new Error(`the studio exited (${code}): ${output}`)));
    });
}

/** A page of the browser that records every request it makes. */
async function openPage(browser, url, { locale = 'en-US' } = {}) {
    const context = await browser.newContext({ viewport: { width: 1500, height: 900 }, locale, acceptDownloads: true });
    if (url.startsWith('http')) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.requests = [];
    page.errors = [];
    page.on('request', request => page.requests.push(request.url()));
    page.on('pageerror', error => page.errors.push(String(error)));
    await page.goto(url);
    await page.locator('.cm-content').waitFor();
    return page;
}

const problems = page => page.locator('#problems').textContent();
const touchpoints = page => page.locator('#blueprint .sd-touchpoint').evaluateAll(boxes => boxes.map(box => box.textContent));
const editorText = page => page.evaluate(() => [...document.querySelectorAll('.editor-host:not([hidden]) .cm-line')].map(line => line.textContent).join('\n'));

/** Selects the first occurrence of text with the editor's search (Ctrl+F), then closes the search. */
async function find(page, text) {
    await page.keyboard.press('Escape'); // a completion list or tooltip left open would take the keys
    await page.locator('.editor-host:not([hidden]) .cm-content').click();
    await page.keyboard.press('Control+f');
    const input = page.locator('.cm-search input[name="search"]');
    // Typed, not filled: the search panel takes its query on key-up.
    await input.fill('');
    await input.pressSequentially(text);
    await input.press('Enter');
    await page.keyboard.press('Escape');
}

/** Types a new line after the first line holding `after`. */
async function addLineAfter(page, after, text) {
    await find(page, after);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(text, { delay: 5 });
}

/** The screen box of a word's first occurrence in the editor's visible lines. */
async function wordBox(page, word) {
    return page.evaluate(wanted => {
        const walker = document.createTreeWalker(document.querySelector('.editor-host:not([hidden]) .cm-content'), NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent.indexOf(wanted);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + wanted.length);
            const { x, y, width, height } = range.getBoundingClientRect();
            return { x, y, width, height };
        }
        return undefined;
    }, word);
}

async function hover(page, word, selector = '.cm-tooltip-hover') {
    const box = await waitFor(() => wordBox(page, word), { message: `${word} in the editor` });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await sleep(50);
    await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2);
    const tooltip = page.locator(selector).first();
    await tooltip.waitFor({ timeout: 15_000 });
    return tooltip;
}

/** Every file below `folder` but `except`, with its text, by its path in the folder (examples/ has subfolders). */
function otherFiles(folder, except) {
    return Object.fromEntries(fs.readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile())
        .map(entry => path.relative(folder, path.join(entry.parentPath, entry.name)))
        .filter(file => file !== except)
        .map(file => [file, fs.readFileSync(path.join(folder, file), 'utf8')]));
}

/** A screenshot into test-results; with E2E_UPDATE_DOCS=1 also into docs/images (the README's). */
async function screenshot(page, name) {
    fs.mkdirSync(DEFAULT_RESULTS_DIR, { recursive: true });
    const file = path.join(DEFAULT_RESULTS_DIR, `${name}.png`);
    await page.screenshot({ path: file });
    if (process.env.E2E_UPDATE_DOCS === '1') fs.copyFileSync(file, path.join(REPO_ROOT, 'docs', 'images', `${name}.png`));
}

/** Leaves a tooltip: the mouse to the toolbar. */
const moveAway = page => page.mouse.move(5, 5);

/** Every request the page made stayed on the page: its own origin (or its folder on disk), blobs and data. */
function assertNothingLeft(page, origin) {
    const away = page.requests.filter(url => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
    assert.deepEqual(away, []);
}

describe('the studio page in Chromium', function () {
    this.timeout(180_000);
    let browser;
    let watcher;

    before(async () => {
        browser = await launchBrowser();
    });
    after(async () => {
        await browser?.close();
        if (browser?.__pid) await killGroup(browser.__pid, 1000);
        if (watcher) await killGroup(watcher, 100);
    });

    describe('served by service-drama studio FOLDER', function () {
        let folder;
        let studio;
        let page;

        before(async () => {
            folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-studio-e2e-'));
            fs.cpSync(path.join(REPO_ROOT, 'examples'), folder, { recursive: true });
            studio = await startStudio(folder);
            watcher = watchdog([studio.pid, browser.__pid], { rmDir: folder });
            page = await openPage(browser, studio.url);
        });
        afterEach(async function () {
            if (this.currentTest?.state === 'failed' && page) {
                fs.mkdirSync(DEFAULT_RESULTS_DIR, { recursive: true });
                await page.screenshot({ path: path.join(DEFAULT_RESULTS_DIR, `studio-failure-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}.png`) });
            }
        });
        after(async () => {
            await page?.context().close();
            if (studio) await killGroup(studio.pid, 2000);
            if (folder) fs.rmSync(folder, { recursive: true, force: true });
        });

        it('lists the folder\'s specs and finds norms across them: no problems, and the blueprint drawn', async () => {
            const specs = await page.locator('#spec option').allTextContents();
            assert.deepEqual(specs, fs.readdirSync(folder).filter(file => file.endsWith('.drama')).sort());
            await page.locator('#spec').selectOption('bank-parking-ticket.drama');
            await waitFor(async () => (await problems(page)) === 'No problems' && (await touchpoints(page)).length > 0, { timeout: 60_000, message: 'no problems and a blueprint' });
            await page.locator('#spec').selectOption('hotpot-checkout.drama');
            await waitFor(async () => (await touchpoints(page)).some(text => text.includes('CallForBill')), { message: 'the hotpot-checkout blueprint' });
        });

        it('shows a risk without recovery as an error while typing, and applies its quick fix', async () => {
            await addLineAfter(page, 'adapt "a guest with neither cash', RISK);
            await waitFor(async () => (await problems(page)) === '1 error, 0 warnings, 0 notes', { message: 'one error in the status bar' });
            await page.locator('.cm-lintRange-error').first().waitFor();
            const tooltip = await hover(page, 'NoSignal', '.cm-tooltip-lint');
            assert.match(await tooltip.textContent(), /risk NoSignal has no recovery/);
            await tooltip.locator('.cm-diagnosticAction', { hasText: 'Add a recovery to risk NoSignal' }).click();
            await waitFor(async () => (await editorText(page)).includes('recovery "how the service puts it right"'), { message: 'the recovery in the text' });
            // The error is gone; who recovers and how fast is the designer's to say (recovery-is-concrete).
            await waitFor(async () => (await problems(page)) === '0 errors, 1 warning, 0 notes', { message: 'the recovery-is-concrete warning after the fix' });
            await find(page, 'recovery "how the service puts it right"');
            await page.keyboard.press('End');
            await page.keyboard.type(' by Waiter within 1 min', { delay: 5 });
            await waitFor(async () => (await problems(page)) === 'No problems', { message: 'no problems once the recovery is concrete' });
            await moveAway(page);
        });

        it('explains reliability on hover', async () => {
            await find(page, 'expect reliability "every line on the bill');
            const tooltip = await hover(page, 'reliability');
            const text = await tooltip.textContent();
            assert.match(text, /reliability · 可靠性 — element of service experience/);
            assert.match(text, /What the customer judges/);
            await screenshot(page, 'studio');
            await moveAway(page);
        });

        it('offers the five elements after `expect`', async () => {
            await addLineAfter(page, 'expect reliability "every line on the bill', 'expect ');
            await waitFor(async () => /\n\s*expect \n/.test(await editorText(page)), { message: 'the typed line' });
            await page.keyboard.press('Escape'); // whatever popped up while typing
            await page.keyboard.press('Control+Space');
            const elements = ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'];
            const labels = await waitFor(async () => {
                const shown = await page.locator('.cm-tooltip-autocomplete > ul > li').allTextContents();
                return elements.every(element => shown.some(label => label.startsWith(element))) && shown;
            }, { timeout: 15_000, message: 'the five elements in the completion list' });
            assert.ok(labels.length >= elements.length);
            await page.keyboard.press('Escape');
            await page.keyboard.press('Shift+Control+k'); // deletes the line again
            await waitFor(async () => (await problems(page)) === 'No problems', { message: 'no problems once the line is gone' });
        });

        it('redraws the blueprint after an edit', async () => {
            const before = (await touchpoints(page)).length;
            assert.equal(before, 7);
            await find(page, 'scene Leaving');
            await page.keyboard.press('End');
            await page.keyboard.press('Enter');
            await page.evaluate(text => navigator.clipboard.writeText(text), WAVE_GOODBYE);
            await page.keyboard.press('Control+v');
            const after = await waitFor(async () => { const names = await touchpoints(page); return names.some(text => text.includes('WaveGoodbye')) && names; }, { message: 'the new touchpoint in the blueprint' });
            assert.equal(after.length, before + 1);
        });

        it('saves the spec on Ctrl+S into the folder, and writes no other file', async () => {
            const others = otherFiles(folder, 'hotpot-checkout.drama');
            await page.locator('.editor-host:not([hidden]) .cm-content').click();
            await page.keyboard.press('Control+s');
            await waitFor(async () => (await page.locator('#file-state').textContent()) === 'hotpot-checkout.drama saved', { message: 'the saved note' });
            const saved = fs.readFileSync(path.join(folder, 'hotpot-checkout.drama'), 'utf8');
            assert.ok(saved.includes('WaveGoodbye') && saved.includes('recovery "how the service puts it right"'));
            assert.deepEqual(otherFiles(folder, 'hotpot-checkout.drama'), others);
        });

        it('exports the blueprint as SVG, PNG and HTML, made in the page', async () => {
            for (const [button, name, check] of [
                ['#export-svg', 'HotpotCheckout.svg', (bytes) => bytes.toString('utf8').startsWith('<svg') || bytes.toString('utf8').startsWith('<?xml')],
                ['#export-png', 'HotpotCheckout.png', (bytes) => bytes.subarray(1, 4).toString('latin1') === 'PNG'],
                ['#export-html', 'HotpotCheckout.html', (bytes) => /^<!DOCTYPE html>/i.test(bytes.toString('utf8')) && bytes.toString('utf8').includes('WaveGoodbye')]
            ]) {
                const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
                assert.equal(download.suggestedFilename(), name);
                const bytes = fs.readFileSync(await download.path());
                assert.ok(check(bytes), `${name} starts with ${bytes.subarray(0, 20).toString('latin1')}`);
            }
        });

        it('speaks Chinese when switched: its buttons, hovers and diagnostics', async () => {
            await page.locator('#language').selectOption('zh');
            assert.equal(await page.locator('#save').textContent(), '保存');
            await waitFor(async () => /^(没有问题|\d+ 个错误，\d+ 个警告，\d+ 条提示)$/.test(await problems(page)), { message: 'the status bar in Chinese' });
            await find(page, 'expect reliability "every line on the bill');
            const help = await hover(page, 'reliability');
            assert.match(await help.textContent(), /reliability · 可靠性 — 服务体验五要素/);
            await moveAway(page);
            await addLineAfter(page, 'adapt "a guest with neither cash', 'risk NoNetwork "no network"');
            await waitFor(async () => (await problems(page)).startsWith('1 个错误'), { message: 'one error, told in Chinese' });
            const tooltip = await hover(page, 'NoNetwork', '.cm-tooltip-lint');
            assert.match(await tooltip.textContent(), /补救/);
            await moveAway(page);
            await page.keyboard.press('Shift+Control+k');
            await page.locator('#language').selectOption('en');
        });

        it('sent no request anywhere but to the studio', () => {
            assertNothingLeft(page, studio.url);
            assert.deepEqual(page.errors, []);
        });
    });

    describe('opened from disk (dist/studio/index.html), without a server', function () {
        let page;
        before(async () => {
            page = await openPage(browser, pathToFileURL(path.join(REPO_ROOT, 'dist', 'studio', 'index.html')).href, { locale: 'zh-CN' });
        });
        after(async () => {
            await page?.context().close();
        });

        it('speaks the browser\'s language, and draws the spec it starts with', async () => {
            assert.equal(await page.locator('#save').textContent(), '保存');
            assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
            await waitFor(async () => (await touchpoints(page)).length === 7, { timeout: 60_000, message: 'the blueprint of the starting spec' });
            assert.equal(await problems(page), '没有问题');
        });

        it('shows a diagnostic and redraws the blueprint as the user types', async () => {
            await addLineAfter(page, 'adapt "a guest with neither cash', RISK);
            await waitFor(async () => (await problems(page)) === '1 个错误，0 个警告，0 条提示', { message: 'one error' });
            await find(page, 'scene Leaving');
            await page.keyboard.press('End');
            await page.keyboard.press('Enter');
            await page.keyboard.type('touchpoint Wave remote { customer "waves" expect empathy "a sign says goodbye"', { delay: 5 });
            await waitFor(async () => (await touchpoints(page)).some(text => text.includes('Wave')), { message: 'the new touchpoint' });
        });

        it('sent no request beyond its own files', () => {
            assertNothingLeft(page, pathToFileURL(path.join(REPO_ROOT, 'dist')).href);
            assert.deepEqual(page.errors, []);
        });
    });
});
