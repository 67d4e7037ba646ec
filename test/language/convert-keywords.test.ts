import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, GrammarAST, isReference, TextDocument, URI, type LangiumDocument } from 'langium';
import { buildBlueprint, servicesOf } from '../../src/blueprint/model.js';
import { convertKeywords } from '../../src/language/convert-keywords.js';
import type { Model, ServiceDramaKeywordNames } from '../../src/language/generated/ast.js';
import type { GrammarEnglishWords } from '../../src/language/help/help-texts.js';
import { keywordLanguageOf, keywordLeaves, quotedCodeInKeywordLanguage } from '../../src/language/keyword-language.js';
import { ALL_KEYWORDS, CHINESE_ALIASES, KEYWORD_TWINS, type ChineseKeyword, type EnglishKeyword, type KeywordLanguage } from '../../src/language/keywords.js';
import { BROKEN } from '../support/broken-spec.js';
import { createTestServices, describeDiagnostics } from '../test-services.js';

/** True only when A and B are the same set of words. */
type SameWords<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The grammar's Chinese words besides the aliases. */
type GrammarChineseWords = Exclude<ServiceDramaKeywordNames, EnglishKeyword | ',' | '，' | '、' | '{' | '}' | '+' | '-' | '分'>;

// Checked by the compiler: a keyword added to the grammar without its twin in the table (or the other
// way round) does not build.
const grammarWordsAreTheTable: SameWords<GrammarEnglishWords, EnglishKeyword> = true;
const grammarChineseWordsAreTheTable: SameWords<GrammarChineseWords, ChineseKeyword> = true;

/** A touchpoint with everything a statement may refer to; `@` marks where the keyword under test goes. */
function inTouchpoint(statements: string, header = 'touchpoint T face-to-face'): string {
    return `service S {
    audience Guest
    actor A frontstage
    system Sys
    prop P
    scene Sc {
        ${header} {
            ${statements}
        }
    }
}
norm N {
    expect reliability "right"
}
`;
}

/**
 * Every keyword in a place where the grammar takes it, at `@`. The record's type asks for every English
 * keyword of the table, so a new keyword needs its line here.
 */
