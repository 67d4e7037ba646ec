// The page object's problems part: the status bar counts and the Problems panel.
// Mixed into VSCode.prototype (workbench.mjs); `this` is the session.
import { waitFor } from './wait.mjs';

export const problemsMethods = {
  /** Counts from the status bar's problems item (aria-label e.g. "Errors: 1, Warnings: 2"). */
  async problems() {
    const label = (await this.page.locator('[id="status.problems"]').first().getAttribute('aria-label', { timeout: 10_000 }).catch(() => null))
      ?? (await this.page.locator('[id="status.problems"] a, [id="status.problems"] .statusbar-item-label').first().getAttribute('aria-label').catch(() => '')) ?? '';
    const num = (re) => { const m = label.match(re); return m ? Number(m[1]) : 0; };
    return { errors: num(/Errors?:\s*(\d+)/i), warnings: num(/Warnings?:\s*(\d+)/i), infos: num(/Infos?:\s*(\d+)/i), label };
  },

  async waitForProblems(pred, { timeout = 30_000 } = {}) {
    let last;
    try {
      return await waitFor(async () => { last = await this.problems(); return pred(last) && last; }, { timeout, message: 'problems' });
    } catch (e) { throw new Error(`${e.message}; last status: ${JSON.stringify(last)}`, { cause: e }); }
  },

  /** Opens the Problems panel and returns its rows' aria-labels (file rows and marker rows). */
  async problemsList({ timeout = 10_000 } = {}) {
    await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)').catch(async () => { await this.press('Control+Shift+M'); });
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    await waitFor(async () => (await rows.count()) > 0 || (await this.page.locator('.markers-panel .message-box-container:visible').count()) > 0,
      { timeout, message: 'Problems panel' }).catch(() => {});
    return rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || e.textContent.trim()));
  },
};
