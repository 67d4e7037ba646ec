import * as assert from 'node:assert/strict';
import type { Document, Element } from '@xmldom/xmldom';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { Rect } from '../../src/blueprint/boxes.js';
import { layoutBlueprint, type BlueprintLayout } from '../../src/blueprint/layout.js';
import { blueprintWords, TEXT_STYLES } from '../../src/blueprint/theme.js';
import type { BlueprintModel } from '../../src/blueprint/model.js';
import { renderHtml } from '../../src/blueprint/render-html.js';
import { renderSvg } from '../../src/blueprint/render-svg.js';
import { measureText } from '../../src/blueprint/text-measure.js';
import type { Model } from '../../src/language/generated/ast.js';
import { createTestServices } from '../test-services.js';
import { blueprintOf, buildFiles, byClass, examplesDir, fixturesDir, generatedService, parseXml, specFiles } from './support.js';

const HOSTILE = `service Hostile "<script>alert('title')</script> & \\"quotes\\"" {
    actor Host frontstage
    system Till support
    prop Sign "]]> <!-- --> &amp; &#60;"
    scene Scene "<b>bold</b>" {
        touchpoint Pay face-to-face "<svg onload=alert(2)>" {
            customer "<script>alert(3)</script> pays & leaves"
            Host "says \\"thanks\\" and 'bye' </text></g></svg>"
            Till "\u0001 control and \uFFFF odd characters"
            evidence Sign
            expect reliability "R&D <tested>" within 1 min
            risk Broken "<iframe src=javascript:alert(4)>" { recovery "&lt;escaped already&gt;" }
            delight "<style>*{display:none}</style>"
            adapt "<img src=x onerror=alert(1)>"
        }
    }
}`;

/** What a drawing or one of its boxes says: its lines of text, joined by spaces. */
function textOf(node: Document | Element): string {
    return Array.from(node.getElementsByTagName('text')).map(text => text.textContent).join(' ');
}

function elements(document: Document, tag: string): Element[] {
    return Array.from(document.getElementsByTagName(tag));
}

