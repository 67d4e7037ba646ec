// The real language server (dist/server.cjs) over stdio, driven with LSP messages as an editor would.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../out/test/support/lsp-client.js';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol';
import { faultySample, missingFindings } from './generate.mjs';
import { summarize } from './stats.mjs';
import { WORK_DIRECTORY } from './workspace.mjs';

const PROBE_SCRIPT = path.join(path.dirname(WORK_DIRECTORY), 'memory-probe.cjs');

/**
 * The pause before each timed edit, so that the server has finished with the previous one (which goes
 * on after the edited file's diagnostics: other files it affects, workspace-wide checks). Fast typing
 * is 100–200 ms a keystroke; back-to-back edits would time the previous edit's leftovers as well.
 */
const EDIT_INTERVAL = 50;

const pause = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Where in `text` a one-character edit goes: just inside the first `customer "` string at or after `fromLine`. */
function editPosition(text, fromLine) {
    const lines = text.split('\n');
    for (let line = fromLine; line < lines.length; line++) {
        const character = lines[line].indexOf('customer "');
        if (character >= 0) {
            return { line, character: character + 'customer "'.length };
        }
    }
    throw new Error('no customer action to edit');
}

/** Position of the first match of `pattern` at or after `fromLine`, `offset` characters into the match. */
function positionOf(text, fromLine, pattern, offset) {
    const lines = text.split('\n');
    for (let line = fromLine; line < lines.length; line++) {
        const match = pattern.exec(lines[line]);
        if (match) {
            return { line, character: match.index + offset };
        }
    }
    throw new Error(`no match for ${pattern}`);
}

/**
 * One-character edits at one place, alternating an inserted 'x' and its removal, sent as incremental
 * changes the way VS Code sends them; each resolves on the diagnostics published for the document.
 * `then`, when given, is sent right after the change (as an editor asks for completion while typing)
 * and its answer is timed instead of the diagnostics.
 */
function createEditor(client, uri, position) {
    let version = 1;
    return async function edit(then) {
        version++;
        const insert = version % 2 === 0;
        const end = insert ? position : { line: position.line, character: position.character + 1 };
        const published = client.nextDiagnostics(uri);
        const start = performance.now();
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version },
            contentChanges: [{ range: { start: position, end }, text: insert ? 'x' : '' }]
        });
        const answer = then ? await then() : undefined;
        const answered = performance.now();
        const diagnostics = await published;
        return { elapsed: (then ? answered : performance.now()) - start, diagnostics, answer };
    };
}

async function timeRequests(count, request) {
    const samples = [];
    let last;
    for (let i = 0; i < count; i++) {
        const start = performance.now();
        last = await request();
        samples.push(performance.now() - start);
    }
    return { samples, last };
}

/**
 * In a workspace folder holding a large file among others: time to the first diagnostics of the large
 * file after start-up, then the latency of a one-character edit to its fresh diagnostics, and of hover
 * and completion requests.
 */
