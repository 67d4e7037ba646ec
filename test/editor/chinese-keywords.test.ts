import * as assert from 'node:assert/strict';
import type { LangiumDocument } from 'langium';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenTypes, type CodeAction, type CompletionItem, type DocumentSymbol, type MarkupContent } from 'vscode-languageserver';
import { FIX_ALL_KIND } from '../../src/language/service-drama-code-actions.js';
import type { Locale } from '../../src/language/i18n/locale.js';
import { englishKeyword, languageOfKeyword } from '../../src/language/keywords.js';
import { applyEdits, CLEAN_SPEC, formatted, inChineseKeywords, variant } from '../rules/support.js';
import { createTestServices, describeDiagnostics, labelText } from '../test-services.js';

// The editor on a spec written in Chinese keywords: what it offers and writes is in Chinese keywords too.
describe('editing a spec written in Chinese keywords', () => {
    const services = createTestServices();
    const locale = services.ServiceDrama.i18n.Locale;
    let count = 0;
    afterEach(async () => {
        locale.locale = 'en';
        await services.reset();
    });

    async function open(text: string): Promise<LangiumDocument> {
        return services.validate(text, `file:///workspace/chinese-${++count}.drama`);
    }

    /** The completion items at the `|` of the text. */
    async function completeAt(text: string, language: Locale = 'en'): Promise<CompletionItem[]> {
        locale.locale = language;
        const offset = text.indexOf('|');
        const document = await open(text.replace('|', ''));
        const list = await services.ServiceDrama.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offset)
        });
        return list?.items ?? [];
    }

    /** The word keywords among the labels, sorted. */
    function keywords(items: CompletionItem[]): string[] {
        return items.map(item => item.label).filter(label => englishKeyword(label) !== undefined).sort();
    }

    describe('completion', () => {
        it('offers the keywords of the file\'s language: Chinese in a Chinese-keyword file', async () => {
            assert.deepEqual(keywords(await completeAt('服务 S { 场景 X { 触点 T | } }')), ['在线', '当面', '电话', '视频', '远程'].sort());
            const statements = keywords(await completeAt('服务 S { 场景 X { 触点 T 远程 { | } } }'));
            assert.ok(statements.includes('期待') && statements.includes('客户') && statements.includes('风险'), statements.join(' '));
            assert.deepEqual(statements.filter(label => languageOfKeyword(label) === 'en'), []);
        });

        it('offers English keywords in an English file, whatever the help language', async () => {
            const channels = keywords(await completeAt('service S { scene X { touchpoint T | } }', 'zh'));
            assert.deepEqual(channels, ['chat', 'face-to-face', 'phone', 'remote', 'video']);
        });

        it('follows the help language in a new file', async () => {
            assert.deepEqual(keywords(await completeAt('|', 'zh')), ['服务', '规范'].sort());
            assert.deepEqual(keywords(await completeAt('|', 'en')), ['norm', 'service']);
        });

        it('follows what is being typed: `exp` finds expect in a Chinese file, 期 finds 期待 in an English one', async () => {
            assert.ok(keywords(await completeAt('服务 S { 场景 X { 触点 T 远程 { exp| } } }')).includes('expect'));
            assert.ok(keywords(await completeAt('service S { scene X { touchpoint T remote { 期| } } }')).includes('期待'));
        });

        it('offers 分钟, not its alias 分, after a number', async () => {
            const units = keywords(await completeAt('服务 S { 场景 X { 预算 10 | } }'));
            assert.deepEqual(units, ['分钟', '天', '小时', '秒'].sort());
        });

        it('documents a Chinese keyword as its hover does, and names its twin in the detail', async () => {
            const items = await completeAt('服务 S { 场景 X { 触点 T 远程 { 期待 | } } }', 'zh');
            const item = items.find(candidate => candidate.label === '可靠性');
            assert.ok(item?.detail?.includes('reliability'), item?.detail);
            const text = '服务 S { 场景 X { 触点 T 远程 { 期待 可靠性 "x" } } }';
            const document = await open(text);
            const hover = await services.ServiceDrama.lsp.HoverProvider!.getHoverContent(document, {
                textDocument: { uri: document.uri.toString() },
                position: document.textDocument.positionAt(text.indexOf('可靠性') + 1)
            });
            assert.equal((item!.documentation as MarkupContent).value, (hover?.contents as MarkupContent).value);
        });
    });

    describe('fix all (on save)', () => {
        it('writes its statements in Chinese keywords, exactly the twin of what it writes in an English file', async () => {
            const english = variant(['"order taken" within 2 min', '"order taken"'], ['recovery "offer cash" by Waiter within 2 min', 'recovery "offer cash"']);
            const fixAll = async (text: string) => {
                const document = await open(text);
                const actions = await services.ServiceDrama.lsp.CodeActionProvider!.getCodeActions(document, {
                    textDocument: { uri: document.uri.toString() },
                    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                    context: { diagnostics: [], only: [FIX_ALL_KIND] }
                }) as CodeAction[];
                assert.equal(actions.length, 1);
                return applyEdits(text, actions[0].edit!.changes![document.uri.toString()]);
            };
            const fixedEnglish = await fixAll(english);
            assert.ok(fixedEnglish.includes('"order taken" within 1 min'), fixedEnglish);
            const fixedChinese = await fixAll(await inChineseKeywords(services, english));
            assert.ok(fixedChinese.includes('"order taken" 限时 1 分钟'), fixedChinese);
            assert.equal(fixedChinese, await inChineseKeywords(services, fixedEnglish));
        });
    });

    describe('quick fix titles', () => {
        it('quote the statement they add in the file\'s keywords, and leave their own words', async () => {
            const titles = async (text: string, language: Locale) => {
                locale.locale = language;
                const document = await open(text);
                const finding = (document.diagnostics ?? []).find(d => d.code === 'measurable-responsiveness');
                assert.ok(finding, describeDiagnostics(document.diagnostics).join('\n'));
                const actions = await services.ServiceDrama.lsp.CodeActionProvider!.getCodeActions(document, {
                    textDocument: { uri: document.uri.toString() }, range: finding.range, context: { diagnostics: [finding] }
                }) as CodeAction[];
                return actions.map(action => action.title);
            };
            const english = variant(['"order taken" within 2 min', '"order taken"']);
            const chinese = await inChineseKeywords(services, english);
            assert.deepEqual(await titles(chinese, 'en'), ['Add a time bound (限时 1 分钟)']);
            assert.deepEqual(await titles(chinese, 'zh'), ['添加时限（限时 1 分钟）']);
            assert.deepEqual(await titles(english, 'zh'), ['添加时限（within 1 min）']);
        });
    });

    describe('findings', () => {
        it('quote spec text in the file\'s keywords, in either help language', async () => {
            const english = variant(['"order taken" within 2 min', '"order taken"']);
            const messages = async (text: string, language: Locale) => {
                locale.locale = language;
                const document = await open(text);
                await services.reset();
                return describeDiagnostics((document.diagnostics ?? []).filter(d => d.code === 'measurable-responsiveness'));
            };
            const chinese = await inChineseKeywords(services, english);
            const [inChinese] = await messages(chinese, 'zh');
            assert.ok(inChinese.includes('请用 `限时` 写明，例如 `限时 1 分钟`'), inChinese);
            const [inEnglish] = await messages(chinese, 'en');
            assert.ok(inEnglish.includes("add '限时'"), inEnglish);
            const [englishFile] = await messages(english, 'zh');
            assert.ok(englishFile.includes('请用 `within` 写明，例如 `within 1 min`'), englishFile);
        });
    });

    describe('inlay hints', () => {
        it('spell the scene\'s total in the file\'s units', async () => {
            const document = await open(await inChineseKeywords(services, CLEAN_SPEC));
            for (const [language, expected] of [['zh', '合计 2 分钟（预算 10 分钟）'], ['en', 'Σ 2 分钟 of 10 分钟']] as const) {
                locale.locale = language;
                const hints = await services.ServiceDrama.lsp.InlayHintProvider!.getInlayHints(document, {
                    textDocument: { uri: document.uri.toString() },
                    range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) }
                }) ?? [];
                assert.deepEqual(hints.map(labelText).filter(label => label.includes('10')), [expected]);
            }
        });
    });

    describe('colouring and placing', () => {
        it('colours a Chinese value keyword as its twin: 前台 of a system, channels, elements and units', async () => {
            const tokens = await highlightHelper(services.ServiceDrama)(
                '服务 <|S|> { 系统 <|自助机|> <|前台|> 场景 <|X|> { 触点 <|T|> <|远程|> { <|自助机|> "x" 期待 <|响应性|> "y" 限时 <|5|><|分钟|> } } }');
            const expected = [
                SemanticTokenTypes.class, SemanticTokenTypes.variable, SemanticTokenTypes.enumMember, SemanticTokenTypes.namespace,
                SemanticTokenTypes.function, SemanticTokenTypes.enumMember, SemanticTokenTypes.variable, SemanticTokenTypes.enumMember,
                SemanticTokenTypes.number, SemanticTokenTypes.number
            ];
            expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { tokenType, rangeIndex }));
        });

        it('puts a finding about a keyword on its Chinese spelling (考验, 感受)', async () => {
            const text = '服务 S { 观众 A 场景 X { 触点 T 当面 { 时刻 反馈 考验 客户 "x" 期待 可靠性 "y" 感受 +1 “好” 感受 +2 「很好」 } } }';
            const document = await open(text);
            const at = (code: string | undefined) => (document.diagnostics ?? []).filter(d => d.code === code)
                .map(d => text.slice(document.textDocument.offsetAt(d.range.start), document.textDocument.offsetAt(d.range.end)));
            assert.deepEqual(at('trial-has-risk'), ['考验']);
            assert.deepEqual(at(undefined), ['感受'], describeDiagnostics(document.diagnostics).join('\n'));
        });

        it('reads a feeling out of range written with 感受 and Chinese quotation marks', async () => {
            const document = await open('服务 S { 场景 X { 触点 T 当面 { 客户 "x" 感受 +5 “太好了” } } }');
            assert.ok(describeDiagnostics(document.diagnostics).some(line => line.includes('feeling +5 is out of range')), describeDiagnostics(document.diagnostics).join('\n'));
        });
    });

    describe('formatting, outline and rename', () => {
        it('keeps what a Chinese input method types: “…”, 「…」, ，, 、 and a number touching its unit', async () => {
            const text = '服务 S {\n    道具 A\n    道具 B\n    道具 C\n\n    场景 X {\n        预算 10分钟\n        触点 T 当面 {\n'
                + '            时刻 反馈、重复，价值评判\n            客户 “说出人数”\n            证据 A，B、C\n'
                + '            期待 响应性 「很快有位子」 限时 2分\n            期待 可靠性 "x" 限时 30 秒\n        }\n    }\n}\n';
            assert.equal(await formatted(services, text), text);
            const messy = text.replace('时刻 反馈、重复，价值评判', '时刻  反馈 、 重复 ，价值评判').replace('证据 A，B、C', '证据 A ，  B、 C').replace('预算 10分钟', '预算   10分钟');
            assert.equal(await formatted(services, messy), text);
        });

        it('formats a Chinese-keyword spec as its English twin, keyword for keyword', async () => {
            const messy = CLEAN_SPEC.replace('    audience Guest "Weekend diner" {\n        pace relaxed\n    }', '    audience Guest "Weekend diner" { pace relaxed }')
                .replace('        budget 10 min\n', '        budget 10 min ');
            assert.equal(await formatted(services, await inChineseKeywords(services, messy)), await inChineseKeywords(services, CLEAN_SPEC));
        });

        it('outlines a Chinese-keyword spec as its English twin', async () => {
            const outline = async (text: string) => {
                const document = await open(text);
                const symbols = await services.ServiceDrama.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
                const tree = (list: DocumentSymbol[] | undefined): unknown[] => (list ?? []).map(symbol => [symbol.name, symbol.kind, tree(symbol.children)]);
                return tree(symbols);
            };
            const english = await outline(CLEAN_SPEC);
            assert.ok(JSON.stringify(english).includes('Checkout'));
            assert.deepEqual(await outline(await inChineseKeywords(services, CLEAN_SPEC)), english);
        });

        it('renames in a Chinese-keyword spec, and refuses a Chinese keyword as the new name', async () => {
            const text = await inChineseKeywords(services, CLEAN_SPEC);
            const document = await open(text);
            const rename = (newName: string) => services.ServiceDrama.lsp.RenameProvider!.rename(document, {
                textDocument: { uri: document.uri.toString() },
                position: document.textDocument.positionAt(text.indexOf('Waiter') + 1),
                newName
            });
            const edit = await rename('服务员');
            assert.deepEqual(edit?.changes?.[document.uri.toString()]?.map(change => change.newText), ['服务员', '服务员', '服务员', '服务员']);
            await assert.rejects(Promise.resolve().then(() => rename('前台')), /'前台' is a keyword of the language \(frontstage\)/);
        });
    });
});
