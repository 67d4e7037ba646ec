// Writes the benchmark results as bench/results.json and a readable bench/results.md, with every
// DESIGN.md target marked met or not met against its measured median.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMs, formatNumber } from './stats.mjs';

const MB = 2 ** 20;

/** "On par" with the peer: our time per KB is at most this many times the peer's on the same workload. */
const ON_PAR_FACTOR = 1.25;
/** "No growth" over the edits: retained heap (after a full GC) rises by less than this from the first checkpoint to the last. */
const GROWTH_LIMIT_MB = 5;

export function evaluateTargets(results) {
    const targets = [];
    const add = (target, limit, measured, met) => targets.push({ target, limit, measured, met });
    const build5000 = results.builds?.find(build => build.label === '1 file × 5,000 lines');
    if (build5000) {
        add('Full build (parse, link, validate) of one 5,000-line spec', '≤ 100 ms', formatMs(build5000.full), build5000.full.median <= 100);
        const oursPerKb = msPerKb(build5000.full.median, build5000.bytes);
        const peerPerKb = msPerKb(build5000.peer.full.median, build5000.peer.bytes);
        add('…on par per KB with Langium\'s domain-model example, same machine', `≤ ${ON_PAR_FACTOR} × peer`,
            `${formatNumber(oursPerKb * 1000)} µs/KB vs peer ${formatNumber(peerPerKb * 1000)} µs/KB (${formatNumber(oursPerKb / peerPerKb)} ×)`,
            oursPerKb <= ON_PAR_FACTOR * peerPerKb);
    }
    if (results.lsp) {
        add('Fresh diagnostics after a one-character edit (5,000-line file in a 200-file workspace)', '≤ 100 ms',
            formatMs(results.lsp.edit), results.lsp.edit.median <= 100);
        for (const kind of ['hover', 'completion']) {
            const entries = Object.entries(results.lsp.latency).filter(([name]) => name.startsWith(kind));
            const [worstName, worst] = entries.reduce((a, b) => (b[1].median > a[1].median ? b : a));
            add(`${kind === 'hover' ? 'Hover' : 'Completion'} (slowest of: ${entries.map(([name]) => name.slice(kind.length + 1)).join(', ')})`,
                '≤ 50 ms', `${formatMs(worst)} (${worstName.slice(kind.length + 1)})`, worst.median <= 50);
        }
    }
    if (results.cli) {
        add(`CLI lints ${results.cli.files.toLocaleString('en')} files (${results.cli.lines.toLocaleString('en')} lines), start-up included`, '< 5 s',
            formatMs(results.cli.lint), results.cli.lint.median < 5000);
    }
    if (results.blueprint) {
        add(`Blueprint of a ${results.blueprint.touchpoints}-touchpoint service: model + SVG, every mark drawn`, '< 50 ms',
            formatMs(results.blueprint.total), results.blueprint.total.median < 50);
    }
    if (results.survey) {
        add(`Survey of ${results.survey.rows.toLocaleString('en')} rows over a ${results.survey.touchpoints}-touchpoint spec: parse + check + gaps`, '< 2 s',
            formatMs(results.survey.total), results.survey.total.median < 2000);
    }
    if (results.memory) {
        const { samples, peakRss } = results.memory;
        add(`Language server memory on a ${results.memory.lines.toLocaleString('en')}-line workspace (peak resident set, through ${samples[samples.length - 1].edits.toLocaleString('en')} edits)`,
            '< 300 MB', `${formatNumber(peakRss / MB)} MB peak; ${formatNumber(samples[0].rss / MB)} MB once loaded`, peakRss < 300 * MB);
        const first = samples[1] ?? samples[0];
        const last = samples[samples.length - 1];
        const growth = (last.heapUsedAfterGc - first.heapUsedAfterGc) / MB;
        add(`No memory growth over edits (retained heap after GC, edit ${first.edits.toLocaleString('en')} → ${last.edits.toLocaleString('en')})`,
            `< ${GROWTH_LIMIT_MB} MB`, `${growth >= 0 ? '+' : ''}${growth.toFixed(2)} MB (${formatNumber(first.heapUsedAfterGc / MB)} → ${formatNumber(last.heapUsedAfterGc / MB)} MB); resident set ${formatNumber(first.rss / MB)} → ${formatNumber(last.rss / MB)} MB`,
            growth < GROWTH_LIMIT_MB);
    }
    return targets;
}

