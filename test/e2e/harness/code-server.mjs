// code-server: a fresh profile (user data, extensions, config, XDG folders, log file in one temp
// folder), installing a .vsix into it, and starting the server on a free loopback port.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { freePort, killGroup, trackGroup, untrackGroup } from './processes.mjs';
import { ensureSetup } from './setup.mjs';
import { fatal, log, waitFor } from './wait.mjs';

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
  await fsp.mkdir(path.join(dirs.xdg, 'home'), { recursive: true });
  await fsp.mkdir(path.join(root, 'tmp'), { recursive: true });
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
  // A home and a temp folder of its own too: nothing of the user's (or CI's) home folder leaks into
  // a run, and what code-server leaves in TMPDIR (IPC sockets, TypeScript's cache) goes with the profile.
  env.HOME = path.join(profile.xdg, 'home');
  env.TMPDIR = path.join(profile.root, 'tmp');
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
    trackGroup(child.pid);
    let text = '';
    child.stdout.on('data', (d) => { text += d; });
    child.stderr.on('data', (d) => { text += d; });
    const timer = setTimeout(() => { killGroup(child.pid, 1000); reject(new Error(`install-extension timed out:\n${text}`)); }, timeout);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer); untrackGroup(child.pid);
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
  trackGroup(child.pid);
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

/** Text of the (server-side) extension host logs of a profile: activation lines, extension errors. */
export async function extensionHostLog(profile) {
  const files = [];
  const walk = async (d) => { for (const e of await fsp.readdir(d, { withFileTypes: true }).catch(() => [])) { const p = path.join(d, e.name); if (e.isDirectory()) await walk(p); else if (/exthost\.log$/i.test(e.name)) files.push(p); } };
  await walk(path.join(profile.userData, 'logs'));
  return (await Promise.all(files.map((f) => fsp.readFile(f, 'utf8').catch(() => '')))).join('\n');
}

/** Copies code-server's output and VS Code's logs (ext host, output channels) of a profile into dest. */
export async function copyLogs(profile, dest) {
  await fsp.mkdir(dest, { recursive: true });
  await fsp.cp(profile.logFile, path.join(dest, 'code-server.log')).catch(() => {});
  await fsp.cp(path.join(profile.userData, 'logs'), path.join(dest, 'vscode-logs'), { recursive: true }).catch(() => {});
  return dest;
}
