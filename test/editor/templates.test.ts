import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { SPEC_TEMPLATES, templateFile } from '../../src/extension/spec-templates.js';
import { englishTexts } from '../../src/language/help/texts.en.js';
import { chineseTexts } from '../../src/language/help/texts.zh.js';
import { elementOf } from '../../src/language/help/keyword-help.js';
import { keywordLeaves } from '../../src/language/keyword-language.js';
import { keywordIn, languageOfKeyword } from '../../src/language/keywords.js';
import { formatted } from '../rules/support.js';
import { createTestServices, describeDiagnostics } from '../test-services.js';

describe('New Spec from Template: the templates', () => {
    const services = createTestServices();
    afterEach(() => services.reset());

    for (const locale of ['en', 'zh'] as const) {
        it(`(${locale}) the first service passes every rule, the empty one has nothing worse than a warning, and both are formatted`, async () => {
            for (const id of SPEC_TEMPLATES) {
                const text = fs.readFileSync(templateFile(id, locale), 'utf8');
                const document = await services.validate(text);
                assert.deepEqual(document.parseResult.parserErrors, [], id);
                // A template is a new file's first text: in the help language's keywords.
                assert.deepEqual(keywordLeaves(document.parseResult.value.$cstNode!).filter(leaf => languageOfKeyword(leaf.text) !== locale).map(leaf => leaf.text), [], id);
                const shown = id === 'first-service' ? document.diagnostics ?? [] : (document.diagnostics ?? []).filter(d => d.severity === 1);
                assert.deepEqual(describeDiagnostics(shown), [], `${id} (${locale})`);
                await services.reset();
                assert.equal(await formatted(services, text), text, `${id} (${locale}) is in the formatter's layout`);
                await services.reset();
            }
        });
    }

    it('are the same spec in both languages, with the same statements', () => {
        for (const id of SPEC_TEMPLATES) {
            // Read with English keywords: the Chinese template's are their twins (友好性, the vocabulary's term
            // for the third element, read as its element, assurance).
            const shape = (locale: 'en' | 'zh') => fs.readFileSync(templateFile(id, locale), 'utf8').split('\n')
                .filter(line => line.trim() && !line.trim().startsWith('//'))
                .map(line => line.replace(/[^\s"]+/g, word => elementOf(keywordIn(word, 'en') ?? '') ?? keywordIn(word, 'en') ?? word))
                .map(line => /^\s*(service|audience|pace|actor|system|prop|scene|budget|touchpoint|moment|customer|evidence|expect \w+|applies|risk|recovery|norm|\})?/.exec(line)?.[1] ?? 'cast action');
            assert.deepEqual(shape('zh'), shape('en'), id);
        }
    });

    it('have a label and a line of detail in both languages', () => {
        for (const texts of [englishTexts, chineseTexts]) {
            assert.ok(texts.editor.pickTemplate);
            for (const id of SPEC_TEMPLATES) assert.ok(texts.editor.templates[id].label && texts.editor.templates[id].detail, id);
        }
        assert.notEqual(chineseTexts.editor.templates['first-service'].label, englishTexts.editor.templates['first-service'].label);
    });
});
