import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import AjvDraft04 from 'ajv-draft-04';
import { RULES } from '../../src/language/rules/index.js';
import { assertWellFormedXml } from '../blueprint/support.js';
import { CLEAN, ERRORS, jsonLintFiles, makeWorkspace, NORMS, runCli, WARNINGS } from './support.js';

const ANSI = /\u001b\[\d+m/;

describe('service-drama lint (the built CLI, run as a child process)', function () {
    this.timeout(30000);
    let workspace: ReturnType<typeof makeWorkspace>;
    before(() => {
        workspace = makeWorkspace({
            'clean/dinner.drama': CLEAN,
            'clean/norms.drama': NORMS,
            'mixed/lunch.drama': WARNINGS,
            'mixed/sub/breakfast.drama': ERRORS
        });
    });
    after(() => workspace.remove());
    const lint = (args: string[], env?: NodeJS.ProcessEnv) => runCli(['lint', ...args], { cwd: workspace.dir, env });

    describe('exit codes and the stylish report', () => {
        it('exits 0 on clean specs and says so', () => {
            const run = lint(['clean']);
            assert.equal(run.status, 0, run.stderr);
            assert.equal(run.stdout, '✓ 2 files checked, no problems\n');
        });

        it('exits 0 with warnings only, listing each with position, severity, message and rule', () => {
            const run = lint(['mixed/lunch.drama']);
            assert.equal(run.status, 0, run.stderr);
            assert.equal(run.stdout, [
                'mixed/lunch.drama',
                '  2:11   warning  backstage actor Cook never acts in a touchpoint  unused-declaration',
                '  10:20  warning  touchpoint Serve: the responsiveness expectation "dish served" has no time bound; add \'within\', e.g. within 1 min  measurable-responsiveness',
                '',
                '✖ 2 problems (0 errors, 2 warnings) in 1 file',
                ''
            ].join('\n'));
        });

        it('exits 1 on an error', () => {
            const run = lint(['mixed']);
            assert.equal(run.status, 1);
            assert.match(run.stdout, /mixed\/sub\/breakfast\.drama\n {2}13:18 {2}error {4}touchpoint Seat: risk NoTable has no recovery {2}risk-has-recovery\n/);
            assert.match(run.stdout, /✖ 3 problems \(1 error, 2 warnings\) in 2 files\n$/);
        });

        it('exits 1 with more warnings than --max-warnings allows, 0 within it', () => {
            const over = lint(['mixed/lunch.drama', '--max-warnings', '1']);
            assert.equal(over.status, 1);
            assert.match(over.stdout, /Too many warnings: 2, at most 1 allowed \(--max-warnings\)\.\n$/);
            assert.equal(lint(['mixed/lunch.drama', '--max-warnings', '2']).status, 0);
        });

        it('reports errors only with --quiet', () => {
            const run = lint(['mixed', '--quiet']);
            assert.equal(run.status, 1);
            assert.doesNotMatch(run.stdout, /\d+:\d+ +warning/);
            assert.match(run.stdout, /✖ 1 problem \(1 error, 0 warnings\) in 2 files/);
            assert.equal(lint(['mixed/lunch.drama', '--quiet', '--max-warnings', '0']).status, 0);
        });

        it('lints the current folder when given no path, and expands globs', () => {
            assert.equal(runCli(['lint'], { cwd: path.join(workspace.dir, 'clean') }).status, 0);
            const run = lint(['mixed/**/*.drama', '--format', 'json']);
            assert.deepEqual(jsonLintFiles(run).map(file => path.relative(workspace.dir, file.filePath)),
                [path.join('mixed', 'lunch.drama'), path.join('mixed', 'sub', 'breakfast.drama')]);
            const sub = lint(['mixed/s?b/*.{drama,txt}', '--format', 'json']);
            assert.equal(jsonLintFiles(sub).length, 1);
        });

        it('exits 2 on usage mistakes, with the usage', () => {
            for (const args of [['--frobnicate'], ['--format', 'xml'], ['--max-warnings', 'many'], ['--locale', 'fr']]) {
                const run = lint(['clean', ...args]);
                assert.equal(run.status, 2, args.join(' '));
                assert.match(run.stderr, /^service-drama: /);
                assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
            }
            assert.match(lint(['--frobnicate']).stderr, /Usage: service-drama lint/);
            assert.equal(runCli(['frobnicate'], { cwd: workspace.dir }).status, 2);
        });
    });

    describe('colour', () => {
        it('is off when the output is not a terminal', () => {
            assert.doesNotMatch(lint(['mixed']).stdout, ANSI);
        });

        it('is on with FORCE_COLOR, and NO_COLOR turns it off', () => {
            assert.match(lint(['mixed'], { FORCE_COLOR: '1' }).stdout, ANSI);
            assert.doesNotMatch(lint(['mixed'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout, ANSI);
        });

        it('is on in a terminal unless NO_COLOR is set', function () {
            if (spawnSync('script', ['--version']).status !== 0) this.skip(); // `script` (util-linux) provides the terminal
            const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(path.resolve('bin', 'service-drama.cjs'))} lint mixed`;
            const inTerminal = (env: NodeJS.ProcessEnv) => spawnSync('script', ['-qec', command, '/dev/null'],
                { cwd: workspace.dir, env: { PATH: process.env.PATH, TERM: 'xterm', ...env }, encoding: 'utf8' }).stdout;
            assert.match(inTerminal({}), ANSI);
            assert.doesNotMatch(inTerminal({ NO_COLOR: '1' }), ANSI);
        });
    });

    describe('formats', () => {
        it('json: one entry per file with counts and messages', () => {
            const run = lint(['mixed', '--format', 'json']);
            assert.equal(run.status, 1);
            const files = jsonLintFiles(run);
            assert.equal(files.length, 2);
            const breakfast = files.find(file => file.filePath.endsWith('breakfast.drama'));
            assert.ok(breakfast);
            assert.equal(breakfast.filePath, path.join(workspace.dir, 'mixed', 'sub', 'breakfast.drama'));
            assert.deepEqual(breakfast.messages, [{
                ruleId: 'risk-has-recovery', severity: 'error', message: 'touchpoint Seat: risk NoTable has no recovery',
                line: 13, column: 18, endLine: 13, endColumn: 25
            }]);
            assert.deepEqual([breakfast.errorCount, breakfast.warningCount, breakfast.infoCount], [1, 0, 0]);
        });

        it('sarif: a SARIF 2.1.0 log as code scanning reads it', () => {
            const run = lint(['mixed', '--format', 'sarif']);
            assert.equal(run.status, 1);
            const log = JSON.parse(run.stdout) as SarifLog;
            checkSarifShape(log);
            const driver = log.runs[0].tool.driver;
            assert.equal(driver.name, 'service-drama');
            for (const rule of RULES) {
                const descriptor = driver.rules.find((d: { id: string }) => d.id === rule.id);
                assert.ok(descriptor, rule.id);
                assert.equal(descriptor.shortDescription.text, rule.description.en);
                assert.match(descriptor.help.markdown ?? '', new RegExp(`^# ${rule.id}\\n`));
                assert.equal(descriptor.defaultConfiguration.level, rule.defaultSeverity === 'info' ? 'note' : rule.defaultSeverity);
            }
            const results = log.runs[0].results;
            assert.deepEqual(results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level]), [
                ['unused-declaration', 'warning'], ['measurable-responsiveness', 'warning'], ['risk-has-recovery', 'error']
            ]);
            const error = results[2];
            assert.equal(error.message.text, 'touchpoint Seat: risk NoTable has no recovery');
            assert.deepEqual(error.locations[0].physicalLocation, {
                artifactLocation: { uri: 'mixed/sub/breakfast.drama' },
                region: { startLine: 13, startColumn: 18, endLine: 13, endColumn: 25 }
            });
            assert.equal(driver.rules[error.ruleIndex].id, 'risk-has-recovery');
        });

        it('sarif: a valid log with no results for clean specs', () => {
            const run = lint(['clean', '--format', 'sarif']);
            assert.equal(run.status, 0);
            const log = JSON.parse(run.stdout) as SarifLog;
            checkSarifShape(log);
            assert.deepEqual(log.runs[0].results, []);
        });

        it('junit: a test suite per file, a failing test case per finding, a passing one for a clean file', () => {
            const run = lint(['clean/dinner.drama', 'mixed', '--format', 'junit']);
            assert.equal(run.status, 1);
            assertWellFormedXml(run.stdout);
            const xml = new DOMParser().parseFromString(run.stdout, 'text/xml');
            const root = xml.documentElement!;
            assert.equal(root.tagName, 'testsuites');
            assert.equal(root.getAttribute('failures'), '3');
            const suites = Array.from(root.getElementsByTagName('testsuite'));
            assert.deepEqual(suites.map(s => [s.getAttribute('name'), s.getAttribute('tests'), s.getAttribute('failures')]), [
                ['clean/dinner.drama', '1', '0'],
                ['mixed/lunch.drama', '2', '2'],
                ['mixed/sub/breakfast.drama', '1', '1']
            ]);
            const passing = suites[0].getElementsByTagName('testcase')[0];
            assert.equal(passing.getElementsByTagName('failure').length, 0);
            const failure = suites[2].getElementsByTagName('failure')[0];
            assert.equal(failure.getAttribute('type'), 'risk-has-recovery');
            assert.equal(failure.getAttribute('message'), 'touchpoint Seat: risk NoTable has no recovery');
        });

        it('github: a workflow annotation per finding', () => {
            const run = lint(['mixed', '--format', 'github']);
            assert.equal(run.status, 1);
            assert.deepEqual(run.stdout.trimEnd().split('\n'), [
                '::warning file=mixed/lunch.drama,line=2,col=11,endLine=2,endColumn=15,title=unused-declaration::backstage actor Cook never acts in a touchpoint',
                '::warning file=mixed/lunch.drama,line=10,col=20,endLine=10,endColumn=34,title=measurable-responsiveness::touchpoint Serve: the responsiveness expectation "dish served" has no time bound; add \'within\', e.g. within 1 min',
                '::error file=mixed/sub/breakfast.drama,line=13,col=18,endLine=13,endColumn=25,title=risk-has-recovery::touchpoint Seat: risk NoTable has no recovery'
            ]);
        });

        it('keeps machine-readable output clean: the --max-warnings note goes to stderr', () => {
            const run = lint(['mixed/lunch.drama', '--format', 'json', '--max-warnings', '0']);
            assert.equal(run.status, 1);
            JSON.parse(run.stdout);
            assert.match(run.stderr, /Too many warnings/);
        });
    });

    describe('language', () => {
        it('speaks Chinese with --locale zh-CN or a Chinese LANG', () => {
            const expected = /触点 Seat：风险 NoTable 还没有补救（`recovery`）/;
            assert.match(lint(['mixed/sub', '--locale', 'zh-CN']).stdout, expected);
            const fromLang = lint(['mixed/sub'], { LANG: 'zh_CN.UTF-8' }).stdout;
            assert.match(fromLang, expected);
            assert.match(fromLang, /✖ 1 个文件中有 1 个问题（1 个错误，0 个警告）/);
            assert.match(lint(['mixed/sub'], { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' }).stdout, /risk NoTable has no recovery/);
        });
    });
});

/**
 * The official SARIF 2.1.0 JSON schema (draft-04; its copy in Microsoft's SARIF SDK). Its patterns
 * are not valid as Unicode regular expressions, and formats are not checked, as in GitHub's reader.
 */
const validateSarif = new AjvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false, validateFormats: false })
    .compile(createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));

