import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { listFiles, PackageManager } from '@vscode/vsce';
import { SPEC_TEMPLATES, templateFile } from '../../src/extension/spec-templates.js';
import { RULES } from '../../src/language/rules/index.js';
import { readJson, readManifest } from '../support/manifest.js';

/** What `npm run package` puts into the .vsix, read from vsce itself (after `npm run build`). */
describe('the .vsix: what the extension needs and nothing else', function () {
    this.timeout(30_000);
    const manifest = readManifest();
    let files: string[];

    before(async () => {
        files = (await listFiles({ packageManager: PackageManager.None })).map(file => file.replace(/\\/g, '/'));
    });

    it('holds no sources, tests, examples, build output or node_modules', () => {
        const allowed = /^(package(\.nls(\.[a-z-]+)?)?\.json|language-configuration\.json|README\.md|CHANGELOG\.md|LICENSE|dist\/(extension|server)\.cjs|dist\/extension-browser\.cjs|dist\/server-browser\.js|syntaxes\/[^/]+\.json|schemas\/[^/]+\.json|media\/[^/]+\.(js|css|svg)|media\/walkthrough\/(en|zh-cn)\/[^/]+\.md|snippets\/[^/]+\.json|templates\/[^/]+\.drama|docs\/rules\/[^/]+\.md|docs\/images\/[^/]+\.png)$/;
        assert.deepEqual(files.filter(file => !allowed.test(file)), []);
    });

    it('holds every file the manifest names', () => {
        const named = [
            manifest.main,
            manifest.browser,
            manifest.icon,
            ...manifest.contributes.languages.flatMap(language => language.configuration ? [language.configuration] : []),
            ...manifest.contributes.grammars.map(grammar => grammar.path),
            ...manifest.contributes.jsonValidation.map(validation => validation.url),
            'dist/server.cjs',
            'dist/server-browser.js',
            // Paths given as %key% (snippets, walkthrough media) are those of both languages.
            ...['package.nls.json', 'package.nls.zh-cn.json'].flatMap(file => Object.values(readJson<Record<string, string>>(file))
                .filter(text => /^(\.\/)?[\w/.-]+\.(json|md)$/.test(text))),
            ...SPEC_TEMPLATES.flatMap(id => [templateFile(id, 'en'), templateFile(id, 'zh')])
        ].map((file: string) => file.replace(/^\.\//, ''));
        assert.deepEqual(named.filter(file => !files.includes(file)), []);
    });

    it('holds the manifest\'s texts in English and Chinese, one for each %key% it uses', () => {
        const keys = [...fs.readFileSync('package.json', 'utf8').matchAll(/"%([\w.-]+)%"/g)].map(match => match[1]).sort();
        assert.ok(keys.length > 0, 'the manifest uses %key% texts');
        for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
            assert.ok(files.includes(file), `${file} in the package`);
            const texts = readJson<Record<string, unknown>>(file);
            assert.deepEqual(Object.keys(texts).sort(), [...new Set(keys)], file);
            assert.ok(Object.values(texts).every(text => typeof text === 'string' && text.length > 0), file);
        }
    });

    it('holds the page of every rule and every picture the README shows', () => {
        const readme = fs.readFileSync('README.md', 'utf8');
        const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(match => match[1]);
        assert.ok(pictures.length > 0, 'the README shows pictures');
        const needed = [...RULES.map(rule => `docs/rules/${rule.id}.md`), ...pictures];
        assert.deepEqual(needed.filter(file => !files.includes(file)), []);
    });
});
