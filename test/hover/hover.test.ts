import * as assert from 'node:assert/strict';
import { AstUtils, CstUtils, GrammarAST, type LangiumDocument } from 'langium';
import type { Hover } from 'vscode-languageserver';
import type { Locale } from '../../src/language/i18n/locale.js';
import { englishKeyword, keywordIn, languageOfKeyword } from '../../src/language/keywords.js';
import { createTestServices } from '../test-services.js';

/** A spec that uses every keyword of the language at least once. */
const SPEC = `// Every keyword of the language, for hover tests.
service Hotpot "Hotpot dinner" {
    audience Diner "Weekend diner" { pace relaxed }
    audience Commuter { pace urgent }
    audience Family { pace normal }
    actor Host frontstage "Greeter at the door"
    /** Serves tables 1 to 12. */
    actor Waiter frontstage
    actor Kitchen backstage
    system Payments support "Card terminal and bank link"
    prop CardReader "Card reader"
    prop Snacks
    prop Leaflet
    prop Menu "<b>Menu</b> with *stars*"
    scene Waiting "Waiting for a table" {
        setting "Entrance with benches"
        budget 1 h
        touchpoint Arrive face-to-face {
            moment buy-or-not
            customer "arrives and gives the party size"
            Host "greets and hands out a queue number"
            Kitchen "prepares snacks"
            evidence Snacks
            expect assurance "greeted on arrival" within 10 s
            expect responsiveness "expected wait is shown" within 1 min
            delight "free manicure while waiting"
            adapt "high chair for small children"
        }
        touchpoint Call phone {
            moment repeated
            customer "calls to book"
            Host "takes the booking"
            expect friendliness "a polite voice"
        }
    }
    /* Paying and leaving */
    scene Checkout "结账" {
        budget 1 d
        touchpoint PayByCard face-to-face {
            moment bad-news trial
            customer "pays by card"
            Waiter "takes the card to the reader"
            Host "thanks the guest"
            Payments "authorises the payment"
            evidence CardReader, Leaflet
            expect reliability "payment succeeds the first time"
            expect empathy "notices the guest is in a hurry"
            risk ReaderOffline "card reader has no signal" {
                recovery "apologise and offer cash"
            }
            applies WarmGreeting
        }
        touchpoint Survey remote {
            moment feedback
            customer "rates the dinner"
            evidence Leaflet
            expect responsiveness "answered" within 2 min
        }
        touchpoint Review remote {
            moment value-judgement
            customer "reads the bill"
            evidence Leaflet
            expect tangibles "a clean, readable bill"
        }
    }
}

service HotpotOnline {
    audience Commuter { pace urgent }
    audience Tourist
    actor Host frontstage
    system QueueBot frontstage "Chatbot that answers about the queue"
    scene Online {
        touchpoint AskBot chat for Commuter "Ask the chat" {
            moment feedback, repeated
            customer "asks how long the queue is"
            QueueBot "answers with the number of tables ahead"
            wait "the chat shows the place in the queue" within 20 min
            feeling +1 "reassured"
            expect responsiveness "answered" within 30 s
            risk BotLoop "the bot does not understand" {
                recovery "hand over to the host" by Host within 2 min
            }
        }
        touchpoint VideoTour video {
            customer "looks at the room on camera"
            Host "shows the private room"
            feeling -1 "unsure"
            expect assurance "a friendly tour"
        }
    }
}

norm WarmGreeting "标准问候" {
    expect assurance "eye contact and a smile"
}
`;

/** A second file of the workspace that applies the norm too. */
const BRANCH = `service Branch {
    scene Entrance {
        touchpoint Greet face-to-face {
            customer "walks in"
            applies WarmGreeting
        }
    }
}
`;

