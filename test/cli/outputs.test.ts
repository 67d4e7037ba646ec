import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SaxesParser } from 'saxes';
import { ERRORS, makeWorkspace, runCli, WARNINGS } from './support.js';

/** Parses XML with saxes, failing on any well-formedness error, and returns the elements with their attributes. */
function parseXml(xml: string): Array<{ name: string; attributes: Record<string, string> }> {
    const parser = new SaxesParser();
    const elements: Array<{ name: string; attributes: Record<string, string> }> = [];
    parser.on('error', error => { throw error; });
    parser.on('opentag', tag => elements.push({ name: tag.name, attributes: { ...tag.attributes as Record<string, string> } }));
    parser.write(xml).close();
    return elements;
}

/** The same spec under a file name full of markup and quotes: every format must show it as text. */
const HOSTILE = ERRORS.replace('service Breakfast', 'service Supper');

/** The parts of a SARIF log these tests read: results and the rules' links. */
interface SarifWithLinks {
    runs: Array<{ results: Array<{ ruleId: string; ruleIndex: number }>; tool: { driver: { rules: Array<{ helpUri: string }> } } }>;
}

/** A GitLab code quality issue. */
interface GitlabIssue {
    description: string;
    check_name: string;
    fingerprint: string;
    severity: string;
    location: { path: string; lines: { begin: number } };
}

