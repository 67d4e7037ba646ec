import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { ERRORS, makeWorkspace, runCli, WARNINGS } from '../cli/support.js';
import { readManifest } from '../support/manifest.js';

interface ActionStep { id?: string; uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string>; if?: string }
interface Action { inputs: Record<string, { default: string }>; runs: { using: string; steps: ActionStep[] } }
interface Hook { id: string; entry: string; language: string; files: string }

const BIN = path.resolve('bin', 'service-drama.cjs');

/** `${{ inputs.name }}` with the input's default, as GitHub fills it when the workflow gives none. */
function withDefaults(text: string, action: Action): string {
    return text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => {
        assert.ok(action.inputs[name], `the action uses an input it does not declare: ${name}`);
        return action.inputs[name].default;
    });
}

describe('CI integration: the GitHub Action and the pre-commit hooks run commands that exist', function () {
    this.timeout(60000);
    const action = parse(fs.readFileSync('action.yml', 'utf8')) as Action;
    const hooks = parse(fs.readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Hook[];
    let workspace: ReturnType<typeof makeWorkspace>;
    beforeEach(() => { workspace = makeWorkspace({ 'specs/lunch.drama': WARNINGS, 'specs/breakfast.drama': ERRORS }); });
    afterEach(() => workspace.remove());

    it('the action is composite: set up Node, lint, upload the SARIF it wrote to code scanning, fail on errors', () => {
        assert.equal(action.runs.using, 'composite');
        const uses = action.runs.steps.map(step => step.uses?.split('@')[0]);
        assert.ok(uses.includes('actions/setup-node'));
        const upload = action.runs.steps.find(step => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
        assert.equal(upload?.with?.sarif_file, '${{ inputs.sarif-file }}');
        assert.match(upload?.if ?? '', /always\(\)/, 'findings are uploaded when the lint step found errors too');
    });

    it('the action\'s lint step, run as written against the built CLI, annotates, writes the SARIF and the job summary', () => {
        const step = action.runs.steps.find(step => step.id === 'lint')!;
        // npx would fetch the package from the registry: here it runs the built CLI with the same arguments.
        const shims = fs.mkdtempSync(path.join(workspace.dir, 'bin-'));
        fs.writeFileSync(path.join(shims, 'npx'), `#!/usr/bin/env bash\nwhile [[ "$1" != service-drama@* ]]; do shift; done\nshift\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
        const env: NodeJS.ProcessEnv = {
            PATH: `${shims}${path.delimiter}${process.env.PATH}`,
            GITHUB_OUTPUT: path.join(workspace.dir, 'github-output'),
            GITHUB_STEP_SUMMARY: path.join(workspace.dir, 'step-summary.md'),
            ...Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, withDefaults(value, action)]))
        };
        const run = spawnSync('bash', ['-e', '-c', withDefaults(step.run!, action)], { cwd: workspace.dir, env, encoding: 'utf8' });
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /^::error file=specs\/breakfast\.drama,line=13,col=18,.*title=risk-has-recovery::touchpoint Seat: risk NoTable has no recovery$/m);
        assert.equal(fs.readFileSync(env.GITHUB_OUTPUT!, 'utf8'), 'exit-code=1\n');
        const sarif = JSON.parse(fs.readFileSync(path.join(workspace.dir, action.inputs['sarif-file'].default), 'utf8')) as { version: string };
        assert.equal(sarif.version, '2.1.0');
        assert.match(fs.readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'), /^### Service Drama lint report\n/);
        // The step that fails the job reads the exit code the lint step wrote.
        const fail = action.runs.steps.find(step => step.run?.includes('EXIT_CODE'));
        assert.equal(fail?.env?.EXIT_CODE, '${{ steps.lint.outputs.exit-code }}');
    });

    it('the pre-commit hooks name the package\'s command; run on the staged specs they check them (and fix)', () => {
        const manifest = readManifest();
        assert.deepEqual(hooks.map(hook => hook.id), ['service-drama', 'service-drama-fix']);
        for (const hook of hooks) {
            assert.equal(hook.language, 'node');
            const [command, ...args] = hook.entry.split(' ');
            assert.ok(manifest.bin[command], `${command} is one of the package's commands`);
            const staged = ['specs/lunch.drama', 'specs/breakfast.drama', 'README.md'].filter(file => new RegExp(hook.files).test(file));
            assert.deepEqual(staged, ['specs/lunch.drama', 'specs/breakfast.drama']);
            const run = runCli([...args, ...staged], { cwd: workspace.dir });
            if (args.includes('--fix')) {
                assert.equal(run.stderr, 'Fixed 2 files.\n');
            } else {
                assert.equal(run.status, 1, run.stderr);
                assert.match(run.stdout, /risk-has-recovery/);
            }
        }
        assert.match(fs.readFileSync(path.join(workspace.dir, 'specs/lunch.drama'), 'utf8'), /"dish served" within 1 min/, 'the fix hook fixed');
    });
});
