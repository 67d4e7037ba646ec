import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeWorkspace, runCli, WARNINGS } from './support.js';

/** WARNINGS with its responsiveness expectation bounded, as the fix writes it. */
const FIXED = WARNINGS.replace('expect responsiveness "dish served"', 'expect responsiveness "dish served" within 1 min');

describe('service-drama lint --fix and --fix-dry-run', function () {
    this.timeout(60000);
    let workspace: ReturnType<typeof makeWorkspace>;
    beforeEach(() => {
        workspace = makeWorkspace({ 'lunch.drama': WARNINGS });
    });
    afterEach(() => workspace.remove());
    const lint = (args: string[]) => runCli(['lint', ...args], { cwd: workspace.dir });
    const read = (name: string) => fs.readFileSync(path.join(workspace.dir, name), 'utf8');

    it('--fix writes every mechanical fix, says how many files it fixed, and reports what is left', () => {
        const run = lint(['lunch.drama', '--fix']);
        assert.equal(run.status, 0, run.stderr);
        assert.equal(read('lunch.drama'), FIXED);
        assert.equal(run.stderr, 'Fixed 1 file.\n');
        // The unused actor needs judgement (remove it, or give it something to do): it stays, reported.
        assert.equal(run.stdout, [
            'lunch.drama',
            '  2:11  warning  backstage actor Cook never acts in a touchpoint  unused-declaration',
            '',
            '✖ 1 problem (0 errors, 1 warning) in 1 file',
            ''
        ].join('\n'));
    });

    it('fixing twice changes nothing the second time', () => {
        lint(['lunch.drama', '--fix']);
        const second = lint(['lunch.drama', '--fix']);
        assert.equal(second.status, 0);
        assert.equal(second.stderr, '');
        assert.equal(read('lunch.drama'), FIXED);
        assert.equal(lint(['lunch.drama', '--fix-dry-run']).stdout.includes('@@'), false);
    });

    it('--fix-dry-run prints a unified diff and writes nothing', () => {
        const run = lint(['lunch.drama', '--fix-dry-run']);
        assert.equal(run.status, 0, run.stderr);
        assert.equal(read('lunch.drama'), WARNINGS);
        assert.match(run.stdout, /^--- a\/lunch\.drama\n\+\+\+ b\/lunch\.drama\n@@ -7,7 \+7,7 @@\n/);
        assert.match(run.stdout, /\n- {12}expect responsiveness "dish served"\n\+ {12}expect responsiveness "dish served" within 1 min\n/);
        assert.match(run.stdout, /✖ 1 problem \(0 errors, 1 warning\) in 1 file\n$/);
    });

    it('--fix-dry-run shows the fixes of a spec read from standard input', () => {
        const run = runCli(['lint', '--stdin', '--stdin-filename', 'elsewhere/piped.drama', '--fix-dry-run', '-f', 'json'], { cwd: workspace.dir, input: WARNINGS });
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /^--- a\/elsewhere\/piped\.drama\n/);
        assert.equal(fs.existsSync(path.join(workspace.dir, 'elsewhere')), false);
    });

    it('refuses --fix with --stdin and --fix with --fix-dry-run (exit 2)', () => {
        const stdin = runCli(['lint', '--stdin', '--fix'], { cwd: workspace.dir, input: WARNINGS });
        assert.equal(stdin.status, 2);
        assert.match(stdin.stderr, /--fix --stdin: there is no file to write; use --fix-dry-run/);
        assert.equal(lint(['--fix', '--fix-dry-run']).status, 2);
    });
});
