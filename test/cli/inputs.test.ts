import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../src/language/rules/index.js';
import { readManifest } from '../support/manifest.js';
import { CLEAN, ERRORS, jsonLintFiles, makeWorkspace, NORMS, runCli } from './support.js';

/** A rule as `service-drama rules --format json` lists it. */
interface ListedRule {
    id: string;
    description: string;
    docs: string | null;
    quickFix: boolean;
}

/** The unprivileged user and group of Unix systems. */
const NOBODY = 65534;

/** A mistake in what the CLI was given: one line naming the path, exit 2, no stack trace. */
function expectInputError(run: { status: number | null; stdout: string; stderr: string }, message: string): void {
    assert.equal(run.status, 2, run.stdout + run.stderr);
    assert.equal(run.stderr, `service-drama: ${message}\n`);
    assert.equal(run.stdout, '');
}

describe('service-drama lint: inputs, workspaces and configuration', function () {
    this.timeout(30000);
    let workspace: ReturnType<typeof makeWorkspace>;
    afterEach(() => workspace?.remove());

    it('names a path that does not exist', () => {
        workspace = makeWorkspace({ 'a.drama': CLEAN });
        expectInputError(runCli(['lint', 'a.drama', 'missing.drama'], { cwd: workspace.dir }), 'missing.drama: no such file or folder');
    });

    it('names a file that is not UTF-8 text', () => {
        workspace = makeWorkspace({ 'latin1.drama': Buffer.from([0x73, 0x65, 0x72, 0x76, 0x69, 0x63, 0x65, 0x20, 0xe9, 0xff]) });
        expectInputError(runCli(['lint', 'latin1.drama'], { cwd: workspace.dir }), 'latin1.drama: the file is not valid UTF-8 text');
    });

    it('names a file that cannot be read', function () {
        workspace = makeWorkspace({ 'secret.drama': CLEAN });
        fs.chmodSync(path.join(workspace.dir, 'secret.drama'), 0o000);
        // Root reads any file whatever its permissions, so under root the CLI runs as the user nobody.
        const user = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
        if (user.uid !== undefined) {
            fs.chmodSync(workspace.dir, 0o755);
            if (runCli(['--version'], { cwd: workspace.dir, ...user }).status !== 0) this.skip(); // this checkout is closed to nobody
        }
        expectInputError(runCli(['lint', 'secret.drama'], { cwd: workspace.dir, ...user }), 'secret.drama: cannot read the file (EACCES)');
    });

    it('names a folder without specs, and a glob that matches none', () => {
        workspace = makeWorkspace({ 'docs/readme.md': '# nothing here', 'a.drama': CLEAN });
        expectInputError(runCli(['lint', 'docs'], { cwd: workspace.dir }), 'docs: no .drama files in this folder');
        expectInputError(runCli(['lint', 'specs/**/*.drama'], { cwd: workspace.dir }), 'specs/**/*.drama: no .drama files match this pattern');
    });

    it('names the configuration file and the key at fault, and uses no defaults silently', () => {
        workspace = makeWorkspace({ '.servicedrama.json': '{ "rules": { "risk-has-recovery": "loud" } }', 'a.drama': ERRORS });
        expectInputError(runCli(['lint', 'a.drama'], { cwd: workspace.dir }),
            '.servicedrama.json: rules.risk-has-recovery: "loud" is not a severity: use "error", "warning", "info" or "off"');
        fs.writeFileSync(path.join(workspace.dir, '.servicedrama.json'), '{ "rules": { "risk-has-recovery": "off", } }');
        const broken = runCli(['lint', 'a.drama'], { cwd: workspace.dir });
        assert.equal(broken.status, 2);
        assert.match(broken.stderr, /^service-drama: \.servicedrama\.json: not valid JSON \(.*\)\n$/);
        expectInputError(runCli(['lint', 'a.drama', '--config', 'none.json'], { cwd: workspace.dir }), 'none.json: no such configuration file');
    });

    it('applies the severities of the workspace configuration, or of --config', () => {
        workspace = makeWorkspace({
            '.servicedrama.json': '{ "rules": { "risk-has-recovery": "warning" } }',
            'team/breakfast.drama': ERRORS,
            'strict.json': '{ "rules": { "risk-has-recovery": "error" } }'
        });
        const relaxed = runCli(['lint', 'team/breakfast.drama'], { cwd: workspace.dir });
        assert.equal(relaxed.status, 0, relaxed.stdout);
        assert.match(relaxed.stdout, /13:18 {2}warning {2}touchpoint Seat: risk NoTable has no recovery/);
        const strict = runCli(['lint', 'team', '--config', 'strict.json'], { cwd: workspace.dir });
        assert.equal(strict.status, 1);
    });

    it('finds a norm library beside a single file, and across the workspace root marked by the configuration', () => {
        workspace = makeWorkspace({ 'specs/dinner.drama': CLEAN, 'specs/norms.drama': NORMS });
        const single = runCli(['lint', 'specs/dinner.drama'], { cwd: workspace.dir });
        assert.equal(single.stdout, '✓ 1 file checked, no problems\n');
        workspace.remove();

        workspace = makeWorkspace({ '.servicedrama.json': '{}', 'services/dinner.drama': CLEAN, 'library/norms.drama': NORMS });
        assert.equal(runCli(['lint', 'services/dinner.drama'], { cwd: workspace.dir }).status, 0);
        // The library alone: its norm is applied by a spec elsewhere in the workspace, so it is not unused.
        assert.equal(runCli(['lint', 'library'], { cwd: workspace.dir }).stdout, '✓ 1 file checked, no problems\n');
        fs.rmSync(path.join(workspace.dir, '.servicedrama.json'));
        const withoutRoot = runCli(['lint', 'services/dinner.drama'], { cwd: workspace.dir });
        assert.equal(withoutRoot.status, 1);
        assert.match(withoutRoot.stdout, /Unknown norm 'Clean' \(no norm with this name in the workspace\)/);
    });

    it('reports a file that breaks the grammar as an error with a plain message, not a crash', () => {
        workspace = makeWorkspace({ 'broken.drama': 'service S {\n    actor Host frontstag\n}\n' });
        const run = runCli(['lint', 'broken.drama', '--format', 'json'], { cwd: workspace.dir });
        assert.equal(run.status, 1);
        const [file] = jsonLintFiles(run);
        const syntax = file.messages.filter(m => m.ruleId === 'syntax-error');
        assert.deepEqual(syntax.map(m => [m.line, m.severity]), [[2, 'error']]);
        assert.equal(run.stderr, '');
    });
});

