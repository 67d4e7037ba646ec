// The command-line tool end to end: a fresh `node bin/service-drama.cjs` process per run, start-up included.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarize } from './stats.mjs';

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'service-drama.cjs');

/** Runs the CLI once; resolves with its exit code, output and wall time from spawn to exit. */
export function runCli(args) {
    return new Promise((resolve, reject) => {
        const start = performance.now();
        const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', chunk => stdout.push(chunk));
        child.stderr.on('data', chunk => stderr.push(chunk));
        child.on('error', reject);
        child.on('close', code => resolve({
            code,
            elapsed: performance.now() - start,
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8')
        }));
    });
}

/** Times `args` over `warmup + runs` runs; the last run's exit code and output come with the summary. */
export async function measureCli(args, { warmup, runs }) {
    const samples = [];
    let last;
    for (let i = 0; i < warmup + runs; i++) {
        last = await runCli(args);
        if (i >= warmup) {
            samples.push(last.elapsed);
        }
    }
    return { ...summarize(samples), code: last.code, stdout: last.stdout, stderr: last.stderr };
}
