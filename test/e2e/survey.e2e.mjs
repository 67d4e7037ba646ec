// Measured quality in a real VS Code: a workspace whose .servicedrama.json names a survey (the example
// survey of hotpot-checkout.drama). The preview shows the heat map, a touchpoint's hover shows its
// gaps, and when the survey file changes on disk the preview redraws and the perception-gap rule
// speaks. E2E_UPDATE_DOCS=1 writes the README's docs/images/blueprint-heat-map.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, findVsix, screenshotOnFailure, sleep, startVSCode, waitFor } from './harness.mjs';

const EXTENSION_ID = 'service-drama.service-drama';
const SPEC = 'hotpot-checkout.drama';
const SURVEY = path.join('surveys', 'hotpot-checkout.survey.csv');
const webview = { extensionId: EXTENSION_ID, selector: 'svg.sd-blueprint' };

/** The heat cells of each touchpoint in the preview: `element number`, as drawn on the chips. */
async function heatCells(vsc) {
    return vsc.evaluateInWebview(() => Object.fromEntries([...document.querySelectorAll('#blueprint .sd-touchpoint')].map(box => [
        box.querySelector('text')?.textContent ?? '',
        [...box.querySelectorAll('.sd-heat-cell')].map(cell => `${cell.getAttribute('data-element')} ${cell.querySelector('text')?.textContent ?? ''}`)
    ])), undefined, webview);
}

describe('measured quality in VS Code: the survey named by .servicedrama.json', function () {
    this.timeout(300_000);
    let vsc;
    let source;

    before(async function () {
        source = fs.mkdtempSync(path.join(os.tmpdir(), 'service-drama-survey-e2e-'));
        for (const file of [SPEC, 'norms.drama']) fs.copyFileSync(path.join(REPO_ROOT, 'examples', file), path.join(source, file));
        fs.mkdirSync(path.join(source, 'surveys'));
        fs.copyFileSync(path.join(REPO_ROOT, 'examples', SURVEY), path.join(source, SURVEY));
        fs.writeFileSync(path.join(source, '.servicedrama.json'), '{ "survey": "surveys/hotpot-checkout.survey.csv" }\n');
        vsc = await startVSCode({
            workspace: source,
            vsix: findVsix(),
            name: 'survey',
            settings: { 'workbench.colorTheme': 'Default Light Modern', 'serviceDrama.helpLanguage': 'en', 'editor.stickyScroll.enabled': false }
        });
    });
    afterEach(async function () { await screenshotOnFailure(this, vsc); });
    after(async () => {
        await vsc?.stop();
        fs.rmSync(source, { recursive: true, force: true });
    });

    it('shows the heat map in the preview: the measured gap above each chip', async function () {
        await vsc.runCommand('View: Close Primary Side Bar');
        await vsc.openFile(SPEC);
        await vsc.goTo(1);
        await vsc.runCommand('Service Drama: Open Blueprint to the Side');
        const cells = await waitFor(async () => {
            const shown = await heatCells(vsc);
            return shown.SwipeCard?.length > 0 && shown;
        }, { message: 'heat cells in the preview' });
        // SwipeCard, wave 2026-06: reliability pools two branches, (5.8·70 + 5.7·50)/120 − (6.7·70 + 6.5·50)/120 = −0.86.
        assert.deepEqual(cells.SwipeCard, ['reliability −0.9', 'responsiveness −0.5', 'assurance −0.1']);
        assert.deepEqual(cells.SeeOff, ['assurance +0.6', 'empathy +0.8*']);
        assert.deepEqual(cells.NextDayCall, []);
        assert.match(await vsc.evaluateInWebview(() => document.querySelector('#blueprint .sd-heat-legend')?.textContent ?? '', undefined, webview),
            /Measured gap \(perception − expectation\) · wave 2026-06/);
        assert.equal((await vsc.problems()).errors, 0, 'the example survey breaks no threshold');
    });

    it('shows a touchpoint\'s gaps in its hover', async function () {
        await vsc.focusEditor(SPEC);
        const line = fs.readFileSync(path.join(vsc.workspace, SPEC), 'utf8').split('\n').findIndex(text => text.includes('touchpoint SwipeCard')) + 1;
        await vsc.goTo(line, 20);
        const text = await vsc.hover('SwipeCard');
        assert.match(text, /Measured quality \(wave 2026-06\)/);
        assert.match(text, /Reliability: gap −0\.9 \(expected 6\.62, perceived 5\.76, 120 respondents\)/);
        assert.match(text, /Designed but not measured: Empathy, Tangibles/);
        await vsc.hideHover();
    });

    it('redraws when the survey changes on disk, and perception-gap reports the moment of trial as an error', async function () {
        const file = path.join(vsc.workspace, SURVEY);
        const before = fs.readFileSync(file, 'utf8');
        fs.writeFileSync(file, before.replace('2026-06,HotpotCheckout,SwipeCard,reliability,6.7,5.8,70,Wangjing', '2026-06,HotpotCheckout,SwipeCard,reliability,6.7,4.2,70,Wangjing'));
        // (4.2·70 + 5.7·50)/120 − 6.6167 = −1.79
        await waitFor(async () => (await heatCells(vsc)).SwipeCard?.[0] === 'reliability −1.8', { message: 'the redrawn heat cell', timeout: 30_000 });
        await vsc.waitForProblems(problems => problems.errors === 1, { timeout: 30_000 });
        const rows = await vsc.problemsList();
        assert.ok(rows.some(row => /touchpoint SwipeCard: customers perceive reliability well below what they expect/.test(row)), rows.join('\n'));
        await vsc.runCommand('View: Hide Panel', { timeout: 3_000 }).catch(() => vsc.press('Escape'));
        // The picture: the moment of trial and its neighbours in view, the mouse parked where it shows no tooltip.
        await vsc.evaluateInWebview(() => {
            const box = [...document.querySelectorAll('#blueprint .sd-touchpoint')].find(each => each.querySelector('text')?.textContent === 'SwipeCard');
            box?.scrollIntoView({ block: 'start', inline: 'center' });
        }, undefined, webview);
        const { width, height } = vsc.page.viewportSize();
        await vsc.page.mouse.move(width / 2, height - 4);
        await sleep(800);
        await vsc.screenshot('blueprint-heat-map');
        if (process.env.E2E_UPDATE_DOCS === '1') {
            await vsc.page.screenshot({ path: path.join(REPO_ROOT, 'docs', 'images', 'blueprint-heat-map.png'), clip: await vsc.page.locator('.part.editor').first().boundingBox(), timeout: 15_000 });
        }
        fs.writeFileSync(file, before);
        await waitFor(async () => (await heatCells(vsc)).SwipeCard?.[0] === 'reliability −0.9', { message: 'the heat map as before', timeout: 30_000 });
        await vsc.waitForProblems(problems => problems.errors === 0, { timeout: 30_000 });
    });
});
