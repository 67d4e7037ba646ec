import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { byClass, parseXml } from '../blueprint/support.js';
import { jsonLintFiles, makeWorkspace, runCli, type CliRun } from '../cli/support.js';
import { SPEC, SURVEY_CSV } from './fixtures.js';

/** A user mistake: exit 2, lines on the standard error, no stack trace. */
function assertExit2(run: CliRun, message: RegExp): void {
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, message);
    assert.ok(!/^\s+at /m.test(run.stderr), run.stderr);
}

describe('service-drama gaps', () => {
    let workspace: ReturnType<typeof makeWorkspace>;
    beforeEach(() => {
        workspace = makeWorkspace({ 'svc.drama': SPEC, 'surveys/s.csv': SURVEY_CSV });
    });
    afterEach(() => workspace.remove());
    const gaps = (...args: string[]) => runCli(['gaps', ...args], { cwd: workspace.dir });

    it('prints a table per service: touchpoints × the five elements, the scores, the weakest moment, what is not measured, what got worse', () => {
        const run = gaps('svc.drama', '--survey', 'surveys/s.csv');
        assert.equal(run.status, 0, run.stderr);
        const lines = run.stdout.split('\n');
        assert.equal(lines[0], 'Svc: gaps between perception and expectation, wave 2026-06-01');
        assert.match(run.stdout, /^Touchpoint\s+Reliability\s+Responsiveness\s+Assurance\s+Empathy\s+Tangibles\s+Score\s+Respondents$/m);
        // Pay: reliability −1.50 (it was 0, so −1.50), assurance +0.50 measured where nothing is designed (*), responsiveness designed but not measured (·).
        assert.match(run.stdout, /^◆ Pay\s+-1\.50 \(-1\.50\)\s+·\s+\+0\.50\*\s+-0\.83 \(-0\.83\)\s+60$/m);
        assert.match(run.stdout, /^Order\s+\+0\.50 \(-0\.50\)\s+·\s+\+0\.50 \(-0\.50\)\s+50$/m);
        assert.match(run.stdout, /^\(whole service\)\s+-1\.00\*\s+-1\.00\s+10$/m);
        assert.match(run.stdout, /^Element scores\s+-0\.39\s+\+0\.50\s+-1\.00\s+-0\.29\s+120$/m);
        assert.match(run.stdout, /SERVQUAL score \(perception − expectation\): -0\.29, 120 respondents \(-0\.63 since wave 2026-05\)/);
        assert.match(run.stdout, /Weakest moment: Pay \(-0\.83, lowest on Reliability\) — a moment of trial/);
        assert.match(run.stdout, /Designed but not measured:\n {2}Order: Tangibles\n {2}Pay: Responsiveness/);
        assert.match(run.stdout, /Measured but not designed \(the script promises nothing there\):\n {2}Pay: Assurance\n {2}\(whole service\): Empathy/);
        assert.match(run.stdout, /Worse than wave 2026-05:\n {2}Pay: -0\.83\n {2}Order: -0\.50/);
    });

    it('speaks Chinese with --locale zh-CN', () => {
        const run = gaps('svc.drama', '--survey', 'surveys/s.csv', '--locale', 'zh-CN');
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /^Svc：感知与期待之差，第 2026-06-01 期$/m);
        assert.match(run.stdout, /最弱的时刻：Pay（-0\.83，可靠性最低）——这是考验时刻/);
    });

    it('writes JSON, Markdown and HTML with the same numbers', () => {
        const json = gaps('svc.drama', '--survey', 'surveys/s.csv', '--format', 'json');
        assert.equal(json.status, 0, json.stderr);
        const report = JSON.parse(json.stdout) as { wave: string; previous: string; services: Array<{ weakest: { touchpoint: string; trial: boolean }; score: { gap: number } }> };
        assert.equal(report.wave, '2026-06-01');
        assert.equal(report.previous, '2026-05');
        assert.deepEqual([report.services[0].weakest.touchpoint, report.services[0].weakest.trial], ['Pay', true]);
        assert.ok(Math.abs(report.services[0].score.gap + 35 / 120) < 1e-9);

        const md = gaps('svc.drama', '--survey', 'surveys/s.csv', '--format', 'md');
        assert.match(md.stdout, /^## Svc: gaps between perception and expectation, wave 2026-06-01$/m);
        assert.match(md.stdout, /^\| ◆ Pay \| -1\.50 \(-1\.50\) \| · \| \+0\.50\\\* \|/m);
        assert.match(md.stdout, /^\| \*\*Element scores\*\* \| -0\.39 \|/m);

        const html = gaps('svc.drama', '--survey', 'surveys/s.csv', '--format', 'html', '--wave', '2026-05');
        assert.equal(html.status, 0, html.stderr);
        assert.match(html.stdout, /^<!DOCTYPE html>/);
        assert.match(html.stdout, /<h2>Svc: gaps between perception and expectation, wave 2026-05<\/h2>/);
        assert.match(html.stdout, /<tr><td>◆ Pay<\/td><td>±0\.00<\/td>/);
    });

    it('stops at bad rows with exit 2, naming file, line and column; --lenient leaves them out and counts them', () => {
        workspace.remove();
        workspace = makeWorkspace({ 'svc.drama': SPEC, 's.csv': `${SURVEY_CSV}2026-06-01,Svc,Pya,reliability,6,5,10\n2026-06-01,Svc,Pay,speed,9,5,10\n` });
        const strict = gaps('svc.drama', '--survey', 's.csv');
        assertExit2(strict, /^s\.csv:10: touchpoint: the service Svc has no touchpoint 'Pya'$/m);
        assert.match(strict.stderr, /^s\.csv:11: element: 'speed' is not one of the five elements/m);
        assert.match(strict.stderr, /^s\.csv:11: expectation: expectation '9' is not a score from 1 to 7$/m);
        assert.match(strict.stderr, /service-drama: 3 problems in the survey: fix the rows, or leave them out with --lenient/);
        assert.equal(strict.stdout, '');

        const lenient = gaps('svc.drama', '--survey', 's.csv', '--lenient');
        assert.equal(lenient.status, 0, lenient.stderr);
        assert.match(lenient.stderr, /^2 rows of the survey left out for the problems above \(--lenient\)$/m);
        assert.match(lenient.stdout, /^◆ Pay\s+-1\.50/m);
    });

    it('a missing survey, an unknown wave, no spec: one clear line and exit 2', () => {
        assertExit2(gaps('svc.drama', '--survey', 'nope.csv'), /^service-drama: nope\.csv: no such survey file$/m);
        assertExit2(gaps('svc.drama', '--survey', 'surveys/s.csv', '--wave', '2027'), /the survey has no wave '2027'; its waves: wave 2026-05, wave 2026-06-01/);
        assertExit2(gaps('--survey', 'surveys/s.csv'), /give the spec files/);
        assertExit2(gaps('svc.drama'), /give the survey with --survey FILE/);
        assertExit2(gaps('svc.drama', '--survey', 'surveys/s.csv', '--format', 'pdf'), /--format pdf: use one of table, json, md, html/);
    });

    it('takes the survey from .servicedrama.json, relative to that file', () => {
        workspace.remove();
        workspace = makeWorkspace({ 'specs/svc.drama': SPEC, 'data/s.csv': SURVEY_CSV, '.servicedrama.json': '{ "survey": "data/s.csv" }' });
        const run = gaps(path.join('specs', 'svc.drama'));
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /^◆ Pay\s+-1\.50/m);
    });

    it('is listed in the usage, and explains itself with --help', () => {
        assert.match(runCli(['--help'], { cwd: workspace.dir }).stdout, /^ {2}gaps SPEC\.\.\. {8}measured quality/m);
        const help = gaps('--help');
        assert.equal(help.status, 0);
        assert.match(help.stdout, /^Usage: service-drama gaps SPEC\.\.\. --survey FILE/);
        assert.match(help.stdout, /the latest date when every wave is a date, else the last in the file/);
    });
});

