import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { layoutBlueprint } from '../../src/blueprint/layout.js';
import { blueprintWords } from '../../src/blueprint/theme.js';
import { buildBlueprint, servicesOf } from '../../src/blueprint/model.js';
import { chineseTexts } from '../../src/language/help/texts.zh.js';
import { RULES } from '../../src/language/rules/index.js';
import { BROKEN } from '../support/broken-spec.js';
import { readManifest, readSettingsSchema } from '../support/manifest.js';
import { createTestServices, messageText } from '../test-services.js';

/**
 * The one Chinese vocabulary (issue 13's table): for each concept, the term every Chinese text uses,
 * and the variants that must not stand in for it. Where the theory has a second name, it is explained
 * once, beside the term, in the places listed under `explainedIn` (paths into the Chinese catalogue).
 */
const VOCABULARY: { concept: string; term: string; variants: string[]; explainedIn?: string[] }[] = [
    { concept: 'assurance', term: '友好性', variants: ['保证性'], explainedIn: ['elements.assurance.judges'] },
    { concept: 'delight', term: '惊喜', variants: ['自发性'], explainedIn: ['terms.delight.text'] },
    { concept: 'recovery', term: '补救', variants: ['复原性', '复原'], explainedIn: ['terms.recovery.text'] },
    { concept: 'adapt', term: '适应', variants: ['适应性'], explainedIn: ['terms.adapt.text'] },
    { concept: 'risk', term: '风险', variants: ['体验破坏因素', '体验破坏'], explainedIn: ['terms.risk.text'] },
    { concept: 'expect', term: '期待', variants: ['标准期待值', '期待值', '期望值'], explainedIn: ['terms.expect.text'] },
    { concept: 'touchpoint', term: '触点', variants: ['服务触点', '接触点', '接触节点', '真实瞬间'], explainedIn: ['terms.touchpoint.text'] },
    { concept: 'applies', term: '采用', variants: ['引用'] },
    { concept: 'remote', term: '远程', variants: ['遥距'] },
    { concept: 'face-to-face', term: '当面', variants: ['面对面接触', '面谈'] },
    { concept: 'video', term: '视频', variants: ['视像'] },
    { concept: 'empathy', term: '移情性', variants: ['同理心', '共情'] },
    { concept: 'responsiveness', term: '响应性', variants: ['反应性', '响应度'] },
    { concept: 'audience', term: '观众', variants: ['受众'] },
    { concept: 'scene', term: '场景', variants: ['一幕', '场次'] },
    { concept: 'pace', term: '节奏', variants: ['步调'] },
    { concept: 'evidence', term: '证据', variants: ['有形展示'] },
    { concept: 'line of visibility', term: '可视分界线', variants: ['可视线', '可见线'] },
    { concept: 'line of internal interaction', term: '内部互动分界线', variants: ['内部互动线'] },
    { concept: 'support', term: '支持过程', variants: ['支持流程', '支援'] }
];

const CJK = '\\u3400-\\u9fff';
/** 中英文之间加空格: a Latin letter, digit or code span never touches a Chinese character. */
const UNSPACED = new RegExp(`[${CJK}][A-Za-z0-9\`]|[A-Za-z0-9\`][${CJK}]`);
/** Chinese sentences take full-width punctuation. */
const HALF_WIDTH = new RegExp(`[${CJK}][,;:!?()]|[,;:!?()][${CJK}]`);
/** Proper names that are written without a space, as their owners write them. */
const NAMES = ['沟通100'];

interface Text {
    where: string;
    text: string;
}

function violations(texts: Text[], options: { spacing: boolean; explanations?: 'catalogue' | 'same line' }): string[] {
    const found: string[] = [];
    for (const { where, text } of texts) {
        for (const { term, variants, explainedIn } of VOCABULARY) {
            for (const variant of variants) {
                if (!text.includes(variant)) continue;
                const explained = options.explanations === 'catalogue'
                    ? explainedIn?.includes(where) && text.includes(term)
                    : options.explanations === 'same line' && text.replaceAll(variant, '').includes(term);
                if (!explained) found.push(`${where}: '${variant}' instead of '${term}' in ${JSON.stringify(text)}`);
            }
        }
        // A usage line is Service Drama code, whose punctuation is the grammar's.
        if (options.spacing && !where.endsWith('.usage')) {
            const plain = NAMES.reduce((rest, name) => rest.replaceAll(name, '名'), text);
            if (UNSPACED.test(plain)) found.push(`${where}: no space between Chinese and Latin in ${JSON.stringify(text)}`);
            if (HALF_WIDTH.test(plain)) found.push(`${where}: half-width punctuation in ${JSON.stringify(text)}`);
        }
    }
    return found;
}

