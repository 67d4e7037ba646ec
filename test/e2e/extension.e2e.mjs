// The packaged extension (service-drama.vsix, built by `npm run package`) in a real VS Code:
// code-server 1.139 in headless Chromium, on a copy of examples/. Each test does what a user does —
// opens, types, hovers, clicks — and reads the workbench's DOM, never the extension's internals.
// Tests run in order on one window; a test that edits a file reverts it before it ends, and a test
// that fails is cleaned up after, so that one broken feature fails its own tests and no others.
// E2E_UPDATE_DOCS=1 also writes the README's screenshots into docs/images/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, findVsix, screenshotOnFailure, sleep, startVSCode, waitFor } from './harness.mjs';

const EXTENSION_ID = 'service-drama.service-drama';
const SPEC = 'hotpot-checkout.drama';
const TOUCHPOINTS = ['OrderDishes', 'CallForBill', 'CheckBill', 'SwipeCard', 'ScanToPay', 'SeeOff', 'NextDayCall'];
const ELEMENTS = ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'];
const DOCS_IMAGES = path.join(REPO_ROOT, 'docs', 'images');
const webview = { extensionId: EXTENSION_ID, selector: 'svg.sd-blueprint' };
/** The preview's page whatever it shows, a drawing or a note. */
const previewPage = { extensionId: EXTENSION_ID, selector: '#status' };
/** A touchpoint typed into the Leaving scene of SPEC, on one line. */
const WAVE_GOODBYE = 'touchpoint WaveGoodbye face-to-face { customer "waves from the street" Waiter "waves back" expect empathy "the waiter watches until the guests turn the corner" }';

/** The first service of a spec in the workspace copy, and how many touchpoints the file holds. */
function specOutline(vsc, file) {
    const text = fs.readFileSync(path.join(vsc.workspace, file), 'utf8');
    // Examples are written with English or with Chinese keywords.
    return { service: /^(?:service|服务) (\S+)/m.exec(text)?.[1], touchpoints: (text.match(/^\s*(?:touchpoint|触点) /gm) ?? []).length };
}

/** 1-based line of the first line of `file` (in the workspace copy) that contains `text`. */
function lineOf(vsc, file, text) {
    const index = fs.readFileSync(path.join(vsc.workspace, file), 'utf8').split('\n').findIndex(line => line.includes(text));
    assert.ok(index >= 0, `${text} not in ${file}`);
    return index + 1;
}

/** The cursor as the status bar shows it ("Ln 45, Col 9"). */
async function cursor(vsc) {
    const label = await vsc.page.locator('[id="status.editor.selection"]').first().getAttribute('aria-label');
    const match = /Ln (\d+), Col (\d+)/.exec(label ?? '');
    assert.ok(match, `no cursor position in the status bar: ${label}`);
    return { line: Number(match[1]), column: Number(match[2]) };
}

async function activeTab(vsc) {
    return (await vsc.page.locator('.editor-group-container.active .tab.active').first().getAttribute('aria-label')) ?? '';
}

/** The text colour of the first token span in the active editor whose text starts with `text`. */
async function tokenColour(vsc, text) {
    return vsc.page.evaluate(wanted => {
        const spans = document.querySelectorAll('.editor-group-container.active .view-line span span');
        const span = [...spans].find(s => s.textContent.replace(/\u00a0/g, ' ').trim().startsWith(wanted));
        return span ? getComputedStyle(span).color : undefined;
    }, text);
}

/** Types text at the end of the given line, on a new line of its own (VS Code indents it). */
async function addLineAfter(vsc, line, text) {
    await vsc.goTo(line);
    await vsc.press('End');
    await vsc.press('Enter');
    await vsc.type(text);
}

/** Writes the workspace's .vscode/settings.json, which VS Code applies at once; undefined removes it. */
function writeWorkspaceSettings(vsc, settings) {
    const folder = path.join(vsc.workspace, '.vscode');
    if (settings === undefined) {
        fs.rmSync(folder, { recursive: true, force: true });
        return;
    }
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'settings.json'), JSON.stringify(settings, null, 4));
}

/** Discards unsaved edits of the active editor. */
async function revert(vsc) {
    await vsc.runCommand('File: Revert File');
}

