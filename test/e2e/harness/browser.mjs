// Debian's Chromium through playwright-core, and the workbench page in it.
import path from 'node:path';
import { childPids, trackGroup } from './processes.mjs';
import { CHROMIUM } from './setup.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage',
  '--disable-component-update', '--disable-default-apps', '--disable-sync', '--no-first-run',
  '--mute-audio', '--password-store=basic', '--use-mock-keychain', '--lang=en-US',
];

/** Launches Debian's Chromium through playwright-core. */
export async function launchBrowser({ headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  const before = new Set(childPids(path.basename(CHROMIUM)));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless, args: CHROMIUM_ARGS, timeout: 60_000 });
  // playwright starts Chromium as a direct child in a process group of its own; note its pid so
  // that stop() and the watchdog can kill it whatever happens to the connection.
  browser.__pid = childPids(path.basename(CHROMIUM)).find((p) => !before.has(p));
  trackGroup(browser.__pid);
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