const USES: Record<EnglishKeyword, string> = {
    service: '@ S "title" {\n}\n',
    audience: 'service S {\n    @ Guest "who" {\n        pace urgent\n    }\n}\n',
    pace: 'service S {\n    audience Guest {\n        @ urgent\n    }\n}\n',
    urgent: 'service S {\n    audience Guest {\n        pace @\n    }\n}\n',
    normal: 'service S {\n    audience Guest {\n        pace @\n    }\n}\n',
    relaxed: 'service S {\n    audience Guest {\n        pace @\n    }\n}\n',
    actor: 'service S {\n    @ A frontstage "host"\n}\n',
    frontstage: 'service S {\n    actor A @\n    system Kiosk @\n}\n',
    backstage: 'service S {\n    actor A @\n}\n',
    system: 'service S {\n    @ Sys support "the till"\n}\n',
    support: 'service S {\n    system Sys @ "the till"\n}\n',
    prop: 'service S {\n    @ P "a ticket"\n}\n',
    scene: 'service S {\n    @ Sc "title" {\n        setting "a hall"\n    }\n}\n',
    setting: 'service S {\n    scene Sc {\n        @ "a hall"\n    }\n}\n',
    budget: 'service S {\n    scene Sc {\n        @ 5 min\n    }\n}\n',
    expect: inTouchpoint('@ reliability "right"'),
    reliability: inTouchpoint('expect @ "right"'),
    responsiveness: inTouchpoint('expect @ "fast" within 2 min'),
    assurance: inTouchpoint('expect @ "polite"'),
    friendliness: inTouchpoint('expect @ "polite"'),
    empathy: inTouchpoint('expect @ "kind"'),
    tangibles: inTouchpoint('expect @ "clean"'),
    norm: '@ N "title" {\n    expect reliability "right"\n}\n',
    wait: inTouchpoint('@ "the board shows the queue" within 20 min'),
    feeling: inTouchpoint('@ -2 "worried"'),
    touchpoint: inTouchpoint('customer "asks"', '@ T face-to-face for Guest "title"'),
    'face-to-face': inTouchpoint('customer "asks"', 'touchpoint T @'),
    phone: inTouchpoint('customer "asks"', 'touchpoint T @'),
    remote: inTouchpoint('customer "asks"', 'touchpoint T @'),
    chat: inTouchpoint('customer "asks"', 'touchpoint T @'),
    video: inTouchpoint('customer "asks"', 'touchpoint T @'),
    moment: inTouchpoint('@ feedback'),
    'buy-or-not': inTouchpoint('moment @'),
    'value-judgement': inTouchpoint('moment @, feedback'),
    feedback: inTouchpoint('moment @'),
    'bad-news': inTouchpoint('moment @ trial'),
    repeated: inTouchpoint('moment @'),
    trial: inTouchpoint('moment bad-news @'),
    customer: inTouchpoint('@ "asks"'),
    evidence: inTouchpoint('@ P'),
    within: inTouchpoint('expect responsiveness "fast" @ 2 min'),
    risk: inTouchpoint('@ Offline "no signal" {\n                recovery "call back"\n            }'),
    recovery: inTouchpoint('risk Offline {\n                @ "call back" by A within 5 min\n            }'),
    by: inTouchpoint('risk Offline {\n                recovery "call back" @ A\n            }'),
    delight: inTouchpoint('@ "a sweet"'),
    adapt: inTouchpoint('@ "a high chair for a baby"'),
    applies: inTouchpoint('@ N'),
    for: inTouchpoint('customer "asks"', 'touchpoint T face-to-face @ Guest'),
    s: inTouchpoint('expect responsiveness "fast" within 30 @'),
    min: inTouchpoint('expect responsiveness "fast" within 2 @'),
    h: inTouchpoint('expect responsiveness "fast" within 2 @'),
    d: inTouchpoint('expect responsiveness "fast" within 2 @')
};

/** The syntax tree as plain data: node types, properties and reference texts, without positions. */
function plain(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(plain);
    if (isReference(node)) return { ref: node.$refText };
    if (node && typeof node === 'object') {
        return Object.fromEntries(Object.entries(node)
            .filter(([key]) => !key.startsWith('$') || key === '$type')
            .map(([key, value]) => [key, plain(value)]));
    }
    return node;
}

