import * as assert from 'node:assert/strict';
import { computeGaps } from '../../src/survey/gaps.js';
import { checkAgainstDesign } from '../../src/survey/check-design.js';
import { parseSurvey } from '../../src/survey/parse-survey.js';
import { chooseWaves, orderedWaves } from '../../src/survey/waves.js';
import { DESIGNS, SURVEY_CSV } from './fixtures.js';

const close = (actual: number | undefined, expected: number) =>
    assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-9, `${actual} should be ${expected}`);

describe('survey gaps: weighted means, waves and the weakest moment, against hand-worked numbers', () => {
    const data = checkAgainstDesign(parseSurvey(SURVEY_CSV, 'survey.csv'), DESIGNS);
    const report = computeGaps(data.rows, DESIGNS, chooseWaves(data.rows)!);
    const [service] = report.services;
    const pay = service.touchpoints.find(touchpoint => touchpoint.touchpoint === 'Pay')!;
    const order = service.touchpoints.find(touchpoint => touchpoint.touchpoint === 'Order')!;

    it('reads every row of the file, with no problem', () => {
        assert.deepEqual(data.problems, []);
        assert.equal(data.rows.length, 7);
    });

    it('pools the rows of one touchpoint and element, weighting the scores by respondents: gap = P̄ − Ē', () => {
        const cell = pay.cells.reliability!;
        close(cell.expectation, 6.25);
        close(cell.perception, 4.75);
        close(cell.gap, -1.5);
        assert.equal(cell.respondents, 40);
        close(pay.cells.assurance?.gap, 0.5);
        close(order.cells.reliability?.gap, 0.5);
    });

    it('scores each touchpoint, element and the service as the mean gap of their cells, weighted by respondents', () => {
        close(pay.score?.gap, (-1.5 * 40 + 0.5 * 20) / 60);
        assert.equal(pay.score?.respondents, 60);
        close(service.elements.reliability?.gap, (-1.5 * 40 + 0.5 * 50) / 90);
        close(service.elements.empathy?.gap, -1);
        close(service.score?.gap, (-60 + 10 + 25 - 10) / 120);
        assert.equal(service.score?.respondents, 120);
        close(service.serviceLevel?.cells.empathy?.gap, -1);
    });

    it('names the weakest moment and that it is a moment of trial, with its lowest element', () => {
        assert.equal(service.weakest?.touchpoint, 'Pay');
        assert.equal(service.weakest?.trial, true);
        assert.equal(service.weakest?.element, 'reliability');
        close(service.weakest?.score.gap, -50 / 60);
    });

    it('lists what is designed but not measured, and what is measured where the script promises nothing', () => {
        assert.deepEqual(service.unmeasured, [{ touchpoint: 'Order', element: 'tangibles' }, { touchpoint: 'Pay', element: 'responsiveness' }]);
        assert.deepEqual(service.undesigned, [{ touchpoint: 'Pay', element: 'assurance' }, { element: 'empathy' }]);
    });

    it('takes the latest wave by date as current, compares it with the one before, and names the touchpoints that got worse', () => {
        assert.deepEqual(report.waves, ['2026-05', '2026-06-01']);
        assert.equal(report.wave, '2026-06-01');
        assert.equal(report.previous, '2026-05');
        close(pay.change?.cells.reliability, -1.5);
        close(order.change?.cells.reliability, -0.5);
        close(pay.change?.score, -50 / 60);
        assert.deepEqual(service.worse.map(each => each.touchpoint), ['Pay', 'Order']);
        close(service.previousScore?.gap, (0 * 20 + 1 * 10) / 30);
    });

    it('with --wave, reports that wave and compares it with the one before it (none before the first)', () => {
        const earlier = computeGaps(data.rows, DESIGNS, chooseWaves(data.rows, '2026-05')!);
        assert.equal(earlier.wave, '2026-05');
        assert.equal(earlier.previous, undefined);
        close(earlier.services[0].touchpoints[1].cells.reliability?.gap, 0);
        assert.deepEqual(earlier.services[0].worse, []);
        assert.equal(chooseWaves(data.rows, '2027'), undefined);
    });

    it('orders waves named by labels as the file first names them: the last is current', () => {
        const rows = parseSurvey('wave,service,touchpoint,element,expectation,perception,respondents\n'
            + 'autumn,Svc,Pay,reliability,6,5,10\nspring,Svc,Pay,reliability,6,6,10\nautumn,Svc,Order,reliability,6,5,10\n', 's.csv').rows;
        assert.deepEqual(orderedWaves(rows), ['autumn', 'spring']);
        assert.deepEqual(chooseWaves(rows), { waves: ['autumn', 'spring'], current: 'spring', previous: 'autumn' });
    });

    it('without a wave column, all rows are one wave', () => {
        const rows = parseSurvey('service,touchpoint,element,expectation,perception,respondents\nSvc,Pay,reliability,6,5,10\n', 's.csv').rows;
        const gaps = computeGaps(rows, DESIGNS, chooseWaves(rows)!);
        assert.equal(gaps.wave, '');
        assert.equal(gaps.previous, undefined);
        close(gaps.services[0].touchpoints[1].cells.reliability?.gap, -1);
    });
});
