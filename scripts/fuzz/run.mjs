// Fuzzes the CLI and the language server with seeded random inputs, bounded in count and in time.
//   npm run fuzz -- [--seed N] [--count N] [--seconds N] [--only cli|server] [--batch N] [--cli FILE] [--server FILE]
// (--cli and --server fuzz another build of the CLI or the server, e.g. to check that a finding is fixed).
// Needs a build (npm run build). Each finding is printed, and its input saved under out/fuzz/findings
// to reproduce it; the exit code is 1 when there are findings.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { fuzzCliBatch } from './cli.mjs';
import { createRandom, generateInput, loadExamples } from './inputs.mjs';
import { ServerFuzzer } from './server.mjs';
import { XML_CHECKER } from './xml.mjs';

const { values: options } = parseArgs({
    options: {
        seed: { type: 'string', default: '20261202' },
        count: { type: 'string', default: '120' },
        seconds: { type: 'string', default: '240' },
        only: { type: 'string' },
        batch: { type: 'string', default: '12' },
        cli: { type: 'string', default: 'dist/cli.cjs' },
        server: { type: 'string', default: 'dist/server.cjs' }
    }
});
const seed = Number(options.seed);
const count = Number(options.count);
const deadline = Date.now() + Number(options.seconds) * 1000;
const outDirectory = path.resolve('out', 'fuzz');
const findingsDirectory = path.join(outDirectory, 'findings');
fs.rmSync(outDirectory, { recursive: true, force: true });
fs.mkdirSync(findingsDirectory, { recursive: true });

for (const built of [options.cli, options.server, 'out/test/support/lsp-client.js']) {
    if (!fs.existsSync(built)) {
        console.error(`fuzz: ${built} is missing; run npm run build first`);
        process.exit(2);
    }
}

/** Findings grouped by where and what, each group with the inputs that show it. */
class Findings {
    groups = new Map();

    add(target, where, problem, input, extra) {
        // Offsets and numbers differ between inputs that show one problem.
        const key = `${target} · ${where} · ${problem.replace(/\d+/g, 'N').slice(0, 160)}`;
        let group = this.groups.get(key);
        if (!group) this.groups.set(key, group = { target, where, problem, inputs: [] });
        if (group.inputs.includes(input.id)) return;
        group.inputs.push(input.id);
        if (group.inputs.length <= 3) {
            fs.writeFileSync(path.join(findingsDirectory, `${target}-${input.id}.drama`), input.bytes);
            if (extra) fs.writeFileSync(path.join(findingsDirectory, `${target}-${input.id}.json`), JSON.stringify(extra, null, 2));
        }
        console.log(`  finding: ${key.slice(0, 240)} (${input.id})`);
    }
}

const examples = loadExamples(path.resolve('examples'));
const norms = fs.readFileSync(path.resolve('examples', 'norms.drama'));
const findings = new Findings();
const random = createRandom(seed);
const inputs = Array.from({ length: count }, (_, index) => generateInput(random, examples, index));
const cliStats = { runs: 0, inputs: 0 };
const serverStats = { requests: 0, inputs: 0, errors: {} };
const started = Date.now();
// Half the time for each target, unless only one runs.
const cliDeadline = options.only === 'cli' ? deadline : options.only === 'server' ? 0 : started + (deadline - started) / 2;

console.log(`fuzz: seed ${seed}, ${count} inputs, at most ${options.seconds} s; XML checked by ${XML_CHECKER ?? 'nothing (no parser installed)'}`);

if (options.only !== 'server') {
    const size = Number(options.batch);
    for (let i = 0; i < inputs.length && Date.now() < cliDeadline; i += size) {
        const batch = inputs.slice(i, i + size);
        fuzzCliBatch(batch, { cli: path.resolve(options.cli), workDirectory: outDirectory, norms, findings, stats: cliStats });
        cliStats.inputs += batch.length;
        console.log(`cli: ${cliStats.inputs} inputs, ${cliStats.runs} runs, ${Math.round((Date.now() - started) / 1000)} s`);
    }
}

if (options.only !== 'cli') {
    const server = new ServerFuzzer({ serverPath: path.resolve(options.server), findings, stats: serverStats, random: createRandom(seed + 1) });
    await server.start();
    try {
        for (const input of inputs) {
            if (Date.now() >= deadline) break;
            await server.fuzz(input);
            serverStats.inputs++;
            if (serverStats.inputs % 10 === 0) console.log(`server: ${serverStats.inputs} inputs, ${serverStats.requests} requests, ${Math.round((Date.now() - started) / 1000)} s`);
        }
    } finally {
        await server.stop();
    }
}

console.log(`\nfuzz: seed ${seed} in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`  cli: ${cliStats.inputs} inputs, ${cliStats.runs} runs of the CLI`);
console.log(`  server: ${serverStats.inputs} inputs, ${serverStats.requests} requests; fair errors by code: ${JSON.stringify(serverStats.errors)}`);
console.log(`  findings: ${findings.groups.size}${findings.groups.size ? ` (inputs in ${path.relative(process.cwd(), findingsDirectory)})` : ''}`);
for (const group of findings.groups.values()) {
    console.log(`  - [${group.target}] ${group.where}: ${group.problem.slice(0, 300)}\n      ${group.inputs.length} input(s): ${group.inputs.slice(0, 5).join(', ')}`);
}
process.exitCode = findings.groups.size > 0 ? 1 : 0;
