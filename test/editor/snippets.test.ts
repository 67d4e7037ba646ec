import * as assert from 'node:assert/strict';
import { readJson, readManifest } from '../support/manifest.js';
import { expandSnippet, tabStops } from '../support/snippet-expansion.js';
import { elementOf } from '../../src/language/help/keyword-help.js';
import { keywordLeaves } from '../../src/language/keyword-language.js';
import { keywordIn, languageOfKeyword } from '../../src/language/keywords.js';
import { createTestServices, describeDiagnostics } from '../test-services.js';

interface Snippet {
    prefix: string;
    description: string;
    body: string[];
}

const manifest = readManifest();
const NLS_FILES = { en: 'package.nls.json', zh: 'package.nls.zh-cn.json' } as const;

/** The snippet file VS Code reads in one display language: the manifest's path goes through package.nls. */
function snippetFile(language: keyof typeof NLS_FILES): string {
    const [contribution] = manifest.contributes.snippets;
    assert.equal(contribution.language, 'service-drama');
    const key = /^%(.+)%$/.exec(contribution.path)?.[1];
    assert.ok(key, 'the snippet path is a %key% of package.nls');
    return readJson<Record<string, string>>(NLS_FILES[language])[key];
}

function snippets(language: keyof typeof NLS_FILES): Record<string, Snippet> {
    return readJson<Record<string, Snippet>>(snippetFile(language));
}

/** Where each snippet is typed: the text around its expansion. */
const CONTEXTS: Record<string, (body: string) => string> = {
    service: body => body,
    norm: body => body,
    scene: body => `service S {\n${body}\n}\n`,
    touchpoint: body => `service S {\n    scene X {\n${body}\n    }\n}\n`,
    risk: body => `service S {\n    scene X {\n        touchpoint T remote {\n            customer "waits"\n            expect reliability "x"\n${body}\n        }\n    }\n}\n`
};

describe('snippets: a service, a scene, a touchpoint, a risk with recovery and a norm', () => {
    const services = createTestServices();
    afterEach(() => services.reset());

    for (const language of ['en', 'zh'] as const) {
        it(`(${language}) are valid JSON with a description, one snippet per prefix`, () => {
            const all = snippets(language);
            assert.deepEqual(Object.values(all).map(snippet => snippet.prefix).sort(), Object.keys(CONTEXTS).sort());
            for (const snippet of Object.values(all)) {
                assert.ok(snippet.description.length > 0 && snippet.body.length > 0, snippet.prefix);
            }
        });

        it(`(${language}) expand, with every default accepted, to text that parses where it is typed and raises no error`, async () => {
            for (const snippet of Object.values(snippets(language))) {
                const text = CONTEXTS[snippet.prefix](expandSnippet(snippet.body));
                const document = await services.validate(text);
                assert.deepEqual(document.parseResult.lexerErrors, [], `${snippet.prefix}:\n${text}`);
                assert.deepEqual(document.parseResult.parserErrors.map(error => error.message), [], `${snippet.prefix}:\n${text}`);
                const errors = (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1);
                assert.deepEqual(describeDiagnostics(errors), [], `${snippet.prefix}:\n${text}`);
                // A snippet is the first text of a new file, which follows the help language: its keywords too.
                const expansion = keywordLeaves(document.parseResult.value.$cstNode!).filter(leaf => text.indexOf(expandSnippet(snippet.body)) <= leaf.offset);
                assert.deepEqual(expansion.filter(leaf => languageOfKeyword(leaf.text) !== language).map(leaf => leaf.text), [], snippet.prefix);
                await services.reset();
            }
        });
    }

    it('the risk snippet comes with its recovery, and the service snippet lets the actor it declares act', async () => {
        const risk = snippets('en')['Risk with recovery'];
        const document = await services.validate(CONTEXTS.risk(expandSnippet(risk.body)));
        assert.deepEqual((document.diagnostics ?? []).filter(d => d.code === 'risk-has-recovery'), []);
        await services.reset();
        const service = await services.validate(expandSnippet(snippets('zh').Service.body));
        assert.deepEqual(describeDiagnostics((service.diagnostics ?? []).filter(d => d.code === 'unused-declaration' || d.code === 'customer-acts')), []);
    });

    it('are the same snippets in both languages: same names, prefixes and tab stops, only the words differ', () => {
        const en = snippets('en');
        const zh = snippets('zh');
        assert.deepEqual(Object.keys(zh), Object.keys(en));
        // The Chinese snippets offer the twins of the English choices, in the same order; the third element
        // is 友好性 as Chinese writers call it (the vocabulary's term), assurance's element.
        const inEnglish = (stop: string) => stop.replace(/[^|,]+(?=[|,])/g, option => elementOf(keywordIn(option, 'en') ?? option) ?? keywordIn(option, 'en') ?? option);
        for (const name of Object.keys(en)) {
            assert.equal(zh[name].prefix, en[name].prefix);
            assert.deepEqual(tabStops(zh[name].body).map(inEnglish), tabStops(en[name].body), name);
            assert.notEqual(zh[name].description, en[name].description, name);
        }
    });

    it('the expansion follows VS Code: defaults, first choices, mirrors and the final stop', () => {
        assert.equal(expandSnippet(['actor ${1:Staff} ${2|frontstage,backstage|}', '\t$1 "${3:acts}"$0']), 'actor Staff frontstage\n    Staff "acts"');
    });
});
