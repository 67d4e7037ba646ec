// Repeated timing with warm-up, and the summary every benchmark reports: median and spread.

/** Forces a full collection when node runs with --expose-gc, so one run's garbage is not billed to the next. */
export function collectGarbage() {
    if (typeof globalThis.gc === 'function') {
        globalThis.gc();
    }
}

/** Median, quartiles and range of a list of milliseconds. */
export function summarize(samples) {
    const sorted = [...samples].sort((a, b) => a - b);
    const at = fraction => {
        const position = (sorted.length - 1) * fraction;
        const low = Math.floor(position);
        const high = Math.ceil(position);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    };
    return {
        runs: sorted.length,
        median: at(0.5),
        q1: at(0.25),
        q3: at(0.75),
        min: sorted[0],
        max: sorted[sorted.length - 1],
        samples: samples.map(round)
    };
}

/**
 * Runs `prepare` (untimed), then times `run`, `warmup + runs` times; `cleanup` (untimed) follows each run.
 * `run` may return its own duration in ms (for work timed inside), otherwise its wall time counts.
 *
 * Garbage is collected once before the warm-up, not between runs: runs follow each other as builds do
 * in a busy language server, each paying for the collection of what the previous ones left. (A forced
 * full collection before every run was tried: it shrinks the heap and makes the next run slower, by
 * 1.5–3× on a 5,000-line build, which measures V8 regrowing its heap rather than the build.)
 */
export async function measure({ warmup, runs, prepare, run, cleanup }) {
    const samples = [];
    collectGarbage();
    for (let i = 0; i < warmup + runs; i++) {
        const input = prepare ? await prepare(i) : undefined;
        const start = performance.now();
        const reported = await run(input, i);
        const elapsed = typeof reported === 'number' ? reported : performance.now() - start;
        if (cleanup) {
            await cleanup(input, i);
        }
        if (i >= warmup) {
            samples.push(elapsed);
        }
    }
    return summarize(samples);
}

export function round(value, digits = 2) {
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
}

/** "12.3 ms (11.9–13.0)": the median and the range of a summary. */
export function formatMs(summary) {
    return `${formatNumber(summary.median)} ms (${formatNumber(summary.min)}–${formatNumber(summary.max)})`;
}

export function formatNumber(value) {
    if (value >= 100) {
        return value.toFixed(0);
    }
    return value >= 10 ? value.toFixed(1) : value.toFixed(2);
}
