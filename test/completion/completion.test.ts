import * as assert from 'node:assert/strict';
import { CompletionItemKind, type CompletionItem, type MarkupContent } from 'vscode-languageserver';
import type { Locale } from '../../src/language/i18n/locale.js';
import { createTestServices } from '../test-services.js';

const NORMS = `norm WarmGreeting "标准问候" {
    expect assurance "eye contact and a smile"
}
`;

const ELEMENTS = [
    { label: 'reliability', chinese: '可靠性', example: ['badge', '工牌'], rule: 'risk-has-recovery' },
    { label: 'responsiveness', chinese: '响应性', example: ['manicure', '美甲'], rule: 'measurable-responsiveness' },
    { label: 'assurance', chinese: '友好性', example: ['card reader', '刷卡机'], rule: 'contact-needs-frontstage' },
    { label: 'friendliness', chinese: '友好性', example: ['card reader', '刷卡机'], rule: 'contact-needs-frontstage' },
    { label: 'empathy', chinese: '移情性', example: ['Singapore Airlines', '新加坡航空'], rule: 'bad-news-needs-care' },
    { label: 'tangibles', chinese: '有形性', example: ['glasses', '擦镜布'], rule: 'remote-needs-evidence' }
];

describe('completion documentation', () => {
    const services = createTestServices();
    const locale = services.ServiceDrama.i18n.Locale;
    let count = 0;

    before(() => services.validate(NORMS, 'file:///workspace/norms.drama'));
    after(() => services.reset());

    /** Completion items at the `|` of the text. */
    async function completeAt(text: string, language: Locale = 'en'): Promise<CompletionItem[]> {
        locale.locale = language;
        const offset = text.indexOf('|');
        const document = await services.validate(text.replace('|', ''), `file:///workspace/completion-${++count}.drama`);
        const list = await services.ServiceDrama.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offset)
        });
        return list?.items ?? [];
    }

    /** What a hover on the keyword shows, to compare with the completion item. */
    async function hoverOn(text: string, keyword: string, language: Locale): Promise<string | undefined> {
        locale.locale = language;
        const document = await services.validate(text, `file:///workspace/hover-${++count}.drama`);
        const hover = await services.ServiceDrama.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(text.lastIndexOf(keyword) + 1)
        });
        return (hover?.contents as MarkupContent | undefined)?.value;
    }

    function documentation(item: CompletionItem | undefined): string {
        const doc = item?.documentation as MarkupContent | undefined;
        assert.equal(doc?.kind, 'markdown', `Markdown documentation on ${item?.label}`);
        return doc.value;
    }

    const AFTER_EXPECT = 'service S { scene X { touchpoint T remote { expect | } } }';

    for (const language of ['en', 'zh'] as const) {
        it(`documents the five elements in ${language === 'en' ? 'English' : 'Chinese'} as the hover does`, async () => {
            const items = await completeAt(AFTER_EXPECT, language);
            assert.deepEqual(items.map(item => item.label).sort(), ELEMENTS.map(element => element.label).sort());
            for (const element of ELEMENTS) {
                const item = items.find(candidate => candidate.label === element.label);
                const markdown = documentation(item);
                assert.ok(markdown.startsWith(`**${element.label}** · `), markdown);
                for (const part of [element.chinese, element.example[language === 'en' ? 0 : 1], `\`${element.rule}\``]) {
                    assert.ok(markdown.includes(part), `${part} in the documentation of ${element.label}:\n${markdown}`);
                }
                assert.equal(item!.kind, CompletionItemKind.EnumMember);
                assert.ok(item!.detail?.includes(element.chinese), `detail of ${element.label}: ${item!.detail}`);
                assert.ok(item!.detail?.startsWith(language === 'en' ? 'element of service experience · ' : '服务体验五要素 · '), item!.detail);
                const hover = await hoverOn(`service S { scene X { touchpoint T remote { expect ${element.label} "x" } } }`, element.label, language);
                assert.equal(markdown, hover, `completion and hover agree on ${element.label}`);
            }
        });
    }

    it('documents channels, and statement keywords at the start of a line', async () => {
        const channels = await completeAt('service S { scene X { touchpoint T | } }');
        assert.ok(documentation(channels.find(item => item.label === 'remote')).includes('ATM'));
        assert.equal(channels.find(item => item.label === 'phone')?.detail, 'channel · Phone contact · 电话接触');

        const statements = await completeAt('service S { scene X { touchpoint T remote { | } } }', 'zh');
        const risk = statements.find(item => item.label === 'risk');
        assert.ok(documentation(risk).includes('100 − 1 = 0'));
        assert.equal(risk?.kind, CompletionItemKind.Keyword);
        assert.equal(risk?.detail, '声明 · 风险');
    });

    it('still offers actors, props and norms, each with a summary of its declaration', async () => {
        const cast = await completeAt('service S { actor Host frontstage "Greeter" system Till support prop Menu scene X { touchpoint T remote { | } } }');
        assert.ok(documentation(cast.find(item => item.label === 'Host')).includes('**Host** · actor · Frontstage'));
        assert.ok(documentation(cast.find(item => item.label === 'Till')).includes('**Till** · support system'));
        assert.ok(!cast.some(item => item.label === 'Menu'), 'a prop cannot act');

        const props = await completeAt('service S { prop Menu "Printed menu" prop Bill scene X { touchpoint T remote { evidence | } } }', 'zh');
        assert.deepEqual(props.map(item => item.label).sort(), ['Bill', 'Menu']);
        assert.ok(documentation(props.find(item => item.label === 'Menu')).includes('**Menu** · 道具\n\n> Printed menu'));

        const norms = await completeAt('service S { scene X { touchpoint T remote { applies | } } }');
        assert.deepEqual(norms.map(item => item.label), ['WarmGreeting']);
        assert.ok(documentation(norms[0]).includes('Expectations: assurance'));
    });
});

describe('completion language', () => {
    it('follows the locale the client sends in initialize', async () => {
        const services = createTestServices();
        await services.shared.lsp.LanguageServer.initialize({ processId: null, rootUri: null, capabilities: {}, locale: 'zh-TW' });
        const text = 'service S { scene X { touchpoint T remote { expect  } } }';
        const document = await services.validate(text, 'file:///workspace/locale.drama');
        const list = await services.ServiceDrama.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(text.indexOf('expect') + 7)
        });
        const empathy = list?.items.find(item => item.label === 'empathy');
        assert.ok((empathy?.documentation as MarkupContent).value.includes('对照剧本问一问'));
        await services.reset();
    });
});
