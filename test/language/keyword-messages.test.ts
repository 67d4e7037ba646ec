import * as assert from 'node:assert/strict';
import type { Locale } from '../../src/language/i18n/locale.js';
import { createTestServices } from '../test-services.js';

// Syntax errors speak of keywords in the keyword language of the file (the help language's for a file
// without keywords), and say plainly when a name is spelt as a keyword or runs into one.
describe('syntax errors in the file\'s keyword language', () => {
    const services = createTestServices();
    const locale = services.ServiceDrama.i18n.Locale;
    afterEach(async () => {
        locale.locale = 'en';
        await services.reset();
    });

    async function errors(text: string, language: Locale = 'en'): Promise<string[]> {
        locale.locale = language;
        const document = await services.parse(text);
        return document.parseResult.parserErrors.map(error => `${error.token.startLine}:${error.token.startColumn} ${error.message}`);
    }

    it('lists the valid values in Chinese keywords in a Chinese-keyword file, in English ones in an English file', async () => {
        assert.deepEqual(await errors('服务 S { 场景 X { 触点 T 当面 { 期待 可靠 “准时” } } }'),
            ['1:28 Unknown element \'可靠\': use one of \'可靠性\', \'响应性\', \'保证性\', \'友好性\', \'移情性\', \'有形性\'.']);
        assert.deepEqual(await errors('service S { scene X { touchpoint T face2face { } } }', 'zh'),
            ['1:36 未知的接触方式 \'face2face\'，可以用：\'face-to-face\'、\'phone\'、\'remote\'、\'chat\'、\'video\'。']);
    });

    it('spells a unit once, by its twin, never by the alias 分', async () => {
        assert.deepEqual(await errors('服务 S { 场景 X { 预算 10 分种 } }'),
            ['1:21 Unknown time unit \'分种\': use one of \'秒\', \'分钟\', \'小时\', \'天\'.']);
    });

    it('follows the help language in a file without keywords', async () => {
        assert.deepEqual(await errors('hello', 'zh'), ['1:1 多余的 \'hello\'：文件顶层只能写 `服务` 或 `规范`。']);
        assert.deepEqual(await errors('hello', 'en'), ['1:1 Unexpected \'hello\': a file holds only \'service\' and \'norm\' blocks at the top level.']);
    });

    it('says that a name spelt as a keyword of either language is one, naming its twin', async () => {
        assert.deepEqual(await errors('服务 S { 观众 客户 "来办事的人" }'),
            ['1:11 \'客户\' is a keyword (customer) and cannot be a name: choose another name, or add a word to this one.']);
        assert.deepEqual(await errors('服务 S { 观众 客户 "来办事的人" }', 'zh'),
            ['1:11 “客户”是关键字（customer），不能用作名字：请换一个名字，或在它前后加几个字。']);
        assert.deepEqual(await errors('service S { actor support frontstage }'),
            ['1:19 \'support\' is a keyword (支持) and cannot be a name: choose another name, or add a word to this one.']);
        assert.deepEqual(await errors('服务 S { 观众 客户们 "来办事的人" }'), []);
    });

    it('says to put a space before a keyword that a name has run into', async () => {
        assert.deepEqual(await errors('服务 S { 场景 X { 触点 取号当面 { 客户 "取号" } } }'),
            ['1:23 \'取号当面\' runs into the keyword 当面: put a space before it (\'取号 当面\').']);
        assert.deepEqual(await errors('服务 S { 场景 X { 触点 取号当面 { 客户 "取号" } } }', 'zh'),
            ['1:23 “取号当面”和后面的关键字 当面 连在了一起：请在 当面 前加一个空格（取号 当面）。']);
        assert.deepEqual(await errors('服务 S { 场景 X { 触点 取号 当面 { 客户 "取号" } } }'), []);
        // A name that ends with no keyword valid there: the usual message.
        assert.deepEqual(await errors('服务 S { 场景 X { 触点 取号 { 客户 "取号" } } }'),
            ['1:21 Unknown channel \'{\': use one of \'当面\', \'电话\', \'远程\', \'在线\', \'视频\'.']);
    });
});