describe('service-drama lint: --stdin, --output and the gitlab, checkstyle, html and markdown formats', function () {
    this.timeout(60000);
    let workspace: ReturnType<typeof makeWorkspace>;
    before(() => {
        workspace = makeWorkspace({ 'lunch.drama': WARNINGS, 'sub/breakfast.drama': ERRORS, 'sub/<b>&"x".drama': HOSTILE });
    });
    after(() => workspace.remove());
    const lint = (args: string[], input?: string) => runCli(['lint', ...args], { cwd: workspace.dir, input });

    it('--stdin checks the piped spec under --stdin-filename, and under stdin.drama without it', () => {
        const named = lint(['--stdin', '--stdin-filename', 'piped/breakfast.drama'], ERRORS);
        assert.equal(named.status, 1);
        assert.match(named.stdout, /^piped\/breakfast\.drama\n {2}13:18 {2}error {4}touchpoint Seat: risk NoTable has no recovery {2}risk-has-recovery\n/);
        const unnamed = lint(['--stdin'], WARNINGS.replace('service Lunch', 'service Tea'));
        assert.equal(unnamed.status, 0);
        assert.match(unnamed.stdout, /^stdin\.drama\n/);
        assert.equal(fs.existsSync(path.join(workspace.dir, 'stdin.drama')), false);
    });

    it('--stdin refuses paths beside it, and --stdin-filename without --stdin (exit 2)', () => {
        assert.match(lint(['--stdin', 'lunch.drama'], WARNINGS).stderr, /--stdin: give no paths with it \(found 'lunch\.drama'\)/);
        assert.equal(lint(['--stdin-filename', 'x.drama']).status, 2);
    });

    it('--output writes SARIF to a file while stylish goes to the terminal, and may repeat', () => {
        const run = lint(['sub/breakfast.drama', '--output', 'sarif=reports/lint.sarif', '-o', 'junit=reports/junit.xml']);
        assert.equal(run.status, 1);
        assert.match(run.stdout, /✖ 1 problem \(1 error, 0 warnings\) in 1 file\n$/);
        assert.equal(run.stderr, 'sarif report written to reports/lint.sarif\njunit report written to reports/junit.xml\n');
        const sarif = JSON.parse(fs.readFileSync(path.join(workspace.dir, 'reports/lint.sarif'), 'utf8')) as SarifWithLinks;
        assert.equal(sarif.runs[0].results[0].ruleId, 'risk-has-recovery');
        const rule = sarif.runs[0].tool.driver.rules[sarif.runs[0].results[0].ruleIndex];
        assert.match(rule.helpUri, /^https:\/\/github\.com\/.+\/blob\/v\d+\.\d+\.\d+.*\/docs\/rules\/risk-has-recovery\.md$/);
        assert.equal(parseXml(fs.readFileSync(path.join(workspace.dir, 'reports/junit.xml'), 'utf8'))[0].name, 'testsuites');
    });

    it('--output refuses an unknown format and a value without FILE (exit 2)', () => {
        assert.match(lint(['lunch.drama', '-o', 'pdf=x.pdf']).stderr, /--output pdf: use one of stylish, json, sarif, junit, github, gitlab, checkstyle, html, markdown/);
        assert.match(lint(['lunch.drama', '-o', 'sarif']).stderr, /--output sarif: write it as FORMAT=FILE/);
    });

    it('gitlab: GitLab code quality issues with description, check_name, a stable unique fingerprint, severity and location', () => {
        const run = lint(['lunch.drama', 'sub/breakfast.drama', '-f', 'gitlab']);
        const issues = JSON.parse(run.stdout) as GitlabIssue[];
        assert.deepEqual(issues.map(i =>
            [i.check_name, i.severity, i.location.path, i.location.lines.begin]), [
            ['unused-declaration', 'minor', 'lunch.drama', 2],
            ['measurable-responsiveness', 'minor', 'lunch.drama', 10],
            ['risk-has-recovery', 'major', 'sub/breakfast.drama', 13]
        ]);
        assert.equal(issues[2].description, 'touchpoint Seat: risk NoTable has no recovery');
        assert.equal(new Set(issues.map(i => i.fingerprint)).size, 3);
        assert.deepEqual(JSON.parse(lint(['lunch.drama', 'sub/breakfast.drama', '-f', 'gitlab']).stdout), issues);
    });

    it('checkstyle: well-formed XML, one file element per spec, the names and messages escaped', () => {
        const run = lint(['sub', '-f', 'checkstyle']);
        const elements = parseXml(run.stdout);
        assert.deepEqual(elements.filter(e => e.name === 'file').map(e => e.attributes.name), ['sub/<b>&"x".drama', 'sub/breakfast.drama']);
        const errors = elements.filter(e => e.name === 'error');
        assert.deepEqual(errors[1].attributes, {
            line: '13', column: '18', severity: 'error', message: 'touchpoint Seat: risk NoTable has no recovery', source: 'service-drama.risk-has-recovery'
        });
        assert.match(run.stdout, /<file name="sub\/&lt;b&gt;&amp;&quot;x&quot;\.drama">/);
    });

    it('html: a standalone page with a strict Content Security Policy, no script, and the file names escaped', () => {
        const run = lint(['sub', '-f', 'html']);
        assert.match(run.stdout, /^<!DOCTYPE html>\n<html lang="en">/);
        assert.match(run.stdout, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'">/);
        assert.doesNotMatch(run.stdout, /<script/);
        assert.match(run.stdout, /<h2>sub\/&lt;b&gt;&amp;&quot;x&quot;\.drama<\/h2>/);
        assert.match(run.stdout, /<p>✖ 2 problems \(2 errors, 0 warnings\) in 2 files<\/p>/);
        // The style's hash in the policy is the hash of the page's one style element.
        const style = /<style>([\s\S]*?)<\/style>/.exec(run.stdout)![1];
        assert.ok(run.stdout.includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`));
        assert.match(lint(['sub', '-f', 'html', '--locale', 'zh-CN']).stdout, /<th>位置<\/th><th>严重程度<\/th><th>规则<\/th><th>问题<\/th>/);
    });

    it('markdown: a heading, the summary and a table; markup in names is escaped, Chinese with --locale zh-CN', () => {
        const run = lint(['sub', '-f', 'markdown']);
        assert.equal(run.stdout.split('\n').slice(0, 6).join('\n'), [
            '### Service Drama lint report', '', '✖ 2 problems (2 errors, 0 warnings) in 2 files', '', '| Where | Severity | Rule | Message |', '| --- | --- | --- | --- |'
        ].join('\n'));
        assert.match(run.stdout, /\| sub\/&lt;b&gt;&amp;"x"\.drama:13:18 \| error \| `risk-has-recovery` \| touchpoint Seat: risk NoTable has no recovery \|/);
        const zh = lint(['lunch.drama', '-f', 'markdown', '--locale', 'zh-CN']);
        assert.match(zh.stdout, /^### Service Drama 检查报告\n\n✖ 1 个文件中有 2 个问题/);
        assert.match(zh.stdout, /\| 位置 \| 严重程度 \| 规则 \| 问题 \|/);
    });
});
