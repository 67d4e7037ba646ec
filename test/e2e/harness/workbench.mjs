// The workbench page object: a session of code-server + Chromium on one workspace (start, stop),
// the keyboard, Quick Open, the command palette, the extension host log, notifications, screenshots
// and logs. The editor, problems and webview parts live in their own files and are mixed in below.
import fsp from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, openWorkbench } from './browser.mjs';
import { copyLogs, extensionHostLog, installExtension, makeProfile, startCodeServer } from './code-server.mjs';
import { editorMethods } from './editor.mjs';
import { problemsMethods } from './problems.mjs';
import { killGroup, watchdog } from './processes.mjs';
import { ACTIVE_EDITOR, QUICK_INPUT } from './selectors.mjs';
import { DEFAULT_RESULTS_DIR, ensureSetup } from './setup.mjs';
import { webviewMethods } from './webview.mjs';
import { fatal, log, waitFor } from './wait.mjs';

/** Starts code-server and Chromium on a copy of the workspace; options and members in test/e2e/README.md. */
export async function startVSCode(opts = {}) {
  const vsc = new VSCode(opts);
  try { await vsc._start(); } catch (e) {
    try { await vsc.screenshot('startup-failure'); } catch { /* no page */ }
    try { await vsc.collectLogs(); } catch { /* nothing */ }
    await vsc.stop();
    throw e;
  }
  return vsc;
}

export class VSCode {
  constructor(opts) {
    if (!opts.workspace) throw new Error('startVSCode: workspace is required');
    this.opts = { copyWorkspace: true, settings: {}, name: 'e2e', resultsDir: DEFAULT_RESULTS_DIR, headless: true, ...opts };
    this.name = this.opts.name;
    this.resultsDir = this.opts.resultsDir;
    this.timings = {};
    this._stopped = false;
  }

  async _start() {
    const t0 = Date.now();
    const tools = ensureSetup();
    this.timings.setupMs = Date.now() - t0;
    this.dirs = await makeProfile({ settings: this.opts.settings });
    if (this.opts.copyWorkspace) {
      this.workspace = path.join(this.dirs.root, 'workspace');
      await fsp.cp(this.opts.workspace, this.workspace, { recursive: true });
    } else {
      this.workspace = path.resolve(this.opts.workspace);
    }
    this.dirs.workspace = this.workspace;
    const vsixes = [this.opts.vsix].flat().filter(Boolean);
    let t = Date.now();
    for (const v of vsixes) await installExtension(this.dirs, v, { tools });
    this.timings.installMs = Date.now() - t;
    t = Date.now();
    this.server = await startCodeServer({ profile: this.dirs, workspace: this.workspace, tools, env: this.opts.env, timeout: this.opts.startTimeout });
    this.port = this.server.port;
    this.url = this.server.url;
    this.timings.serverHttpMs = Date.now() - t;
    const tb = Date.now();
    this.browser = await launchBrowser({ headless: this.opts.headless });
    this.timings.browserLaunchMs = Date.now() - tb;
    this.watchdogPid = watchdog([this.server.pid, this.browser.__pid], { rmDir: process.env.E2E_KEEP ? undefined : this.dirs.root });
    this.page = await openWorkbench(this.browser, this.url, { viewport: this.opts.viewport, timeout: this.opts.startTimeout });
    this.timings.workbenchReadyMs = Date.now() - t; // code-server start -> workbench ready
    this.timings.totalMs = Date.now() - t0;
    log('timings', this.timings);
  }

  // -- keyboard ------------------------------------------------------------------------------

  async press(key) { await this.page.keyboard.press(key); }
  async type(text, { delay = 10 } = {}) { await this.page.keyboard.type(text, { delay }); }


  async reloadWindow({ timeout = 120_000 } = {}) {
    const reloaded = this.page.waitForEvent('framenavigated', { predicate: (frame) => frame === this.page.mainFrame(), timeout });
    await this.runCommand('Developer: Reload Window').catch(() => {}); // the palette goes with the page
    await reloaded;
    await this.page.waitForSelector('.monaco-workbench .part.statusbar', { timeout });
  }

  async save() {
    await this._focusEditor();
    await this.press('Control+S');
    await this.page.locator('.editor-group-container.active .tab.active.dirty').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  }

