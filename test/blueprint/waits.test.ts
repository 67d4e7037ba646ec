import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { BlueprintModel } from '../../src/blueprint/model.js';
import type { Element } from '@xmldom/xmldom';
import { renderMarkdown } from '../../src/blueprint/render-md.js';
import { renderSvg } from '../../src/blueprint/render-svg.js';
import { createTestServices } from '../test-services.js';
import { blueprintOf, buildFiles, byClass, fixturesDir, parseXml } from './support.js';

// The journey statements on the blueprint: several moment kinds on one card, and a `wait` line's bound as the wait badge.
describe('blueprint marks: several moment kinds and wait lines', () => {
    let model: BlueprintModel;

    before(async () => {
        const file = path.join(fixturesDir, 'waits.drama');
        model = blueprintOf((await buildFiles(createTestServices(), [file])).get('waits.drama')!);
    });

    const touchpoint = (name: string) => model.scenes[0].touchpoints.find(candidate => candidate.name === name)!;
    const header = (locale: 'en' | 'zh', name: string) => byClass(parseXml(renderSvg(model, { locale })), 'sd-touchpoint')
        .find(box => box.getElementsByTagName('text')[0].textContent === name)!;
    const texts = (node: Element) => Array.from(node.getElementsByTagName('text')).map(text => text.textContent ?? '');

    it('names every moment kind on the card, in the order written, in both languages', () => {
        assert.deepEqual(touchpoint('Queue').moment, { kinds: ['bad-news', 'feedback'], trial: true });
        // The card may wrap the line: compared without the spaces.
        const card = (locale: 'en' | 'zh') => texts(header(locale, 'Queue')).join('').replace(/\s/g, '');
        assert.ok(card('en').includes('Bad-newsmoment·Feedbackmoment'), card('en'));
        assert.ok(card('zh').includes('坏消息时刻·反馈时刻'), card('zh'));
        assert.match(renderMarkdown(model, 'en'), /### Queue \(face-to-face\) — Bad-news moment · Feedback moment, \*\*Moment of trial\*\*/);
    });

    it('takes a bounded wait line as the wait badge, in place of the responsiveness bound', () => {
        assert.deepEqual(touchpoint('Queue').waitPoints.map(wait => [wait.within, wait.seconds, wait.text]),
            [['15 min', 900, 'the screen shows the place in the queue']]);
        const badges = byClass(header('en', 'Queue') as never, 'sd-badge-wait');
        assert.equal(badges.length, 1);
        assert.ok(texts(badges[0]).includes('15 min'));
    });

    it('falls back to a responsiveness bound over the threshold, and shows no badge for a wait line without a bound', () => {
        assert.deepEqual(touchpoint('Search').waitPoints.map(wait => wait.within), ['12 min']);
        assert.deepEqual(touchpoint('Handover').waitPoints, []);
        assert.equal(touchpoint('Handover').waits.length, 1);
        assert.equal(byClass(header('en', 'Handover') as never, 'sd-badge-wait').length, 0);
    });
});