/** The parts of a SARIF 2.1.0 log that the CLI writes and code scanning reads. */
interface SarifLog {
    $schema: string;
    version: string;
    runs: Array<{
        tool: { driver: { name: string; version: string; rules: SarifRule[] } };
        columnKind: string;
        results: SarifResult[];
    }>;
}

interface SarifRule {
    id: string;
    shortDescription: { text: string };
    fullDescription: { text: string };
    help: { text: string; markdown?: string };
    defaultConfiguration: { level: string };
}

interface SarifResult {
    ruleId: string;
    ruleIndex: number;
    level: string;
    message: { text: string };
    locations: Array<{
        physicalLocation: {
            artifactLocation: { uri: string };
            region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        };
    }>;
}

/** A log valid under the SARIF 2.1.0 schema, with the parts that code scanning relies on. */
function checkSarifShape(log: SarifLog): void {
    const valid: boolean = validateSarif(log); // kept apart: the type guard would narrow `log`
    assert.ok(valid, `SARIF schema: ${JSON.stringify(validateSarif.errors, null, 1)}`);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.ok(Array.isArray(log.runs) && log.runs.length === 1);
    const run = log.runs[0];
    const driver = run.tool?.driver;
    assert.equal(typeof driver?.name, 'string');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.ok(Array.isArray(driver.rules));
    const ids = driver.rules.map(rule => rule.id);
    assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
    for (const rule of driver.rules) {
        assert.equal(typeof rule.id, 'string');
        assert.equal(typeof rule.shortDescription.text, 'string');
        assert.equal(typeof rule.fullDescription.text, 'string');
        assert.equal(typeof rule.help.text, 'string');
        assert.ok(['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration.level));
    }
    assert.ok(['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind));
    assert.ok(Array.isArray(run.results));
    for (const result of run.results) {
        assert.ok(ids.includes(result.ruleId), result.ruleId);
        assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
        assert.ok(['none', 'note', 'warning', 'error'].includes(result.level));
        assert.equal(typeof result.message.text, 'string');
        assert.equal(result.locations.length, 1);
        const { artifactLocation, region } = result.locations[0].physicalLocation;
        assert.ok(!artifactLocation.uri.includes('\\') && !path.isAbsolute(artifactLocation.uri), artifactLocation.uri);
        for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) {
            assert.ok(Number.isInteger(region[key]) && region[key] >= 1, key);
        }
        assert.ok(region.endLine > region.startLine || region.endColumn >= region.startColumn);
    }
    assert.equal(Object.keys(log).filter(key => !['$schema', 'version', 'runs'].includes(key)).length, 0);
}
