import * as assert from 'node:assert/strict';
import { StringStream } from '@codemirror/language';
import { ALL_KEYWORDS } from '../../src/language/keywords.js';
import { dramaStreamParser } from '../../src/studio/drama-language.js';

/** The studio editor's tokens of one line, as [text, style] pairs (whitespace left out). */
function tokens(line: string): Array<[string, string | null]> {
    const state = dramaStreamParser.startState!(2);
    const stream = new StringStream(line, 4, 2);
    const found: Array<[string, string | null]> = [];
    while (!stream.eol()) {
        const style = dramaStreamParser.token(stream, state);
        if (stream.current().trim() !== '') found.push([stream.current(), style]);
        stream.start = stream.pos;
    }
    return found;
}

describe('studio editor colouring', () => {
    it('colours every keyword, English and Chinese, as a keyword', () => {
        for (const keyword of ALL_KEYWORDS) assert.deepEqual(tokens(keyword), [[keyword, 'keyword']], keyword);
    });

    it('colours Chinese quotation marks as strings, a number touching its unit, and leaves keywords inside names alone', () => {
        assert.deepEqual(tokens('期待 响应性 “限时 快” 限时 10秒'), [
            ['期待', 'keyword'], ['响应性', 'keyword'], ['“限时 快”', 'string'], ['限时', 'keyword'], ['10', 'number'], ['秒', 'keyword']
        ]);
        assert.deepEqual(tokens('场景 点菜 「客户 \\」 {'), [['场景', 'keyword'], ['点菜', 'variableName'], ['「客户 \\」', 'string'], ['{', null]]);
        assert.deepEqual(tokens('客户经理 "says \\"hi\\"" // 客户'), [['客户经理', 'variableName'], ['"says \\"hi\\""', 'string'], ['// 客户', 'comment']]);
    });
});
