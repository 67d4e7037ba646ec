import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BlueprintModel } from '../../src/blueprint/model.js';
import { assertWellFormedXml } from '../blueprint/support.js';
import { CLEAN, ERRORS, jsonLintFiles, makeWorkspace, NORMS, runCli, WARNINGS, type CliRun } from './support.js';

/** The unprivileged user and group of Unix systems. */
const NOBODY = 65534;

/** Shown to the user: one line on stderr naming the path, exit code 2, nothing on stdout. */
function expectOneLine(run: CliRun, message: string): void {
    assert.equal(run.status, 2, run.stdout + run.stderr);
    assert.equal(run.stderr, `service-drama: ${message}\n`);
    assert.equal(run.stdout, '');
}

function assertNoStackTrace(run: CliRun): void {
    assert.doesNotMatch(run.stderr, /internal error|\n\s+at /, run.stderr);
}

/** The files a JSON lint report covers, relative to the workspace. */
function lintedFiles(run: CliRun, dir: string): string[] {
    return jsonLintFiles(run).map(file => path.relative(dir, file.filePath).split(path.sep).join('/'));
}

/** Every finding of a blueprint, wherever it is attached, as "rule severity". */
function blueprintFindings(model: BlueprintModel): string[] {
    const found: string[] = [];
    const visit = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') {
            for (const [key, child] of Object.entries(value)) {
                if (key === 'findings') for (const f of child as Array<{ rule?: string; severity: string }>) found.push(`${f.rule} ${f.severity}`);
                else visit(child);
            }
        }
    };
    visit(model);
    return found.sort();
}

/** Runs as the user nobody when root, who reads any file whatever its permissions; undefined when nobody cannot run the CLI here. */
function userWhoObeysPermissions(dir: string): { uid?: number; gid?: number } | undefined {
    if (process.getuid?.() !== 0) return {};
    fs.chmodSync(dir, 0o755);
    return runCli(['--version'], { cwd: dir, uid: NOBODY, gid: NOBODY }).status === 0 ? { uid: NOBODY, gid: NOBODY } : undefined;
}