/** Arguments for the catalogue's functions, so that what they build is checked too. */
const SAMPLE_CALLS: Record<string, unknown[][]> = {
    'declarations.scenePosition': [[2, 3, 'Hotpot']],
    'declarations.sceneTouchpoints': [[0, ''], [2, 'Seat、Pay']],
    'declarations.risks': [[2, 1], [2, 0]],
    'blueprint.chipTooltip': [['可靠性', true], ['可靠性', false]],
    'blueprint.keyword': ['face-to-face', 'phone', 'chat', 'video', 'remote', 'buy-or-not', 'value-judgement', 'feedback', 'bad-news', 'repeated', 'trial']
        .map(keyword => [keyword]),
    'blueprint.finding': [['error', 'Seat', 'risk-has-recovery'], ['warning', 'Seat', undefined]],
    'blueprint.legend.marker': [['error'], ['warning'], ['info']],
    'cli.problems': [[{ problems: 3, errors: 1, warnings: 1, infos: 1, files: 2 }], [{ problems: 2, errors: 1, warnings: 1, infos: 0, files: 1 }]],
    'cli.tooManyWarnings': [[3, 1]],
    // What a value is called arrives in the catalogue's own language.
    'messages.unknownValue': [['接触方式', "'face2face'", "'face-to-face'、'phone'"]],
    'cli.blueprintWritten': [['Hotpot', 'out/hotpot.svg']],
    // The element arrives as the catalogue names it: 可靠性.
    'survey.weakest': [['Pay', '-0.83', '可靠性', true], ['Pay', '-0.83', '可靠性', false]],
    // A wave arrives as the catalogue's `wave` names it: 第 2026-05 期.
    'survey.scoreChange': [['+0.06', '第 2026-05 期']],
    'survey.worseHeading': [['第 2026-05 期']],
    'survey.noneWorse': [['第 2026-05 期']]
};

/** Every text of the Chinese catalogue, functions called with Latin arguments to show any missing space. */
function catalogueTexts(value: unknown, where: string): Text[] {
    if (typeof value === 'string') return [{ where, text: value }];
    if (typeof value === 'function') {
        const calls = SAMPLE_CALLS[where] ?? [['Ab', 2, 3]];
        return calls.flatMap(args => catalogueTexts((value as (...args: unknown[]) => unknown)(...args), where));
    }
    if (Array.isArray(value)) return value.flatMap(item => catalogueTexts(item, where));
    if (value && typeof value === 'object') {
        return Object.entries(value).flatMap(([key, item]) => catalogueTexts(item, where ? `${where}.${key}` : key));
    }
    return [];
}

const RULE_IDS = [
    'touchpoint-has-expectation', 'risk-has-recovery', 'five-elements-coverage', 'measurable-responsiveness', 'contact-needs-frontstage',
    'remote-needs-evidence', 'line-of-visibility', 'backstage-serves-frontstage', 'bad-news-needs-care', 'urgent-pace-bounded',
    'scene-budget', 'customer-acts', 'scene-has-touchpoint', 'unused-declaration', 'unique-names'
];

/** The Chinese part of a rule's setting description: the paragraph between the English one and the default. */
function chineseParagraph(markdown: string): string {
    return markdown.split('\n\n')[1] ?? '';
}

function linesWithChinese(file: string): Text[] {
    return fs.readFileSync(file, 'utf8').split('\n')
        .map((text, index) => ({ where: `${file}:${index + 1}`, text }))
        .filter(line => new RegExp(`[${CJK}]`).test(line.text));
}

function filesBelow(folder: string, extension: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile() && entry.name.endsWith(extension))
        .map(entry => path.join(entry.parentPath, entry.name));
}

