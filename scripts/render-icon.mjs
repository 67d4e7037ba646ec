// Renders docs/images/icon.svg to the 128×128 PNG the extension manifest needs (run after editing the SVG).
// Needs Debian's Chromium (scripts/e2e/setup.sh installs it): node scripts/render-icon.mjs
import { chromium } from 'playwright-core';
import fs from 'node:fs';
const svg = fs.readFileSync(new URL('../docs/images/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: new URL('../docs/images/icon.png', import.meta.url).pathname, omitBackground: true });
await browser.close();
