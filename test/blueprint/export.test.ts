import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PNG } from 'pngjs';
import { layoutBlueprint } from '../../src/blueprint/layout.js';
import type { BlueprintModel } from '../../src/blueprint/model.js';
import { renderMarkdown } from '../../src/blueprint/render-md.js';
import { renderPng } from '../../src/blueprint/render-png.js';
import { blueprintWords } from '../../src/blueprint/theme.js';
import { createTestServices } from '../test-services.js';
import { blueprintOf, buildFiles, byClass, examplesDir, fixturesDir, parseXml } from './support.js';

const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const LATIN_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/** Pixels that are not (nearly) white in a rectangle of a decoded PNG. */
function inkIn(png: PNG, area = { x: 0, y: 0, width: png.width, height: png.height }): number {
    let ink = 0;
    for (let y = area.y; y < area.y + area.height; y++) {
        for (let x = area.x; x < area.x + area.width; x++) {
            const at = (y * png.width + x) * 4;
            if (png.data[at] + png.data[at + 1] + png.data[at + 2] < 3 * 230) ink++;
        }
    }
    return ink;
}

describe('blueprint export: PNG and Markdown', function () {
    this.timeout(30000);
    let checkout: BlueprintModel;
    let marks: BlueprintModel;

    before(async () => {
        const services = createTestServices();
        const documents = await buildFiles(services, [path.join(examplesDir, 'hotpot-checkout.drama'), path.join(fixturesDir, 'marks.drama')]);
        checkout = blueprintOf(documents.get('hotpot-checkout.drama')!);
        marks = blueprintOf(documents.get('marks.drama')!);
    });

    describe('PNG', () => {
        it('decodes to a picture of the drawing\'s size times the scale, not blank', () => {
            const layout = layoutBlueprint(checkout);
            for (const scale of [1, 2]) {
                const result = renderPng(checkout, { scale });
                const png = PNG.sync.read(result.png);
                assert.equal(png.width, Math.round(layout.width * scale));
                assert.equal(png.height, Math.round(layout.height * scale));
                assert.deepEqual([result.width, result.height], [png.width, png.height]);
                // The lanes, cards and text cover a good part of the picture; a blank one has none.
                assert.ok(inkIn(png) > png.width * png.height * 0.05, `scale ${scale}: too little drawn`);
            }
        });

        it('draws the colours of the stylesheet, not black: the background is white, a red fail-point diamond is red', () => {
            const png = PNG.sync.read(renderPng(marks).png);
            assert.deepEqual([...png.data.subarray(0, 3)], [255, 255, 255]);
            let red = 0;
            for (let at = 0; at < png.data.length; at += 4) {
                if (png.data[at] > 180 && png.data[at + 1] < 80 && png.data[at + 2] < 80) red++;
            }
            assert.ok(red > 50, `${red} red pixels`);
        });

        it('draws Chinese text where a CJK font is installed, and says when none is', function () {
            if (!fs.existsSync(CJK_FONT) || !fs.existsSync(LATIN_FONT)) this.skip();
            // The title "Hotpot checkout / 火锅结账" is the only text in the top left corner.
            const title = { x: 0, y: 0, width: 400, height: 40 };
            const withCjk = renderPng(checkout, { systemFonts: false, fontFiles: [LATIN_FONT, CJK_FONT] });
            const without = renderPng(checkout, { systemFonts: false, fontFiles: [LATIN_FONT] });
            const system = renderPng(checkout);
            assert.equal(withCjk.missingCjkFont, false);
            assert.equal(system.missingCjkFont, false, 'fonts-noto-cjk is installed here');
            assert.equal(without.missingCjkFont, true);
            const inkWith = inkIn(PNG.sync.read(withCjk.png), title);
            const inkWithout = inkIn(PNG.sync.read(without.png), title);
            assert.ok(inkWith > inkWithout + 200, `the four characters add ink: ${inkWith} against ${inkWithout}`);
        });

        it('needs no CJK font for a blueprint without Chinese', function () {
            if (!fs.existsSync(LATIN_FONT)) this.skip();
            assert.equal(renderPng(marks, { systemFonts: false, fontFiles: [LATIN_FONT] }).missingCjkFont, false);
        });
    });

    describe('Markdown', () => {
        it('embeds the SVG and lists per scene the touchpoints, their expectations and risks', () => {
            const markdown = renderMarkdown(checkout);
            assert.ok(markdown.startsWith('# Service blueprint: Hotpot checkout / 火锅结账\n'));
            const image = /!\[[^\]]*\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(markdown);
            assert.ok(image, 'the picture is embedded');
            const svg = parseXml(Buffer.from(image[1], 'base64').toString('utf8'));
            assert.equal(byClass(svg, 'sd-touchpoint').length, 7);
            const scenes = markdown.split('\n').filter(line => line.startsWith('## '));
            assert.deepEqual(scenes, ['## 点菜', '## 买单', '## 付款', '## 送客']);
            assert.match(markdown, /### SwipeCard \(face-to-face\) — Bad-news moment, \*\*Moment of trial\*\*/);
            assert.match(markdown, /- Responsiveness: the bill is settled \(within 2 min\)/);
            assert.match(markdown, /- ReaderOffline: the card reader has no signal — Recovery: apologise, offer cash/);
            assert.ok(markdown.indexOf('## 买单') < markdown.indexOf('### CheckBill') && markdown.indexOf('### CheckBill') < markdown.indexOf('## 付款'));
        });

        it('marks a risk without recovery and escapes Markdown in the spec\'s text; Chinese labels in Chinese', () => {
            const markdown = renderMarkdown(marks);
            assert.match(markdown, /- TrackerDown: the Tracker is offline, so no order can be opened — \*\*No recovery\*\*/);
            const zh = renderMarkdown(marks, 'zh');
            assert.ok(zh.includes(`**${blueprintWords('zh').rows.risks}**`));
            assert.ok(zh.includes('**没有补救**'));
            const hostile = renderMarkdown({ ...marks, title: '# not a *heading* <b>' });
            assert.ok(hostile.startsWith('# Service blueprint: \\# not a \\*heading\\* \\<b\\>\n'), hostile.slice(0, 80));
        });
    });
});