describe('one Chinese vocabulary', () => {
    const services = createTestServices();
    after(() => services.reset());

    it('the vocabulary check itself finds a variant, a missing space and half-width punctuation', () => {
        assert.equal(violations([{ where: 'x', text: '这一步的保证性' }], { spacing: true, explanations: 'catalogue' }).length, 1);
        assert.equal(violations([{ where: 'elements.assurance.judges', text: '友好性，SERVQUAL 称为保证性' }], { spacing: true, explanations: 'catalogue' }).length, 0);
        assert.equal(violations([{ where: 'x', text: '自发性惊喜' }], { spacing: false, explanations: 'catalogue' }).length, 1);
        assert.equal(violations([{ where: 'x', text: '触点（遥距接触）' }], { spacing: false }).length, 1);
        assert.equal(violations([{ where: 'x', text: '支持系统 IVR单独面对客户' }], { spacing: true }).length, 1);
        assert.equal(violations([{ where: 'x', text: '请用`evidence` 写明' }], { spacing: true }).length, 1);
        assert.equal(violations([{ where: 'x', text: '此处应为 名称,实际是' }], { spacing: true }).length, 1);
        assert.equal(violations([{ where: 'x', text: '“沟通100”营业厅，用 `within` 写明 2 分钟' }], { spacing: true }).length, 0);
    });

    it('holds in every entry of the Chinese catalogue: hovers, completion, declarations, blueprint labels, CLI texts', () => {
        const texts = catalogueTexts(chineseTexts, '');
        assert.ok(texts.length > 200, `${texts.length} texts`);
        assert.deepEqual(violations(texts, { spacing: true, explanations: 'catalogue' }), []);
    });

    it('explains SERVQUAL\'s 保证性 exactly once, in the hover on the third element', () => {
        const places = catalogueTexts(chineseTexts, '').filter(text => text.text.includes('保证性')).map(text => text.where);
        assert.deepEqual(places, ['elements.assurance.judges']);
    });

    it('holds in the rule descriptions and in every Chinese message the rules, the linker and the parser write', async () => {
        services.ServiceDrama.i18n.Locale.locale = 'zh';
        try {
            const document = await services.validate(BROKEN, 'file:///vocabulary/broken.drama');
            const diagnostics = document.diagnostics ?? [];
            const fired = new Set(diagnostics.map(diagnostic => diagnostic.code));
            assert.deepEqual(RULE_IDS.filter(id => !fired.has(id)), [], 'the broken spec breaks every rule');
            const unparsable = await services.validate('service S {\n    scene A {\n        touchpoint T face2face {\n        }\n    }\n}\nnonsense', 'file:///vocabulary/unparsable.drama');
            const messages = [...diagnostics, ...(unparsable.diagnostics ?? [])]
                .map(diagnostic => ({ where: String(diagnostic.code ?? 'syntax'), text: messageText(diagnostic) }));
            const descriptions = RULES.map(rule => ({ where: rule.id, text: rule.description.zh }));
            assert.deepEqual(violations([...descriptions, ...messages], { spacing: true }), []);
            assert.ok(messages.some(message => message.text.includes('（当面接触）')), 'channels are named in Chinese');
            assert.ok(!messages.some(message => /（(face-to-face|phone|remote)）/.test(message.text)), 'no untranslated channel');
        } finally {
            services.ServiceDrama.i18n.Locale.locale = 'en';
        }
    });

    it('holds in a Chinese blueprint: lanes, lines, headers and cards', async () => {
        const document = await services.validate(BROKEN, 'file:///vocabulary/blueprint.drama');
        const [service] = servicesOf(document.parseResult.value);
        const layout = layoutBlueprint(buildBlueprint(service, []), blueprintWords('zh'));
        const labels = [
            ...layout.rows.flatMap(row => row.label),
            ...layout.separators.flatMap(separator => separator.labels),
            ...layout.boxes.flatMap(box => box.text.filter(line => line.style !== 'body' && line.style !== 'heading'))
        ].map(line => ({ where: 'blueprint', text: line.text }));
        assert.ok(labels.length > 20);
        assert.deepEqual(violations(labels, { spacing: true }), []);
    });

    it('holds in the Chinese part of every rule page, the settings, the schema and the VS Code texts', () => {
        const pages = fs.readdirSync('docs/rules').filter(file => file.endsWith('.md') && file !== 'README.md').map(file => {
            const page = fs.readFileSync(path.join('docs/rules', file), 'utf8');
            return { where: file, text: page.slice(page.indexOf('## 中文说明') + '## 中文说明'.length).replace(/\n/g, ' ') };
        });
        assert.equal(pages.length, RULES.length);
        const manifest = readManifest();
        const schema = readSettingsSchema();
        const settings = [
            ...Object.entries(manifest.contributes.configuration.properties['serviceDrama.rules'].properties),
            ...Object.entries(schema.properties.rules.properties)
        ].map(([id, setting]) => ({ where: id, text: chineseParagraph(setting.markdownDescription) }));
        const nls = Object.entries(JSON.parse(fs.readFileSync('package.nls.zh-cn.json', 'utf8')) as Record<string, string>)
            .map(([key, text]) => ({ where: key, text }));
        assert.deepEqual(violations([...pages, ...settings, ...nls], { spacing: true, explanations: 'same line' }), []);
    });

    it('holds in the Chinese texts of the examples', () => {
        const texts = filesBelow('examples', '.drama').flatMap(file => [...fs.readFileSync(file, 'utf8').matchAll(/"([^"\n]*)"/g)]
            .map(match => ({ where: file, text: match[1] })))
            .filter(text => new RegExp(`[${CJK}]`).test(text.text) && !/ \/ [A-Z]/.test(text.text));
        assert.ok(texts.length > 100, `${texts.length} texts`);
        assert.deepEqual(violations(texts, { spacing: true }), []);
    });

    it('holds in the README, the examples and the sources, where a second name may only stand beside the term', () => {
        const sources = filesBelow('src', '.ts').filter(file => !file.includes('generated') && !file.endsWith('texts.zh.ts'));
        const files = ['README.md', ...filesBelow('docs/rules', '.md'), ...filesBelow('examples', '.drama'), ...sources,
            ...filesBelow('templates', '.drama'), ...filesBelow('media/walkthrough', '.md'), ...filesBelow('snippets', '.json')];
        assert.deepEqual(violations(files.flatMap(linesWithChinese), { spacing: false, explanations: 'same line' }), []);
    });
});
