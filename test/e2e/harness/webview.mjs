// The page object's webview part: finding a webview's content frame and running code in it.
// Mixed into VSCode.prototype (workbench.mjs); `this` is the session.
import { waitFor } from './wait.mjs';

export const webviewMethods = {
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
  },

  /** frame.evaluate in the webview; retried while the frame is being replaced (content reloads). */
  async evaluateInWebview(fn, arg, opts = {}) {
    let result;
    await waitFor(async () => {
      const frame = await this.webviewFrame(opts);
      result = await frame.evaluate(fn, arg);
      return true;
    }, { timeout: opts.timeout ?? 30_000, interval: 300, message: 'evaluate in webview' });
    return result;
  },
};