  async _quickInput(prefixKey) {
    // Close whatever quick input is open first, then open it afresh.
    if (await this.page.locator(`${QUICK_INPUT}:visible`).count()) { await this.press('Escape'); }
    await this.page.locator('.monaco-workbench').first().waitFor();
    await this._leaveWebview();
    await this.press(prefixKey);
    const input = this.page.locator(`${QUICK_INPUT} .quick-input-box input`);
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    return input;
  }

  /** Quick Open (Ctrl+P) a file by name; waits until it is the active editor. */
  async openFile(name, { timeout = 20_000 } = {}) {
    const base = path.basename(name);
    await waitFor(async () => {
      const input = await this._quickInput('Control+P');
      await input.fill(name);
      // Wait for the *focused* row to be the file: right after typing, the list still shows the
      // editor history, whose focused entry Enter would reopen instead.
      const row = this.page.locator(`${QUICK_INPUT} .monaco-list-row.focused`).filter({ hasText: base }).first();
      try { await row.waitFor({ state: 'visible', timeout: 5000 }); } catch { await this.press('Escape'); return false; }
      await this.press('Enter');
      return true;
    }, { timeout, interval: 500, message: `${name} in Quick Open` });
    await this.page.locator(`.editor-group-container.active .tab.active[aria-label*="${cssAttr(base)}"]`).first()
      .waitFor({ timeout });
    await this.page.locator(`${ACTIVE_EDITOR} .view-line`).first().waitFor({ timeout });
    await this.page.locator(`${ACTIVE_EDITOR} textarea, ${ACTIVE_EDITOR} .native-edit-context`).first().focus().catch(() => {});
  }

