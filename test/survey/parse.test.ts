import * as assert from 'node:assert/strict';
import { checkAgainstDesign } from '../../src/survey/check-design.js';
import { problemLine } from '../../src/survey/gap-format.js';
import { parseSurvey } from '../../src/survey/parse-survey.js';
import { DESIGNS } from './fixtures.js';

const HEADER = 'service,touchpoint,element,expectation,perception,respondents';

/** Each problem as `line column kind`. */
function problemsOf(text: string, file = 'survey.csv'): string[] {
    return checkAgainstDesign(parseSurvey(text, file), DESIGNS).problems.map(problem => `${problem.line} ${problem.column ?? '-'} ${problem.detail.kind}`);
}

describe('survey files: reading CSV and JSON', () => {
    it('reads a semicolon file with decimal commas, a byte order mark, # comments and columns in any order and case', () => {
        const data = parseSurvey('\uFEFF# invented numbers\nRespondents;Service;Touchpoint;Element;Perception;Expectation\n\n12;Svc;Pay;可靠性;5,5;6,5\n', 's.csv');
        assert.deepEqual(data.problems, []);
        assert.deepEqual(data.rows, [{ line: 4, wave: '', service: 'Svc', touchpoint: 'Pay', element: 'reliability', expectation: 6.5, perception: 5.5, respondents: 12 }]);
    });

    it('reads the elements by their English and Chinese names; friendliness and 友好性 are assurance', () => {
        const rows = parseSurvey(`${HEADER}\nSvc,Pay,Friendliness,5,5,1\nSvc,Pay,友好性,5,5,2\nSvc,Pay,移情性,5,5,3\nSvc,Pay, tangibles ,5,5,4\n`, 's.csv').rows;
        assert.deepEqual(rows.map(row => row.element), ['assurance', 'assurance', 'empathy', 'tangibles']);
    });

    it('keeps a # inside a value and ignores extra columns', () => {
        const data = parseSurvey(`wave,branch,${HEADER}\n"#3",East,Svc,Pay,reliability,6,5,10\n`, 's.csv');
        assert.deepEqual(data.problems, []);
        assert.equal(data.rows[0].wave, '#3');
    });

    it('reads JSON: a list of rows (numbers or texts), or { "rows": [...] }, each named by the line it starts on', () => {
        const list = parseSurvey('[\n  { "service": "Svc", "touchpoint": "Pay", "element": "reliability", "expectation": 6, "perception": "5", "respondents": 10 },\n'
            + '  { "service": "Svc", "element": "empathy", "expectation": 5, "perception": 4, "respondents": 3, "wave": "2026-06" }\n]\n', 's.json');
        assert.deepEqual(list.problems, []);
        assert.deepEqual(list.rows.map(row => [row.line, row.touchpoint, row.wave]), [[2, 'Pay', ''], [3, undefined, '2026-06']]);
        const wrapped = parseSurvey('{ "rows": [ { "service": "Svc", "touchpoint": "Pay", "element": "reliability", "expectation": 6, "perception": 5, "respondents": 10 } ] }', 's.json');
        assert.equal(wrapped.rows.length, 1);
    });
});