describe('the perception-gap rule in lint (CI) and the heat map in blueprint --survey', () => {
    let workspace: ReturnType<typeof makeWorkspace>;
    afterEach(() => workspace.remove());

    it('lint warns where a measured gap is below the threshold and errs at a moment of trial (exit 1), with the configured survey', () => {
        workspace = makeWorkspace({ 'svc.drama': SPEC, 's.csv': SURVEY_CSV, '.servicedrama.json': '{ "survey": "s.csv" }' });
        const run = runCli(['lint', '--format', 'json', 'svc.drama'], { cwd: workspace.dir });
        assert.equal(run.status, 1, run.stderr);
        const findings = jsonLintFiles(run)[0].messages.filter(message => message.ruleId === 'perception-gap');
        assert.deepEqual(findings.map(finding => [finding.line, finding.severity]), [[15, 'error']]);
        assert.match(findings[0].message, /touchpoint Pay: customers perceive reliability well below what they expect \(gap -1\.50: E 6\.25, P 4\.75, n 40, wave 2026-06-01; threshold -1\); this is a moment of trial/);
    });

    it('lint follows the threshold option: a warning away from a moment of trial, nothing once the gap is above the threshold', () => {
        const survey = 'service,touchpoint,element,expectation,perception,respondents\nSvc,Order,reliability,6,5.2,30\n';
        const findingsWith = (config: string) => {
            workspace?.remove();
            workspace = makeWorkspace({ 'svc.drama': SPEC, 's.csv': survey, '.servicedrama.json': config });
            const run = runCli(['lint', '--format', 'json', 'svc.drama'], { cwd: workspace.dir });
            return jsonLintFiles(run)[0].messages.filter(message => message.ruleId === 'perception-gap').map(finding => [finding.line, finding.severity]);
        };
        assert.deepEqual(findingsWith('{ "survey": "s.csv" }'), [], 'a gap of -0.8 is above the default -1.0');
        assert.deepEqual(findingsWith('{ "survey": "s.csv", "rules": { "perception-gap": ["warning", { "threshold": -0.5 }] } }'), [[8, 'warning']]);
        assert.deepEqual(findingsWith('{ "survey": "s.csv", "rules": { "perception-gap": "off" } }'), []);
    });

    it('lint stops with exit 2 when the configured survey is missing or has bad rows', () => {
        workspace = makeWorkspace({ 'svc.drama': SPEC, '.servicedrama.json': '{ "survey": "gone.csv" }' });
        assertExit2(runCli(['lint', 'svc.drama'], { cwd: workspace.dir }), /^service-drama: \.servicedrama\.json: survey: no such survey file gone\.csv$/m);
        workspace.remove();
        workspace = makeWorkspace({ 'svc.drama': SPEC, 's.csv': `${SURVEY_CSV}2026-06-01,Svc,Pay,reliability,6,5,0\n`, '.servicedrama.json': '{ "survey": "s.csv" }' });
        const run = runCli(['lint', 'svc.drama'], { cwd: workspace.dir });
        assertExit2(run, /^s\.csv:10: respondents: respondents '0' is not a whole number above 0$/m);
        assert.match(run.stderr, /1 problem in the survey the configuration names/);
    });

    it('blueprint --survey draws the heat map: a cell with the gap above each measured chip, a tint per column, a legend', () => {
        workspace = makeWorkspace({ 'svc.drama': SPEC, 's.csv': SURVEY_CSV });
        const run = runCli(['blueprint', 'svc.drama', '--survey', 's.csv'], { cwd: workspace.dir });
        assert.equal(run.status, 0, run.stderr);
        const svg = parseXml(run.stdout);
        const cells = byClass(svg, 'sd-heat-cell').filter(cell => cell.getAttribute('data-element'));
        const shown = cells.map(cell => `${cell.getAttribute('data-element')} ${cell.getAttribute('class')} ${cell.getElementsByTagName('text')[0].textContent}`);
        assert.deepEqual(shown, [
            'reliability sd-heat-cell sd-heat-bin-3 +0.5',
            'reliability sd-heat-cell sd-heat-bin-0 sd-heat-dark −1.5',
            'assurance sd-heat-cell sd-heat-bin-3 +0.5*'
        ]);
        assert.match(cells[1].getElementsByTagName('title')[0].textContent ?? '', /^Reliability: gap −1\.5 \(expected 6\.25, perceived 4\.75, 40 respondents\)$/);
        // Designed but not measured: a dashed cell. Far below expectation: hatched as well as coloured, for print.
        assert.deepEqual(byClass(svg, 'sd-heat-unmeasured').map(cell => cell.getAttribute('data-element')).filter(Boolean), ['tangibles', 'responsiveness']);
        assert.equal(cells[1].getElementsByTagName('rect')[1].getAttribute('fill'), 'url(#sd-heat-hatch-0)');
        assert.deepEqual(byClass(svg, 'sd-heat-column').filter(rect => rect.getAttribute('data-gap')).map(rect => rect.getAttribute('data-gap')), ['0.50', '-0.83']);
        assert.match(byClass(svg, 'sd-heat-legend')[0].textContent ?? '', /Measured gap \(perception − expectation\) · wave 2026-06-01 · SERVQUAL −0\.3/);

        const plain = runCli(['blueprint', 'svc.drama'], { cwd: workspace.dir });
        assert.equal(byClass(parseXml(plain.stdout), 'sd-heat-cell').length, 0, 'no survey, no heat map');
    });
});
