// Polling, sleeping and the "give up at once" error, shared by every part of the harness.

export const fatal = (message) => Object.assign(new Error(message), { fatal: true });
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const log = (...a) => { if (process.env.E2E_VERBOSE) console.error('[e2e]', ...a); };

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