export async function measureEditing(directory, largeFile, { warmup, runs }) {
    const started = performance.now();
    const client = await LspTestClient.start({ rootUri: pathToFileURL(directory).href });
    try {
        const file = path.join(directory, largeFile);
        const uri = pathToFileURL(file).href;
        const text = fs.readFileSync(file, 'utf8');
        const initialDiagnostics = await client.open(uri, text);
        const firstDiagnostics = performance.now() - started;
        const middle = Math.floor(text.split('\n').length / 2);

        const edit = createEditor(client, uri, editPosition(text, middle));
        const editSamples = [];
        let editDiagnostics = [];
        for (let i = 0; i < warmup + runs; i++) {
            await pause(EDIT_INTERVAL);
            const { elapsed, diagnostics } = await edit();
            if (i >= warmup) {
                editSamples.push(elapsed);
            }
            editDiagnostics = diagnostics;
        }
        if ((warmup + runs) % 2 === 1) {
            await edit(); // back to the original text before the requests below
        }

        const document = { uri };
        const requests = {
            'hover on an element keyword': { method: 'textDocument/hover', position: positionOf(text, middle, /expect (assurance|empathy|tangibles|reliability)/, 'expect '.length + 2) },
            'hover on a reference': { method: 'textDocument/hover', position: positionOf(text, middle, /^ {12}[A-Za-z\u4e00-\u9fff]+\d* "/, 13) },
            'completion of an element': { method: 'textDocument/completion', position: positionOf(text, middle, /expect /, 'expect '.length) },
            'completion in a touchpoint': { method: 'textDocument/completion', position: positionOf(text, middle, /^ {12}customer "/, 12) }
        };
        const latency = {};
        for (const [name, { method, position }] of Object.entries(requests)) {
            const send = () => client.connection.sendRequest(method, { textDocument: document, position });
            await timeRequests(warmup, send);
            const { samples, last } = await timeRequests(runs, send);
            latency[name] = { ...summarize(samples), answered: describeAnswer(last) };
        }
        // While typing, the editor asks for completion right after the change (and a hover may come as
        // soon): the answer waits for the document to be parsed and linked again.
        for (const name of ['hover on an element keyword', 'completion of an element']) {
            const { method, position } = requests[name];
            const askAfterEdit = () => client.connection.sendRequest(method, { textDocument: document, position });
            const samples = [];
            let answer;
            for (let i = 0; i < warmup + runs; i++) {
                await pause(EDIT_INTERVAL);
                const result = await edit(askAfterEdit);
                if (i >= warmup) samples.push(result.elapsed);
                answer = result.answer;
            }
            latency[`${name.split(' ')[0]} right after a one-character edit`] = { ...summarize(samples), answered: describeAnswer(answer) };
        }

        const sample = await checkSampleOverLsp(client, directory);
        return {
            firstDiagnostics,
            initialDiagnosticCount: initialDiagnostics.length,
            edit: { ...summarize(editSamples), diagnosticCount: editDiagnostics.length },
            latency,
            sample
        };
    } finally {
        await client.stop();
    }
}

/** Opens the faulty sample in the server and compares its published diagnostics with the expected findings. */
async function checkSampleOverLsp(client, directory) {
    const sample = faultySample();
    const diagnostics = await client.open(pathToFileURL(path.join(directory, 'faulty-sample.drama')).href, sample.text);
    const missing = missingFindings(sample.expected, diagnostics);
    return { passed: missing.length === 0, missing };
}

function describeAnswer(answer) {
    if (!answer) {
        return 'nothing';
    }
    if (Array.isArray(answer) || Array.isArray(answer.items)) {
        const items = Array.isArray(answer) ? answer : answer.items;
        return `${items.length} items`;
    }
    const contents = answer.contents;
    const value = typeof contents === 'string' ? contents : contents?.value ?? JSON.stringify(contents);
    return `${value.length} characters`;
}

function residentMemory(pid) {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = name => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: field('VmRSS'), peak: field('VmHWM') };
}

/** Asks the server (through the preloaded probe) to collect garbage and report its memory use. */
async function probe(client, probeFile) {
    fs.rmSync(probeFile, { force: true });
    client.process.kill('SIGUSR2');
    for (let waited = 0; waited < 10000; waited += 10) {
        if (fs.existsSync(probeFile)) {
            return JSON.parse(fs.readFileSync(probeFile, 'utf8'));
        }
        await new Promise(resolve => setTimeout(resolve, 10));
    }
    throw new Error('the language server did not answer the memory probe');
}

/**
 * Memory of the language server on a large workspace folder: resident set once the workspace is
 * loaded and a file is open, then over `edits` one-character edits (heap measured after a full GC).
 */
export async function measureMemory(directory, openFile, { edits, checkpoints }) {
    const probeFile = path.join(WORK_DIRECTORY, 'memory-probe.json');
    process.env.SERVICE_DRAMA_MEMORY_PROBE = probeFile;
    const client = await LspTestClient.start({
        rootUri: pathToFileURL(directory).href,
        execArgv: ['--expose-gc', '--require', PROBE_SCRIPT]
    });
    try {
        const file = path.join(directory, openFile);
        const uri = pathToFileURL(file).href;
        const text = fs.readFileSync(file, 'utf8');
        const started = performance.now();
        await client.open(uri, text);
        const loadTime = performance.now() - started;
        const samples = [];
        const sample = async (editCount) => {
            const raw = residentMemory(client.process.pid);
            const collected = await probe(client, probeFile);
            samples.push({
                edits: editCount, rss: raw.rss, rssAfterGc: collected.rss, heapUsedAfterGc: collected.heapUsed,
                heapTotalAfterGc: collected.heapTotal, externalAfterGc: collected.external
            });
        };
        await sample(0);
        const edit = createEditor(client, uri, editPosition(text, 0));
        const editSamples = [];
        for (let i = 1; i <= edits; i++) {
            editSamples.push((await edit()).elapsed);
            if (i % checkpoints === 0) {
                await sample(i);
            }
        }
        return { loadTime, samples, peakRss: residentMemory(client.process.pid).peak, edit: summarize(editSamples) };
    } finally {
        await client.stop();
        delete process.env.SERVICE_DRAMA_MEMORY_PROBE;
    }
}