describe('survey files: every bad row is reported with its line and column, never dropped in silence', () => {
    it('a missing column, on the header line', () => {
        assert.deepEqual(problemsOf('# comment\nservice,touchpoint,element,expectation,perception\nSvc,Pay,reliability,6,5\n'), ['2 respondents missingColumn']);
    });

    it('an element that is not one of the five, and an empty one', () => {
        assert.deepEqual(problemsOf(`${HEADER}\nSvc,Pay,speed,6,5,10\nSvc,Pay,,6,5,10\n`), ['2 element unknownElement', '3 element empty']);
    });

    it('a score out of the 1–7 range, or not a number', () => {
        assert.deepEqual(problemsOf(`${HEADER}\nSvc,Pay,reliability,8,5,10\nSvc,Pay,reliability,6,0.5,10\nSvc,Pay,reliability,six,5,10\n`),
            ['2 expectation notAScore', '3 perception notAScore', '4 expectation notAScore']);
    });

    it('respondents that are not a whole number above 0', () => {
        assert.deepEqual(problemsOf(`${HEADER}\nSvc,Pay,reliability,6,5,0\nSvc,Pay,reliability,6,5,2.5\nSvc,Pay,reliability,6,5,-3\n`),
            ['2 respondents badRespondents', '3 respondents badRespondents', '4 respondents badRespondents']);
    });

    it('an exact duplicate of another row, naming the first', () => {
        const data = parseSurvey(`${HEADER}\nSvc,Pay,reliability,6,5,10\nSvc,Pay,reliability,6,5,10\nSvc,Pay,reliability,6,5,11\n`, 'survey.csv');
        assert.deepEqual(data.problems, [{ file: 'survey.csv', line: 3, detail: { kind: 'duplicate', line: 2 } }]);
        assert.equal(data.rows.length, 2, 'rows that differ are pooled, not duplicates');
        const branches = parseSurvey(`branch,${HEADER}\nEast,Svc,Pay,reliability,6,5,10\nWest,Svc,Pay,reliability,6,5,10\nWest,Svc,Pay,reliability,6,5,10\n`, 'survey.csv');
        assert.deepEqual(branches.problems.map(problem => problem.detail), [{ kind: 'duplicate', line: 3 }], 'two branches with the same scores are two rows');
        const json = parseSurvey('[{ "service": "Svc", "touchpoint": "Pay", "element": "reliability", "expectation": 6, "perception": 5, "respondents": 10 },\n'
            + ' { "service": "Svc", "touchpoint": "Pay", "element": "reliability", "expectation": 6, "perception": 5, "respondents": 10 }]', 's.json');
        assert.deepEqual(json.problems.map(problem => [problem.line, problem.detail]), [[2, { kind: 'duplicate', line: 1 }]]);
    });

    it('an unknown service or touchpoint, and an empty service', () => {
        assert.deepEqual(problemsOf(`${HEADER}\nDinner,Pay,reliability,6,5,10\nSvc,Pya,reliability,6,5,10\n,Pay,reliability,6,5,10\n`),
            ['2 service unknownService', '3 touchpoint unknownTouchpoint', '4 service empty']);
    });

    it('a CSV syntax error (an unclosed quote), at its line', () => {
        const problems = problemsOf(`${HEADER}\nSvc,Pay,reliability,6,5,10\n"Svc,Pay,reliability,6,5,10\n`);
        assert.equal(problems.length, 1);
        assert.match(problems[0], /^\d+ - syntax$/);
    });

    it('JSON that is not a list of rows, a row that is not an object, a row without a field', () => {
        assert.deepEqual(problemsOf('{ "service": "Svc" }', 's.json'), ['1 - notAList']);
        assert.deepEqual(problemsOf('[\n  7,\n  { "service": "Svc", "touchpoint": "Pay", "element": "reliability", "expectation": 6, "perception": 5 }\n]', 's.json'),
            ['2 - notAnObject', '3 respondents missingColumn']);
        assert.deepEqual(problemsOf('[ oops', 's.json'), ['1 - syntax']);
    });

    it('says each problem as lint says a finding, in both languages', () => {
        const [problem] = checkAgainstDesign(parseSurvey(`${HEADER}\nSvc,Pya,reliability,6,5,10\n`, 'surveys/s.csv'), DESIGNS).problems;
        assert.equal(problemLine(problem, 'en'), "surveys/s.csv:2: touchpoint: the service Svc has no touchpoint 'Pya'");
        assert.equal(problemLine(problem, 'zh'), 'surveys/s.csv:2: touchpoint: 服务 Svc 里没有触点 Pya');
    });
});
