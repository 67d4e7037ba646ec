import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';
import type { IGrammar, StateStack } from 'vscode-textmate';
import { convertKeywords } from '../../src/language/convert-keywords.js';
import { keywordLeaves } from '../../src/language/keyword-language.js';
import { englishKeyword, KEYWORD_TWINS, type KeywordLanguage } from '../../src/language/keywords.js';
import { createTestServices } from '../test-services.js';

const { INITIAL, Registry, parseRawGrammar } = textmate;

const require = createRequire(import.meta.url);

async function loadGrammar(): Promise<IGrammar> {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
            createOnigString: text => new oniguruma.OnigString(text)
        }),
        loadGrammar: () => Promise.resolve(parseRawGrammar(readFileSync('syntaxes/service-drama.tmLanguage.json', 'utf8'), 'grammar.json'))
    });
    const grammar = await registry.loadGrammar('source.service-drama');
    assert.ok(grammar);
    return grammar;
}

/** The innermost scope of the token that covers the first occurrence of `needle` in `line`. */
function scopeAt(grammar: IGrammar, line: string, needle: string): string | undefined {
    const index = line.indexOf(needle);
    assert.ok(index >= 0, `'${needle}' in '${line}'`);
    const token = grammar.tokenizeLine(line, INITIAL).tokens.find(t => t.startIndex <= index && index < t.endIndex);
    const scopes = token?.scopes ?? [];
    return scopes.length > 1 ? scopes[scopes.length - 1] : undefined;
}

/** A spec with every keyword of the language, each where the grammar takes it. */
const EVERY_KEYWORD = `service S "title" {
    audience Guest "who" {
        pace urgent
    }
    audience Walker {
        pace normal
    }
    audience Idler {
        pace relaxed
    }
    actor A frontstage "host"
    actor B backstage
    system Sys support "till"
    system Kiosk frontstage
    prop P "ticket"
    scene Sc "title" {
        setting "hall"
        budget 5 min
        touchpoint T1 face-to-face for Guest "title" {
            moment buy-or-not, value-judgement, feedback, bad-news, repeated trial
            customer "asks"
            A "answers"
            evidence P
            expect reliability "right"
            expect responsiveness "fast" within 30 s
            expect assurance "polite" within 2 h
            expect friendliness "warm" within 1 d
            expect empathy "kind"
            expect tangibles "clean"
            risk Offline "no signal" {
                recovery "call back" by A within 5 min
            }
            delight "a sweet"
            adapt "a high chair"
            applies N
            wait "the board" within 10 min
            feeling -2 "worried"
        }
        touchpoint T2 phone {
        }
        touchpoint T3 remote {
        }
        touchpoint T4 chat {
        }
        touchpoint T5 video {
        }
    }
}
norm N "title" {
    expect reliability "right"
}
`;

/** Each keyword of a spec, in order, with the innermost scope the TextMate grammar gives it. */
function keywordScopes(grammar: IGrammar, text: string, root: Parameters<typeof keywordLeaves>[0]): Array<{ keyword: string; scope: string | undefined }> {
    const lines = text.split('\n');
    const lineStarts = lines.map((_, index) => lines.slice(0, index).reduce((sum, line) => sum + line.length + 1, 0));
    let state: StateStack = INITIAL;
    const tokensByLine = lines.map(line => {
        const result = grammar.tokenizeLine(line, state);
        state = result.ruleStack;
        return result.tokens;
    });
    return keywordLeaves(root).map(leaf => {
        const line = lineStarts.filter(start => start <= leaf.offset).length - 1;
        const column = leaf.offset - lineStarts[line];
        const token = tokensByLine[line].find(t => t.startIndex <= column && column < t.endIndex);
        const scopes = token?.scopes ?? [];
        const covers = token !== undefined && token.endIndex >= column + leaf.length;
        return { keyword: leaf.text, scope: covers && scopes.length > 1 ? scopes[scopes.length - 1] : undefined };
    });
}