function overlaps(a: Rect, b: Rect): boolean {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function within(inner: Rect, outer: Rect): boolean {
    return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Boxes never overlap, sit inside the drawing, and their text stays inside them. */
function assertClean(layout: BlueprintLayout): void {
    const drawing = { x: 0, y: 0, width: layout.width, height: layout.height };
    const boxes = [...layout.boxes].sort((a, b) => a.rect.x - b.rect.x);
    for (let i = 0; i < boxes.length; i++) {
        const box = boxes[i];
        assert.ok(within(box.rect, drawing), `${box.kind} outside the drawing`);
        // Sorted by x: only boxes that start before this one ends can overlap it.
        for (let j = i + 1; j < boxes.length && boxes[j].rect.x < box.rect.x + box.rect.width; j++) {
            assert.ok(!overlaps(box.rect, boxes[j].rect), `${box.kind} ${JSON.stringify(box.rect)} overlaps ${boxes[j].kind} ${JSON.stringify(boxes[j].rect)}`);
        }
        for (const line of box.text) {
            const style = TEXT_STYLES[line.style];
            const lineRect = { x: line.x, y: line.y - style.size, width: measureText(line.text, style.size, style.bold), height: style.size };
            assert.ok(within(lineRect, box.rect), `'${line.text}' sticks out of its ${box.kind} box`);
        }
        for (const chip of box.chips ?? []) assert.ok(within(chip.rect, box.rect), 'chip inside its header');
    }
    for (let i = 1; i < layout.rows.length; i++) {
        const above = layout.rows[i - 1].rect;
        assert.ok(above.y + above.height <= layout.rows[i].rect.y, 'rows follow each other without overlapping');
    }
    for (const box of layout.boxes.filter(b => !['service', 'scene', 'touchpoint'].includes(b.kind))) {
        assert.equal(layout.rows.filter(row => within(box.rect, row.rect)).length, 1, `${box.kind} box lies in exactly one row`);
    }
}

describe('blueprint renderer', () => {
    const services = createTestServices();
    let examples: Map<string, LangiumDocument<Model>>;
    let checkout: BlueprintModel;

    before(async () => {
        examples = await buildFiles(services, specFiles(examplesDir));
        checkout = blueprintOf(examples.get('hotpot-checkout.drama')!);
    });
    after(() => services.reset());

    describe('SVG', () => {
        it('is well-formed XML that an XML parser accepts, for every example', () => {
            for (const [name, document] of examples) {
                for (const service of document.parseResult.value.elements.filter(e => e.$type === 'Service')) {
                    const svg = renderSvg(blueprintOf(document, service.name));
                    const parsed = parseXml(svg);
                    assert.equal(parsed.documentElement!.tagName, 'svg', name);
                    assert.equal(parsed.documentElement!.getAttribute('xmlns'), 'http://www.w3.org/2000/svg');
                }
            }
        });

        it('draws the lanes, the three lines and every touchpoint header in order', () => {
            const svg = parseXml(renderSvg(checkout));
            const text = textOf(svg);
            for (const label of ['Physical evidence', 'Customer actions', 'Frontstage', 'Backstage', 'Support processes',
                'Line of interaction', 'Line of visibility', 'Line of internal interaction']) {
                assert.ok(text.includes(label), label);
            }
            const lines = elements(svg, 'line').map(line => line.getAttribute('class'));
            for (const id of ['interaction', 'visibility', 'internal']) assert.ok(lines.some(c => c?.includes(`sd-line-${id}`)), id);
            const headers = byClass(svg, 'sd-touchpoint').map(header => header.getElementsByTagName('text')[0].textContent);
            assert.deepEqual(headers, ['OrderDishes', 'CallForBill', 'CheckBill', 'SwipeCard', 'ScanToPay', 'SeeOff', 'NextDayCall']);
        });

        it('shows channel, moment kind and the five-element coverage in each header', () => {
            const svg = parseXml(renderSvg(checkout));
            const swipe = byClass(svg, 'sd-touchpoint').find(header => textOf(header).includes('SwipeCard'))!;
            assert.ok(textOf(swipe).includes('face-to-face Bad-news moment ◆ Moment of trial'), textOf(swipe));
            const chips = (header: Element) => Array.from(header.getElementsByTagName('g'))
                .filter(g => g.getAttribute('class')?.startsWith('sd-chip'))
                .map(g => `${g.getElementsByTagName('text')[0].textContent}${g.getAttribute('class')!.includes('sd-chip-on') ? '+' : '-'}`);
            assert.deepEqual(chips(swipe), ['REL+', 'RES+', 'ASR+', 'EMP+', 'TAN+']);
            const scan = byClass(svg, 'sd-touchpoint').find(header => textOf(header).includes('ScanToPay'))!;
            assert.deepEqual(chips(scan), ['REL+', 'RES+', 'ASR-', 'EMP-', 'TAN-']);
        });

        it('draws a recovered risk with its recovery, not in red, and marks delights', () => {
            const svg = parseXml(renderSvg(checkout));
            const risk = byClass(svg, 'sd-risk').find(box => textOf(box).includes('ReaderOffline'))!;
            assert.ok(textOf(risk).includes('Recovery'));
            assert.ok(textOf(risk).includes('apologise, offer cash or mobile payment'));
            assert.ok(risk.getAttribute('class')!.includes('sd-recovered'));
            assert.ok(!elements(svg, 'text').some(t => t.getAttribute('class') === 'sd-text-danger' && t.textContent === 'ReaderOffline'));
            const delight = byClass(svg, 'sd-delight')[0];
            assert.ok(textOf(delight).startsWith('★ Delight'));
        });

        it('marks a cell that has a finding, with the message in a tooltip, and a risk without recovery', async () => {
            const fixture = (await buildFiles(services, [`${fixturesDir}/hotpot.drama`])).get('hotpot.drama')!;
            const svg = parseXml(renderSvg(blueprintOf(fixture)));
            const flagged = byClass(svg, 'sd-has-error');
            assert.equal(flagged.length, 1);
            assert.ok(flagged[0].getAttribute('class')!.includes('sd-risk'));
            assert.ok(textOf(flagged[0]).includes('No recovery'));
            assert.equal(byClass(flagged[0] as unknown as Document, 'sd-marker-error').length, 1);
            const tooltip = flagged[0].getElementsByTagName('title')[0].textContent!;
            assert.match(tooltip, /^error: .*WrongBill.*\(risk-has-recovery\)$/);
        });

        it('gives every item the source range it comes from, for the preview to reveal', () => {
            const svg = parseXml(renderSvg(checkout, { target: 'preview' }));
            const items = byClass(svg, 'sd-item');
            assert.ok(items.length > 50);
            for (const item of items) {
                for (const name of ['start-line', 'start-character', 'end-line', 'end-character']) {
                    assert.match(item.getAttribute(`data-${name}`) ?? '', /^\d+$/, name);
                }
                assert.equal(item.getAttribute('tabindex'), '0');
            }
            const customer = byClass(svg, 'sd-customer').find(item => textOf(item).includes('hands over a bank card'))!;
            const swipe = checkout.scenes[2].touchpoints[0].lanes.customer[0].range;
            assert.equal(customer.getAttribute('data-start-line'), String(swipe.start.line));
            assert.equal(customer.getAttribute('data-start-character'), String(swipe.start.character));
        });

        it('writes a standalone document with its stylesheet, and a bare element for a page or the preview', () => {
            const file = renderSvg(checkout);
            assert.ok(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>'));
            assert.ok(file.includes('<style>'));
            // Colours come from CSS variables with light defaults, for the preview to theme.
            assert.match(file, /fill: var\(--sd-background, #ffffff\)/);
            for (const target of ['page', 'preview'] as const) {
                const bare = renderSvg(checkout, { target });
                assert.ok(bare.startsWith('<svg '), target);
                assert.ok(!bare.includes('<style'), target);
                parseXml(bare);
            }
        });

        it('shows spec text that looks like markup or script as text, never as markup', async () => {
            const document = await services.validate(HOSTILE, 'file:///blueprint/hostile.drama');
            const svgText = renderSvg(blueprintOf(document));
            const svg = parseXml(svgText);
            for (const tag of ['script', 'img', 'iframe', 'b', 'foreignObject']) {
                assert.equal(elements(svg, tag).length, 0, `no <${tag}> element`);
            }
            assert.equal(elements(svg, 'style').length, 1, 'only the stylesheet of the renderer');
            assert.equal(elements(svg, 'svg').length, 1, 'no nested <svg>');
            for (const element of elements(svg, '*')) {
                for (const attribute of Array.from(element.attributes)) {
                    assert.ok(!/^on/i.test(attribute.name), `no ${attribute.name} handler`);
                }
            }
            // Long runs without spaces are split over lines, so compare without the spaces.
            const squeeze = (value: string) => value.replace(/\s+/g, '');
            const text = squeeze(textOf(svg));
            for (const shown of ['<script>alert(3)</script> pays & leaves', '<img src=x onerror=alert(1)>', ']]> <!-- --> &amp; &#60;',
                '<b>bold</b>', '<style>*{display:none}</style>', '"thanks" and \'bye\' </text></g></svg>', 'R&D <tested>', '&lt;escaped already&gt;']) {
                assert.ok(text.includes(squeeze(shown)), `shows ${shown} as text`);
            }
            // Characters XML cannot hold are replaced rather than breaking the file.
            assert.ok(text.includes('controland\uFFFDoddcharacters'));
            assert.ok(!/[\u0001\uFFFF]/.test(svgText));
            const html = renderHtml(blueprintOf(document));
            assert.ok(!/<script/i.test(html.replace(/&lt;script/gi, '')), 'no script element in the page');
            assert.ok(!html.includes('<img'), 'no image element in the page');
        });

        it('wraps long and Chinese text inside its boxes', async () => {
            const long = 'a very long customer action that goes on and on about every detail of the visit '.repeat(4).trim();
            const chinese = '客户在柜台前说明情况，营业员耐心倾听并用客户听得懂的话比较两三个套餐，最后帮客户选定最合适的那一个';
            const document = await services.validate(`service Wrap {
    actor 营业员 frontstage
    scene S {
        touchpoint T face-to-face {
            customer "${long}"
            营业员 "${chinese}"
            expect reliability "ok"
        }
    }
}`, 'file:///blueprint/wrap.drama');
            const model = blueprintOf(document);
            const layout = layoutBlueprint(model);
            assertClean(layout);
            const customer = layout.boxes.find(box => box.kind === 'customer')!;
            assert.ok(customer.text.length >= 5, 'the long action takes several lines');
            assert.equal(customer.text.map(line => line.text).join(' '), long);
            const front = layout.boxes.find(box => box.kind === 'frontstage')!;
            assert.equal(front.text[0].text, '营业员');
            assert.ok(front.text.length >= 4, 'the Chinese action takes several lines');
            assert.equal(front.text.slice(1).map(line => line.text).join(''), chinese);
            const svg = parseXml(renderSvg(model));
            const frontTexts = Array.from(byClass(svg, 'sd-frontstage')[0].childNodes).filter(node => node.nodeName === 'text');
            assert.equal(frontTexts.length, front.text.length, 'one <text> per line');
        });
    });

    describe('layout', () => {
        it('lets no box overlap another or its text stick out, on every example', () => {
            for (const [, document] of examples) {
                for (const service of document.parseResult.value.elements.filter(e => e.$type === 'Service')) {
                    assertClean(layoutBlueprint(blueprintOf(document, service.name)));
                }
            }
        });

        it('places scenes over their touchpoints and lanes in blueprint order', () => {
            const layout = layoutBlueprint(checkout);
            assert.deepEqual(layout.rows.map(row => row.id), ['evidence', 'customer', 'frontstage', 'backstage', 'support', 'expectations', 'risks', 'notes']);
            assert.deepEqual(layout.separators.map(separator => separator.id), ['interaction', 'visibility', 'internal']);
            const rowY = (id: string) => layout.rows.find(row => row.id === id)!.rect.y;
            const lineY = (id: string) => layout.separators.find(separator => separator.id === id)!.y;
            assert.ok(rowY('customer') < lineY('interaction') && lineY('interaction') < rowY('frontstage'));
            assert.ok(rowY('frontstage') < lineY('visibility') && lineY('visibility') < rowY('backstage'));
            assert.ok(rowY('backstage') < lineY('internal') && lineY('internal') < rowY('support'));
            const scenes = layout.boxes.filter(box => box.kind === 'scene');
            const headers = layout.boxes.filter(box => box.kind === 'touchpoint');
            const paying = scenes[2];
            const payingHeaders = headers.filter(header => within({ ...header.rect, y: paying.rect.y, height: 1 }, paying.rect));
            assert.deepEqual(payingHeaders.map(header => header.text[0].text), ['SwipeCard', 'ScanToPay']);
            assert.ok(headers.every((header, index) => index === 0 || headers[index - 1].rect.x < header.rect.x), 'columns left to right');
        });

        it('draws every prefix of an example, as a spec is typed, without failing', async () => {
            const text = examples.get('hotpot-checkout.drama')!.textDocument.getText();
            for (let end = text.indexOf('service') + 'service H'.length; end < text.length; end += 37) {
                const document = await services.validate(text.slice(0, end), `file:///blueprint/typing-${end}.drama`);
                const model = blueprintOf(document);
                assertClean(layoutBlueprint(model));
                parseXml(renderSvg(model));
                services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
            }
        });

        it('draws a 300-touchpoint service, legibly and well-formed', async () => {
            const document = await services.validate(generatedService(300), 'file:///blueprint/large.drama');
            const model = blueprintOf(document);
            assert.equal(model.scenes.flatMap(scene => scene.touchpoints).length, 300);
            const layout = layoutBlueprint(model);
            assertClean(layout);
            // Columns keep their width however many there are: the drawing grows and scrolls instead of shrinking.
            const headers = layout.boxes.filter(box => box.kind === 'touchpoint');
            assert.equal(headers.length, 300);
            assert.ok(headers.every(header => header.rect.width === headers[0].rect.width));
            assert.ok(layout.width > 300 * headers[0].rect.width);
            // The names of the lines are repeated along them, so they stay in sight while scrolling.
            assert.ok(layout.separators.every(separator => separator.labels.length > 20));
            const svg = parseXml(renderSvg(model));
            assert.equal(byClass(svg, 'sd-touchpoint').length, 300);
            assert.equal(byClass(svg, 'sd-has-error').length, 150, 'each risk without recovery is marked');
        });
    });

    describe('in Chinese', () => {
        const CJK = /[\u4e00-\u9fff]/;

        it('labels lanes, lines, headers, chips and cards in Chinese, and leaves the spec\'s own text as written', () => {
            const svg = parseXml(renderSvg(checkout, { locale: 'zh' }));
            const text = textOf(svg);
            for (const label of ['有形证据', '客户行为', '前台行为', '后台行为', '支持过程', '期待', '风险与补救', '惊喜与适应',
                '互动分界线', '可视分界线', '内部互动分界线', '服务 HotpotCheckout', '预算 5 min', '补救', '★ 惊喜', '◆ 适应', '限时 30 s']) {
                assert.ok(text.includes(label), label);
            }
            for (const english of ['Physical evidence', 'Line of', 'Recovery', 'Delight', 'Adaptation', 'within', 'budget', 'Reliability']) {
                assert.ok(!text.includes(english), english);
            }
            assert.ok(text.includes('Hotpot checkout / 火锅结账'), 'the title as the spec writes it');
            assert.ok(text.includes('apologise, offer cash or mobile payment'), 'the spec\'s text as written');
            const swipe = byClass(svg, 'sd-touchpoint').find(header => textOf(header).includes('SwipeCard'))!;
            assert.ok(textOf(swipe).includes('当面接触 坏消息时刻 ◆ 考验时刻'), textOf(swipe));
            const chips = Array.from(swipe.getElementsByTagName('g')).filter(g => g.getAttribute('class')?.startsWith('sd-chip'));
            assert.deepEqual(chips.map(chip => chip.getElementsByTagName('text')[0].textContent), ['可靠', '响应', '友好', '移情', '有形']);
            assert.deepEqual(chips.map(chip => chip.getElementsByTagName('title')[0].textContent),
                ['可靠性：已覆盖', '响应性：已覆盖', '友好性：已覆盖', '移情性：已覆盖', '有形性：已覆盖']);
            const expectationTitles = byClass(svg, 'sd-expectation').map(box => box.getElementsByTagName('text')[0].textContent);
            assert.ok(expectationTitles.includes('友好性') && !expectationTitles.includes('Assurance'));
            assert.equal(svg.documentElement!.getAttribute('aria-label'), '服务蓝图：Hotpot checkout / 火锅结账');
        });

        it('writes findings in its tooltips with Chinese severities', async () => {
            const uri = URI.file(path.resolve(fixturesDir, 'hotpot.drama'));
            const built = services.shared.workspace.LangiumDocuments.getDocument(uri) as LangiumDocument<Model> | undefined;
            const fixture = built ?? (await buildFiles(services, [`${fixturesDir}/hotpot.drama`])).get('hotpot.drama')!;
            const svg = parseXml(renderSvg(blueprintOf(fixture), { locale: 'zh' }));
            const tooltip = byClass(svg, 'sd-has-error')[0].getElementsByTagName('title')[0].textContent!;
            assert.match(tooltip, /^错误：.*WrongBill.*（risk-has-recovery）$/);
        });

        it('keeps a Chinese layout as clean as an English one', () => {
            assertClean(layoutBlueprint(checkout, blueprintWords('zh')));
        });

        it('draws no Chinese in an English blueprint beyond the spec\'s own text', () => {
            const layout = layoutBlueprint(checkout);
            const labels = [...layout.rows.flatMap(row => row.label), ...layout.separators.flatMap(separator => separator.labels)];
            assert.deepEqual(labels.filter(line => CJK.test(line.text)).map(line => line.text), []);
        });

        it('gives an HTML page in Chinese its language and a Chinese legend', () => {
            const html = renderHtml(checkout, 'zh');
            assert.match(html, /<html lang="zh-CN">/);
            assert.match(html, /<title>服务蓝图：Hotpot checkout \/ 火锅结账<\/title>/);
            for (const legend of ['图例', '有形证据', '可视分界线', '触点覆盖的五要素', '可靠性', '友好性', '风险及其补救', '★ 惊喜', '错误（鼠标悬停可看详情）']) {
                assert.ok(html.includes(legend), legend);
            }
            assert.ok(!html.includes('Physical evidence') && !html.includes('Boxes'));
        });
    });

    describe('HTML page', () => {
        it('embeds the SVG with a legend and loads nothing from elsewhere', () => {
            const html = renderHtml(checkout);
            assert.ok(html.startsWith('<!DOCTYPE html>'));
            assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
            const svgStart = html.indexOf('<svg xmlns="http://www.w3.org/2000/svg" class="sd-blueprint" width');
            assert.ok(svgStart > 0);
            parseXml(html.slice(svgStart, html.indexOf('</svg>', svgStart) + '</svg>'.length));
            for (const legend of ['Physical evidence', 'Line of visibility', 'Reliability', 'Risk (experience destroyer) and its recovery', 'A finding at error level']) {
                assert.ok(html.includes(legend), legend);
            }
            assert.ok(!/<script|<link|src=|@import|url\((?!#)/i.test(html), 'no script and no remote resource (only the drawing\'s own patterns)');
            assert.deepEqual(html.match(/https?:\/\/[^"]*/g)?.filter(url => url !== 'http://www.w3.org/2000/svg') ?? [], []);
        });
    });
});