describe('hover help', () => {
    const services = createTestServices();
    const locale = services.ServiceDrama.i18n.Locale;
    let spec: LangiumDocument;

    before(async () => {
        spec = await services.validate(SPEC, 'file:///workspace/hotpot.drama');
        await services.validate(BRANCH, 'file:///workspace/branch.drama');
    });
    after(() => services.reset());

    async function hoverAtOffset(offset: number, document = spec): Promise<Hover | undefined> {
        return services.ServiceDrama.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offset)
        });
    }

    /** Hovers inside the `occurrence`-th match of `text`, `delta` characters after its start. */
    async function hoverOn(text: string, options: { occurrence?: number; delta?: number; in?: Locale } = {}): Promise<string | undefined> {
        locale.locale = options.in ?? 'en';
        let offset = -1;
        for (let i = 0; i <= (options.occurrence ?? 0); i++) offset = SPEC.indexOf(text, offset + 1);
        assert.ok(offset >= 0, `'${text}' not in the spec`);
        const hover = await hoverAtOffset(offset + (options.delta ?? 1));
        return hover ? (hover.contents as { value: string }).value : undefined;
    }

    async function help(text: string, options: { occurrence?: number; delta?: number; in?: Locale } = {}): Promise<string> {
        const value = await hoverOn(text, options);
        assert.ok(value, `a hover on '${text}'`);
        return value;
    }

    function assertIncludes(markdown: string, expected: string[]): void {
        for (const part of expected) assert.ok(markdown.includes(part), `expected ${JSON.stringify(part)} in:\n${markdown}`);
    }

    describe('on every keyword', () => {
        const grammarKeywords = AstUtils.streamAllContents(services.ServiceDrama.Grammar)
            .filter(GrammarAST.isKeyword)
            .map(keyword => keyword.value)
            .filter(value => /\p{L}/u.test(value))
            .toSet();
        /** The spec again with every keyword in Chinese, and the alias 分 for one 分钟. */
        let chineseSpec: LangiumDocument;

        before(async () => {
            let text = SPEC;
            for (const leaf of [...keywordLeavesOf(spec)].reverse()) {
                text = text.slice(0, leaf.offset) + keywordIn(leaf.text, 'zh')! + text.slice(leaf.end);
            }
            text = text.replace('限时 2 分钟', '限时 2 分');
            chineseSpec = await services.validate(text, 'file:///workspace/hotpot-zh.drama');
            assert.deepEqual(chineseSpec.parseResult.parserErrors, []);
        });

        function keywordLeavesOf(document: LangiumDocument) {
            return CstUtils.streamCst(document.parseResult.value.$cstNode!)
                .filter(node => GrammarAST.isKeyword(node.grammarSource) && grammarKeywords.has(node.text));
        }

        function keywordLeaves() {
            return [...keywordLeavesOf(spec).map(leaf => ({ leaf, document: spec })), ...keywordLeavesOf(chineseSpec).map(leaf => ({ leaf, document: chineseSpec }))];
        }

        it('the test specs use every word keyword of the grammar, English, Chinese and the alias', () => {
            assert.deepEqual([...new Set(keywordLeaves().map(({ leaf }) => leaf.text))].sort(), [...grammarKeywords].sort());
        });

        it('gives a Chinese keyword its twin\'s help, titled by both spellings', async () => {
            for (const language of ['en', 'zh'] as const) {
                locale.locale = language;
                const english = keywordLeavesOf(spec).toArray();
                const chinese = keywordLeavesOf(chineseSpec).toArray();
                for (const [index, leaf] of chinese.entries()) {
                    const twin = english[index];
                    assert.equal(englishKeyword(leaf.text), twin.text);
                    const [title, ...body] = ((await hoverAtOffset(leaf.offset, chineseSpec))?.contents as { value: string }).value.split('\n\n');
                    const [twinTitle, ...twinBody] = ((await hoverAtOffset(twin.offset))?.contents as { value: string }).value.split('\n\n');
                    assert.match(title, new RegExp(`^\\*\\*${leaf.text}\\*\\* · ${twin.text}( · | — )`), title);
                    assert.equal(title.split(' — ')[1], twinTitle.split(' — ')[1], leaf.text);
                    assert.deepEqual(body, twinBody, leaf.text);
                }
            }
        });

        for (const language of ['en', 'zh'] as const) {
            it(`explains each one in ${language === 'en' ? 'English' : 'Chinese'}, titled by the keyword and its names`, async () => {
                const seen = new Set<string>();
                for (const { leaf, document } of keywordLeaves()) {
                    if (seen.has(leaf.text)) continue;
                    seen.add(leaf.text);
                    locale.locale = language;
                    const hover = await hoverAtOffset(leaf.offset + Math.floor(leaf.length / 2), document);
                    const markdown = (hover?.contents as { value: string } | undefined)?.value ?? '';
                    const [title, ...body] = markdown.split('\n\n');
                    // Named in the other script too: a Chinese name for an English keyword, the English twin for a Chinese one.
                    const otherScript = languageOfKeyword(leaf.text) === 'zh' ? '[A-Za-z]' : '\\p{Script=Han}';
                    assert.match(title, new RegExp(`^\\*\\*${leaf.text}\\*\\* · .*${otherScript}.* — \\*.+\\*$`, 'u'), `title of ${leaf.text}: ${title}`);
                    assert.ok(body.join('').length > 15, `an explanation of ${leaf.text}`);
                    if (language === 'zh') assert.match(body[0], /\p{Script=Han}/u, `Chinese text for ${leaf.text}`);
                    assert.deepEqual(hover?.range, leaf.range, `the hover covers the whole keyword ${leaf.text}`);
                }
            });
        }

        it('speaks a different language in each locale', async () => {
            for (const keyword of grammarKeywords) {
                const { leaf, document } = keywordLeaves().find(({ leaf }) => leaf.text === keyword)!;
                locale.locale = 'en';
                const english = await hoverAtOffset(leaf.offset, document);
                locale.locale = 'zh';
                const chinese = await hoverAtOffset(leaf.offset, document);
                assert.notDeepEqual(english?.contents, chinese?.contents, keyword);
            }
        });
    });

    describe('on the five elements', () => {
        const elements = [
            { keyword: 'reliability', chinese: '可靠性', example: ['badge', '工牌'], rules: ['five-elements-coverage', 'touchpoint-has-expectation', 'risk-has-recovery'] },
            { keyword: 'responsiveness', chinese: '响应性', example: ['manicure', '美甲'], rules: ['measurable-responsiveness', 'urgent-pace-bounded', 'scene-budget'] },
            { keyword: 'assurance', chinese: '友好性', example: ['card reader', '刷卡机'], rules: ['contact-needs-frontstage', 'five-elements-coverage'] },
            { keyword: 'empathy', chinese: '移情性', example: ['Singapore Airlines', '新加坡航空'], rules: ['bad-news-needs-care', 'urgent-pace-bounded'] },
            { keyword: 'tangibles', chinese: '有形性', example: ['glasses', '擦镜布'], rules: ['remote-needs-evidence', 'five-elements-coverage'] }
        ];

        for (const element of elements) {
            it(`coaches on ${element.keyword} in English`, async () => {
                const markdown = await help(`expect ${element.keyword}`, { delta: 8 });
                assert.ok(markdown.startsWith(`**${element.keyword}** · ${element.chinese} — *element of service experience*`), markdown);
                assertIncludes(markdown, [
                    '**What the customer judges**: ', '**Ask of your script**\n- ', '**Example**: ', element.example[0],
                    '**Related rules**: ', ...element.rules.map(rule => `\`${rule}\``)
                ]);
                assert.ok(markdown.split('\n').filter(line => line.startsWith('- ')).length >= 2, 'two or three questions');
            });

            it(`coaches on ${element.keyword} in Chinese`, async () => {
                const markdown = await help(`expect ${element.keyword}`, { delta: 8, in: 'zh' });
                assert.ok(markdown.startsWith(`**${element.keyword}** · ${element.chinese}`), markdown);
                assertIncludes(markdown, [
                    '服务体验五要素', '**客户看重什么**：', '**对照剧本问一问**\n- ', '**例子**：', element.example[1],
                    '**相关规则**：', ...element.rules.map(rule => `\`${rule}\``)
                ]);
                assert.ok(!markdown.includes(element.example[0]), 'no English example in the Chinese help');
            });
        }

        it('treats friendliness as another keyword for assurance', async () => {
            const english = await help('friendliness');
            assertIncludes(english, ['**friendliness** · Assurance · 友好性', 'two keywords for one element', 'card reader', '`five-elements-coverage`']);
            const chinese = await help('friendliness', { in: 'zh' });
            assertIncludes(chinese, ['**friendliness** · 友好性', '同一个要素', '刷卡机']);
        });
    });

    describe('on other domain keywords', () => {
        const cases: Array<{ keyword: string; at?: string; en: string[]; zh: string[] }> = [
            { keyword: 'face-to-face', en: ['Face-to-face contact · 当面接触 — *channel*', 'posture', '`contact-needs-frontstage`'], zh: ['当面接触 · Face-to-face contact — *接触方式*', '着装'] },
            { keyword: 'phone', en: ['Phone contact', 'voice'], zh: ['电话接触', '语气'] },
            { keyword: 'remote', en: ['Remote contact', 'ATM', '`remote-needs-evidence`'], zh: ['远程接触', '自动柜员机'] },
            { keyword: 'bad-news', en: ['Bad-news moment', '`bad-news-needs-care`'], zh: ['坏消息时刻', '移情性期待'] },
            { keyword: 'trial', en: ['Moment of trial', 'for life'], zh: ['考验时刻', '永远离开'] },
            { keyword: 'buy-or-not', en: ['Buy-or-not moment'], zh: ['买与不买'] },
            { keyword: 'backstage', en: ['line of visibility', '`backstage-serves-frontstage`'], zh: ['后台', '可视分界线'] },
            { keyword: 'support', at: 'support "', en: ['the back serves the front'], zh: ['后台服务前台'] },
            { keyword: 'risk', at: 'risk ', en: ['experience destroyer', '100 − 1 = 0', '`risk-has-recovery`'], zh: ['风险', '体验破坏因素', '100 − 1 = 0'] },
            { keyword: 'recovery', at: 'recovery "', en: ['puts things right', 'third-class berth', '`risk-has-recovery`'], zh: ['补救', '三等舱'] },
            { keyword: 'delight', en: ['Delight', 'manicure'], zh: ['惊喜', '自发性', '美甲'] },
            { keyword: 'adapt', en: ['Adaptation', 'special'], zh: ['适应', '特殊'] },
            { keyword: 'norm', at: 'norm ', en: ['Service norm', '沟通100', '```service-drama\nnorm '], zh: ['规范', '模块化服务规范', '沟通100'] },
            { keyword: 'applies', en: ['Applies a norm', 'another file'], zh: ['采用规范'] },
            { keyword: 'budget', en: ['Time budget', '`scene-budget`'], zh: ['时间预算'] },
            { keyword: 'pace', en: ['Customer pace', 'Singapore Airlines', '`urgent-pace-bounded`'], zh: ['客户节奏', '新加坡航空'] },
            { keyword: 'urgent', en: ['In a hurry', '`urgent-pace-bounded`'], zh: ['着急'] },
            { keyword: 'evidence', at: 'evidence ', en: ['Physical evidence', '`remote-needs-evidence`'], zh: ['有形证据'] },
            { keyword: 'scene', at: 'scene ', en: ['journey', '`scene-has-touchpoint`'], zh: ['场景'] },
            { keyword: 'touchpoint', at: 'touchpoint ', en: ['moment of truth', '74', '`touchpoint-has-expectation`'], zh: ['真实瞬间', '74'] },
            { keyword: 'audience', at: 'audience ', en: ['persona', 'pace'], zh: ['观众', '节奏'] },
            { keyword: 'service', at: 'service ', en: ['written as a drama', '服务剧本'], zh: ['服务剧本'] },
            { keyword: 'within', at: 'within ', en: ['Time bound', '`measurable-responsiveness`'], zh: ['时限'] },
            { keyword: 'chat', at: 'chat for', en: ['Chat contact · 在线接触 — *channel*', 'bot', '`machine-has-a-way-out`'], zh: ['在线接触', '转人工'] },
            { keyword: 'video', at: 'video {', en: ['Video contact', 'camera'], zh: ['视频接触', '画面'] },
            { keyword: 'wait', at: 'wait "', en: ['Wait point', 'explained or filled', '`wait-needs-feedback`'], zh: ['等待', '进度'] },
            { keyword: 'feeling', at: 'feeling +1', en: ['Intended feeling', 'emotion curve', '-3'], zh: ['预期感受', '情绪曲线'] },
            { keyword: 'by', at: 'by Host', en: ['Who recovers', '`recovery-is-concrete`'], zh: ['由谁补救'] },
            { keyword: 'for', at: 'for Commuter', en: ['For an audience', '`urgent-pace-bounded`'], zh: ['服务对象'] }
        ];

        for (const { keyword, at, en, zh } of cases) {
            it(`explains ${keyword}`, async () => {
                assertIncludes(await help(at ?? keyword), [`**${keyword}** · `, ...en]);
                assertIncludes(await help(at ?? keyword, { in: 'zh' }), [`**${keyword}** · `, ...zh]);
            });
        }
    });

    describe('on declarations and references', () => {
        it('summarises an actor and counts the touchpoints and scenes it acts in', async () => {
            const expected = ['**Host** · actor · Frontstage', '> Greeter at the door', 'Acts in 3 touchpoints across 2 scenes.'];
            assertIncludes(await help('actor Host', { delta: 7 }), expected);
            assertIncludes(await help('Host "thanks'), expected);
            assertIncludes(await help('Host "greets', { in: 'zh' }), ['**Host** · 演员 · 前台', '在 2 个场景的 3 个触点中出场。']);
            assertIncludes(await help('Kitchen "'), ['**Kitchen** · actor · Backstage', 'Acts in 1 touchpoint across 1 scene.']);
        });

        it('adds the writer\'s own /** note */ above a declaration', async () => {
            assertIncludes(await help('Waiter "takes'), ['**Waiter** · actor · Frontstage', 'Serves tables 1 to 12.', 'Acts in 1 touchpoint across 1 scene.']);
            assert.equal(await hoverOn('Serves tables', { delta: 2 }), undefined);
        });

        it('summarises a support system', async () => {
            assertIncludes(await help('Payments "auth'), ['**Payments** · support system', '> Card terminal and bank link', 'Acts in 1 touchpoint across 1 scene.']);
            assertIncludes(await help('Payments "auth', { in: 'zh' }), ['**Payments** · 支持系统', '在 1 个场景的 1 个触点中出场。']);
        });

        it('summarises a frontstage system: technology the customer operates', async () => {
            assertIncludes(await help('QueueBot "answers'), ['**QueueBot** · frontstage system', '> Chatbot that answers about the queue', 'Acts in 1 touchpoint']);
            assertIncludes(await help('QueueBot "answers', { in: 'zh' }), ['**QueueBot** · 前台系统']);
        });

        it('shows whom a touchpoint serves, the feeling it aims for and its waits', async () => {
            assertIncludes(await help('touchpoint AskBot', { delta: 12 }), [
                '**AskBot** · touchpoint · Chat contact', 'Key moment: Feedback moment, Repeated moment', 'For: **Commuter**',
                'Intended feeling: +1 reassured', 'Wait points: the chat shows the place in the queue (20 min)'
            ]);
            assertIncludes(await help('touchpoint VideoTour', { delta: 12, in: 'zh' }), ['视频接触', '服务对象：这项服务的全部观众', '预期感受：-1 unsure']);
            assertIncludes(await help('touchpoint AskBot', { delta: 12, in: 'zh' }), ['在线接触', '等待：the chat shows the place in the queue（最多 20 min）']);
            assertIncludes(await help('touchpoint Call', { delta: 12 }), ['For: every audience of the service']);
        });

        it('says who recovers a risk and how fast', async () => {
            assertIncludes(await help('risk BotLoop', { delta: 6 }), ['**BotLoop** · risk', 'Recovery: hand over to the host', 'Recovered by: **Host** within 2 min']);
            assertIncludes(await help('risk BotLoop', { delta: 6, in: 'zh' }), ['补救人：**Host** 2 min 内']);
        });

                it('counts where a prop is shown as evidence, and says when nothing uses it', async () => {
            assertIncludes(await help('Leaflet', { occurrence: 1 }), ['**Leaflet** · prop', 'Shown as evidence in 3 touchpoints across 1 scene.']);
            assertIncludes(await help('Leaflet', { in: 'zh' }), ['**Leaflet** · 道具', '在 1 个场景的 3 个触点中作为有形证据出现。']);
            assertIncludes(await help('prop Menu', { delta: 6 }), ['**Menu** · prop', 'No touchpoint uses it yet.', '`unused-declaration`']);
            assertIncludes(await help('prop Menu', { delta: 6, in: 'zh' }), ['还没有触点用到它。']);
        });

        it('shows descriptions literally, never as Markdown or HTML', async () => {
            const markdown = await help('prop Menu', { delta: 6 });
            assertIncludes(markdown, ['> \\<b\\>Menu\\</b\\> with \\*stars\\*']);
            assert.ok(!markdown.includes('<b>'), markdown);
        });

        it('summarises a norm and counts the touchpoints and files that apply it', async () => {
            const expected = ['**WarmGreeting** · norm', '> 标准问候', 'Expectations: assurance', 'Applied in 2 touchpoints across 2 files.'];
            assertIncludes(await help('norm WarmGreeting', { delta: 6 }), expected);
            assertIncludes(await help('applies WarmGreeting', { delta: 9 }), expected);
            assertIncludes(await help('applies WarmGreeting', { delta: 9, in: 'zh' }), ['**WarmGreeting** · 规范', '期待：友好性', '被 2 个文件中的 2 个触点采用。']);
        });

        it('summarises a scene: position, budget and touchpoints', async () => {
            assertIncludes(await help('scene Checkout', { delta: 7 }), [
                '**Checkout** · scene 2 of 2 in **Hotpot**', '> 结账', 'Time budget: 1 d', '3 touchpoints: PayByCard, Survey, Review.'
            ]);
            assertIncludes(await help('scene Waiting', { delta: 7, in: 'zh' }), [
                '**Waiting** · **Hotpot** 的第 1 个场景（共 2 个）', '布景：Entrance with benches', '时间预算：1 h', '2 个触点：Arrive、Call。'
            ]);
        });

        it('shows which of the five elements a touchpoint covers, counting applied norms', async () => {
            assertIncludes(await help('touchpoint PayByCard', { delta: 12 }), [
                '**PayByCard** · touchpoint · Face-to-face contact · in scene **Checkout**',
                'Key moment: Bad-news moment, a moment of trial',
                'Covers: reliability, assurance, empathy',
                'Not yet covered: responsiveness, tangibles',
                '1 risk, each with its recovery.'
            ]);
            assertIncludes(await help('touchpoint Call', { delta: 12, in: 'zh' }), [
                '**Call** · 触点 · 电话接触 · 属于场景 **Waiting**', '关键时刻：重复时刻', '已覆盖：友好性', '尚未覆盖：可靠性、响应性、移情性、有形性'
            ]);
        });

        it('summarises the service, its audience and its risks', async () => {
            assertIncludes(await help('service Hotpot', { delta: 9 }), [
                '**Hotpot** · service', '2 scenes, 5 touchpoints.', 'Covers: reliability, responsiveness, assurance, empathy, tangibles'
            ]);
            assertIncludes(await help('audience Commuter', { delta: 10, in: 'zh' }), ['**Commuter** · 观众', '节奏：着急']);
            assertIncludes(await help('ReaderOffline'), ['**ReaderOffline** · risk', '> card reader has no signal', 'Recovery: apologise and offer cash']);
        });
    });

    describe('stays silent', () => {
        it('on whitespace, comments, string contents, numbers and punctuation', async () => {
            for (const language of ['en', 'zh'] as const) {
                for (const [text, delta] of [
                    ['    actor Host', 2], ['// Every keyword', 5], ['/* Paying', 4], ['"Greeter at the door"', 3],
                    ['"Greeter at the door"', 0], ['"标准问候"', 2], ['10 s', 0], ['{\n        setting', 0], ['evidence CardReader, Leaflet', 19]
                ] as const) {
                    assert.equal(await hoverOn(text, { delta, in: language }), undefined, `no hover at ${JSON.stringify(text)} + ${delta}`);
                }
            }
        });

        it('right after a keyword, where the cursor is on the following space', async () => {
            assert.equal(await hoverOn('pace relaxed', { delta: 4 }), undefined);
            assert.ok(await hoverOn('pace relaxed', { delta: 3 }));
        });

        it('and never throws, at any position of a broken spec', async () => {
            const broken = await services.validate('service S { scene X { touchpoint T face-to { expect reli "a" within 5 /* open', 'file:///workspace/broken.drama');
            const text = broken.textDocument.getText();
            for (let offset = 0; offset <= text.length; offset++) {
                await hoverAtOffset(offset, broken);
            }
            locale.locale = 'en';
            const hover = await hoverAtOffset(text.indexOf('touchpoint') + 2, broken);
            assert.ok((hover?.contents as { value: string }).value.startsWith('**touchpoint**'));
        });
    });
});

