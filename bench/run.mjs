// `npm run bench`: how fast the language server, the linter and the blueprint are, against a peer.
// Generates workspaces (bench/work/, gitignored), measures, and writes bench/results.md and
// bench/results.json. `--quick` runs fewer repetitions and edits, for development; `--only=` followed by
// some of build,cli,lsp,blueprint,survey,memory runs those sections and writes bench/work/results-partial.*.
// Run with `node --expose-gc --require ./scripts/object-groupby.cjs bench/run.mjs` after `npm run build`.
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBlueprint } from './blueprint.mjs';
import { createServiceDramaBuilder } from './build.mjs';
import { measureCli, runCli } from './cli.mjs';
import { faultySample, generateLargeService, generateSpec, generateWorkspace, missingFindings } from './generate.mjs';
import { measureEditing, measureMemory } from './lsp.mjs';
import { createPeerBuilder, matchingDomainModels } from './peer.mjs';
import { writeResults } from './report.mjs';
import { measureSurvey } from './survey.mjs';
import { totalBytes, totalLines, writeWorkspace } from './workspace.mjs';

const quick = process.argv.includes('--quick');
const only = process.argv.find(arg => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const wants = section => !only || only.includes(section);

const settings = quick
    ? { small: { warmup: 1, runs: 5 }, large: { warmup: 1, runs: 5 }, cli: { warmup: 1, runs: 5 }, lsp: { warmup: 3, runs: 10 }, memory: { edits: 200, checkpoints: 50 } }
    : { small: { warmup: 3, runs: 10 }, large: { warmup: 2, runs: 5 }, cli: { warmup: 1, runs: 5 }, lsp: { warmup: 10, runs: 40 }, memory: { edits: 2000, checkpoints: 500 } };

const BENCH_DIRECTORY = path.dirname(fileURLToPath(import.meta.url));
const log = message => console.log(`[bench] ${message}`);

const results = {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        os: `${os.type()} ${os.release()} ${os.arch()}`,
        node: process.version,
        loadAverageAtStart: os.loadavg()
    }
};

const ours = createServiceDramaBuilder();

// The 1-minute load average as each section starts and ends: the machine may be shared, and timings
// are read against it.
results.load = {};
const noteLoad = (section, moment) => {
    (results.load[section] ??= {})[moment] = os.loadavg()[0];
};

// 1. The check that no figure below comes from skipping work: a spec with known mistakes must produce
//    the findings the tests expect, through the same services that are timed.
results.sample = await checkSample();
log(`sample check: ${results.sample.passed ? 'passed' : `FAILED, missing ${results.sample.missing.join('; ')}`}`);

// 2. Full builds and parse-only of growing workspaces, ours and the peer's, per KB.
if (wants('build')) {
    noteLoad('build', 'start');
    const peer = await createPeerBuilder();
    results.peerName = peer.name;
    const workloads = [
        ['1 file × 100 lines', () => generateWorkspace(1, 100)],
        ['10 files × 100 lines', () => generateWorkspace(10, 100)],
        ['100 files × 100 lines', () => generateWorkspace(100, 100)],
        ['1,000 files × 100 lines', () => generateWorkspace(1000, 100)],
        ['1 file × 500 lines', () => [{ name: 'large.drama', text: generateSpec(0, 1, 500) }]],
        ['1 file × 5,000 lines', () => [{ name: 'large.drama', text: generateSpec(0, 1, 5000) }]],
        ['1 file × 50,000 lines', () => [{ name: 'large.drama', text: generateSpec(0, 1, 50000) }]]
    ];
    results.builds = [];
    for (const [label, generate] of workloads) {
        const files = generate();
        const bytes = totalBytes(files);
        const repeat = bytes > 1_000_000 ? settings.large : settings.small;
        log(`build ${label} (${Math.round(bytes / 1024)} KB)`);
        const { full, phases, diagnostics } = await ours.builder.measureFullBuild(files, repeat);
        const parse = await ours.builder.measureParse(files, repeat);
        const peerFiles = matchingDomainModels(files);
        const peerBuild = await peer.builder.measureFullBuild(peerFiles, repeat);
        const peerParse = await peer.builder.measureParse(peerFiles, repeat);
        results.builds.push({
            label,
            files: files.length,
            lines: totalLines(files),
            bytes,
            full,
            parse,
            phases,
            diagnostics: countDiagnostics(diagnostics),
            peer: {
                bytes: totalBytes(peerFiles),
                lines: totalLines(peerFiles),
                full: peerBuild.full,
                parse: peerParse,
                diagnostics: countDiagnostics(peerBuild.diagnostics)
            }
        });
    }
    noteLoad('build', 'end');
}

