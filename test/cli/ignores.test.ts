import * as assert from 'node:assert/strict';
import { ERRORS, makeWorkspace, runCli } from './support.js';

const named = (name: string) => ERRORS.replace('service Breakfast', `service ${name}`);

describe('service-drama lint: ignores (.gitignore, "ignores", --ignore-pattern, --no-ignore)', function () {
    this.timeout(60000);
    let workspace: ReturnType<typeof makeWorkspace>;
    before(() => {
        workspace = makeWorkspace({
            '.git/HEAD': 'ref: refs/heads/main\n',
            '.gitignore': 'build/\n*.generated.drama\n',
            '.servicedrama.json': '{ "ignores": ["archive/**"] }',
            'specs/.gitignore': 'scratch.drama\n',
            'specs/a.drama': named('A'),
            'specs/scratch.drama': named('Scratch'),
            'specs/b.generated.drama': named('Generated'),
            'build/c.drama': named('Built'),
            'archive/old.drama': named('Old'),
            'drafts/d.drama': named('Draft')
        });
    });
    after(() => workspace.remove());
    const lint = (args: string[]) => runCli(['lint', '-f', 'json', ...args], { cwd: workspace.dir });
    const checked = (args: string[]) => (JSON.parse(lint(args).stdout) as Array<{ filePath: string }>)
        .map(entry => entry.filePath.slice(workspace.dir.length + 1)).sort();

    it('leaves out what .gitignore files (nested ones too) and the configuration\'s "ignores" name, and says how many', () => {
        assert.deepEqual(checked(['.']), ['drafts/d.drama', 'specs/a.drama']);
        assert.equal(lint(['.']).stderr, '4 files left out by ignores (--no-ignore checks them).\n');
    });

    it('--ignore-pattern leaves out more, and may repeat', () => {
        assert.deepEqual(checked(['.', '--ignore-pattern', 'drafts/**']), ['specs/a.drama']);
        assert.deepEqual(checked(['.', '--ignore-pattern', 'drafts/**', '--ignore-pattern', 'specs/a.drama']), []);
    });

    it('--no-ignore checks every spec', () => {
        assert.deepEqual(checked(['.', '--no-ignore']), [
            'archive/old.drama', 'build/c.drama', 'drafts/d.drama', 'specs/a.drama', 'specs/b.generated.drama', 'specs/scratch.drama'
        ]);
    });

    it('an ignored file named on the command line is left out too (as pre-commit passes every staged file)', () => {
        const run = runCli(['lint', 'build/c.drama', 'specs/a.drama'], { cwd: workspace.dir });
        assert.equal(run.status, 1);
        assert.doesNotMatch(run.stdout, /build\/c\.drama/);
        assert.match(run.stdout, /in 1 file\n$/);
        const none = runCli(['lint', 'build/c.drama'], { cwd: workspace.dir });
        assert.equal(none.status, 0);
        assert.equal(none.stdout, '✓ 0 files checked, no problems\n');
    });
});