function msPerKb(ms, bytes) {
    return ms / (bytes / 1024);
}

export function writeResults(results, directory, { partial }) {
    results.targets = evaluateTargets(results);
    const base = partial ? path.join(directory, 'work', 'results-partial') : path.join(directory, 'results');
    fs.mkdirSync(path.dirname(base), { recursive: true });
    fs.writeFileSync(`${base}.json`, JSON.stringify(results, trimSamples, 2) + '\n');
    fs.writeFileSync(`${base}.md`, renderMarkdown(results, directory));
    return [`${base}.md`, `${base}.json`];
}

/** Long sample lists (thousands of edits) are summarized, not listed, in the JSON. */
function trimSamples(key, value) {
    return key === 'samples' && Array.isArray(value) && value.length > 50 && typeof value[0] === 'number' ? undefined : value;
}

/** " Load average (1 min) during this section: 0.4 → 1.2." when the run recorded it. */
function loadNote(results, section) {
    const load = results.load?.[section];
    return load ? ` Load average (1 min) during this section: ${load.start.toFixed(2)} → ${load.end.toFixed(2)}.` : '';
}

function table(header, rows) {
    return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(row => `| ${row.join(' | ')} |`)].join('\n');
}

function renderMarkdown(results, directory) {
    const { machine } = results;
    const out = [];
    out.push('# Benchmark results', '');
    out.push(`Measured ${results.date.slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\`${results.mode === 'quick' ? ' (`--quick`: fewer repetitions; not the reference figures)' : ''}.`);
    out.push(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}.`);
    out.push(`Load average (1, 5, 15 min): ${machine.loadAverageAtStart.map(n => n.toFixed(2)).join(', ')} at the start, ${machine.loadAverageAtEnd.map(n => n.toFixed(2)).join(', ')} at the end.`);
    out.push('Times are medians of repeated runs after warm-up, with the range (min–max) in brackets. JSON: [results.json](results.json).', '');

    out.push('## Targets (DESIGN.md, "How well it must run")', '');
    out.push(table(['Target', 'Limit', 'Measured median (range)', 'Met'],
        results.targets.map(t => [t.target, t.limit, t.measured, t.met ? '**met**' : '**not met**'])), '');

    out.push('## Work is not skipped', '');
    out.push(`A spec with ${results.sample.expected} known mistakes is built by the same services that are timed: ${results.sample.passed
        ? 'every expected finding came out (rule ids and the linking error, on the expected lines).'
        : `**missing: ${results.sample.missing.join('; ')}**.`}`);
    if (results.cli) {
        out.push(`The CLI on the same spec: exit code ${results.cli.sample.code}, ${results.cli.sample.passed ? 'every expected finding printed.' : `**missing: ${results.cli.sample.missing.join('; ')}**.`}`);
    }
    if (results.lsp) {
        out.push(`The language server, the same spec opened in the benchmark's workspace: ${results.lsp.sample.passed ? 'every expected finding published.' : `**missing: ${results.lsp.sample.missing.join('; ')}**.`}`);
    }
    if (results.builds) {
        const findings = results.builds.map(build => build.diagnostics.errors + build.diagnostics.warnings + build.diagnostics.other);
        out.push(`The generated workspaces are written to pass every rule; their builds reported ${findings.every(n => n === 0) ? 'no findings' : `findings: ${results.builds.map(b => `${b.label}: ${JSON.stringify(b.diagnostics.byCode)}`).join('; ')}`}.`);
    }
    out.push('');

    if (results.builds) {
        out.push('## Full build and parse-only, against the peer', '');
        out.push(`Full build = parse, index, scope, link and validate with every check, on one long-lived set of services (as in the language server). Parse-only = lexing and parsing the same text into the AST, the floor the full build is held against. Peer: ${results.peerName}, its own domain-model language on generated workspaces of the same size and file count (valid domain models with packages, entities, features and cross-file references).${loadNote(results, 'build')}`, '');
        out.push(table(['Workload', 'Lines', 'KB', 'Full build', 'KB/s', 'Parse-only', 'Full ÷ parse', 'µs per KB', 'Peer full build', 'Peer µs per KB', 'Ours ÷ peer'],
            results.builds.map(build => {
                const kb = build.bytes / 1024;
                const oursPerKb = build.full.median / kb;
                const peerPerKb = build.peer.full.median / (build.peer.bytes / 1024);
                return [build.label, build.lines.toLocaleString('en'), formatNumber(kb), formatMs(build.full), Math.round(kb / (build.full.median / 1000)).toLocaleString('en'),
                    formatMs(build.parse), formatNumber(build.full.median / build.parse.median), formatNumber(oursPerKb * 1000),
                    formatMs(build.peer.full), formatNumber(peerPerKb * 1000), formatNumber(oursPerKb / peerPerKb)];
            })), '');
        out.push('### Cost growth', '');
        const perKb = label => {
            const build = results.builds.find(b => b.label === label);
            return build ? build.full.median / (build.bytes / 1024) : undefined;
        };
        const growth = [['1 file × 500 lines', '1 file × 5,000 lines'], ['1 file × 5,000 lines', '1 file × 50,000 lines'],
            ['10 files × 100 lines', '100 files × 100 lines'], ['100 files × 100 lines', '1,000 files × 100 lines']]
            .filter(([from, to]) => perKb(from) && perKb(to))
            .map(([from, to]) => [`${from} → ${to}`, formatNumber(perKb(from) * 1000), formatNumber(perKb(to) * 1000), formatNumber(perKb(to) / perKb(from))]);
        out.push('Time per KB as the input grows tenfold; a factor near 1 (or below) is linear, well above 1 would show worse-than-linear cost.', '');
        out.push(table(['Growth', 'µs per KB before', 'µs per KB after', 'Factor'], growth), '');
        const phased = results.builds.filter(build => build.phases);
        out.push('### Where the time goes (last timed run)', '');
        const phaseNames = Object.keys(phased[0].phases);
        out.push(table(['Workload', ...phaseNames.map(name => `${name} ms`)],
            phased.map(build => [build.label, ...phaseNames.map(name => formatNumber(build.phases[name] ?? 0))])), '');
        out.push('Parsed: lexing and parsing into AST and CST; IndexedContent: exported names; ComputedScopes: local scopes; Linked: resolving references; IndexedReferences: the reference index; Validated: every validation check.', '');
    }

    if (results.cli) {
        const { cli } = results;
        out.push('## Command line, end to end', '');
        out.push(table(['Run', 'Median (range)'], [
            ['`service-drama --version` (start-up alone)', formatMs(cli.startup)],
            [`\`service-drama lint\` on ${cli.files.toLocaleString('en')} files, ${cli.lines.toLocaleString('en')} lines, ${formatNumber(cli.bytes / MB)} MB`, formatMs(cli.lint)]
        ]), '');
        out.push(`Each run is a fresh \`node bin/service-drama.cjs\` process, timed from spawn to exit; exit code ${cli.lint.code}, last output: "${cli.lint.lastLines.join(' ')}".${loadNote(results, 'cli')}`, '');
    }

    if (results.lsp) {
        const { lsp } = results;
        out.push('## Language server over stdio', '');
        out.push(`The bundled server (dist/server.cjs) started on a workspace folder of ${lsp.files} files (${lsp.lines.toLocaleString('en')} lines) with one file of ${lsp.largeFileLines.toLocaleString('en')} lines, driven with LSP messages (vscode-languageserver-protocol). Edits are one-character incremental \`didChange\` notifications in the middle of the large file, each 50 ms after the previous one's diagnostics, timed to the file's next \`publishDiagnostics\` (or, for a hover or completion right after an edit, to the answer of the request sent at once after the change).${loadNote(results, 'lsp')}`, '');
        out.push(table(['Measure', 'Median (range)', 'Answer'], [
            ['Start-up to first diagnostics of the large file (workspace loaded)', `${formatNumber(lsp.firstDiagnostics)} ms (one run)`, `${lsp.initialDiagnosticCount} diagnostics`],
            ['One-character edit → fresh diagnostics', formatMs(lsp.edit), `${lsp.edit.diagnosticCount} diagnostics`],
            ...Object.entries(lsp.latency).map(([name, summary]) => [name[0].toUpperCase() + name.slice(1), formatMs(summary), summary.answered])
        ]), '');
    }

    if (results.blueprint) {
        const { blueprint } = results;
        out.push('## Blueprint', '');
        out.push(`One service of ${blueprint.touchpoints} touchpoints in ${blueprint.scenes} scenes (${blueprint.lines.toLocaleString('en')} lines), built and validated once; then timed.${loadNote(results, 'blueprint')}`, '');
        out.push(table(['Step', 'Median (range)'], [
            ['Blueprint model from the service', formatMs(blueprint.model)],
            ['SVG render of the model', formatMs(blueprint.render)],
            ['Model + SVG', formatMs(blueprint.total)],
            ['(for reference) full build of the file', formatMs(blueprint.build)]
        ]), '');
        out.push(`SVG size: ${formatNumber(blueprint.svgBytes / 1024)} KB.`, '');
        // A section measured again on its own (`--only=blueprint`, several times on a shared machine):
        // when and how the runs went, the median one shown above.
        if (results.blueprintRuns) {
            const runs = results.blueprintRuns;
            out.push(`Measured again on its own (\`--only=blueprint\`) on ${runs[0].date.slice(0, 16).replace('T', ' ')} UTC, ${runs.length} runs of the section; `
                + `model + SVG medians ${runs.map(run => `${formatNumber(run.total)} ms (load ${run.load.start.toFixed(2)})`).join(', ')}; the median run is shown above.`, '');
        }
    }

    if (results.survey) {
        const { survey } = results;
        out.push('## Survey gaps', '');
        out.push(`A survey CSV of ${survey.rows.toLocaleString('en')} rows (${formatNumber(survey.bytes / MB)} MB; two waves, every touchpoint and element, service-level rows) over the ${survey.touchpoints}-touchpoint service above, built once, untimed; then read with csv-parse and checked against the spec, pooled by respondents and reported as \`service-drama gaps\` does. The timed run found: current wave ${survey.answer.wave} (previous ${survey.answer.previous}), ${survey.answer.measuredTouchpoints} touchpoints measured, weakest ${survey.answer.weakest}, ${survey.answer.worse} worse; ${survey.problems} problems.${survey.measuredAt ? ` Measured ${survey.measuredAt.slice(0, 16).replace('T', ' ')} UTC with \`--only=survey\`, after the other sections.` : ''}${loadNote(results, 'survey')}`, '');
        out.push(table(['Step', 'Median (range)'], [
            ['Read and check the rows', formatMs(survey.parse)],
            ['Pool and compute the gap report', formatMs(survey.compute)],
            ['Total', formatMs(survey.total)]
        ]), '');
    }

    if (results.memory) {
        const { memory } = results;
        out.push('## Language server memory', '');
        out.push(`The bundled server on a workspace folder of ${memory.files.toLocaleString('en')} files (${memory.lines.toLocaleString('en')} lines, ${formatNumber(memory.bytes / MB)} MB), one file open and edited one character at a time (each edit waits for its diagnostics; median edit ${formatMs(memory.edit)}). Resident set read from /proc; heap measured in the server after a full GC (a probe preloaded with \`--require bench/memory-probe.cjs\`). Workspace load to first diagnostics: ${formatNumber(memory.loadTime / 1000)} s.${loadNote(results, 'memory')}`, '');
        out.push(table(['After edits', 'Resident set', 'Resident set after GC', 'Heap committed after GC', 'Heap used after GC'],
            memory.samples.map(s => [s.edits.toLocaleString('en'), `${formatNumber(s.rss / MB)} MB`, `${formatNumber(s.rssAfterGc / MB)} MB`,
                s.heapTotalAfterGc ? `${formatNumber(s.heapTotalAfterGc / MB)} MB` : '–', `${formatNumber(s.heapUsedAfterGc / MB)} MB`])), '');
        out.push(`Peak resident set over the whole run: ${formatNumber(memory.peakRss / MB)} MB.`, '');
    }

    const changes = path.join(directory, 'changes.md');
    if (fs.existsSync(changes)) {
        out.push(fs.readFileSync(changes, 'utf8').trim(), '');
    }
    return out.join('\n');
}


// `node bench/report.mjs` writes bench/results.md (and the targets in results.json) again from the
// measurements in bench/results.json, after changes.md or this report is edited.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const directory = path.dirname(fileURLToPath(import.meta.url));
    writeResults(JSON.parse(fs.readFileSync(path.join(directory, 'results.json'), 'utf8')), directory, { partial: false });
}
