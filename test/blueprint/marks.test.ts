import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Element } from '@xmldom/xmldom';
import { layoutBlueprint } from '../../src/blueprint/layout.js';
import type { BlueprintModel } from '../../src/blueprint/model.js';
import { renderHtml } from '../../src/blueprint/render-html.js';
import { renderSvg } from '../../src/blueprint/render-svg.js';
import { blueprintWords } from '../../src/blueprint/theme.js';
import { DEFAULT_WAIT_THRESHOLD_SECONDS } from '../../src/language/rules/spec-facts.js';
import { createTestServices } from '../test-services.js';
import { blueprintOf, buildFiles, byClass, fixturesDir, parseXml } from './support.js';

function textOf(node: Element): string {
    return Array.from(node.getElementsByTagName('text')).map(text => text.textContent).join(' ');
}

function titleOf(node: Element): string {
    return Array.from(node.childNodes).find(child => child.nodeName === 'title')?.textContent ?? '';
}

describe('blueprint marks: flow, fail points, waits, time, moments, audiences, descriptions', () => {
    let model: BlueprintModel;

    before(async () => {
        const services = createTestServices();
        const file = path.join(fixturesDir, 'marks.drama');
        model = blueprintOf((await buildFiles(services, [file])).get('marks.drama')!);
    });

    const handOver = () => model.scenes[0].touchpoints[0];
    const diagnose = () => model.scenes[0].touchpoints[1];

    describe('in the model', () => {
        it('numbers the actions in the order of the performance, across lanes', () => {
            const lanes = handOver().lanes;
            assert.deepEqual(lanes.customer.map(item => item.step), [1]);
            assert.deepEqual(lanes.frontstage.map(item => item.step), [2, 4]);
            assert.deepEqual(lanes.support.map(item => item.step), [3]);
            assert.equal(lanes.evidence[0].step, undefined, 'evidence is no step');
        });

        it('marks a fail point on the touchpoint for each risk, and on the actions of the performer a risk names', () => {
            assert.deepEqual(handOver().failPoints, [{ risk: 'TrackerDown', recovered: false }, { risk: 'LostTicket', recovered: true }]);
            assert.deepEqual(handOver().lanes.support[0].failPoints, [{ risk: 'TrackerDown', recovered: false }]);
            assert.deepEqual(handOver().risks.map(risk => risk.steps), [[3], []]);
            // "the customer" names no performer: the customer's own actions carry no fail point.
            assert.equal(handOver().lanes.customer[0].failPoints, undefined);
            assert.equal(handOver().lanes.frontstage[0].failPoints, undefined);
            assert.deepEqual(diagnose().failPoints, []);
        });

        it('marks a wait point where a responsiveness bound exceeds the threshold, 5 minutes unless told', () => {
            assert.equal(model.waitThreshold, DEFAULT_WAIT_THRESHOLD_SECONDS);
            assert.equal(DEFAULT_WAIT_THRESHOLD_SECONDS, 300);
            assert.deepEqual(handOver().waitPoints.map(wait => [wait.within, wait.seconds, wait.text]), [['8 min', 480, 'the clerk takes the phone']]);
            assert.deepEqual(diagnose().waitPoints, [], '4 min is within the threshold');
        });

        it('adds up the bounds of a scene as the scene-budget rule does, and says when they are over the budget', () => {
            assert.deepEqual(model.scenes[0].time, { total: 720, budget: 600, over: true });
            assert.deepEqual(handOver().time, { from: 0, to: 480 });
            assert.deepEqual(diagnose().time, { from: 480, to: 720 });
        });

        it('holds the audiences with their pace, and the performers\' and props\' descriptions', () => {
            assert.deepEqual(model.audiences.map(audience => [audience.name, audience.pace, audience.description]),
                [['Commuter', 'urgent', 'Drops the phone off on the way to work']]);
            assert.equal(handOver().lanes.frontstage[0].description, 'Counter clerk who takes the phone');
            assert.equal(handOver().lanes.evidence[0].description, 'Numbered repair ticket');
            assert.equal(handOver().lanes.customer[0].description, undefined);
        });
    });

    describe('in the layout and the SVG', () => {
        it('draws an arrow from each step to the next within a touchpoint, and one to the next touchpoint', () => {
            const layout = layoutBlueprint(model);
            assert.equal(layout.flows.filter(flow => flow.kind === 'step').length, 3 + 1);
            assert.equal(layout.flows.filter(flow => flow.kind === 'handoff').length, 1);
            // The first arrow leaves the customer's box and enters the clerk's, below it.
            const boxOf = (kind: string, step: number) => layout.boxes.find(box => box.kind === kind && box.badges?.some(badge => badge.kind === 'step' && badge.letter === String(step)))!;
            const [customer, clerk] = [boxOf('customer', 1), boxOf('frontstage', 2)];
            const first = layout.flows[0].points;
            assert.equal(first[0].x, customer.rect.x);
            assert.ok(first[0].y > customer.rect.y && first[0].y < customer.rect.y + customer.rect.height);
            assert.equal(first[first.length - 1].x, clerk.rect.x);
            assert.ok(first[first.length - 1].y > clerk.rect.y && first[first.length - 1].y < clerk.rect.y + clerk.rect.height);
            const svg = parseXml(renderSvg(model));
            assert.equal(byClass(svg, 'sd-flow-step').length, 4);
            assert.equal(byClass(svg, 'sd-flow-handoff').length, 1);
            assert.ok(byClass(svg, 'sd-flow').every(line => line.getAttribute('marker-end') === 'url(#sd-arrow)'));
            assert.equal(svg.getElementsByTagName('marker')[0].getAttribute('id'), 'sd-arrow');
            // Row by row: the customers' steps (1 here, 2 in Diagnose), the clerk's, the technician's, the tracker's.
            assert.deepEqual(byClass(svg, 'sd-badge-step').map(badge => badge.getElementsByTagName('text')[0].textContent), ['1', '2', '2', '4', '1', '3']);
        });

        it('tells an unrecovered risk from a recovered one by colour and shape: a red diamond, a circle', () => {
            const svg = parseXml(renderSvg(model));
            const header = byClass(svg, 'sd-touchpoint').find(box => textOf(box).includes('HandOver'))!;
            const unrecovered = byClass(svg, 'sd-badge-fail-unrecovered');
            const recovered = byClass(svg, 'sd-badge-fail-recovered');
            // On the header, on the risk's card, and on the Tracker's action for the unrecovered one.
            assert.equal(unrecovered.length, 3);
            assert.equal(recovered.length, 2);
            assert.ok(unrecovered.every(badge => badge.getElementsByTagName('path').length === 1 && badge.getElementsByTagName('circle').length === 0));
            assert.ok(recovered.every(badge => badge.getElementsByTagName('circle').length === 1));
            assert.equal(titleOf(unrecovered[0]), 'Fail point: TrackerDown, no recovery');
            assert.ok(byClass(header as never, 'sd-badge-fail-unrecovered').length === 1);
            const risks = byClass(svg, 'sd-risk');
            assert.deepEqual(risks.map(risk => risk.getAttribute('class')!.includes('sd-unrecovered')), [true, false]);
            const tracker = byClass(svg, 'sd-support')[0];
            assert.ok(tracker.getAttribute('class')!.includes('sd-fail-unrecovered'));
            assert.equal(byClass(tracker as never, 'sd-badge-fail-unrecovered').length, 1);
            // The stylesheet draws them apart: red and solid, amber and dashed.
            const css = svg.getElementsByTagName('style')[0].textContent!;
            assert.match(css, /\.sd-risk > rect \{[^}]*stroke: var\(--sd-danger, #cf222e\)/);
            assert.match(css, /\.sd-risk\.sd-recovered > rect \{[^}]*stroke: var\(--sd-fail, #9a6700\)[^}]*stroke-dasharray/);
        });

        it('draws a wait badge with its bound on the touchpoint over the threshold', () => {
            const svg = parseXml(renderSvg(model));
            const waits = byClass(svg, 'sd-badge-wait');
            assert.equal(waits.length, 1);
            assert.equal(textOf(waits[0]), 'W 8 min');
            assert.equal(titleOf(waits[0]), 'Wait point: up to 8 min for "the clerk takes the phone"');
            const header = byClass(svg, 'sd-touchpoint').find(box => textOf(box).includes('HandOver'))!;
            assert.equal(byClass(header as never, 'sd-badge-wait').length, 1);
        });

        it('draws the scene\'s time bar over budget, and the running time on each touchpoint', () => {
            const svg = parseXml(renderSvg(model));
            const scene = byClass(svg, 'sd-scene')[0];
            assert.ok(scene.getAttribute('class')!.includes('sd-over-budget'));
            assert.ok(textOf(scene).includes('Time bounds 12 min of 10 min · over budget'), textOf(scene));
            const bar = byClass(scene as never, 'sd-bar')[0];
            assert.ok(bar.getAttribute('class')!.includes('sd-bar-over'));
            const [track, fill] = [byClass(bar as never, 'sd-bar-track')[0], byClass(bar as never, 'sd-bar-fill')[0]];
            assert.equal(fill.getAttribute('width'), track.getAttribute('width'), 'an overrun fills the bar');
            const headers = byClass(svg, 'sd-touchpoint').map(textOf);
            assert.ok(headers[0].includes('0 s → 8 min into the journey'), headers[0]);
            assert.ok(headers[1].includes('8 min → 12 min into the journey'), headers[1]);
        });

        it('makes a moment of trial stand out: a marked card and a hatched column; the moment kind is named', () => {
            const layout = layoutBlueprint(model);
            assert.equal(layout.trialColumns.length, 1);
            const header = layout.boxes.find(box => box.kind === 'touchpoint' && box.classes?.includes('sd-trial'))!;
            assert.equal(header.source, handOver());
            assert.ok(header.rect.x >= layout.trialColumns[0].x && header.rect.x + header.rect.width <= layout.trialColumns[0].x + layout.trialColumns[0].width);
            const svg = parseXml(renderSvg(model));
            assert.equal(byClass(svg, 'sd-trial-column')[0].getAttribute('rx'), '4');
            const card = byClass(svg, 'sd-trial')[0];
            assert.ok(textOf(card).includes('Buy-or-not moment ◆ Moment of trial'), textOf(card));
            assert.match(svg.getElementsByTagName('style')[0].textContent!, /\.sd-trial-column \{ fill: url\(#sd-hatch-trial\)/);
        });

        it('names the audiences with their pace on the service card, in both languages', () => {
            const svg = parseXml(renderSvg(model));
            assert.ok(textOf(byClass(svg, 'sd-service')[0]).includes('Audience Commuter (pace urgent) · Drops the phone off'));
            const zh = parseXml(renderSvg(model, { locale: 'zh' }));
            assert.ok(textOf(byClass(zh, 'sd-service')[0]).includes('观众 Commuter（着急）'), textOf(byClass(zh, 'sd-service')[0]));
        });

        it('gives a performer\'s and a prop\'s cells their description as a tooltip', () => {
            const svg = parseXml(renderSvg(model));
            assert.equal(titleOf(byClass(svg, 'sd-frontstage')[0]), 'Counter clerk who takes the phone');
            assert.equal(titleOf(byClass(svg, 'sd-evidence')[0]), 'Numbered repair ticket');
            assert.equal(titleOf(byClass(svg, 'sd-customer')[0]), '');
        });

        it('shows every new mark in the HTML legend, in English and in Chinese', () => {
            for (const locale of ['en', 'zh'] as const) {
                const html = renderHtml(model, locale);
                const legend = html.slice(html.indexOf('<div class="legend"'));
                const words = blueprintWords(locale).legend;
                for (const label of [words.flow, words.step, words.handoff, words.runningTime, words.timeWithin, words.timeOver,
                    words.marks, words.failRecovered, words.failUnrecovered, words.wait('5 min'), words.trial]) {
                    assert.ok(legend.includes(label), `${locale}: ${label}`);
                }
                for (const shape of ['sd-flow-step', 'sd-flow-handoff', 'sd-badge-step', 'sd-bar-over', 'sd-badge-fail-recovered', 'sd-badge-fail-unrecovered', 'sd-badge-wait', 'sd-trial-column']) {
                    assert.ok(legend.includes(shape), `${locale}: ${shape}`);
                }
            }
        });
    });
});
