import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { isScene, isService, isSupportSystem, type Model, type Service } from '../../src/language/generated/ast.js';
import { createTestServices, describeDiagnostics } from '../test-services.js';

const examplesDir = path.resolve('examples');
const exampleFiles = fs.readdirSync(examplesDir).filter(name => name.endsWith('.drama')).sort();

describe('examples', () => {
    const services = createTestServices();
    let documents: Map<string, LangiumDocument<Model>>;

    before(async () => {
        // Built together, as the workspace is in the editor and in the CLI: norms come from norms.drama.
        documents = new Map(exampleFiles.map(name => {
            const file = path.join(examplesDir, name);
            const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(fs.readFileSync(file, 'utf8'), URI.file(file));
            services.shared.workspace.LangiumDocuments.addDocument(document);
            return [name, document];
        }));
        await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    });
    after(() => services.reset());

    it('has at least six services from service-design cases and a norm library', () => {
        assert.ok(exampleFiles.length >= 7, exampleFiles.join(', '));
        assert.ok(exampleFiles.includes('norms.drama'));
    });

    it('show the journey statements: one example has a wait, a recovery by someone within a time, a feeling, for, a frontstage system and chat', () => {
        const shows = (service: Service) => {
            const touchpoints = service.members.filter(isScene).flatMap(scene => scene.touchpoints);
            return {
                wait: touchpoints.some(t => t.waits.length > 0),
                byWithin: touchpoints.some(t => t.risks.some(r => r.recovery?.performer && r.recovery.bound)),
                feeling: touchpoints.some(t => t.feelings.length > 0),
                for: touchpoints.some(t => t.audience?.ref),
                frontstageSystem: service.members.some(m => isSupportSystem(m) && m.frontstage),
                chat: touchpoints.some(t => t.channel === 'chat')
            };
        };
        const all = { wait: true, byWithin: true, feeling: true, for: true, frontstageSystem: true, chat: true };
        const services = [...documents.values()].flatMap(document => document.parseResult.value.elements.filter(isService));
        assert.ok(services.some(service => JSON.stringify(shows(service)) === JSON.stringify(all)),
            JSON.stringify(services.map(service => [service.name, shows(service)])));
    });

    for (const name of exampleFiles) {
        it(`${name} parses, links and validates without a single finding`, () => {
            const document = documents.get(name)!;
            assert.deepEqual(document.parseResult.lexerErrors, []);
            assert.deepEqual(document.parseResult.parserErrors, []);
            assert.deepEqual(describeDiagnostics(document.diagnostics), []);
        });

        it(`${name} is already in the canonical format`, async () => {
            const document = documents.get(name)!;
            const edits = await services.ServiceDrama.lsp.Formatter!.formatDocument(document, {
                textDocument: { uri: document.uri.toString() },
                options: { tabSize: 4, insertSpaces: true }
            });
            assert.deepEqual(edits.map(e => `${e.range.start.line + 1}:${e.range.start.character + 1} ${JSON.stringify(e.newText)}`), []);
        });
    }

    it('uses the norm library from other files', () => {
        const users = [...documents.entries()].filter(([name, document]) =>
            name !== 'norms.drama' && document.references.some(ref => 'ref' in ref && ref.ref?.$type === 'Norm'));
        assert.ok(users.length >= 2, users.map(([name]) => name).join(', '));
    });

    it('has at least two specs written mostly in Chinese', () => {
        const chinese = exampleFiles.filter(name => {
            const text = fs.readFileSync(path.join(examplesDir, name), 'utf8');
            const han = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
            const latinWords = text.replace(/\b(service|audience|pace|actor|frontstage|backstage|system|support|prop|scene|setting|budget|touchpoint|moment|trial|customer|evidence|expect|within|risk|recovery|delight|adapt|applies|norm|reliability|responsiveness|assurance|friendliness|empathy|tangibles|face-to-face|phone|remote|buy-or-not|value-judgement|feedback|bad-news|repeated|urgent|normal|relaxed|s|min|h|d)\b/g, '')
                .match(/[A-Za-z]+/g)?.length ?? 0;
            return han > latinWords * 2;
        });
        assert.ok(chinese.length >= 2, chinese.join(', '));
    });

    it('the README\'s tour of the language is a clean spec too', async () => {
        const readme = fs.readFileSync('README.md', 'utf8');
        const tour = /```drama\n([\s\S]*?)```/.exec(readme)?.[1];
        assert.ok(tour, 'a ```drama block in the README');
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(tour, URI.file(path.resolve('README-tour.drama')));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        assert.deepEqual(describeDiagnostics(document.diagnostics), []);
    });
});