/** After a failed test: closes what it left open and discards its edits, settings and saved changes. */
async function cleanUpAfterFailure(vsc) {
    await vsc.press('Escape');
    await vsc.press('Escape');
    // The palette offers "Hide Panel" only while the panel shows.
    await vsc.runCommand('View: Hide Panel', { timeout: 3_000 }).catch(() => vsc.press('Escape'));
    for (let attempt = 0; attempt < 10; attempt++) {
        const dirty = vsc.page.locator('.tab.dirty').first();
        if (await dirty.count() === 0) break;
        await dirty.click();
        await revert(vsc);
    }
    writeWorkspaceSettings(vsc, undefined);
    const examples = path.join(REPO_ROOT, 'examples');
    for (const file of fs.readdirSync(examples)) {
        const original = fs.readFileSync(path.join(examples, file));
        const copy = path.join(vsc.workspace, file);
        if (!fs.existsSync(copy) || !original.equals(fs.readFileSync(copy))) fs.writeFileSync(copy, original);
    }
}

/** A screenshot into test-results; with E2E_UPDATE_DOCS=1 also into docs/images, cut to `clip`.
 *  The mouse is parked on the empty middle of the status bar first (no tooltip), unless it must stay. */
async function docsScreenshot(vsc, name, clip, { keepMouse = false } = {}) {
    if (!keepMouse) {
        const { width, height } = vsc.page.viewportSize();
        await vsc.page.mouse.move(width / 2, height - 4);
        await sleep(300);
    }
    await vsc.screenshot(name);
    if (process.env.E2E_UPDATE_DOCS !== '1') return;
    await vsc.page.screenshot({ path: path.join(DOCS_IMAGES, `${name}.png`), clip, timeout: 15_000 });
}

/** The screen rectangle of the editor area (editor and preview side by side). */
async function editorArea(vsc) {
    return vsc.page.locator('.part.editor').first().boundingBox();
}

async function blueprintTouchpoints(vsc) {
    return vsc.evaluateInWebview(() => [...document.querySelectorAll('#blueprint .sd-touchpoint')].map(box => box.textContent), undefined, webview);
}

