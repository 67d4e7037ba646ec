// A survey of 100,000 rows over a 300-touchpoint service: read (csv-parse), checked against the spec,
// pooled and turned into the gap report, as `service-drama gaps` does after building the specs. The
// spec is built once, untimed. The rows are invented: two waves, three branches each, every touchpoint
// and element, with a few service-level rows.
import { checkAgainstDesign } from '../out/src/survey/check-design.js';
import { designOf } from '../out/src/survey/design.js';
import { computeGaps } from '../out/src/survey/gaps.js';
import { parseSurvey } from '../out/src/survey/parse-survey.js';
import { chooseWaves } from '../out/src/survey/waves.js';
import { servicesOf } from '../out/src/blueprint/model.js';
import { createRandom } from './generate.mjs';
import { measure, summarize } from './stats.mjs';

const ELEMENTS = ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'];

/** `rows` survey rows (CSV text, with its header) for the touchpoints of the designs. */
export function generateSurvey(designs, rows, seed = 1) {
    const random = createRandom(seed);
    const score = () => (1 + random.next() * 6).toFixed(1);
    const lines = ['wave,service,touchpoint,element,expectation,perception,respondents,branch'];
    const [design] = designs;
    for (let i = 0; lines.length <= rows; i++) {
        const touchpoint = i % 50 === 49 ? '' : design.touchpoints[i % design.touchpoints.length].name;
        const wave = i < rows / 2 ? '2026-05' : '2026-06';
        // Respondents differ between the rows of one cell, so that no row is an exact duplicate of another.
        const respondents = 1 + (touchpoint === '' ? Math.floor(i / 50) : Math.floor(i / (design.touchpoints.length * 5))) % 997;
        lines.push(`${wave},${design.name},${touchpoint},${ELEMENTS[Math.floor(i / design.touchpoints.length) % 5]},${score()},${score()},${respondents},branch-${i}`);
    }
    return `${lines.join('\n')}\n`;
}

export async function measureSurvey(ours, text, repeat, rowCount = 100_000) {
    const files = [{ name: 'survey-spec.drama', text }];
    const { documents } = await ours.builder.buildOnce(files, 'survey');
    try {
        const designs = servicesOf(documents[0].parseResult.value).map(designOf);
        const csv = generateSurvey(designs, rowCount);
        const parseSamples = [];
        const computeSamples = [];
        let report;
        let rows = 0;
        let problems = 0;
        const total = await measure({
            ...repeat,
            run: () => {
                const start = performance.now();
                const data = checkAgainstDesign(parseSurvey(csv, 'survey.csv'), designs);
                const parsed = performance.now();
                report = computeGaps(data.rows, designs, chooseWaves(data.rows));
                const end = performance.now();
                rows = data.rows.length;
                problems = data.problems.length;
                parseSamples.push(parsed - start);
                computeSamples.push(end - parsed);
                return end - start;
            }
        });
        const timed = samples => summarize(samples.slice(repeat.warmup));
        const [service] = report.services;
        return {
            rows,
            problems,
            touchpoints: designs[0].touchpoints.length,
            bytes: Buffer.byteLength(csv),
            parse: timed(parseSamples),
            compute: timed(computeSamples),
            total,
            // What the timed run found, so that no figure comes from skipped work.
            answer: { wave: report.wave, previous: report.previous, measuredTouchpoints: service.touchpoints.filter(t => t.score).length, weakest: service.weakest?.touchpoint, worse: service.worse.length }
        };
    } finally {
        await ours.builder.remove(documents);
    }
}