describe('service-drama: bad input gets one line naming it, never a stack trace', function () {
    this.timeout(60000);
    let workspace: ReturnType<typeof makeWorkspace>;
    afterEach(() => workspace?.remove());

    describe('globs', () => {
        it('answers a malformed pattern with what it literally matches, or one line', () => {
            workspace = makeWorkspace({ 'sub/a.drama': CLEAN, 'sub/norms.drama': NORMS, 'literal/{a.drama': CLEAN, 'literal/norms.drama': NORMS });
            const lint = (pattern: string) => runCli(['lint', pattern], { cwd: workspace.dir });
            expectOneLine(lint('sub/{a,b.drama'), 'sub/{a,b.drama: no .drama files match this pattern');
            expectOneLine(lint('{a.drama'), '{a.drama: no such file or folder');
            expectOneLine(lint('[z-a].drama'), '[z-a].drama: no .drama files match this pattern');
            expectOneLine(lint('sub/**/*.{drama'), 'sub/**/*.{drama: no .drama files match this pattern');
            const literal = lint('literal/{a.drama');
            assert.equal(literal.stdout, '✓ 1 file checked, no problems\n', literal.stderr);
        });

        it('leaves out what a path or pattern starting with ! stands for', () => {
            workspace = makeWorkspace({ 'specs/dinner.drama': CLEAN, 'specs/norms.drama': NORMS, 'specs/drafts/breakfast.drama': ERRORS });
            const lint = (...args: string[]) => runCli(['lint', ...args, '--format', 'json'], { cwd: workspace.dir });
            const withoutDrafts = lint('specs', '!specs/drafts/**');
            assert.equal(withoutDrafts.status, 0, withoutDrafts.stderr);
            assert.deepEqual(lintedFiles(withoutDrafts, workspace.dir), ['specs/dinner.drama', 'specs/norms.drama']);
            // Only negations: they leave out of the current folder; a folder leaves out everything below it.
            assert.deepEqual(lintedFiles(lint('!specs/drafts'), workspace.dir), ['specs/dinner.drama', 'specs/norms.drama']);
            assert.deepEqual(lintedFiles(lint('specs/**/*.drama', '!**/norms.drama'), workspace.dir), ['specs/dinner.drama', 'specs/drafts/breakfast.drama']);
            expectOneLine(runCli(['lint', 'specs/drafts', '!specs/drafts/*.drama'], { cwd: workspace.dir }),
                'specs/drafts !specs/drafts/*.drama: no .drama files left once the paths starting with ! are left out');
        });
    });

    describe('files and folders', () => {
        it('names a subfolder it cannot read, and lints a file beside it', function () {
            workspace = makeWorkspace({ 'specs/dinner.drama': CLEAN, 'specs/norms.drama': NORMS, 'specs/locked/lunch.drama': WARNINGS });
            const locked = path.join(workspace.dir, 'specs', 'locked');
            const user = userWhoObeysPermissions(workspace.dir);
            if (!user) this.skip(); // this checkout is closed to nobody
            fs.chmodSync(locked, 0o000);
            try {
                const run = (...args: string[]) => runCli(args, { cwd: workspace.dir, ...user });
                expectOneLine(run('lint', 'specs'), 'specs/locked: cannot read the folder (EACCES)');
                expectOneLine(run('lint', 'specs/**/*.drama'), 'specs/locked: cannot read the folder (EACCES)');
                assert.equal(run('lint', 'specs/dinner.drama').stdout, '✓ 1 file checked, no problems\n');
                assert.equal(run('blueprint', 'specs/dinner.drama', '--format', 'json').status, 0);
            } finally {
                fs.chmodSync(locked, 0o755);
            }
        });

        it('skips symbolic links when it searches, and calls a file in a link loop no such file', () => {
            workspace = makeWorkspace({ 'specs/dinner.drama': CLEAN, 'specs/norms.drama': NORMS, 'elsewhere/breakfast.drama': ERRORS });
            const specs = path.join(workspace.dir, 'specs');
            fs.symlinkSync(path.join('..', 'elsewhere', 'breakfast.drama'), path.join(specs, 'linked.drama'));
            fs.symlinkSync('.', path.join(specs, 'again'));
            fs.symlinkSync('loop-b.drama', path.join(specs, 'loop-a.drama'));
            fs.symlinkSync('loop-a.drama', path.join(specs, 'loop-b.drama'));
            for (const input of ['specs', 'specs/**/*.drama']) {
                const run = runCli(['lint', input, '--format', 'json'], { cwd: workspace.dir });
                assert.equal(run.status, 0, run.stderr);
                assert.deepEqual(lintedFiles(run, workspace.dir), ['specs/dinner.drama', 'specs/norms.drama'], input);
            }
            expectOneLine(runCli(['lint', 'specs/loop-a.drama'], { cwd: workspace.dir }), 'specs/loop-a.drama: no such file or folder');
            expectOneLine(runCli(['blueprint', 'specs/loop-a.drama'], { cwd: workspace.dir }), 'specs/loop-a.drama: no such file');
            const drawn = runCli(['blueprint', 'specs/dinner.drama', '--format', 'json'], { cwd: workspace.dir });
            assert.equal(drawn.status, 0, drawn.stderr);
        });

        it('lints what was asked: a broken, huge, unreadable or foreign file beside it changes nothing', () => {
            workspace = makeWorkspace({
                'specs/dinner.drama': CLEAN,
                'specs/norms.drama': NORMS,
                'specs/broken.drama': 'service Clean {{{ "unterminated',
                'specs/latin1.drama': Buffer.from([0x6e, 0x6f, 0x72, 0x6d, 0x20, 0xe9, 0xff]),
                // It names the norm, so it is read as a spec; whatever the parser makes of it, it is not reported.
                'specs/huge.drama': `// applies Clean\nservice Huge {\n    actor Clerk frontstage "${'x'.repeat(5_000_000)}"\n}\n`
            });
            const run = runCli(['lint', 'specs/dinner.drama'], { cwd: workspace.dir });
            assert.equal(run.stdout, '✓ 1 file checked, no problems\n', run.stderr);
            assert.equal(run.status, 0);
            const drawn = runCli(['blueprint', 'specs/dinner.drama', '--format', 'json'], { cwd: workspace.dir });
            assert.equal(drawn.status, 0, drawn.stderr);
            const model = JSON.parse(drawn.stdout) as BlueprintModel;
            assert.ok(model.scenes[0].touchpoints[0].expectations.some(expectation => expectation.norm === 'Clean'), 'the norm is still found');
        });

        it('names a requested file whatever its parser throws, with no stack trace', () => {
            workspace = makeWorkspace({ 'huge.drama': `service Huge {\n    actor Clerk frontstage "${'x'.repeat(5_000_000)}"\n}\n` });
            const run = runCli(['lint', 'huge.drama'], { cwd: workspace.dir });
            assertNoStackTrace(run);
            if (run.status === 2) {
                assert.match(run.stderr, /^service-drama: huge\.drama: cannot parse the file \(\w*Error: [^\n]*\)\n$/);
            } else {
                assert.match(run.stdout, /huge\.drama|1 file checked/);
            }
        });
    });

    describe('outputs', () => {
        const ODD_WARNINGS = WARNINGS.replace('"dish served"', '"dish \uFFFF served \uFFFE \u001b]0;retitled\u0007 \u001b[2J \u009b2J"');

        it('junit: stays well-formed XML with characters XML forbids in a spec', () => {
            workspace = makeWorkspace({ 'lunch.drama': ODD_WARNINGS });
            const run = runCli(['lint', 'lunch.drama', '--format', 'junit'], { cwd: workspace.dir });
            assert.equal(run.status, 0, run.stderr);
            assert.doesNotMatch(run.stdout, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
            assertWellFormedXml(run.stdout);
            assert.match(run.stdout, /dish \uFFFD served \uFFFD /);
        });

        it('stylish, github and json: show the control characters of a spec and of a path escaped', () => {
            workspace = makeWorkspace({ 'lunch.drama': ODD_WARNINGS, 'odd\u001b[31m.drama': WARNINGS });
            const lint = (format: string, env?: NodeJS.ProcessEnv) => runCli(['lint', '.', '--format', format], { cwd: workspace.dir, env });
            for (const format of ['stylish', 'github']) {
                const { stdout } = lint(format);
                assert.doesNotMatch(stdout, /[\u0007\u001b\u009b]/, format);
                assert.ok(stdout.includes('dish \uFFFF served \uFFFE \\x1b]0;retitled\\x07 \\x1b[2J \\x9b2J'), `${format}: ${stdout}`);
                assert.ok(stdout.includes('odd\\x1b[31m.drama'), format);
            }
            // In colour, the only escape sequences are the report's own styles.
            const coloured = lint('stylish', { FORCE_COLOR: '1' }).stdout;
            assert.match(coloured, /\u001b\[31m/);
            assert.doesNotMatch(coloured.replace(/\u001b\[\d+m/g, ''), /[\u0007\u001b\u009b]/);
            const json = lint('json').stdout;
            assert.doesNotMatch(json, /[\u0007\u001b\u009b]/);
            assert.ok(json.includes('\\u001b]0;retitled\\u0007 \\u001b[2J \\u009b2J'));
            const missing = runCli(['lint', 'gone\u001b]0;x\u0007.drama'], { cwd: workspace.dir });
            expectOneLine(missing, 'gone\\x1b]0;x\\x07.drama: no such file or folder');
        });
    });

    describe('configuration', () => {
        it('blueprint uses the configuration lint uses: the workspace file or --config, and --locale', () => {
            workspace = makeWorkspace({
                '.servicedrama.json': '{ "rules": { "risk-has-recovery": "off", "customer-acts": "info" } }',
                'team/breakfast.drama': ERRORS.replace('            customer "sits down"\n', ''),
                'strict.json': '{ "rules": { "risk-has-recovery": "error" } }'
            });
            const both = (...args: string[]) => {
                const lint = runCli(['lint', 'team/breakfast.drama', '--format', 'json', ...args], { cwd: workspace.dir });
                const blueprint = runCli(['blueprint', 'team/breakfast.drama', '--format', 'json', ...args], { cwd: workspace.dir });
                assert.equal(blueprint.status, 0, blueprint.stderr);
                const linted = jsonLintFiles(lint)[0].messages.map(m => `${m.ruleId} ${m.severity}`).sort();
                return { linted, drawn: blueprintFindings(JSON.parse(blueprint.stdout) as BlueprintModel) };
            };
            const relaxed = both();
            assert.deepEqual(relaxed.drawn, ['customer-acts info']);
            assert.deepEqual(relaxed.drawn, relaxed.linted);
            const strict = both('--config', 'strict.json');
            assert.deepEqual(strict.drawn, ['customer-acts warning', 'risk-has-recovery error']);
            assert.deepEqual(strict.drawn, strict.linted);
            const chinese = runCli(['blueprint', 'team/breakfast.drama', '--format', 'json', '--locale', 'zh-CN'], { cwd: workspace.dir });
            assert.match(chinese.stdout, /"message": "触点 Seat：/);
            fs.writeFileSync(path.join(workspace.dir, '.servicedrama.json'), '{ "rules": { "risk-has-recovry": "off" } }');
            const message = ".servicedrama.json: rules.risk-has-recovry: unknown rule id 'risk-has-recovry' (did you mean 'risk-has-recovery'?)";
            expectOneLine(runCli(['lint', 'team/breakfast.drama'], { cwd: workspace.dir }), message);
            expectOneLine(runCli(['blueprint', 'team/breakfast.drama'], { cwd: workspace.dir }), message);
        });
    });

    describe('usage', () => {
        it('prints the usage to stdout with exit code 0 when given no command', () => {
            const run = runCli([], { cwd: process.cwd() });
            assert.equal(run.status, 0);
            assert.match(run.stdout, /^Usage: service-drama <command> \[options\]\n/);
            assert.equal(run.stderr, '');
        });

        it('sends usage mistakes to stderr with exit code 2 and nothing on stdout', () => {
            for (const args of [['frobnicate'], ['lint', '--frobnicate'], ['blueprint'], ['rules', 'extra']]) {
                const run = runCli(args, { cwd: process.cwd() });
                assert.equal(run.status, 2, args.join(' '));
                assert.equal(run.stdout, '', args.join(' '));
                assert.match(run.stderr, /^service-drama: .*\n[\s\S]*Usage: service-drama/, args.join(' '));
                assertNoStackTrace(run);
            }
        });
    });
});
