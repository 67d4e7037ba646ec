import * as assert from 'node:assert/strict';
import { escapeXml } from '../../src/blueprint/escape.js';
import type { BlueprintModel, BlueprintTouchpoint, SourceRange } from '../../src/blueprint/model.js';
import { renderHtml } from '../../src/blueprint/render-html.js';
import { renderSvg } from '../../src/blueprint/render-svg.js';
import { createTestServices } from '../test-services.js';
import { assertWellFormedXml, blueprintOf, byClass, parseXml } from './support.js';

/** Characters XML 1.0 forbids: NUL, ESC, BEL, U+FFFE, U+FFFF and a lone surrogate. */
const FORBIDDEN = ['\u0000', '\u001b', '\u0007', '\uFFFE', '\uFFFF', '\uD800'];
const FORBIDDEN_PATTERN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const ODD = `service Odd "title \uFFFF here" {
    actor Host frontstage "desk \u001b]0;retitled\u0007 clerk"
    scene Welcome "scene \uFFFE" {
        touchpoint Greet face-to-face "greet \uD800 lone" {
            customer "arrives \u0000 at \u009b2J the desk"
            Host "says hello 😀"
            expect reliability "answers \uFFFF at once"
        }
    }
}`;

describe('blueprint: odd input', function () {
    this.timeout(120000);

    describe('characters XML forbids', () => {
        const services = createTestServices();
        let model: BlueprintModel;
        before(async () => {
            model = blueprintOf(await services.validate(ODD, 'file:///odd/odd.drama'));
        });
        after(() => services.reset());

        it('are replaced by U+FFFD in one escaping function, and a pair of surrogates is kept', () => {
            for (const char of FORBIDDEN) assert.equal(escapeXml(`a${char}b`), 'a\uFFFDb', JSON.stringify(char));
            assert.equal(escapeXml('😀 & <'), '😀 &amp; &lt;');
            // C1 controls are allowed by XML but obeyed by terminals: written as references, they stay and do nothing.
            assert.equal(escapeXml('\u009b2J'), '&#x9B;2J');
        });

        it('leave the SVG well-formed for a strict XML parser', () => {
            const svg = renderSvg(model);
            assert.doesNotMatch(svg, FORBIDDEN_PATTERN);
            assertWellFormedXml(svg);
            const header = byClass(parseXml(svg), 'sd-touchpoint')[0];
            assert.match(header.textContent ?? '', /greet \uFFFD lone/);
        });

        it('leave the HTML page free of them, and its drawing well-formed', () => {
            const html = renderHtml(model);
            assert.doesNotMatch(html, FORBIDDEN_PATTERN);
            assert.ok(!html.includes('\u009b'), 'no raw C1 control');
            const start = html.indexOf('<svg');
            assertWellFormedXml(html.slice(start, html.indexOf('</svg>', start) + '</svg>'.length));
        });
    });

    it('draws a service of 40,000 touchpoints (too many boxes to spread into one call)', () => {
        const range: SourceRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
        const item = (text: string) => ({ text, range, findings: [] });
        const touchpoints: BlueprintTouchpoint[] = Array.from({ length: 40000 }, (_, index) => ({
            name: `T${index}`, channel: 'face-to-face', coverage: [], expectations: [], risks: [], delights: [], adaptations: [], waits: [],
            failPoints: [], waitPoints: [], time: { from: 0, to: 0 }, range, findings: [],
            lanes: { evidence: [], customer: [item('asks')], frontstage: [item('answers'), item('points the way')], backstage: [], support: [] }
        }));
        const model: BlueprintModel = {
            service: 'Large', range, findings: [], audiences: [], waitThreshold: 300,
            scenes: [{ name: 'All', range, findings: [], touchpoints, time: { total: 0, over: false } }]
        };
        const svg = renderSvg(model);
        assert.ok(svg.endsWith('</svg>\n'));
        assert.equal(svg.match(/class="sd-box sd-item sd-touchpoint[" ]/g)?.length, 40000);
    });
});
