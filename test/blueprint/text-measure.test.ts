import * as assert from 'node:assert/strict';
import { measureText, wrapText } from '../../src/blueprint/text-measure.js';

const SIZE = 12;

function assertFits(lines: readonly string[], maxWidth: number): void {
    for (const line of lines) {
        assert.ok(measureText(line, SIZE) <= maxWidth, `'${line}' is ${measureText(line, SIZE)} px, wider than ${maxWidth}`);
    }
}

describe('blueprint text measuring and wrapping', () => {
    it('measures a Chinese character a full em wide and Latin letters narrower', () => {
        assert.equal(measureText('火锅结账', SIZE), 4 * SIZE);
        assert.equal(measureText('结账，好的。', SIZE), 6 * SIZE);
        const latin = measureText('checkout', SIZE);
        assert.ok(latin > 8 * 0.4 * SIZE && latin < 8 * 0.8 * SIZE, String(latin));
        assert.ok(measureText('WWW', SIZE) > measureText('iii', SIZE));
        assert.ok(measureText('bold', SIZE, true) > measureText('bold', SIZE));
        // An accent that combines with the letter before it takes no room of its own.
        assert.equal(measureText('e\u0301', SIZE), measureText('e', SIZE));
    });

    it('wraps Latin text between words, never wider than the box', () => {
        const text = 'apologise for the wait, say the reader is down and ask politely whether cash or mobile payment would suit';
        const lines = wrapText(text, 160, SIZE);
        assert.ok(lines.length >= 3, lines.join(' | '));
        assertFits(lines, 160);
        assert.equal(lines.join(' '), text);
        for (const line of lines) assert.equal(line, line.trim());
    });

    it('wraps Chinese text between characters, never wider than the box', () => {
        const text = '先向客户致歉说明欠费的来由并出示逐项明细客户有异议时值班经理到柜台当面解释当场给出处理结果';
        const lines = wrapText(text, 150, SIZE);
        assertFits(lines, 150);
        assert.equal(lines.join(''), text);
        // 150 px holds twelve characters of 12 px, so every line but the last is full.
        for (const line of lines.slice(0, -1)) assert.equal([...line].length, 12);
    });

    it('keeps closing punctuation off the start of a line and opening punctuation off its end', () => {
        const text = '好的好的好的好的好的，「来了」好的好的好的好的好的。';
        for (let width = 40; width <= 200; width += 12) {
            const lines = wrapText(text, width, SIZE);
            assert.equal(lines.join(''), text);
            for (const line of lines.slice(1)) assert.ok(!/^[，。」]/.test(line), `line starts with punctuation at ${width}: ${lines.join(' | ')}`);
            for (const line of lines.slice(0, -1)) assert.ok(!/「$/.test(line), `line ends with 「 at ${width}: ${lines.join(' | ')}`);
        }
    });

    it('wraps mixed Chinese and Latin text', () => {
        const text = '营业员用客户听得懂的话 compare two or three plans 比较套餐, without jargon';
        const lines = wrapText(text, 120, SIZE);
        assertFits(lines, 120);
        assert.equal(lines.join('').replace(/\s/g, ''), text.replace(/\s/g, ''));
        assert.ok(lines.every(line => !/^(ompare|wo|lans)/.test(line)), 'Latin words stay whole');
    });

    it('splits a word longer than the box over as many lines as it needs', () => {
        const url = 'https://example.com/a/very/long/path/that/never/ends/anywhere/at/all';
        const lines = wrapText(`see ${url}`, 100, SIZE);
        assertFits(lines, 100);
        assert.equal(lines[0], 'see');
        assert.equal(lines.slice(1).join(''), url);
    });

    it('keeps the line breaks of the text and gives one empty line for empty text', () => {
        assert.deepEqual(wrapText('first\nsecond', 500, SIZE), ['first', 'second']);
        assert.deepEqual(wrapText('', 500, SIZE), ['']);
    });

    it('folds spaces and wraps the same way whether a text fits on one line or not, and again when asked twice', () => {
        assert.deepEqual(wrapText('  two  spaces ', 500, SIZE), ['two spaces']);
        assert.deepEqual(wrapText('fits on one line', 500, SIZE), ['fits on one line']);
        const text = 'the clerk checks the parcel against the ledger and tells the customer how long it takes';
        const first = wrapText(text, 120, SIZE);
        assert.ok(first.length > 1);
        assert.deepEqual(wrapText(text, 120, SIZE), first);
        assert.deepEqual(wrapText(text, 120, SIZE, true).length >= first.length, true, 'bold text is wrapped on its own');
    });
});
