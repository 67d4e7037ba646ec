// The language server's memory on one very large spec, and what it keeps once the spec is small again.
//   npm run build && node bench/large-document.mjs [--megabytes 50]
// Not part of `npm run bench` (a 50 MB spec takes minutes). Opens a spec of copies of an example,
// asks what an editor asks of it (completion at its end, hover, symbols, semantic tokens, folding,
// CodeLens), then replaces its text with 180 KB, and reports the peak resident set and, after a full
// garbage collection, the heap still in use: right after the shrink and once V8 has given back its pages.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { LspTestClient } from '../out/test/support/lsp-client.js';

const { values } = parseArgs({ options: { megabytes: { type: 'string', default: '50' }, server: { type: 'string' } } });
const BENCH = path.dirname(fileURLToPath(import.meta.url));
const example = fs.readFileSync(path.join(BENCH, '..', 'examples', 'hotpot-checkout.drama'), 'utf8');

/** Copies of the example up to `bytes`; services and norms keep their names, so the duplicates are reported too. */
function spec(bytes) {
    const copies = Math.ceil(bytes / example.length);
    return Array.from({ length: copies }, () => example).join('\n');
}

const probe = path.join(os.tmpdir(), `service-drama-probe-${process.pid}.json`);
process.env.SERVICE_DRAMA_MEMORY_PROBE = probe;
const client = await LspTestClient.start({
    serverPath: values.server, execArgv: ['--expose-gc', '--require', path.join(BENCH, 'memory-probe.cjs')]
});
const pid = client.process.pid;
const megabytes = value => Math.round(value / 1e6);
const peakResident = () => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;

/** The server's memory after a full collection (through the probe). */
async function afterGc() {
    fs.rmSync(probe, { force: true });
    process.kill(pid, 'SIGUSR2');
    while (!fs.existsSync(probe)) await new Promise(resolve => setTimeout(resolve, 50));
    const usage = JSON.parse(fs.readFileSync(probe, 'utf8'));
    return `heap used ${megabytes(usage.heapUsed)} MB, resident ${megabytes(usage.rss)} MB`;
}

try {
    const uri = 'file:///bench/large.drama';
    const text = spec(Number(values.megabytes) * 1e6);
    let started = Date.now();
    await client.open(uri, text);
    console.log(`opened ${megabytes(text.length)} MB (${text.split('\n').length} lines): diagnostics in ${Date.now() - started} ms`);
    const last = { line: text.split('\n').length - 1, character: 0 };
    for (const [method, position] of [['textDocument/completion', last], ['textDocument/hover', { line: 5, character: 4 }],
        ['textDocument/documentSymbol'], ['textDocument/semanticTokens/full'], ['textDocument/foldingRange'], ['textDocument/codeLens']]) {
        started = Date.now();
        await client.connection.sendRequest(method, { textDocument: { uri }, ...(position ? { position } : {}) });
        console.log(`  ${method}: ${Date.now() - started} ms`);
    }
    console.log(`large: ${await afterGc()}; peak resident ${megabytes(peakResident())} MB`);
    await client.replace(uri, 2, spec(180e3));
    console.log(`shrunk to 180 KB: ${await afterGc()}`);
    await new Promise(resolve => setTimeout(resolve, 15000));
    console.log(`15 s later: ${await afterGc()}; peak resident ${megabytes(peakResident())} MB`);
} finally {
    fs.rmSync(probe, { force: true });
    await client.stop();
}