describe('service-drama rules', () => {
    it('lists every rule with its default severity and description', () => {
        const run = runCli(['rules'], { cwd: process.cwd() });
        assert.equal(run.status, 0);
        const lines = run.stdout.trimEnd().split('\n');
        assert.equal(lines.length, RULES.length);
        RULES.forEach((rule, index) => {
            assert.match(lines[index], new RegExp(`^${rule.id} +${rule.defaultSeverity} +${escape(rule.description.en)}$`));
        });
    });

    it('lists them as JSON, in Chinese when asked', () => {
        const run = runCli(['rules', '--format', 'json', '--locale', 'zh-CN'], { cwd: process.cwd() });
        const rules = JSON.parse(run.stdout) as ListedRule[];
        assert.deepEqual(rules.map(r => r.id), RULES.map(r => r.id));
        assert.equal(rules[1].description, RULES[1].description.zh);
        assert.equal(rules[1].quickFix, true);
        // An https link to the rule's page at this version's tag, made from package.json's repository; the page is in the repository.
        const manifest = readManifest();
        const repository = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
        assert.equal(rules[1].docs, `${repository}/blob/v${manifest.version}/docs/rules/${rules[1].id}.md`);
        assert.ok(fs.existsSync(`docs/rules/${rules[1].id}.md`));
    });
});

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the examples', () => {
    it('lint clean, as `npm start` shows', () => {
        const run = runCli(['lint', 'examples'], { cwd: process.cwd() });
        assert.equal(run.status, 0, run.stdout);
        assert.match(run.stdout, /^✓ \d+ files checked, no problems\n$/);
    });
});