  /** F1, type the command's label, run the row whose label matches: exactly, else ending in
   *  ": label", else containing it (case-insensitive). Returns the label run. */
  async runCommand(label, { timeout = 10_000 } = {}) {
    const input = await this._quickInput('F1');
    await input.fill(`>${label}`);
    const rows = this.page.locator(`${QUICK_INPUT} .monaco-list-row`);
    const want = label.toLowerCase();
    let labels = [];
    const idx = await waitFor(async () => {
      labels = await rows.evaluateAll((els) => els.map((e) => (e.querySelector('.label-name')?.textContent ?? e.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim()));
      const lower = labels.map((l) => l.toLowerCase());
      for (const test of [(l) => l === want, (l) => l.endsWith(`: ${want}`), (l) => l.includes(want)]) {
        const i = lower.findIndex(test);
        if (i >= 0) return i + 1;
      }
      return false;
    }, { timeout, message: `command "${label}" in the palette` }).catch((e) => { throw new Error(`${e.message}; rows: ${JSON.stringify(labels)}`); });
    await rows.nth(idx - 1).click();
    await this.page.locator(`${QUICK_INPUT}:visible`).waitFor({ state: 'hidden', timeout }).catch(() => {});
    return labels[idx - 1];
  }

  /** Ctrl+G to line (1-based) and optional column in the active editor. Throws if the quick input
   *  stays open (no text editor is active, e.g. a webview's group is), rather than letting the next
   *  keys land in it. */
  async goTo(line, column) {
    await this._focusEditor();
    const input = await this._quickInput('Control+G');
    await input.fill(`:${line}${column ? `:${column}` : ''}`);
    await this.press('Enter');
    const quickInput = this.page.locator(`${QUICK_INPUT}:visible`);
    try { await quickInput.waitFor({ state: 'hidden', timeout: 5000 }); } catch {
      const says = (await quickInput.innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
      await this.press('Escape');
      throw new Error(`goTo(${line}${column ? `, ${column}` : ''}): the quick input stayed open ("${says}"); is a text editor active?`);
    }
  }

  /** Makes the editor of an open file active and gives it the keyboard, as a click on its tab does.
   *  Needed after a click into a webview: the webview's group is then active, and keys go there. */
  async focusEditor(name, { timeout = 10_000 } = {}) {
    const base = path.basename(name);
    const tab = this.page.locator(`.editor-group-container .tab[data-resource-name="${cssAttr(base)}"]`).first();
    await waitFor(async () => {
      await tab.click({ timeout: 2000 });
      await this._focusEditor();
      return this.page.evaluate(({ editor, base }) => {
        const active = document.querySelector('.editor-group-container.active .tab.active');
        return active?.getAttribute('data-resource-name') === base && !!document.activeElement?.closest(editor);
      }, { editor: ACTIVE_EDITOR, base });
    }, { timeout, interval: 300, message: `the editor of ${base} active, with the keyboard focus` });
  }

  /** Keys typed while a webview has focus go to its iframe: move focus back to the workbench. */
  async _leaveWebview() {
    await this.page.evaluate(() => {
      const a = document.activeElement;
      if (a && a.tagName === 'IFRAME') a.blur();
    }).catch(() => {});
  }

  async _focusEditor() {
    await this.page.locator(`${ACTIVE_EDITOR} textarea, ${ACTIVE_EDITOR} .native-edit-context`).first().focus({ timeout: 5000 }).catch(() => {});
  }

  // -- extension host --------------------------------------------------------------------------

  /** Text of the (server-side) extension host log: activation lines, extension errors. */
  async extensionHostLog() { return extensionHostLog(this.dirs); }

  /** Waits until the extension host log says extensionId (publisher.name) was activated;
   *  throws at once if it says its activation failed. */
  async waitForActivation(extensionId, { timeout = 60_000 } = {}) {
    const id = extensionId.toLowerCase();
    return waitFor(async () => {
      const text = await this.extensionHostLog();
      const lines = text.split('\n').filter((l) => l.toLowerCase().includes(id));
      const failed = lines.find((l) => /Activating extension .* failed|failed to activate|\[error\]/i.test(l));
      if (failed) throw fatal(`${extensionId} failed to activate: ${failed}`);
      return lines.find((l) => l.includes('_doActivateExtension') || /Extension activated/i.test(l));
    }, { timeout, interval: 300, message: `activation of ${extensionId}` });
  }

  // -- notifications -------------------------------------------------------------------------

  async notifications() {
    return this.page.locator('.notifications-toasts .notification-toast, .notification-list-item').evaluateAll(
      (els) => els.map((e) => e.getAttribute('aria-label') || e.textContent.trim()));
  }

  async clearNotifications() { await this.runCommand('Notifications: Clear All Notifications').catch(() => {}); }

  // -- artefacts -----------------------------------------------------------------------------

  async screenshot(name) {
    if (!this.page) return undefined;
    await fsp.mkdir(this.resultsDir, { recursive: true });
    const file = path.join(this.resultsDir, `${safe(this.name)}-${safe(name)}.png`);
    await this.page.screenshot({ path: file, timeout: 15_000 });
    return file;
  }

  /** Copies code-server's output and VS Code's logs (ext host, output channels) to resultsDir. */
  async collectLogs(dest = path.join(this.resultsDir, `${safe(this.name)}-logs`)) {
    if (!this.dirs) return undefined;
    await copyLogs(this.dirs, dest);
    if (this.page?.__consoleErrors?.length) await fsp.writeFile(path.join(dest, 'browser-console-errors.txt'), this.page.__consoleErrors.join('\n'));
    return dest;
  }

  async stop() {
    if (this._stopped) return;
    this._stopped = true;
    const t = Date.now();
    if (this.browser) {
      let timer;
      await Promise.race([this.browser.close().catch(() => {}), new Promise((r) => { timer = setTimeout(r, 10_000); })]);
      clearTimeout(timer);
      if (this.browser.__pid) await killGroup(this.browser.__pid, 2000);
    }
    if (this.server) await killGroup(this.server.pid);
    if (this.watchdogPid) await killGroup(this.watchdogPid, 500);
    if (this.dirs && !process.env.E2E_KEEP) await fsp.rm(this.dirs.root, { recursive: true, force: true }).catch(() => {});
    log(`stopped in ${Date.now() - t} ms`);
  }
}

Object.assign(VSCode.prototype, editorMethods, problemsMethods, webviewMethods);

/** In a mocha afterEach: `await screenshotOnFailure(this, vsc)` saves a screenshot and the logs. */
export async function screenshotOnFailure(ctx, vsc) {
  const test = ctx.currentTest;
  if (!vsc || !test || test.state !== 'failed') return;
  try { console.error(`    screenshot: ${await vsc.screenshot(`FAILED-${test.title}`)}`); } catch (e) { console.error(`    (no screenshot: ${e.message})`); }
  try { console.error(`    logs: ${await vsc.collectLogs()}`); } catch { /* ignore */ }
}

function safe(s) { return String(s).replace(/[^\w.-]+/g, '_').slice(0, 100); }
function cssAttr(s) { return String(s).replace(/["\\]/g, '\\$&'); }
