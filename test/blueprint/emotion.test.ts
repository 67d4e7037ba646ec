import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Element } from '@xmldom/xmldom';
import { layoutBlueprint } from '../../src/blueprint/layout.js';
import type { BlueprintModel } from '../../src/blueprint/model.js';
import { renderHtml } from '../../src/blueprint/render-html.js';
import { renderMarkdown } from '../../src/blueprint/render-md.js';
import { renderSvg } from '../../src/blueprint/render-svg.js';
import { BLUEPRINT_CSS, blueprintWords } from '../../src/blueprint/theme.js';
import { createTestServices } from '../test-services.js';
import { blueprintOf, buildFiles, byClass, fixturesDir, parseXml } from './support.js';

function textOf(node: Element): string {
    return Array.from(node.getElementsByTagName('text')).map(text => text.textContent).join(' ');
}

function titleOf(node: Element): string {
    return Array.from(node.childNodes).find(child => child.nodeName === 'title')?.textContent ?? '';
}

function legendOf(html: string): string {
    return html.slice(html.indexOf('<div class="legend"'));
}

describe('blueprint marks: the emotion curve, conflicting bounds, a touchpoint for one audience, who recovers', () => {
    let model: BlueprintModel;
    let withoutFeelings: BlueprintModel;

    before(async () => {
        const services = createTestServices();
        const documents = await buildFiles(services, [path.join(fixturesDir, 'emotion.drama'), path.join(fixturesDir, 'marks.drama')]);
        model = blueprintOf(documents.get('emotion.drama')!);
        withoutFeelings = blueprintOf(documents.get('marks.drama')!);
    });

    const touchpoints = () => model.scenes.flatMap(scene => scene.touchpoints);
    const checkIn = () => touchpoints()[0];

    describe('in the model', () => {
        it('holds each touchpoint\'s feeling, and none where the spec states none', () => {
            assert.deepEqual(touchpoints().map(touchpoint => touchpoint.feeling && [touchpoint.feeling.score, touchpoint.feeling.text]),
                [[-2, 'worried, the child is crying'], undefined, [0, 'no news yet'], [3, 'reassured, the fever is nothing serious']]);
        });

        it('marks conflicting bounds on the touchpoint\'s expectation and on the norm\'s, where the rule reports them', () => {
            const mark = { here: '2 min', inNorm: '5 min', norm: 'QuickTriage' };
            assert.deepEqual(checkIn().expectations.map(expectation => [expectation.norm, expectation.conflicts]),
                [[undefined, [mark]], ['QuickTriage', [mark]]]);
            assert.ok(touchpoints().slice(1).every(touchpoint => touchpoint.expectations.every(expectation => expectation.conflicts === undefined)));
            // The rule's finding lands on the card the blueprint marks: one detection for both.
            assert.deepEqual(checkIn().expectations[0].findings.map(finding => finding.rule), ['conflicting-bounds']);
        });

        it('marks no conflict where the bounds agree or concern other promises', () => {
            assert.ok(withoutFeelings.scenes.flatMap(scene => scene.touchpoints).every(touchpoint =>
                touchpoint.expectations.every(expectation => expectation.conflicts === undefined)));
        });

        it('keeps the audience a touchpoint is for, and who recovers how fast', () => {
            assert.equal(checkIn().audience, 'Parent');
            assert.equal(touchpoints()[1].audience, undefined);
            assert.deepEqual(checkIn().risks[0].recovery && [checkIn().risks[0].recovery!.by, checkIn().risks[0].recovery!.within], ['Nurse', '1 min']);
        });
    });

    describe('in the layout', () => {
        it('draws the emotion curve in a lane above the physical evidence, only when a touchpoint states a feeling', () => {
            const layout = layoutBlueprint(model);
            assert.deepEqual(layout.rows.slice(0, 2).map(row => row.id), ['feeling', 'evidence']);
            assert.ok(layout.emotion);
            const plain = layoutBlueprint(withoutFeelings);
            assert.equal(plain.emotion, undefined);
            assert.equal(plain.rows[0].id, 'evidence');
        });

        it('puts each point over its touchpoint\'s column in journey order, higher for a better feeling, 0 on the dashed line', () => {
            const layout = layoutBlueprint(model);
            const curve = layout.emotion!;
            const headers = layout.boxes.filter(box => box.kind === 'touchpoint');
            const centreOf = (name: string) => {
                const header = headers.find(box => (box.source as { name?: string }).name === name)!;
                return header.rect.x + header.rect.width / 2;
            };
            assert.deepEqual(curve.points.map(point => point.x), ['CheckIn', 'Register', 'Consult'].map(centreOf));
            assert.deepEqual(curve.points.map(point => point.tone), ['down', 'neutral', 'up']);
            const [low, zero, high] = curve.points.map(point => point.y);
            assert.ok(high < zero && zero < low, 'a higher score is drawn higher');
            assert.equal(zero, curve.zero.y);
            const row = layout.rows[0].rect;
            assert.ok(curve.points.every(point => point.y > row.y && point.y < row.y + row.height));
            // The scale is even: +3 is half as far again from the zero line as −2.
            assert.equal(Math.round((zero - high) * 10), Math.round((low - zero) * 1.5 * 10));
        });

        it('bridges a touchpoint without a feeling with a dotted piece of line, and breaks nothing', () => {
            const curve = layoutBlueprint(model).emotion!;
            assert.deepEqual(curve.segments.map(segment => segment.gap), [true, false]);
            assert.deepEqual(curve.segments[0].from, { x: curve.points[0].x, y: curve.points[0].y });
            assert.deepEqual(curve.segments[0].to, { x: curve.points[1].x, y: curve.points[1].y });
        });
    });

    describe('in the SVG', () => {
        it('draws the points with a shape for each tone and their words on hover', () => {
            const svg = parseXml(renderSvg(model));
            const points = byClass(svg, 'sd-feeling-point');
            assert.equal(points.length, 3);
            assert.deepEqual(points.map(point => point.getElementsByTagName('path').length + point.getElementsByTagName('rect').length * 10
                + point.getElementsByTagName('circle').length * 100), [1, 10, 100], 'a triangle, a square, a circle');
            assert.deepEqual(points.map(titleOf), ['Feeling −2: worried, the child is crying', 'Feeling 0: no news yet', 'Feeling +3: reassured, the fever is nothing serious']);
            assert.deepEqual(points.map(textOf), ['−2', '0', '+3']);
            assert.equal(points[0].getAttribute('data-start-line'), '18', 'a point reveals its feeling line');
            assert.equal(byClass(svg, 'sd-feeling-zero').length, 1);
            assert.equal(byClass(svg, 'sd-feeling-line').length, 2);
            assert.equal(byClass(svg, 'sd-feeling-gap').length, 1);
            assert.match(BLUEPRINT_CSS, /\.sd-feeling-zero \{[^}]*stroke-dasharray/);
            assert.match(BLUEPRINT_CSS, /\.sd-feeling-gap \{[^}]*stroke-dasharray/);
        });

        it('labels the lane and its scale, in both languages', () => {
            const label = (locale: 'en' | 'zh') => textOf(byClass(parseXml(renderSvg(model, { locale })), 'sd-label-strip')[0]);
            assert.match(label('en'), /Emotion curve \+3 0 −3/);
            assert.match(label('zh'), /情绪曲线 \+3 0 −3/);
            assert.equal(byClass(parseXml(renderSvg(withoutFeelings)), 'sd-emotion').length, 0);
        });

        it('puts a conflict badge, a hexagon, on both cards of a conflicting bound', () => {
            const svg = parseXml(renderSvg(model));
            const cards = byClass(svg, 'sd-conflict');
            assert.equal(cards.length, 2);
            for (const card of cards) {
                const badges = byClass(card as never, 'sd-badge-conflict');
                assert.equal(badges.length, 1);
                assert.equal(badges[0].getElementsByTagName('path')[0].getAttribute('d')!.split('L').length, 6, 'six corners');
                assert.equal(titleOf(badges[0]), 'Conflicting bounds: 2 min on this touchpoint, 5 min in norm QuickTriage; keep one promise');
            }
            const zh = byClass(parseXml(renderSvg(model, { locale: 'zh' })), 'sd-badge-conflict');
            assert.equal(titleOf(zh[0]), '时限冲突：这个触点写 2 min，规范 QuickTriage 写 5 min；请只保留一个承诺');
            assert.equal(textOf(zh[0]), '冲');
        });

        it('says on the card whom a touchpoint is for, and on the risk who recovers how fast', () => {
            const svg = parseXml(renderSvg(model));
            const headers = byClass(svg, 'sd-touchpoint').map(textOf);
            assert.ok(headers[0].includes('For Parent'), headers[0]);
            assert.ok(!headers[1].includes('For '), headers[1]);
            assert.ok(textOf(byClass(svg, 'sd-risk')[0]).includes('by Nurse within 1 min'));
            const zh = parseXml(renderSvg(model, { locale: 'zh' }));
            assert.ok(textOf(byClass(zh, 'sd-touchpoint')[0]).includes('只面向观众 Parent'));
            assert.ok(textOf(byClass(zh, 'sd-risk')[0]).includes('由 Nurse 负责，限时 1 min'));
        });

        it('shows the new marks in the HTML legend in both languages, the emotion curve only when it is drawn', () => {
            for (const locale of ['en', 'zh'] as const) {
                const legend = legendOf(renderHtml(model, locale));
                const words = blueprintWords(locale).legend;
                for (const label of [words.conflict, words.emotion, words.feelingCurve, words.feelingShapes, words.feelingZero, words.feelingGap]) {
                    assert.ok(legend.includes(label), `${locale}: ${label}`);
                }
                for (const shape of ['sd-badge-conflict', 'sd-feeling-up', 'sd-feeling-down', 'sd-feeling-neutral', 'sd-feeling-zero', 'sd-feeling-gap']) {
                    assert.ok(legend.includes(shape), `${locale}: ${shape}`);
                }
                assert.ok(!legendOf(renderHtml(withoutFeelings, locale)).includes(words.feelingCurve));
            }
        });

        it('gives the new marks their colours in the dark page, the editor\'s themes and high contrast', () => {
            const html = renderHtml(model);
            const dark = html.slice(html.indexOf('prefers-color-scheme: dark'), html.indexOf('@media print'));
            const preview = fs.readFileSync(path.resolve('media', 'blueprint-preview.css'), 'utf8');
            const highContrast = preview.slice(preview.indexOf('body.vscode-high-contrast, body.vscode-high-contrast-light {'));
            for (const variable of ['--sd-conflict', '--sd-feeling', '--sd-feeling-up', '--sd-feeling-down', '--sd-band-feeling']) {
                assert.match(dark, new RegExp(`${variable}:`), `dark page: ${variable}`);
                assert.match(preview, new RegExp(`${variable}:`), `preview: ${variable}`);
                assert.ok(BLUEPRINT_CSS.includes(`var(${variable}, #`), `light default: ${variable}`);
            }
            for (const variable of ['--sd-conflict', '--sd-band-feeling']) assert.match(highContrast.slice(0, highContrast.indexOf('}')), new RegExp(`${variable}:`));
        });
    });

    describe('in Markdown', () => {
        it('writes the feeling, the audience, who recovers and the conflict', () => {
            const markdown = renderMarkdown(model);
            assert.ok(markdown.includes('*For Parent · Feeling −2: worried, the child is crying*'), markdown);
            assert.ok(markdown.includes('Recovery: the nurse writes the number on a paper list (by Nurse within 1 min)'));
            assert.ok(markdown.includes('**Conflicting bounds: 2 min on this touchpoint, 5 min in norm QuickTriage; keep one promise**'));
        });
    });
});