describe('hover language', () => {
    const documentText = 'service S { scene X { touchpoint T remote { customer "waits" expect empathy "is noticed" } } }';

    async function empathyHelp(services: ReturnType<typeof createTestServices>): Promise<string> {
        const document = await services.validate(documentText, `file:///workspace/language-${Math.random()}.drama`);
        const hover = await services.ServiceDrama.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(documentText.indexOf('empathy') + 2)
        });
        return (hover?.contents as { value: string }).value;
    }

    function initialize(services: ReturnType<typeof createTestServices>, locale: string | undefined) {
        return services.shared.lsp.LanguageServer.initialize({ processId: null, rootUri: null, capabilities: {}, locale });
    }

    function setHelpLanguage(services: ReturnType<typeof createTestServices>, helpLanguage: string) {
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { serviceDrama: { helpLanguage } } });
    }

    it('is Chinese when the client initializes with a zh-* locale, and the setting overrides it', async () => {
        const services = createTestServices();
        await initialize(services, 'zh-CN');
        assert.ok((await empathyHelp(services)).includes('对照剧本问一问'));

        setHelpLanguage(services, 'en');
        assert.ok((await empathyHelp(services)).includes('Ask of your script'));

        setHelpLanguage(services, 'auto');
        assert.ok((await empathyHelp(services)).includes('对照剧本问一问'));
    });

    it('is English for other locales, or Chinese when the setting asks for zh-CN', async () => {
        const services = createTestServices();
        await initialize(services, 'de-DE');
        assert.ok((await empathyHelp(services)).includes('Ask of your script'));

        setHelpLanguage(services, 'zh-CN');
        assert.ok((await empathyHelp(services)).includes('对照剧本问一问'));
    });

    it('is English when the client sends no locale', async () => {
        const services = createTestServices();
        await initialize(services, undefined);
        assert.ok((await empathyHelp(services)).includes('Ask of your script'));
    });
});
