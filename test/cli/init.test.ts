import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, type ParseError } from 'jsonc-parser';
import { RULES } from '../../src/language/rules/index.js';
import { makeWorkspace, runCli } from './support.js';

describe('service-drama init', function () {
    this.timeout(30000);
    let workspace: ReturnType<typeof makeWorkspace>;
    beforeEach(() => { workspace = makeWorkspace({}); });
    afterEach(() => workspace.remove());
    const read = (name: string) => fs.readFileSync(path.join(workspace.dir, name), 'utf8');

    it('writes a commented .servicedrama.json with every rule at its default, which lint then reads', () => {
        const run = runCli(['init'], { cwd: workspace.dir });
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stdout, 'Created .servicedrama.json\n');
        const text = read('.servicedrama.json');
        assert.match(text, /^\/\/ Service Drama: the settings of `service-drama lint`/);
        const errors: ParseError[] = [];
        const config = parse(text, errors) as { rules: unknown; overrides: unknown };
        assert.deepEqual(errors, []);
        assert.deepEqual(config.rules, Object.fromEntries(RULES.map(rule => [rule.id, rule.defaultSeverity])));
        assert.deepEqual(config.overrides, []);
        assert.equal(fs.existsSync(path.join(workspace.dir, 'first-service.drama')), false);
    });

    it('with --example also writes a first spec that lints clean; Chinese comments and spec with --locale zh-CN', () => {
        const run = runCli(['init', '--example', '--locale', 'zh-CN'], { cwd: workspace.dir });
        assert.equal(run.stdout, '已创建 .servicedrama.json\n已创建 first-service.drama\n');
        assert.match(read('.servicedrama.json'), /每个剧本采用离它最近的上层 \.servicedrama\.json/);
        assert.equal(read('first-service.drama'), fs.readFileSync('templates/first-service.zh.drama', 'utf8'));
        const lint = runCli(['lint'], { cwd: workspace.dir });
        assert.equal(lint.status, 0, lint.stdout);
    });

    it('refuses to overwrite a file that is there (exit 2), and writes nothing then', () => {
        fs.writeFileSync(path.join(workspace.dir, 'first-service.drama'), 'mine');
        const run = runCli(['init', '--example'], { cwd: workspace.dir });
        assert.equal(run.status, 2);
        assert.equal(run.stderr, 'service-drama: first-service.drama: already exists; init writes nothing over it\n');
        assert.equal(fs.existsSync(path.join(workspace.dir, '.servicedrama.json')), false);
        assert.equal(read('first-service.drama'), 'mine');
    });
});