describe('Service Drama in VS Code (packaged .vsix in code-server)', function () {
    this.timeout(300_000);
    let vsc;

    before(async function () {
        vsc = await startVSCode({
            workspace: path.join(REPO_ROOT, 'examples'),
            vsix: findVsix(),
            name: 'extension',
            settings: { 'workbench.colorTheme': 'Default Dark Modern', 'serviceDrama.helpLanguage': 'en', 'editor.stickyScroll.enabled': false }
        });
        console.log(`      timings: ${JSON.stringify(vsc.timings)}`);
    });
    afterEach(async function () {
        if (this.currentTest?.state !== 'failed') return;
        await screenshotOnFailure(this, vsc);
        await cleanUpAfterFailure(vsc);
    });
    after(async function () { await vsc?.stop(); });

    describe('activation and colouring', function () {
        it('activates on a .drama file and names the language in the status bar', async function () {
            await vsc.openFile(SPEC);
            await vsc.waitForActivation(EXTENSION_ID);
            const mode = await vsc.page.locator('[id="status.editor.mode"]').first().getAttribute('aria-label');
            assert.equal(mode, 'Service Drama');
        });

        it('colours keywords, names and strings with the TextMate grammar', async function () {
            const colours = {};
            for (const token of ['{', 'service', 'touchpoint', 'moment', 'customer', 'expect', '"点菜"', '//']) colours[token] = await tokenColour(vsc, token);
            const { '{': plain, '"点菜"': string, '//': comment, ...keywords } = colours;
            assert.ok(Object.values(colours).every(Boolean), JSON.stringify(colours));
            assert.equal(new Set(Object.values(keywords)).size, 1, `keywords in one colour: ${JSON.stringify(colours)}`);
            assert.equal(new Set([plain, string, comment, keywords.expect]).size, 4, `keywords, strings, comments and the rest each in their colour: ${JSON.stringify(colours)}`);
        });

        it('marks a performer as a variable with the language server\'s semantic tokens', async function () {
            // "Waiter" in an action line is a bare name to the TextMate grammar; only the server knows it is cast.
            const line = lineOf(vsc, SPEC, 'Waiter "repeats the order');
            await vsc.goTo(line, 13);
            await vsc.runCommand('Developer: Inspect Editor Tokens and Scopes');
            const widget = vsc.page.locator('.token-inspect-widget');
            const text = await waitFor(async () => {
                const shown = await widget.innerText().catch(() => '');
                return /semantic token type/.test(shown) && shown;
            }, { message: 'the token inspector with a semantic token' });
            await vsc.press('Escape');
            assert.match(text, /semantic token type\s+variable/);
            assert.match(text, /textmate scopes\s+source\.service-drama\s*$/m);
        });
    });

    describe('diagnostics and quick fixes', function () {
        it('starts with no problems on the examples', async function () {
            const problems = await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 0 && /No Problems/i.test(p.label), { timeout: 60_000 });
            assert.equal(problems.infos, 0);
        });

        it('shows a risk without recovery in the editor and the Problems panel with the rule id, and fixes it', async function () {
            await vsc.openFile(SPEC);
            await addLineAfter(vsc, lineOf(vsc, SPEC, 'adapt "a guest with neither cash'), 'risk NoSignal "the reader finds no network"');
            await vsc.waitForProblems(p => p.errors === 1);
            await vsc.page.locator('.editor-group-container.active .squiggly-error').first().waitFor({ timeout: 10_000 });

            await vsc.problemsList();
            const rows = await vsc.page.locator('.markers-panel .monaco-list-row').evaluateAll(els => els.map(el => el.innerText.replace(/\s+/g, ' ')));
            const row = rows.find(r => r.includes('risk NoSignal has no recovery'));
            assert.ok(row, `Problems panel: ${JSON.stringify(rows)}`);
            assert.match(row, /service-drama\W+risk-has-recovery/);
            await vsc.screenshot('problem');
            await vsc.runCommand('View: Hide Panel');

            await vsc.openFile(SPEC);
            await vsc.placeCursor('NoSignal');
            await vsc.codeAction('Add a recovery to risk NoSignal');
            await vsc.waitForText('recovery "how the service puts it right"');
            // The error is gone; who recovers and how fast is the designer's to say (recovery-is-concrete).
            await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 1);
            await revert(vsc);
        });
    });

    describe('settings', function () {
        it('follows serviceDrama.helpLanguage and serviceDrama.rules from the workspace settings', async function () {
            writeWorkspaceSettings(vsc, { 'serviceDrama.helpLanguage': 'zh-CN', 'serviceDrama.rules': { 'risk-has-recovery': 'warning' } });
            await vsc.openFile(SPEC);
            await addLineAfter(vsc, lineOf(vsc, SPEC, 'adapt "a guest with neither cash'), 'risk NoSignal "the reader finds no network"');
            await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 1);
            await vsc.goTo(lineOf(vsc, SPEC, 'expect reliability "the payment goes through'));
            const help = await vsc.hover('reliability');
            assert.match(help, /^reliability · 可靠性 — 服务体验五要素/);
            assert.match(help, /客户看重什么/);
            await vsc.hideHover();
            await revert(vsc);
            writeWorkspaceSettings(vsc, undefined);
            await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 0);
        });
    });

    describe('help while writing', function () {
        it('explains reliability on hover, as one of the five elements', async function () {
            await vsc.openFile(SPEC);
            await vsc.goTo(lineOf(vsc, SPEC, 'expect reliability "every line on the bill'));
            const text = await vsc.hover('reliability');
            assert.match(text, /^reliability · 可靠性 — element of service experience/);
            assert.match(text, /What the customer judges: whether the service is done right/);
            assert.match(text, /Ask of your script/);
            assert.match(text, /Related rules: five-elements-coverage/);
            const [editor, hover] = await Promise.all(['.part.editor', '.monaco-hover:not(.hidden)'].map(s => vsc.page.locator(s).first().boundingBox()));
            const top = Math.max(editor.y, hover.y - 40);
            await docsScreenshot(vsc, 'hover-reliability',
                { x: editor.x, y: top, width: hover.x + hover.width + 16 - editor.x, height: hover.y + hover.height + 60 - top }, { keepMouse: true });
            await vsc.hideHover();
        });

        it('offers the five elements after `expect`', async function () {
            await vsc.openFile(SPEC);
            await addLineAfter(vsc, lineOf(vsc, SPEC, 'expect reliability "every line on the bill'), 'expect ');
            const items = await vsc.complete();
            await vsc.screenshot('completion');
            await vsc.closeSuggest();
            const labels = items.map(item => item.label);
            for (const element of ELEMENTS) assert.ok(labels.includes(element), `${element} in ${JSON.stringify(labels)}`);
            await revert(vsc);
        });
    });

    describe('formatting', function () {
        it('lays out a crumpled spec in the canonical style with Format Document', async function () {
            const file = 'bank-parking-ticket.drama';
            const canonical = fs.readFileSync(path.join(vsc.workspace, file), 'utf8');
            const crumpled = canonical.replace(/^[ \t]+/gm, '').replace(/\n\n+/g, '\n');
            const shows = async text => (await vsc.visibleLines()).slice(0, 12).join('\n') === text.split('\n').slice(0, 12).join('\n');
            await vsc.openFile(file);
            await vsc.setEditorText(crumpled);
            await waitFor(() => shows(crumpled), { message: 'the crumpled text in the editor' });
            await vsc.runCommand('Format Document');
            await waitFor(() => shows(canonical), { message: 'the canonical layout in the editor' });
            await vsc.save();
            await waitFor(() => fs.readFileSync(path.join(vsc.workspace, file), 'utf8') === canonical, { message: `${file} formatted as it was` });
        });
    });

    describe('blueprint preview', function () {
        it('opens beside the editor and shows every touchpoint of the spec', async function () {
            // Editor and preview get the whole window, as in the README's pictures.
            await vsc.runCommand('View: Close Primary Side Bar');
            await vsc.openFile(SPEC);
            await vsc.goTo(1);
            await vsc.runCommand('Service Drama: Open Blueprint to the Side');
            const shown = await waitFor(async () => {
                const names = await blueprintTouchpoints(vsc);
                return TOUCHPOINTS.every(name => names.some(text => text.includes(name))) && names;
            }, { message: 'the touchpoints in the blueprint' });
            assert.equal(shown.length, TOUCHPOINTS.length);
            assert.equal(await vsc.page.locator('.editor-group-container').count(), 2, 'editor and preview side by side');
            assert.match(await vsc.page.locator('.editor-group-container').nth(1).locator('.tab.active').getAttribute('aria-label'), /Blueprint: HotpotCheckout/);
            await sleep(500);
            await docsScreenshot(vsc, 'blueprint-preview-dark', await editorArea(vsc));
        });

        it('follows the colour theme: dark, light and high contrast', async function () {
            const background = () => vsc.evaluateInWebview(() => getComputedStyle(document.body).backgroundColor, undefined, webview);
            const dark = await background();
            writeWorkspaceSettings(vsc, { 'workbench.colorTheme': 'Default Light Modern' });
            const light = await waitFor(async () => { const now = await background(); return now !== dark && now; }, { message: 'a light background' });
            assert.notEqual(light, dark);
            await sleep(500);
            await docsScreenshot(vsc, 'blueprint-preview-light', await editorArea(vsc));

            // High contrast: plain background, the theme's contrast border, thicker strokes.
            const stroke = () => vsc.evaluateInWebview(() => {
                const rect = document.querySelector('#blueprint .sd-touchpoint > rect');
                return rect && `${document.body.classList.contains('vscode-high-contrast')} ${getComputedStyle(rect).strokeWidth}`;
            }, undefined, webview);
            const normalStroke = await stroke();
            writeWorkspaceSettings(vsc, { 'workbench.colorTheme': 'Default High Contrast' });
            await waitFor(async () => (await stroke()) === 'true 2px', { message: `high-contrast strokes (before: ${normalStroke})` });
            await vsc.screenshot('blueprint-preview-high-contrast');

            writeWorkspaceSettings(vsc, undefined);
            await waitFor(async () => (await background()) === dark, { message: 'the dark theme back' });
        });

        it('redraws after an edit', async function () {
            await vsc.openFile(SPEC);
            await addLineAfter(vsc, lineOf(vsc, SPEC, 'scene Leaving'),
                WAVE_GOODBYE);
            const names = await waitFor(async () => {
                const list = await blueprintTouchpoints(vsc);
                return list.some(text => text.includes('WaveGoodbye')) && list;
            }, { message: 'the new touchpoint in the blueprint' });
            assert.equal(names.length, TOUCHPOINTS.length + 1);
            await revert(vsc);
            await waitFor(async () => (await blueprintTouchpoints(vsc)).length === TOUCHPOINTS.length, { message: 'the blueprint back as it was' });
        });

        it('zooms with its buttons, and keeps zoom and scroll through a redraw', async function () {
            await vsc.openFile(SPEC);
            const frame = await vsc.webviewFrame(webview);
            const view = () => frame.evaluate(() => ({
                zoom: document.getElementById('zoom-reset').textContent,
                width: Math.round(document.querySelector('#blueprint svg').getBoundingClientRect().width),
                scrollLeft: document.getElementById('viewport').scrollLeft,
                touchpoints: document.querySelectorAll('#blueprint .sd-touchpoint').length
            }));
            const before = await view();
            await frame.locator('#zoom-in').click();
            const zoomed = await view();
            assert.equal(zoomed.zoom, '125%');
            assert.ok(Math.abs(zoomed.width - before.width * 1.25) <= 2, JSON.stringify({ before, zoomed }));
            await frame.evaluate(() => { document.getElementById('viewport').scrollLeft = 400; });
            const scrolled = (await view()).scrollLeft;
            assert.ok(scrolled > 0);

            // The click gave the preview's group the keyboard: give it back to the spec's editor.
            await vsc.focusEditor(SPEC);
            await addLineAfter(vsc, lineOf(vsc, SPEC, 'scene Leaving'),
                WAVE_GOODBYE);
            const redrawn = await waitFor(async () => { const now = await view(); return now.touchpoints === before.touchpoints + 1 && now; }, { message: 'the redraw' });
            assert.equal(redrawn.zoom, '125%');
            assert.equal(redrawn.scrollLeft, scrolled);
            await revert(vsc);
            await frame.locator('#zoom-reset').click();
            await waitFor(async () => { const now = await view(); return now.zoom === '100%' && now.touchpoints === before.touchpoints; }, { message: 'the blueprint as it was' });
        });

        it('moves the editor\'s cursor to the source of a clicked box', async function () {
            const frame = await vsc.webviewFrame(webview);
            await frame.locator('#blueprint .sd-touchpoint').filter({ hasText: 'CheckBill' }).first().click();
            const line = lineOf(vsc, SPEC, 'touchpoint CheckBill');
            await waitFor(async () => (await cursor(vsc)).line === line, { message: `the cursor on line ${line}` });
            assert.match(await activeTab(vsc), new RegExp(SPEC.replace('.', '\\.')));
            assert.equal((await cursor(vsc)).column, 9);
        });


        it('opens with the keyboard shortcut Ctrl+K V', async function () {
            await vsc.runCommand('View: Close All Editors');
            await waitFor(async () => (await vsc.page.locator('.editor-group-container').count()) === 1, { message: 'the preview closed' });
            await vsc.openFile('ship-berth.drama');
            await vsc.press('Control+K');
            await vsc.press('v');
            const names = await waitFor(async () => {
                const list = await blueprintTouchpoints(vsc).catch(() => []);
                return list.length > 0 && list;
            }, { message: 'a blueprint of ship-berth.drama' });
            assert.equal(names.length, specOutline(vsc, 'ship-berth.drama').touchpoints);
        });

        it('opens from the "Open blueprint" CodeLens above a service', async function () {
            await vsc.runCommand('View: Close All Editors');
            await vsc.openFile('hotpot-queue.drama');
            await vsc.page.locator('.editor-group-container.active .codelens-decoration a').filter({ hasText: 'Open blueprint' }).first().click();
            await waitFor(async () => (await vsc.page.locator('.editor-group-container').count()) === 2, { message: 'the preview beside the editor' });
            // The tab names the file until the blueprint arrives, then the service.
            const { service } = specOutline(vsc, 'hotpot-queue.drama');
            const title = () => vsc.page.locator('.editor-group-container').nth(1).locator('.tab.active').getAttribute('aria-label');
            await waitFor(async () => (await title())?.includes(`Blueprint: ${service}`), { message: `a tab "Blueprint: ${service}"` });
        });

        it('comes back, on the same spec, when the window reloads', async function () {
            // The CodeLens test above left the preview of hotpot-queue.drama open.
            const { service, touchpoints } = specOutline(vsc, 'hotpot-queue.drama');
            const shown = async () => (await blueprintTouchpoints(vsc).catch(() => [])).length === touchpoints;
            // The page saves what it shows as it draws it: once drawn, VS Code has it to restore.
            await waitFor(shown, { message: 'the blueprint of hotpot-queue.drama before the reload' });
            await vsc.reloadWindow();
            await waitFor(shown, { timeout: 60_000, message: 'the blueprint back after the reload' });
            const tabs = await vsc.page.locator('.tab').evaluateAll(els => els.map(el => el.getAttribute('aria-label')));
            assert.ok(tabs.some(tab => tab?.includes(`Blueprint: ${service}`)), JSON.stringify(tabs));
        });

        it('lets the user pick the service when a file holds several', async function () {
            await vsc.openFile(SPEC);
            await vsc.runCommand('Service Drama: Open Blueprint to the Side');
            const lastLine = fs.readFileSync(path.join(vsc.workspace, SPEC), 'utf8').trimEnd().split('\n').length;
            await addLineAfter(vsc, lastLine,
                'service TeaBreak { actor Host frontstage scene Pour { touchpoint ServeTea face-to-face { customer "sits down" Host "pours the tea" expect empathy "asks how strong" } } }');
            // While the line is being typed the preview draws the text as it was a moment ago (a
            // service with half a name, say): wait for the picker to list what the finished line says.
            const pickerOptions = () => vsc.evaluateInWebview(() => {
                const picker = document.querySelector('.service-picker');
                return picker && !picker.hidden && [...document.querySelectorAll('#service option')].map(option => option.value).join(' ');
            }, undefined, webview);
            let options;
            await waitFor(async () => (options = await pickerOptions()) === 'HotpotCheckout TeaBreak', { message: 'the service picker with HotpotCheckout and TeaBreak' })
                .catch(error => { throw new Error(`${error.message}; it shows: ${options}`); });
            const frame = await vsc.webviewFrame(webview);
            await frame.locator('#service').selectOption('TeaBreak');
            await waitFor(async () => {
                const names = await blueprintTouchpoints(vsc);
                return names.length === 1 && names[0].includes('ServeTea');
            }, { message: 'the blueprint of TeaBreak' });
            await vsc.page.locator('.tab').filter({ hasText: 'Blueprint: TeaBreak' }).first().waitFor({ timeout: 10_000 });
            await revert(vsc);
            await waitFor(async () => (await blueprintTouchpoints(vsc)).length === TOUCHPOINTS.length, { message: 'HotpotCheckout again once TeaBreak is gone' });
        });

        it('follows the active editor, and says what a file of norms holds instead of drawing nothing', async function () {
            await vsc.openFile(SPEC);
            await vsc.runCommand('Service Drama: Open Blueprint to the Side');
            await waitFor(async () => (await blueprintTouchpoints(vsc).catch(() => [])).length === TOUCHPOINTS.length, { message: 'the blueprint of the spec' });
            await vsc.openFile('norms.drama');
            const status = await waitFor(async () => {
                const text = await vsc.evaluateInWebview(() => document.getElementById('status')?.textContent ?? '', undefined, previewPage);
                return text.includes('holds norms') && text;
            }, { message: 'the preview\'s note on a file of norms' });
            assert.match(status, /标准问候, 等候关怀, 坏消息关怀, 温馨送别/);
            assert.equal(await vsc.evaluateInWebview(() => document.querySelectorAll('#blueprint svg').length, undefined, previewPage), 0);
        });

        it('draws the marks of a blueprint: flow, a fail point without recovery, wait points, a moment of trial, the emotion curve', async function () {
            // A spec of its own (test/e2e/fixtures), copied in for this test and removed after it.
            const file = 'blueprint-marks.drama';
            const copy = path.join(vsc.workspace, file);
            fs.copyFileSync(path.join(REPO_ROOT, 'test', 'e2e', 'fixtures', file), copy);
            try {
                // The palette offers this only while the side bar shows (the first preview test closed it).
                await vsc.runCommand('View: Close Primary Side Bar', { timeout: 3_000 }).catch(() => vsc.press('Escape'));
                await vsc.openFile(file);
                await vsc.runCommand('Service Drama: Open Blueprint to the Side');
                await waitFor(async () => {
                    const names = await blueprintTouchpoints(vsc).catch(() => []);
                    return names.length === 3 && names[0].includes('HandOver');
                }, { message: 'the blueprint of blueprint-marks.drama' });
                const marks = await vsc.evaluateInWebview(() => {
                    const svg = document.querySelector('#blueprint svg');
                    const all = selector => [...svg.querySelectorAll(selector)];
                    const title = element => element.querySelector(':scope > title')?.textContent ?? '';
                    const texts = element => [...element.querySelectorAll('text')].map(text => text.textContent).join(' ');
                    const style = element => element && getComputedStyle(element);
                    const up = style(svg.querySelector('.sd-feeling-up > circle'));
                    return {
                        steps: all('.sd-flow-step').length,
                        handoffs: all('.sd-flow-handoff').length,
                        unrecovered: all('.sd-badge-fail-unrecovered').map(title),
                        unrecoveredShape: all('.sd-badge-fail-unrecovered').every(badge => badge.querySelector('path') && !badge.querySelector('circle')),
                        recovered: all('.sd-badge-fail-recovered').length,
                        waits: all('.sd-badge-wait').map(texts),
                        trialColumns: all('.sd-trial-column').length,
                        trialCard: svg.querySelector('.sd-touchpoint.sd-trial')?.textContent ?? '',
                        feelings: all('.sd-feeling-point').map(title),
                        shapes: all('.sd-feeling-point').map(point => point.lastElementChild.previousElementSibling.tagName),
                        zeroDashed: style(svg.querySelector('.sd-feeling-zero')).strokeDasharray,
                        line: all('.sd-feeling-line').length,
                        upFill: up.fill,
                        background: getComputedStyle(document.body).backgroundColor,
                        label: document.querySelector('#labels')?.textContent ?? '',
                        trialFill: style(svg.querySelector('.sd-text-trial')).fill,
                        right: svg.getBoundingClientRect().right
                    };
                }, undefined, webview);
                assert.deepEqual([marks.steps, marks.handoffs], [4, 2], 'arrows from step to step, and from touchpoint to touchpoint');
                assert.deepEqual(marks.unrecovered, Array(3).fill('Fail point: TrackerDown, no recovery'), 'on the touchpoint, the risk card and the Tracker\'s action');
                assert.ok(marks.unrecoveredShape, 'a diamond, not a circle');
                assert.equal(marks.recovered, 3);
                assert.deepEqual(marks.waits, ['W 8 min', 'W 10 min']);
                assert.equal(marks.trialColumns, 1);
                assert.match(marks.trialCard, /Collect.*Moment of trial/);
                assert.deepEqual(marks.feelings, ['Feeling −1: uneasy to leave the phone behind', 'Feeling +1: relieved at a fair price', 'Feeling +3: delighted, it works like new']);
                assert.deepEqual(marks.shapes, ['path', 'circle', 'circle'], 'a triangle below zero, circles above');
                assert.notEqual(marks.zeroDashed, 'none');
                assert.equal(marks.line, 2);
                assert.ok(marks.upFill && marks.upFill !== 'none' && marks.upFill !== marks.background, `a point drawn in the theme: ${marks.upFill}`);
                assert.match(marks.label, /Emotion curve/);
                // A solid colour: a theme's translucent orange would leave the moment of trial faint.
                assert.doesNotMatch(marks.trialFill, /rgba\([^)]*,\s*0?\.\d+\)/, `the moment of trial in a solid colour: ${marks.trialFill}`);

                // The picture for the README: the preview alone, the editor group maximised.
                await vsc.page.locator('.editor-group-container').nth(1).locator('.tab.active').click();
                await vsc.runCommand('View: Toggle Maximize Editor Group');
                await sleep(800);
                // Cut at the drawing's right edge: the picture, not the empty page beside it.
                const group = await vsc.page.locator('.editor-group-container.active').first().boundingBox();
                const drawn = await vsc.evaluateInWebview(() => document.querySelector('#blueprint svg').getBoundingClientRect().right, undefined, webview);
                await docsScreenshot(vsc, 'blueprint-marks', { ...group, width: Math.min(group.width, drawn + 24) });
                await vsc.runCommand('View: Toggle Maximize Editor Group');
            } finally {
                await vsc.runCommand('View: Close All Editors');
                fs.rmSync(copy, { force: true });
            }
        });
    });

    describe('across files', function () {
        it('goes from `applies` to the norm in the library file', async function () {
            await vsc.openFile('service-hall.drama');
            await vsc.goTo(lineOf(vsc, 'service-hall.drama', '采用 标准问候'));
            await vsc.placeCursor('标准问候');
            await vsc.press('F12');
            await waitFor(async () => (await activeTab(vsc)).includes('norms.drama'), { message: 'norms.drama opened' });
            await waitFor(async () => (await cursor(vsc)).line === lineOf(vsc, 'norms.drama', 'norm 标准问候'), { message: 'the cursor at the norm' });
        });

        it('renames a norm in the library and in every file that applies it', async function () {
            const users = ['service-hall.drama', 'bank-parking-ticket.drama', 'hotpot-queue.drama', 'ship-berth.drama'];
            await vsc.openFile('norms.drama');
            await vsc.goTo(lineOf(vsc, 'norms.drama', 'norm 标准问候'));
            await vsc.placeCursor('标准问候');
            await vsc.press('F2');
            const input = vsc.page.locator('.rename-box input, .rename-box textarea').first();
            await input.waitFor({ timeout: 10_000 });
            await input.fill('礼貌问候');
            await vsc.press('Enter');
            await vsc.waitForText('norm 礼貌问候');
            await vsc.runCommand('File: Save All Files');
            await waitFor(() => users.every(file => /(?:applies|采用) 礼貌问候/.test(fs.readFileSync(path.join(vsc.workspace, file), 'utf8'))),
                { message: 'every user of the norm saved with the new name' });
            for (const file of ['norms.drama', ...users]) {
                assert.doesNotMatch(fs.readFileSync(path.join(vsc.workspace, file), 'utf8'), /(applies|norm) 标准问候/, file);
            }
            await vsc.waitForProblems(p => p.errors === 0 && p.warnings === 0);
        });

        it('outlines the service: audience, cast and props, scenes with their touchpoints', async function () {
            await vsc.openFile(SPEC);
            await vsc.runCommand('Explorer: Focus on Outline View');
            // Folding the file list away leaves the outline the whole side bar.
            const files = vsc.page.locator('.pane-header[aria-label^="Explorer Section"]').first();
            if ((await files.getAttribute('aria-expanded')) === 'true') await files.click();
            const rows = vsc.page.locator('.outline-pane .monaco-list-row');
            const outline = await waitFor(async () => {
                const list = await rows.evaluateAll(els => els.map(el => `${el.getAttribute('aria-level')} ${el.getAttribute('aria-label')}`));
                return list.some(row => row.includes('OrderDishes')) && list;
            }, { message: 'touchpoints in the outline' });
            await vsc.screenshot('outline');
            const level = name => outline.find(row => row.split(' ')[1] === name)?.split(' ')[0];
            assert.equal(level('HotpotCheckout'), '1', JSON.stringify(outline));
            for (const child of ['HurriedGuest', 'Waiter', 'Payments', 'Menu', 'Ordering', 'AskForBill']) assert.equal(level(child), '2', child);
            for (const touchpoint of ['OrderDishes', 'CallForBill', 'CheckBill']) assert.equal(level(touchpoint), '3', touchpoint);
        });
    });
});