describe('keywords in Chinese and English', () => {
    const services = createTestServices();
    afterEach(() => services.reset());

    async function parsed(text: string): Promise<LangiumDocument<Model>> {
        const document = await services.parse(text);
        assert.deepEqual([...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(error => error.message), [], text);
        return document;
    }

    async function converted(text: string, to: KeywordLanguage): Promise<string> {
        const document = await services.parse(text);
        const result = convertKeywords(text, document.parseResult, to);
        assert.ok(result.converted, `not converted: ${JSON.stringify(result)}`);
        return result.text;
    }

    it('has in its grammar exactly the words of the twin table and the aliases', () => {
        assert.equal(grammarWordsAreTheTable && grammarChineseWordsAreTheTable, true);
        const words = AstUtils.streamAllContents(services.ServiceDrama.Grammar).filter(GrammarAST.isKeyword)
            .map(keyword => keyword.value).filter(value => /[\p{L}]/u.test(value)).toArray();
        assert.deepEqual([...new Set(words)].sort(), [...ALL_KEYWORDS].sort());
        const chinese = [...Object.values(KEYWORD_TWINS), ...Object.keys(CHINESE_ALIASES)];
        assert.equal(new Set(chinese).size, chinese.length, 'every Chinese spelling stands for one keyword');
    });

    describe('each Chinese keyword reads as its English twin', () => {
        for (const [english, chinese] of Object.entries(KEYWORD_TWINS) as Array<[EnglishKeyword, ChineseKeyword]>) {
            it(`${chinese} as ${english}`, async () => {
                const englishText = USES[english].replaceAll('@', english);
                const chineseText = USES[english].replaceAll('@', chinese);
                const englishDocument = await parsed(englishText);
                const chineseDocument = await parsed(chineseText);
                assert.deepEqual(plain(chineseDocument.parseResult.value), plain(englishDocument.parseResult.value));
                const leaves = keywordLeaves(chineseDocument.parseResult.value.$cstNode!).map(leaf => leaf.text);
                assert.ok(leaves.includes(chinese), `${chinese} is read as a keyword in:\n${chineseText}`);
                // Converting the English text respells this keyword (and the others around it) in Chinese.
                assert.equal(await converted(await converted(englishText, 'zh'), 'en'), englishText);
                assert.ok((await converted(englishText, 'zh')).includes(chinese));
            });
        }

        it('分 as min, written back as 分钟', async () => {
            const text = USES.min.replace('@', '分');
            assert.deepEqual(plain((await parsed(text)).parseResult.value), plain((await parsed(USES.min.replace('@', 'min'))).parseResult.value));
            assert.equal(await converted(text, 'en'), await converted(USES.min.replace('@', 'min'), 'en'));
            assert.ok((await converted(text, 'zh')).includes('within 2 分钟'.replace('within', '限时')));
        });
    });

    describe('converting a file', () => {
        it('changes only the keywords: names, texts in every quotation mark, comments, separators and spacing stay', async () => {
            const english = [
                '\uFEFF// service, expect within: words in a comment stay\r',
                'service 晚餐 “服务 title” {\r',
                '    actor 服务员 frontstage  \'customer\'\r',
                '    prop 菜单\r',
                '    prop Bill\r',
                '    scene 点菜 「scene」 {\r',
                '        budget 10min\r',
                '        touchpoint 点单 face-to-face {\r',
                '            moment buy-or-not，feedback、repeated   trial /* expect */\r',
                '            customer "expect \\"reliability\\""\r',
                '            服务员 "takes the order"\r',
                '            evidence 菜单, Bill\r',
                '            expect\tresponsiveness "fast" within 2\tmin\r',
                '        }\r',
                '    }\r',
                '}\r'
            ].join('\n');
            const chinese = [
                '\uFEFF// service, expect within: words in a comment stay\r',
                '服务 晚餐 “服务 title” {\r',
                '    演员 服务员 前台  \'customer\'\r',
                '    道具 菜单\r',
                '    道具 Bill\r',
                '    场景 点菜 「scene」 {\r',
                '        预算 10分钟\r',
                '        触点 点单 当面 {\r',
                '            时刻 买与不买，反馈、重复   考验 /* expect */\r',
                '            客户 "expect \\"reliability\\""\r',
                '            服务员 "takes the order"\r',
                '            证据 菜单, Bill\r',
                '            期待\t响应性 "fast" 限时 2\t分钟\r',
                '        }\r',
                '    }\r',
                '}\r'
            ].join('\n');
            assert.equal(await converted(english, 'zh'), chinese);
            assert.equal(await converted(chinese, 'en'), english);
            assert.equal(await converted(english, 'en'), english);
            assert.equal(keywordLanguageOf((await parsed(chinese)).parseResult.value.$cstNode), 'zh');
        });

        it('makes a mixed file one language, either way', async () => {
            const mixed = 'service S {\n    演员 A frontstage\n    scene Sc {\n        触点 T phone {\n            customer "calls"\n            A "answers"\n            期待 reliability "right"\n        }\n    }\n}\n';
            assert.equal(await converted(mixed, 'en'),
                'service S {\n    actor A frontstage\n    scene Sc {\n        touchpoint T phone {\n            customer "calls"\n            A "answers"\n            expect reliability "right"\n        }\n    }\n}\n');
            assert.equal(await converted(mixed, 'zh'),
                '服务 S {\n    演员 A 前台\n    场景 Sc {\n        触点 T 电话 {\n            客户 "calls"\n            A "answers"\n            期待 可靠性 "right"\n        }\n    }\n}\n');
        });

        it('does not convert a file with a syntax error, and says where it is', async () => {
            const text = 'service S {\n    actor A frontstage\n    scene Sc {\n        touchpoint T face2face {\n        }\n    }\n}\n';
            const document = await services.parse(text);
            const result = convertKeywords(text, document.parseResult, 'zh');
            assert.equal(result.converted, false);
            assert.ok(!result.converted);
            assert.equal(result.syntaxError.line, 4);
            assert.equal(result.syntaxError.column, 22);
            assert.match(result.syntaxError.message, /face2face/);
            const unclosed = 'service S {\n    actor A frontstage\n';
            const atEnd = convertKeywords(unclosed, (await services.parse(unclosed)).parseResult, 'zh');
            assert.ok(!atEnd.converted);
            assert.deepEqual([atEnd.syntaxError.line, atEnd.syntaxError.column], [3, 1]);
            const character = 'service S { § }';
            const lexed = convertKeywords(character, (await services.parse(character)).parseResult, 'zh');
            assert.ok(!lexed.converted);
            assert.deepEqual([lexed.syntaxError.line, lexed.syntaxError.column], [1, 13]);
        });

        it('leaves a file without keywords as it is', async () => {
            for (const text of ['', '// only a comment\n', '\n\n']) {
                assert.equal(await converted(text, 'zh'), text);
                assert.equal(await converted(text, 'en'), text);
            }
        });
    });

    it('formats a Chinese-keyword file as its English twin', async () => {
        const messy = 'service S { audience Guest { pace urgent }\n actor A frontstage\n scene Sc { setting "hall" budget 5 min\n'
            + 'touchpoint T face-to-face { moment feedback customer "asks" A "answers" expect responsiveness "fast"   within 2 min } } }\n'
            + 'norm N { expect reliability "right" }\n';
        const format = async (text: string) => {
            const document = await services.parse(text);
            const edits = await services.ServiceDrama.lsp.Formatter!.formatDocument(document, {
                textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true }
            });
            return TextDocument.applyEdits(document.textDocument, edits);
        };
        const formattedEnglish = await format(messy);
        assert.match(formattedEnglish, /\n {8}setting "hall"\n {8}budget 5 min\n/);
        assert.equal(await format(await converted(messy, 'zh')), await converted(formattedEnglish, 'zh'));
    });

    describe('on every example', () => {
        const examples = fs.readdirSync('examples').filter(name => name.endsWith('.drama')).sort()
            .map(name => ({ name, text: fs.readFileSync(path.join('examples', name), 'utf8') }));

        it('a round trip gives back the same file, byte for byte', async () => {
            for (const { name, text } of examples) {
                const language = keywordLanguageOf((await parsed(text)).parseResult.value.$cstNode)!;
                const other: KeywordLanguage = language === 'zh' ? 'en' : 'zh';
                const there = await converted(text, other);
                assert.notEqual(there, text, name);
                assert.equal(keywordLanguageOf((await parsed(there)).parseResult.value.$cstNode), other, name);
                assert.equal(await converted(there, language), text, `${name} there and back`);
                assert.equal(await converted(await converted(there, language), other), there, `${name} back and there again`);
            }
        });

        it('has at least two examples written entirely with Chinese keywords', async () => {
            const chinese: string[] = [];
            for (const { name, text } of examples) {
                const leaves = keywordLeaves((await parsed(text)).parseResult.value.$cstNode!);
                if (leaves.length > 0 && leaves.every(leaf => /[\u4e00-\u9fff]/.test(leaf.text))) chinese.push(name);
            }
            assert.ok(chinese.length >= 2, chinese.join(', '));
        });

        it('the converted files lint and draw exactly as the originals', async () => {
            const english = await buildTexts(examples.map(({ name, text }) => ({ name, text })));
            const chinese = await buildTexts(await Promise.all(examples.map(async ({ name, text }) => ({ name, text: await converted(text, 'zh') }))));
            assertSameFindingsAndBlueprints(english, chinese);
        });

        it('a spec with findings of many rules has the same findings and blueprint in Chinese keywords', async () => {
            const chineseText = await converted(BROKEN, 'zh');
            assert.equal(keywordLanguageOf((await parsed(chineseText)).parseResult.value.$cstNode), 'zh');
            const english = await buildTexts([{ name: 'broken.drama', text: BROKEN }]);
            const chinese = await buildTexts([{ name: 'broken.drama', text: chineseText }]);
            assert.ok(findings(english.get('broken.drama')!).length >= 10, findings(english.get('broken.drama')!).join('\n'));
            assertSameFindingsAndBlueprints(english, chinese);
        });
    });
});

