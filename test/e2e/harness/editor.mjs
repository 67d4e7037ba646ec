// The page object's editor part: the active editor's text, the cursor, hovers and completion.
// Mixed into VSCode.prototype (workbench.mjs); `this` is the session.
import { ACTIVE_EDITOR } from './selectors.mjs';
import { sleep, waitFor } from './wait.mjs';

export const editorMethods = {
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
  },

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
  },

  async waitForText(text, { timeout = 20_000 } = {}) {
    return waitFor(async () => {
      const joined = (await this.visibleLines()).join('\n');
      return (text instanceof RegExp ? text.test(joined) : joined.includes(text)) && joined;
    }, { timeout, message: `editor text ${text}` });
  },

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
  },

  /** Click into word (nth occurrence); offset = characters from its start (default: its middle). */
  async placeCursor(word, { nth = 0, offset } = {}) {
    const r = await this.wordRect(word, { nth, offset });
    await this.page.mouse.click(r.cx, r.cy);
    return r;
  },

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
  },

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
  },

  async hideHover() {
    await this.page.mouse.move(2, 2);
    await this.press('Escape');
    await sleep(50);
  },

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
  },

  async closeSuggest() { await this.press('Escape'); },

  // -- code actions --------------------------------------------------------------------------

  /** Ctrl+. at the cursor, then clicks the code action whose row contains label. The mouse moves
   *  off the text first (a hover opening over the word can cover the menu); when no menu with the
   *  action shows within a few seconds, the menu is closed and Ctrl+. pressed again. */
  async codeAction(label, { timeout = 30_000 } = {}) {
    const row = this.page.locator('.action-widget .monaco-list-row').filter({ hasText: label }).first();
    let rows = [];
    await this.page.mouse.move(2, 2);
    await waitFor(async () => {
      if (!(await row.isVisible())) {
        if (await this.page.locator('.action-widget').first().isVisible()) await this.press('Escape');
        await this.press('Control+.');
      }
      try { await row.waitFor({ state: 'visible', timeout: 5000 }); } catch {
        rows = await this.page.locator('.action-widget .monaco-list-row').allInnerTexts().catch(() => []);
        return false;
      }
      return true;
    }, { timeout, interval: 100, message: `the code action "${label}"` })
      .catch((e) => { throw new Error(`${e.message}; the menu showed: ${JSON.stringify(rows)}`); });
    await row.click();
  },
};
