import * as assert from 'node:assert/strict';
import { ERRORS, makeWorkspace, runCli } from './support.js';

const ERRORS_B = ERRORS.replace('service Breakfast', 'service Brunch');
const RISK = /risk-has-recovery/;

describe('service-drama lint: configuration files (JSONC, extends, overrides, the nearest one)', function () {
    this.timeout(60000);
    let workspace: ReturnType<typeof makeWorkspace>;
    afterEach(() => workspace.remove());
    const lint = (args: string[]) => runCli(['lint', ...args], { cwd: workspace.dir });

    it('reads comments in .servicedrama.json', () => {
        workspace = makeWorkspace({
            '.servicedrama.json': '// our team\'s settings\n{\n  /* a risk is a warning here */\n  "rules": { "risk-has-recovery": "warning" }\n}\n',
            'a.drama': ERRORS
        });
        const run = lint(['a.drama']);
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /13:18 {2}warning {2}touchpoint Seat: risk NoTable has no recovery {2}risk-has-recovery/);
    });

    it('extends another file (relative) and a shared npm package, its own rules winning', () => {
        workspace = makeWorkspace({
            '.servicedrama.json': '{ "extends": ["@acme/drama-config", "./base.json"], "rules": { "customer-acts": "error" } }',
            'base.json': '{ "rules": { "risk-has-recovery": "info" } }',
            'node_modules/@acme/drama-config/package.json': '{ "name": "@acme/drama-config", "main": "servicedrama.json" }',
            'node_modules/@acme/drama-config/servicedrama.json': '{ "rules": { "risk-has-recovery": "off", "unique-names": "off" } }',
            'a.drama': ERRORS
        });
        const run = lint(['a.drama']);
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /13:18 {2}info {5}touchpoint Seat: risk NoTable has no recovery/, 'base.json comes after the package and wins');
    });

    it('takes a rule\'s options from the file it extends and from an override, as it takes severities', () => {
        const WAIT = `service S {
    actor Host frontstage
    scene X {
        touchpoint T face-to-face {
            customer "asks"
            Host "answers"
            expect responsiveness "answer" within 3 min
        }
    }
}
`;
        workspace = makeWorkspace({
            '.servicedrama.json': '{ "extends": "./base.json", "overrides": [{ "files": ["relaxed/**"], "rules": { "wait-needs-feedback": ["warning", { "threshold": "10 min" }] } }] }',
            'base.json': '{ "rules": { "wait-needs-feedback": ["warning", { "threshold": "1 min" }] } }',
            'a.drama': WAIT,
            'relaxed/b.drama': WAIT.replace('service S', 'service R')
        });
        const run = lint(['a.drama', 'relaxed/b.drama', '--format', 'json']);
        const waits = (JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>)
            .map(file => [file.filePath.split('/').slice(-2).join('/'), file.messages.filter(m => m.ruleId === 'wait-needs-feedback').length]);
        assert.deepEqual(Object.fromEntries(waits), { [`${workspace.dir.split('/').pop()}/a.drama`]: 1, 'relaxed/b.drama': 0 }, run.stdout);
    });

    it('applies overrides to the specs their globs match, relative to the configuration\'s folder', () => {
        workspace = makeWorkspace({
            '.servicedrama.json': '{ "overrides": [{ "files": ["drafts/**"], "rules": { "risk-has-recovery": "off" } }] }',
            'drafts/a.drama': ERRORS,
            'final/b.drama': ERRORS_B
        });
        const run = lint(['.']);
        assert.equal(run.status, 1);
        assert.doesNotMatch(run.stdout, /drafts\/a\.drama/);
        assert.match(run.stdout, /final\/b\.drama\n {2}13:18 {2}error/);
    });

    it('uses the nearest configuration above each spec', () => {
        workspace = makeWorkspace({
            '.servicedrama.json': '{ "rules": { "risk-has-recovery": "warning" } }',
            'team/.servicedrama.json': '{ "rules": { "risk-has-recovery": "off" } }',
            'team/a.drama': ERRORS,
            'b.drama': ERRORS_B
        });
        const run = lint(['team/a.drama', 'b.drama']);
        assert.equal(run.status, 0, run.stderr);
        assert.doesNotMatch(run.stdout, /team\/a\.drama/);
        assert.match(run.stdout, /b\.drama\n {2}13:18 {2}warning/);
    });

    it('stops with exit 2 naming the file, the key and the problem', () => {
        const cases: Array<[Record<string, string>, RegExp]> = [
            [{ '.servicedrama.json': '{ "overrides": [{ "files": "drafts/**", "rules": {} }] }' }, /^service-drama: \.servicedrama\.json: overrides\[0\]\.files: must be a list of globs/],
            [{ '.servicedrama.json': '{ "overrides": [{ "files": ["x/**"], "rules": { "customer-act": "off" } }] }' },
                /^service-drama: \.servicedrama\.json: overrides\[0\]\.rules\.customer-act: unknown rule id 'customer-act' \(did you mean 'customer-acts'\?\)/],
            [{ '.servicedrama.json': '{ "extends": "./missing.json" }' }, /^service-drama: \.servicedrama\.json: extends: cannot find '\.\/missing\.json'/],
            [{ '.servicedrama.json': '{ "extends": "./base.json" }', 'base.json': '{ "rules": { "risk-has-recovery": "loud" } }' },
                /^service-drama: base\.json: rules\.risk-has-recovery: "loud" is not a severity/],
            [{ '.servicedrama.json': '{ "extends": "./base.json" }', 'base.json': '{ "extends": "./.servicedrama.json" }' }, /^service-drama: base\.json: extends: '\.\/\.servicedrama\.json' extends this file again, in a loop/],
            [{ '.servicedrama.json': '{ "ignores": "old" }' }, /^service-drama: \.servicedrama\.json: ignores: must be a list of globs/],
            [{ '.servicedrama.json': '{ "rules": { } /* unclosed' }, /^service-drama: \.servicedrama\.json: not valid JSON \(UnexpectedEndOfComment at offset/]
        ];
        for (const [files, expected] of cases) {
            workspace = makeWorkspace({ ...files, 'a.drama': ERRORS });
            const run = lint(['a.drama']);
            assert.equal(run.status, 2, JSON.stringify(files));
            assert.match(run.stderr, expected);
            assert.doesNotMatch(run.stderr, /\n {4}at /);
            workspace.remove();
        }
        workspace = makeWorkspace({});
    });

    it('--config gives every spec one configuration, its overrides relative to its own folder', () => {
        workspace = makeWorkspace({
            'conf/strict.json': '{ "overrides": [{ "files": ["../specs/**"], "rules": { "risk-has-recovery": "warning" } }] }',
            'specs/a.drama': ERRORS
        });
        const run = lint(['specs', '--config', 'conf/strict.json']);
        assert.equal(run.status, 1, 'globs relative to conf/ do not reach ../specs');
        assert.match(run.stdout, RISK);
    });
});