// 3. The CLI end to end on 1,000 files, start-up included.
if (wants('cli')) {
    noteLoad('cli', 'start');
    const files = generateWorkspace(1000, 100);
    const directory = writeWorkspace('ws-1000', files);
    log('CLI: start-up alone (--version)');
    const startup = await measureCli(['--version'], settings.cli);
    log('CLI: lint 1,000 files');
    // The workspaces are written below bench/work/, which the repository's .gitignore lists: without
    // --no-ignore the CLI (which honours .gitignore) would skip every file and time nothing.
    const lint = await measureCli(['lint', '--no-ignore', directory], settings.cli);
    if (!/\b1,?000 files\b/.test(lint.stdout)) throw new Error(`the CLI did not lint the 1,000 files: ${lint.stdout.slice(-300)}`);
    const samplePath = path.join(writeWorkspace('faulty', [{ name: 'faulty.drama', text: faultySample().text }]), 'faulty.drama');
    const faulty = await runCli(['lint', '--no-ignore', '--format', 'json', samplePath]);
    const printed = JSON.parse(faulty.stdout).flatMap(file => file.messages).map(message => ({
        range: { start: { line: message.line - 1 } },
        code: message.ruleId,
        severity: message.severity === 'error' ? 1 : 2,
        message: message.message
    }));
    const missing = missingFindings(faultySample().expected, printed);
    results.cli = {
        files: files.length,
        lines: totalLines(files),
        bytes: totalBytes(files),
        startup: withoutOutput(startup),
        lint: { ...withoutOutput(lint), lastLines: lint.stdout.trim().split('\n').slice(-2) },
        sample: { code: faulty.code, passed: faulty.code === 1 && missing.length === 0, missing }
    };
    noteLoad('cli', 'end');
}

// 4. The language server over stdio: edits, hover and completion in a 5,000-line file among 200 files.
if (wants('lsp')) {
    noteLoad('lsp', 'start');
    const files = generateWorkspace(200, 100);
    files[files.length - 1] = { name: 'large.drama', text: generateSpec(files.length - 1, files.length, 5000) };
    const directory = writeWorkspace('lsp-200', files);
    log('language server: edits, hover and completion');
    results.lsp = {
        files: files.length,
        lines: totalLines(files),
        largeFileLines: totalLines([files[files.length - 1]]),
        ...await measureEditing(directory, 'large.drama', settings.lsp)
    };
    noteLoad('lsp', 'end');
}

// 5. The blueprint of a 300-touchpoint service: model and SVG.
if (wants('blueprint')) {
    noteLoad('blueprint', 'start');
    log('blueprint of a 300-touchpoint service');
    results.blueprint = await measureBlueprint(ours, generateLargeService(300), settings.small);
    noteLoad('blueprint', 'end');
}

// 6. Measured quality: a 100,000-row survey over the 300-touchpoint service, read, checked and turned into gaps.
if (wants('survey')) {
    noteLoad('survey', 'start');
    log('survey of 100,000 rows over a 300-touchpoint service');
    results.survey = await measureSurvey(ours, generateLargeService(300), settings.large);
    noteLoad('survey', 'end');
}

// 7. Language server memory on a 100,000-line workspace, and over thousands of edits.
if (wants('memory')) {
    noteLoad('memory', 'start');
    const files = generateWorkspace(1000, 100);
    const directory = writeWorkspace('ws-1000', files);
    log(`language server memory: ${settings.memory.edits} edits`);
    results.memory = {
        files: files.length,
        lines: totalLines(files),
        bytes: totalBytes(files),
        ...await measureMemory(directory, 'spec-0500.drama', settings.memory)
    };
    noteLoad('memory', 'end');
}

results.machine.loadAverageAtEnd = os.loadavg();
const written = writeResults(results, BENCH_DIRECTORY, { partial: Boolean(only) });
log(`results written to ${written.join(' and ')}`);

/** Builds the faulty sample with the timed services and compares its findings with the expected ones. */
async function checkSample() {
    const sample = faultySample();
    const { documents } = await ours.builder.buildOnce([{ name: 'faulty.drama', text: sample.text }], 'sample');
    const diagnostics = documents[0].diagnostics ?? [];
    await ours.builder.remove(documents);
    const missing = missingFindings(sample.expected, diagnostics);
    return {
        passed: missing.length === 0,
        expected: sample.expected.length,
        missing,
        diagnostics: diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code ?? ''} ${d.message}`.replace(/\s+/g, ' '))
    };
}

function countDiagnostics(diagnostics = []) {
    const bySeverity = { errors: 0, warnings: 0, other: 0 };
    const byCode = {};
    for (const diagnostic of diagnostics) {
        const key = diagnostic.severity === 1 ? 'errors' : diagnostic.severity === 2 ? 'warnings' : 'other';
        bySeverity[key]++;
        const code = String(diagnostic.code ?? diagnostic.message.slice(0, 60));
        byCode[code] = (byCode[code] ?? 0) + 1;
    }
    return { ...bySeverity, byCode };
}

function withoutOutput({ stdout: _stdout, stderr: _stderr, ...rest }) {
    return rest;
}
