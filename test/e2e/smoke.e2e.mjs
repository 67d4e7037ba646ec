// Smoke test of the e2e harness itself, independent of the Service Drama extension:
// a real VS Code (code-server) in Chromium opens a Markdown file, runs palette commands, shows a
// built-in webview (Markdown preview), and a tiny fixture extension packaged here with vsce proves
// --install-extension, activation, hover, completion, diagnostics and an extension webview.
// Run: npx mocha --config test/e2e/.mocharc.json   (all e2e tests; scripts/e2e/setup.sh runs on demand)
//  or: npx mocha --no-config --timeout 300000 test/e2e/smoke.e2e.mjs   (--no-config: the repo's
//      .mocharc.json would add every unit test in out/test to the run)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, DEFAULT_RESULTS_DIR, startVSCode, screenshotOnFailure } from './harness.mjs';

const FIXTURES = path.join(REPO_ROOT, 'test', 'e2e', 'fixtures');

/** Packages the fixture extension with the repo's vsce into a temp folder. */
function packageFixtureExtension() {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sd-e2e-vsix-')), 'e2e-hello.vsix');
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package',
    '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out],
  { cwd: path.join(FIXTURES, 'hello-ext'), stdio: 'pipe' });
  return out;
}

describe('e2e harness smoke (code-server + Chromium)', function () {
  this.timeout(300_000);
  let vsc;
  let vsix;

  before(async function () {
    vsix = packageFixtureExtension();
    vsc = await startVSCode({
      workspace: path.join(FIXTURES, 'workspace'),
      vsix,
      name: 'smoke',
      settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    });
    console.log(`      timings: ${JSON.stringify(vsc.timings)}`);
  });
  afterEach(async function () { await screenshotOnFailure(this, vsc); });
  after(async function () {
    await vsc?.stop();
    if (vsix) fs.rmSync(path.dirname(vsix), { recursive: true, force: true });
  });

  it('opens a file and shows its text in the editor', async function () {
    await vsc.openFile('hello.md');
    const lines = await vsc.visibleLines();
    assert.equal(lines[0], '# Hello');
    assert.ok(lines.includes('Some words: alpha beta gamma.'), lines.join('\n'));
    assert.match(await vsc.screenshot('opened'), /smoke-opened\.png$/);
  });

  it('activates an installed .vsix and shows its hover', async function () {
    await vsc.waitForActivation('service-drama-e2e.e2e-hello');
    const text = await vsc.hover('gamma');
    assert.match(text, /E2E hover: gamma is the third letter/);
    await vsc.screenshot('hover');
    await vsc.hideHover();
  });

  it('shows and hovers Chinese text', async function () {
    assert.ok((await vsc.visibleLines()).includes('中文 服务剧本 测试'));
    const text = await vsc.hover('服务剧本');
    assert.match(text, /E2E 悬停：服务剧本 = service script/);
    await vsc.screenshot('hover-cjk');
    await vsc.hideHover();
  });

  it('counts the extension\'s diagnostics in the status bar and the Problems panel', async function () {
    const p = await vsc.waitForProblems((p) => p.warnings === 1);
    assert.equal(p.errors, 0);
    const rows = await vsc.problemsList();
    assert.ok(rows.some((r) => r.includes('E2E: TODO left in the text')), rows.join('\n'));
  });

  it('lists completion items', async function () {
    await vsc.openFile('hello.md');
    await vsc.goTo(7, 1);
    await vsc.press('End');
    await vsc.press('Enter');
    const items = await vsc.complete({ type: 'e2e' });
    await vsc.screenshot('completion');
    await vsc.closeSuggest();
    assert.ok(items.some((i) => i.label === 'e2eAlpha'), JSON.stringify(items));
  });

  it('replaces the editor text verbatim and saves it', async function () {
    await vsc.openFile('scratch.txt');
    const text = 'function f() {\n  return [1, 2];\n}\n服务剧本 (draft)';
    await vsc.setEditorText(text);
    assert.deepEqual((await vsc.visibleLines()).slice(0, 4), text.split('\n'));
    await vsc.save();
    assert.equal(fs.readFileSync(path.join(vsc.workspace, 'scratch.txt'), 'utf8'), text);
  });

  it('runs a palette command that opens the extension\'s webview, and reads inside it', async function () {
    await vsc.runCommand('E2E Hello: Show Panel');
    const title = await vsc.evaluateInWebview(() => document.getElementById('e2e-title').textContent,
      undefined, { extensionId: 'service-drama-e2e.e2e-hello', selector: '#e2e-title' });
    assert.equal(title, 'E2E webview');
    const circles = await vsc.evaluateInWebview(() => document.querySelectorAll('#e2e-svg circle').length,
      undefined, { extensionId: 'service-drama-e2e.e2e-hello', selector: '#e2e-svg' });
    assert.equal(circles, 1);
    await vsc.screenshot('webview');
  });

  it('shows a built-in webview (Markdown preview)', async function () {
    await vsc.openFile('hello.md');
    await vsc.runCommand('Markdown: Open Preview to the Side');
    const h1 = await vsc.evaluateInWebview(() => document.querySelector('h1')?.textContent,
      undefined, { extensionId: 'vscode.markdown-language-features', selector: 'h1' });
    assert.equal(h1, 'Hello');
    const file = await vsc.screenshot('markdown-preview');
    assert.ok(fs.statSync(file).size > 10_000);
    assert.ok(file.startsWith(DEFAULT_RESULTS_DIR));
  });
});