describe('TextMate grammar (syntax colouring before the server starts)', () => {
    let grammar: IGrammar;
    before(async () => { grammar = await loadGrammar(); });
    const scope = (line: string, needle: string) => scopeAt(grammar, line, needle);

    it('colours declarations and their names, including Chinese names', () => {
        const line = 'service 火锅晚餐 "title" {';
        assert.equal(scope(line, 'service'), 'storage.type.service-drama');
        assert.equal(scope(line, '火锅晚餐'), 'entity.name.type.service-drama');
        assert.equal(scope(line, 'title'), 'string.quoted.double.service-drama');
        assert.equal(scope('    actor 服务员 frontstage', '服务员'), 'variable.other.declaration.service-drama');
        assert.equal(scope('    actor Host frontstage', 'frontstage'), 'constant.language.service-drama');
        assert.equal(scope('    risk Offline "no signal" {', 'Offline'), 'entity.name.tag.risk.service-drama');
    });

    it('colours the five elements, channels, moment kinds and durations', () => {
        const line = '  expect responsiveness "fast" within 10 min';
        assert.equal(scope(line, 'expect'), 'keyword.other.service-drama');
        assert.equal(scope(line, 'responsiveness'), 'support.constant.element.service-drama');
        assert.equal(scope(line, '10'), 'constant.numeric.service-drama');
        assert.equal(scope(line, 'min'), 'keyword.other.unit.service-drama');
        assert.equal(scope('  touchpoint Pay face-to-face {', 'face-to-face'), 'constant.language.service-drama');
        assert.equal(scope('  moment bad-news trial', 'bad-news'), 'constant.language.service-drama');
    });

    it('colours the statements of the journey: waits, feelings, who recovers, audiences, chat and video', () => {
        assert.equal(scope('  wait "board shows the queue" within 20 min', 'wait'), 'keyword.other.service-drama');
        assert.equal(scope('  feeling -2 "worried"', 'feeling'), 'keyword.other.service-drama');
        assert.equal(scope('  feeling -2 "worried"', '-2'), 'constant.numeric.service-drama');
        assert.equal(scope('  feeling +3 "relieved"', '+3'), 'constant.numeric.service-drama');
        assert.equal(scope('  recovery "rebook" by Agent within 15 min', 'by'), 'keyword.other.service-drama');
        assert.equal(scope('  touchpoint Ask chat for Traveller {', 'chat'), 'constant.language.service-drama');
        assert.equal(scope('  touchpoint Ask chat for Traveller {', 'for'), 'keyword.other.service-drama');
        assert.equal(scope('  touchpoint Visit video {', 'video'), 'constant.language.service-drama');
        assert.equal(scope('  system App frontstage "the app"', 'frontstage'), 'constant.language.service-drama');
        assert.equal(scope('  actor forklift_driver backstage', 'forklift_driver'), 'variable.other.declaration.service-drama');
    });

    describe('in both keyword languages', () => {
        const services = createTestServices();

        async function inLanguage(to: KeywordLanguage): Promise<{ text: string; scopes: ReturnType<typeof keywordScopes> }> {
            const english = await services.parse(EVERY_KEYWORD);
            const result = convertKeywords(EVERY_KEYWORD, english.parseResult, to);
            assert.ok(result.converted);
            const document = await services.parse(result.text);
            return { text: result.text, scopes: keywordScopes(grammar, result.text, document.parseResult.value.$cstNode!) };
        }

        it('colours every keyword of the table, and each Chinese one with the scope of its twin', async () => {
            const english = await inLanguage('en');
            const chinese = await inLanguage('zh');
            assert.deepEqual(new Set(english.scopes.map(({ keyword }) => keyword)), new Set(Object.keys(KEYWORD_TWINS)), 'the spec has every keyword');
            assert.deepEqual(english.scopes.filter(({ scope }) => scope === undefined), [], 'every English keyword is coloured');
            assert.equal(chinese.scopes.length, english.scopes.length);
            chinese.scopes.forEach(({ keyword, scope }, index) => {
                assert.equal(englishKeyword(keyword), english.scopes[index].keyword);
                assert.equal(scope, english.scopes[index].scope, `${keyword} is coloured as ${english.scopes[index].keyword}`);
            });
        });

        it('colours the alias 分, a number touching its unit, Chinese quotation marks and separators', () => {
            assert.equal(scope('        预算 5 分', '分'), scope('        budget 5 min', 'min'));
            assert.equal(scope('  期待 响应性 “快” 限时 10秒', '10'), 'constant.numeric.service-drama');
            assert.equal(scope('  期待 响应性 “快” 限时 10秒', '秒'), 'keyword.other.unit.service-drama');
            assert.equal(scope('  期待 响应性 “限时 快” 限时 2分钟', '分钟'), 'keyword.other.unit.service-drama');
            assert.equal(scope('  期待 响应性 “限时 快”', '限时'), 'string.quoted.other.chinese.service-drama');
            assert.equal(scope('  场景 点菜 「客户 点菜」 {', '客户'), 'string.quoted.other.corner.service-drama');
            assert.equal(scope('  时刻 买与不买，反馈、重复 考验', '，'), 'punctuation.separator.comma.service-drama');
            assert.equal(scope('  时刻 买与不买，反馈、重复 考验', '、'), 'punctuation.separator.comma.service-drama');
            assert.equal(scope('  时刻 买与不买，反馈、重复 考验', '反馈'), 'constant.language.service-drama');
        });

        it('does not colour a Chinese keyword inside a name', () => {
            assert.equal(scope('    演员 客户经理 前台', '客户经理'), 'variable.other.declaration.service-drama');
            assert.equal(scope('    客户经理 "answers"', '客户'), undefined);
            assert.equal(scope('    触点 取号当面 当面 {', '取号当面'), 'entity.name.function.service-drama');
            assert.equal(scope('    服务员 "takes the order"', '服务'), undefined);
            assert.equal(scope('    采用规范 "x"', '规范'), undefined);
        });
    });

    it('does not colour keywords inside names, strings or comments', () => {
        const line = '  customer "expect reliability" // risk here';
        assert.equal(scope(line, 'reliability'), 'string.quoted.double.service-drama');
        assert.equal(scope(line, 'risk'), 'comment.line.double-slash.service-drama');
        assert.equal(scope('  actor reliability_lead frontstage', 'reliability_lead'), 'variable.other.declaration.service-drama');
        assert.equal(scope('  Kitchen_risk "cooks"', 'risk'), undefined);
    });
});