describe('the README on Chinese keywords', () => {
    const services = createTestServices();
    const readme = fs.readFileSync('README.md', 'utf8');
    const blocks = [...readme.matchAll(/```drama\n([\s\S]*?)```/g)].map(match => match[1]);

    it('shows a spec with Chinese keywords beside its English twin, exactly its conversion, and both clean', async () => {
        const languages = await Promise.all(blocks.map(async block => keywordLanguageOf((await services.parse(block)).parseResult.value.$cstNode)));
        const index = languages.indexOf('zh');
        assert.ok(index > 0, 'a ```drama block with Chinese keywords after its English twin');
        const [english, chinese] = [blocks[index - 1], blocks[index]];
        const result = convertKeywords(english, (await services.parse(english)).parseResult, 'zh');
        assert.ok(result.converted);
        assert.equal(result.text, chinese);
        for (const [name, text] of [['english', english], ['chinese', chinese]]) {
            const built = await buildTexts([{ name: `${name}.drama`, text }]);
            assert.deepEqual(findings(built.get(`${name}.drama`)!), [], name);
        }
    });

    it('lists every keyword with its Chinese twin', () => {
        const missing = Object.entries(KEYWORD_TWINS).filter(([english, chinese]) => !readme.includes(`\`${english}\` ${chinese}`));
        assert.deepEqual(missing, []);
    });
});

