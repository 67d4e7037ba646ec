// Runs the CLI (dist/cli.cjs) over batches of fuzz inputs: every lint format, and blueprints in every
// output format. A run may fail the spec (exit 1) or refuse it (exit 2, one clear line), never crash:
// no exit 3, no stack trace, machine-readable outputs that parse, no raw terminal controls in terminal output.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { forbiddenCharacter, xmlProblem } from './xml.mjs';

const LINT_FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'];
const BLUEPRINT_FORMATS = ['svg', 'html', 'json'];
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
// Terminal controls other than tab and newline: ESC and BEL can retitle or clear the terminal.
const TERMINAL_CONTROL = /[\x00-\x08\x0b-\x1f\x7f\x9b]/;

function run(cli, args, cwd) {
    const started = Date.now();
    const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60000, maxBuffer: 64 * 1024 * 1024 });
    return { ...result, ms: Date.now() - started };
}

/** What is wrong with one CLI run, or undefined. `kind` tells how its standard output is checked. */
function problemOf(result, kind) {
    if (result.error) return `did not finish: ${result.error.message}`;
    if (result.status === 3 || result.status === null) return `exit ${result.status ?? result.signal}: ${firstLine(result.stderr)}`;
    const output = `${result.stdout}\n${result.stderr}`;
    if (/internal error/i.test(output) || STACK_TRACE.test(output)) return `stack trace (exit ${result.status}): ${firstLine(result.stderr)}`;
    if (result.status === 2) return undefined; // refused with a message: the output is not expected
    switch (kind) {
        case 'json': case 'sarif':
            try {
                JSON.parse(result.stdout);
            } catch (error) {
                return `${kind} output is not JSON: ${error.message}`;
            }
            return undefined;
        case 'junit': case 'svg': {
            const problem = xmlProblem(result.stdout);
            return problem && `${kind} output is not well-formed XML: ${problem}`;
        }
        case 'html': {
            // The page is HTML, not XML: it may hold no character XML forbids, and its blueprint is SVG, well-formed.
            const forbidden = forbiddenCharacter(result.stdout);
            if (forbidden) return `html output: ${forbidden}`;
            const svg = /<svg xmlns[\s\S]*?<\/svg>/.exec(result.stdout)?.[0];
            const problem = svg && xmlProblem(svg);
            return problem && `html output: the blueprint's SVG is not well-formed XML: ${problem}`;
        }
        case 'stylish': case 'github': {
            const control = TERMINAL_CONTROL.exec(result.stdout);
            return control ? `${kind} output holds a raw control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')}` : undefined;
        }
        default:
            return undefined;
    }
}

function firstLine(text) {
    return (text ?? '').trim().split('\n')[0]?.slice(0, 200) ?? '';
}

/**
 * Lints a batch of inputs as one folder (beside the examples' norms, so that `applies` finds them) in
 * each format, then draws each input's blueprint in one of the three formats. A failing batch lint is
 * narrowed down to the inputs that fail alone.
 */
export function fuzzCliBatch(inputs, { cli, workDirectory, norms, findings, stats }) {
    const folder = path.join(workDirectory, `batch-${inputs[0].id}`);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'norms.drama'), norms);
    for (const input of inputs) fs.writeFileSync(path.join(folder, `${input.id}.drama`), input.bytes);
    for (const format of LINT_FORMATS) {
        const result = run(cli, ['lint', '.', '--format', format], folder);
        stats.runs++;
        const problem = problemOf(result, format);
        if (!problem) continue;
        // Which inputs fail on their own?
        let blamed = 0;
        for (const input of inputs) {
            const alone = path.join(folder, `alone-${input.id}`);
            fs.mkdirSync(alone, { recursive: true });
            fs.writeFileSync(path.join(alone, 'norms.drama'), norms);
            fs.writeFileSync(path.join(alone, 'spec.drama'), input.bytes);
            const own = problemOf(run(cli, ['lint', 'spec.drama', '--format', format], alone), format);
            stats.runs++;
            if (own) {
                blamed++;
                findings.add('cli', `lint --format ${format}`, own, input);
            }
        }
        if (blamed === 0) findings.add('cli', `lint --format ${format} (batch of ${inputs.length})`, problem, inputs[0]);
    }
    inputs.forEach((input, index) => {
        const format = BLUEPRINT_FORMATS[(stats.runs + index) % BLUEPRINT_FORMATS.length];
        const file = path.join(folder, `${input.id}.drama`);
        // A file with several services needs --service: name the first one, as a user would.
        const service = /service\s+([^\s{"'/]+)/.exec(input.text)?.[1];
        const result = run(cli, ['blueprint', file, '--format', format, ...(service && index % 2 === 0 ? ['--service', service] : [])], folder);
        stats.runs++;
        const problem = problemOf(result, format);
        if (problem) findings.add('cli', `blueprint --format ${format}`, problem, input);
    });
    fs.rmSync(folder, { recursive: true, force: true });
}
