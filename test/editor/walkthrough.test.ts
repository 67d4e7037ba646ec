import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { templateFile } from '../../src/extension/spec-templates.js';
import { readJson, readManifest } from '../support/manifest.js';

const manifest = readManifest();
const NLS = {
    en: readJson<Record<string, string>>('package.nls.json'),
    'zh-cn': readJson<Record<string, string>>('package.nls.zh-cn.json')
};

/** A manifest string as VS Code shows it in one display language. */
function localized(text: string, language: keyof typeof NLS): string {
    const key = /^%(.+)%$/.exec(text)?.[1];
    return key ? NLS[language][key] : text;
}

describe('the "Get started" walkthrough', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    const commands = manifest.contributes.commands.map(command => command.command);

    it('walks through a first spec, its blueprint, a hover and CI', () => {
        assert.deepEqual(walkthrough.steps.map(step => step.id), ['newSpec', 'blueprint', 'hover', 'ci']);
        assert.equal(localized(walkthrough.title, 'en'), 'Get started with Service Drama');
    });

    for (const language of ['en', 'zh-cn'] as const) {
        it(`(${language}) has every title, description and markdown page, in that language`, () => {
            for (const text of [walkthrough.title, walkthrough.description, ...walkthrough.steps.flatMap(step => [step.title, step.description])]) {
                assert.ok(localized(text, language)?.length > 0, text);
            }
            for (const step of walkthrough.steps) {
                const page = localized(step.media.markdown, language);
                assert.ok(page.startsWith(`media/walkthrough/${language}/`), page);
                const markdown = fs.readFileSync(page, 'utf8');
                assert.match(markdown, /^# \S/, page);
                if (language === 'zh-cn') assert.match(markdown, /[\u4e00-\u9fff]/, page);
            }
        });
    }

    it('links to commands the extension contributes and registers, and completes a step when its command runs', () => {
        // The bundle VS Code loads (after `npm run build`); the e2e suite runs the commands themselves.
        const extension = fs.readFileSync(manifest.main, 'utf8');
        for (const step of walkthrough.steps) {
            for (const language of ['en', 'zh-cn'] as const) {
                for (const [, command] of localized(step.description, language).matchAll(/\(command:([\w.]+)\)/g)) {
                    assert.ok(commands.includes(command), `${step.id} links to ${command}`);
                    assert.ok(step.completionEvents.includes(`onCommand:${command}`), `${step.id} completes on ${command}`);
                }
            }
        }
        for (const command of commands) assert.ok(extension.includes(`"${command}"`), `${command} is in the extension's bundle`);
        assert.ok(walkthrough.steps.find(step => step.id === 'newSpec')!.completionEvents.includes('onCommand:serviceDrama.newSpecFromTemplate'));
    });

    it('shows a CI workflow whose lint step runs as written', () => {
        const page = fs.readFileSync(localized(walkthrough.steps.find(step => step.id === 'ci')!.media.markdown, 'en'), 'utf8');
        const run = /run: npx service-drama (lint specs --format sarif) > service-drama\.sarif/.exec(page);
        assert.ok(run, 'the workflow lints specs/ to SARIF');
        const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'walkthrough-ci-'));
        try {
            fs.mkdirSync(path.join(workspace, 'specs'));
            fs.copyFileSync(templateFile('first-service', 'en'), path.join(workspace, 'specs', 'coffee.drama'));
            const result = spawnSync(process.execPath, [path.resolve('bin/service-drama.cjs'), ...run[1].split(' ')], { cwd: workspace, encoding: 'utf8' });
            assert.equal(result.status, 0, result.stderr);
            const sarif = JSON.parse(result.stdout) as { version: string; runs: Array<{ results: unknown[] }> };
            assert.equal(sarif.version, '2.1.0');
            assert.deepEqual(sarif.runs[0].results, []);
        } finally {
            fs.rmSync(workspace, { recursive: true, force: true });
        }
    });
});