/** Builds texts together, each in a workspace of its own services, so that norms resolve across them. */
async function buildTexts(files: Array<{ name: string; text: string }>): Promise<Map<string, LangiumDocument<Model>>> {
    const services = createTestServices();
    const documents = new Map(files.map(({ name, text }) => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(path.resolve('examples', name)));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return [name, document] as const;
    }));
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return documents;
}

const lexer = createTestServices().ServiceDrama.parser.Lexer;

/**
 * A finding's message with the spec text it quotes in English keywords: a message quotes spec text
 * (`add 'within'`) in the keywords of the file it is about, and is otherwise the same.
 */
function inEnglish(message: string): string {
    return quotedCodeInKeywordLanguage(message, 'en', lexer);
}

/** A document's findings as "line rule message": the columns move when keywords change length. */
function findings(document: LangiumDocument): string[] {
    return describeDiagnostics(document.diagnostics).map(line => inEnglish(line.replace(/^(\d+):\d+/, '$1')));
}

/** The blueprint's model without the columns of its source ranges, its findings' quotes in English keywords. */
function blueprintsOf(document: LangiumDocument<Model>): unknown[] {
    return servicesOf(document.parseResult.value).map(service => JSON.parse(JSON.stringify(buildBlueprint(service, document.diagnostics ?? []),
        (key, value: unknown) => key === 'character' ? undefined : key === 'message' && typeof value === 'string' ? inEnglish(value) : value)) as unknown);
}

function assertSameFindingsAndBlueprints(english: Map<string, LangiumDocument<Model>>, chinese: Map<string, LangiumDocument<Model>>): void {
    for (const [name, document] of english) {
        const twin = chinese.get(name)!;
        assert.deepEqual(findings(twin), findings(document), name);
        const blueprints = blueprintsOf(document);
        assert.ok(blueprints.length > 0 || name === 'norms.drama', `${name} draws a service`);
        assert.deepEqual(blueprintsOf(twin), blueprints, name);
        assert.deepEqual(plain(twin.parseResult.value), plain(document.parseResult.value), name);
    }
}

