import * as assert from 'node:assert/strict';
import {
    AstUtils, DefaultAstNodeLocator, DefaultScopeProvider, ValueConverter, type AstNode, type LangiumDocument, type ReferenceInfo
} from 'langium';
import { DefaultCompletionProvider, type NextFeature } from 'langium/lsp';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Model } from '../../src/language/generated/ast.js';
import { collectNodes, forEachReference } from '../../src/language/ast-walk.js';
import { ServiceDramaCompletionProvider } from '../../src/language/service-drama-completion.js';
import { convertString } from '../../src/language/service-drama-value-converter.js';
import { createTestServices } from '../test-services.js';

// The language server replaces some of Langium's walks, scopes and conversions with cheaper ones (for
// speed and memory on large workspaces). These tests hold them to Langium's own results.

const NORMS = `norm WarmGreeting "标准问候" {
    expect assurance "eye contact and a smile"
    expect responsiveness "greeting" within 10 s
}
norm ClearBill {
    expect reliability "the bill is right"
}
`;

const SPEC = `service Hotpot "Hotpot \\"dinner\\" / 火锅" {
    audience Diner { pace urgent }
    actor Host frontstage "Greeter at the door"
    actor 服务员 frontstage
    actor Host backstage "a second Host: the first one declared wins"
    system Payments support
    prop CardReader 'Card \\'reader\\''
    prop 小食

    scene Waiting {
        touchpoint Arrive face-to-face {
            customer "arrives\\twith\\nfriends"
            Host "greets"
            服务员 "brings 小食"
            Nobody "is not declared"
            evidence 小食, CardReader, Missing
            expect responsiveness "seated" within 2 min
            applies WarmGreeting
            applies NoSuchNorm
        }
    }
    scene Paying {
        touchpoint Pay phone {
            customer "pays"
            Payments "authorises"
            evidence CardReader
            applies ClearBill
            risk Offline "no signal" { recovery "offer cash" }
        }
    }
}
norm LocalNorm { expect empathy "notices a hurry" }
`;

/** Our completion with Langium's own walk, which parses from the start of the file: only the walk differs. */
class LangiumsWalk extends ServiceDramaCompletionProvider {
    protected override findFeaturesAt(textDocument: TextDocument, offset: number): NextFeature[] {
        const langiums = DefaultCompletionProvider.prototype as unknown as { findFeaturesAt(textDocument: TextDocument, offset: number): NextFeature[] };
        return langiums.findFeaturesAt.call(this, textDocument, offset);
    }
}

describe('fast walks: the same results as Langium', () => {
    const services = createTestServices();
    let document: LangiumDocument<Model>;

    before(async () => {
        await services.validate(NORMS, 'file:///workspace/norms.drama');
        document = await services.validate(SPEC, 'file:///workspace/spec.drama');
    });
    after(() => services.reset());

    it('visits every node in the order of AstUtils.streamAst', () => {
        const root = document.parseResult.value;
        assert.deepEqual(collectNodes(root), AstUtils.streamAst(root).toArray());
    });

    it('finds every reference in the order of AstUtils.streamReferences', () => {
        for (const node of collectNodes(document.parseResult.value)) {
            const found: ReferenceInfo[] = [];
            forEachReference(node, info => found.push(info));
            assert.deepEqual(found, AstUtils.streamReferences(node).toArray());
        }
    });

    it('builds the node paths of Langium\'s AstNodeLocator, and finds the nodes by them', () => {
        const locator = services.ServiceDrama.workspace.AstNodeLocator;
        const langiums = new DefaultAstNodeLocator();
        const root = document.parseResult.value;
        for (const node of collectNodes(root)) {
            const path = locator.getAstNodePath(node);
            assert.equal(path, langiums.getAstNodePath(node));
            assert.equal(locator.getAstNode(root, path), node);
        }
    });

    it('resolves every reference to the target Langium\'s scope provider finds, and offers the same candidates', () => {
        const langiums = new DefaultScopeProvider(services.ServiceDrama);
        const ours = services.ServiceDrama.references.ScopeProvider;
        const describe = (node: AstNode | undefined) => node ? services.ServiceDrama.workspace.AstNodeLocator.getAstNodePath(node) : 'unresolved';
        let references = 0;
        for (const node of collectNodes(document.parseResult.value)) {
            forEachReference(node, info => {
                references++;
                const name = info.reference.$refText;
                assert.equal(describe(ours.getScope(info).getElement(name)?.node), describe(langiums.getScope(info).getElement(name)?.node), name);
                assert.deepEqual(ours.getScope(info).getAllElements().map(d => d.name).toArray(),
                    langiums.getScope(info).getAllElements().map(d => d.name).toArray(), name);
            });
        }
        assert.equal(references, 11);
    });

    it('reads string literals as Langium does, escapes included', () => {
        for (const literal of ['""', '"plain"', '"火锅晚餐"', '"a \\"quoted\\" word"', '"tab\\tnew\\nline"', '\'single \\\' quote\'', '"\\\\"', '"\\q"']) {
            assert.equal(convertString(literal), ValueConverter.convertString(literal), literal);
        }
        const model = document.parseResult.value;
        assert.equal(model.elements[0].title, 'Hotpot "dinner" / 火锅');
    });

    it('offers the completions of Langium\'s provider at every position, though it parses from the service around the cursor', async () => {
        const clean = await services.validate(NORMS + SPEC.replace(/Nobody|Missing|NoSuchNorm/g, 'Host'), 'file:///workspace/clean.drama');
        assert.equal(clean.parseResult.parserErrors.length, 0);
        const langiums = new LangiumsWalk(services.ServiceDrama);
        const ours = services.ServiceDrama.lsp.CompletionProvider as DefaultCompletionProvider;
        const labels = async (provider: DefaultCompletionProvider, line: number, character: number) =>
            (await provider.getCompletion(clean, { textDocument: { uri: clean.uri.toString() }, position: { line, character } }))?.items.map(item => item.label);
        const lines = clean.textDocument.getText().split('\n');
        let compared = 0;
        for (let line = 0; line < lines.length; line++) {
            // The start and the end of every word and symbol.
            const positions = [...lines[line].matchAll(/(?<=^|\s)\S/g)].map(match => match.index)
                .concat([...lines[line].matchAll(/\S(?=\s|$)/g)].map(match => match.index + 1));
            for (const character of positions) {
                assert.deepEqual(await labels(ours, line, character), await labels(langiums, line, character), `${line + 1}:${character + 1}`);
                compared++;
            }
        }
        assert.ok(compared > 250, `compared ${compared} positions`);
    });
});
