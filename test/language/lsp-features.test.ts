import * as assert from 'node:assert/strict';
import type { LangiumDocument } from 'langium';
import { expectFormatting, expectGoToDefinition, highlightHelper, expectSemanticToken } from 'langium/test';
import { SemanticTokenTypes, SymbolKind, type DocumentSymbol, type Position } from 'vscode-languageserver';
import { createTestServices } from '../test-services.js';

const LIBRARY = `norm WarmGreeting "标准问候" {
    expect assurance "eye contact and a smile"
}
`;

const SPEC = `service Hotpot {
    audience Diner {
        pace relaxed
    }
    actor Host frontstage "Greeter"
    actor Kitchen backstage
    prop Snacks

    scene Waiting {
        touchpoint Arrive face-to-face {
            customer "arrives"
            Host "greets"
            Kitchen "prepares snacks"
            evidence Snacks
            expect reliability "seated in order"
            applies WarmGreeting
        }
    }

    scene Leaving {
        touchpoint Farewell face-to-face {
            customer "leaves"
            Host "waves goodbye"
            applies WarmGreeting
        }
    }
}
`;

function positionOf(document: LangiumDocument, text: string, occurrence = 0, delta = 0): Position {
    const content = document.textDocument.getText();
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) offset = content.indexOf(text, offset + 1);
    assert.ok(offset >= 0, `'${text}' not found`);
    return document.textDocument.positionAt(offset + delta);
}

describe('LSP features', () => {
    const services = createTestServices();
    const lsp = services.ServiceDrama.lsp;
    let library: LangiumDocument;
    let spec: LangiumDocument;

    beforeEach(async () => {
        library = await services.validate(LIBRARY, 'file:///workspace/norms.drama');
        spec = await services.validate(SPEC, 'file:///workspace/hotpot.drama');
    });
    afterEach(() => services.reset());

    describe('completion', () => {
        let completionCount = 0;
        async function labelsAt(text: string, uri = 'file:///workspace/completion.drama'): Promise<string[]> {
            const offset = text.indexOf('|');
            const document = await services.validate(text.replace('|', ''), `${uri}?${++completionCount}`);
            const list = await lsp.CompletionProvider!.getCompletion(document, {
                textDocument: { uri: document.uri.toString() },
                position: document.textDocument.positionAt(offset)
            });
            return (list?.items ?? []).map(item => item.label);
        }

        it('offers the five elements after expect', async () => {
            const labels = await labelsAt('service S { scene X { touchpoint T remote { expect | } } }');
            assert.deepEqual(labels.sort(), ['assurance', 'empathy', 'friendliness', 'reliability', 'responsiveness', 'tangibles']);
        });

        it('offers the five channels after a touchpoint name', async () => {
            const labels = await labelsAt('service S { scene X { touchpoint T | } }');
            assert.deepEqual(labels.sort(), ['chat', 'face-to-face', 'phone', 'remote', 'video']);
        });

        it('offers the cast of the service and the customer at the start of an action', async () => {
            const labels = await labelsAt('service S { actor Host frontstage system Till support prop Menu scene X { touchpoint T remote { | } } }');
            for (const expected of ['Host', 'Till', 'customer', 'expect', 'evidence', 'risk', 'applies']) {
                assert.ok(labels.includes(expected), `${expected} in ${labels.join(', ')}`);
            }
            assert.ok(!labels.includes('Menu'), 'a prop cannot act');
        });

        it('offers the journey statements in a touchpoint, audiences after for, and the cast after by', async () => {
            const statements = await labelsAt('service S { actor Host frontstage scene X { touchpoint T remote { | } } }');
            for (const expected of ['wait', 'feeling', 'moment']) assert.ok(statements.includes(expected), `${expected} in ${statements.join(', ')}`);
            const audiences = await labelsAt('service S { audience Guest audience Commuter scene X { touchpoint T remote for | } }');
            assert.deepEqual(audiences.sort(), ['Commuter', 'Guest']);
            const performers = await labelsAt('service S { actor Host frontstage system App frontstage prop Menu scene X { touchpoint T remote { risk R { recovery "x" by | } } } }');
            assert.deepEqual(performers.sort(), ['App', 'Host']);
            const stages = await labelsAt('service S { system App | } ');
            for (const expected of ['frontstage', 'support']) assert.ok(stages.includes(expected), `${expected} in ${stages.join(', ')}`);
        });

        it('offers props after evidence, and norms of other files after applies', async () => {
            const props = await labelsAt('service S { actor Host frontstage prop Menu prop Bill scene X { touchpoint T remote { evidence | } } }');
            assert.deepEqual(props.sort(), ['Bill', 'Menu']);
            const norms = await labelsAt('service S { scene X { touchpoint T remote { applies | } } }');
            assert.deepEqual(norms, ['WarmGreeting']);
        });
    });

    describe('go to definition', () => {
        it('jumps from an action to its actor', async () => {
            await expectGoToDefinition(services.ServiceDrama)({
                text: 'service S { actor <|Host|> frontstage scene X { touchpoint T face-to-face { customer "a" Ho<|>st "b" } } }',
                index: 0,
                rangeIndex: 0
            });
        });

        it('jumps from applies to a norm in another file', async () => {
            const links = await lsp.DefinitionProvider!.getDefinition(spec, {
                textDocument: { uri: spec.uri.toString() },
                position: positionOf(spec, 'WarmGreeting', 0, 2)
            });
            assert.equal(links?.length, 1);
            assert.equal(links[0].targetUri, 'file:///workspace/norms.drama');
            assert.deepEqual(links[0].targetSelectionRange.start, { line: 0, character: 5 });
        });
    });

    describe('find references', () => {
        it('finds every use of an actor, with or without its declaration', async () => {
            const params = (includeDeclaration: boolean) => ({
                textDocument: { uri: spec.uri.toString() },
                position: positionOf(spec, 'Host', 0, 1),
                context: { includeDeclaration }
            });
            const withDeclaration = await lsp.ReferencesProvider!.findReferences(spec, params(true));
            assert.deepEqual(withDeclaration.map(l => l.range.start.line), [4, 11, 22]);
            const usesOnly = await lsp.ReferencesProvider!.findReferences(spec, params(false));
            assert.deepEqual(usesOnly.map(l => l.range.start.line), [11, 22]);
        });

        it('finds the uses of a norm across files', async () => {
            const locations = await lsp.ReferencesProvider!.findReferences(library, {
                textDocument: { uri: library.uri.toString() },
                position: { line: 0, character: 7 },
                context: { includeDeclaration: false }
            });
            assert.deepEqual(locations.map(l => [l.uri, l.range.start.line]),
                [['file:///workspace/hotpot.drama', 15], ['file:///workspace/hotpot.drama', 23]]);
        });
    });

    describe('rename', () => {
        it('renames an actor at its declaration and every action', async () => {
            const edit = await lsp.RenameProvider!.rename(spec, {
                textDocument: { uri: spec.uri.toString() },
                position: positionOf(spec, 'Host', 1, 1),
                newName: '迎宾'
            });
            const edits = edit?.changes?.[spec.uri.toString()] ?? [];
            assert.deepEqual(edits.map(e => [e.range.start.line, e.newText]).sort(), [[11, '迎宾'], [22, '迎宾'], [4, '迎宾']].sort());
        });

        it('renames a norm across files', async () => {
            const edit = await lsp.RenameProvider!.rename(library, {
                textDocument: { uri: library.uri.toString() },
                position: { line: 0, character: 6 },
                newName: 'Greeting'
            });
            assert.equal(edit?.changes?.['file:///workspace/norms.drama']?.length, 1);
            assert.equal(edit?.changes?.['file:///workspace/hotpot.drama']?.length, 2);
        });
    });

    describe('document symbols (outline)', () => {
        it('shows service > audience, cast, props, scenes > touchpoints', async () => {
            const symbols = await lsp.DocumentSymbolProvider!.getSymbols(spec, { textDocument: { uri: spec.uri.toString() } });
            const tree = (list: DocumentSymbol[] | undefined): unknown[] =>
                (list ?? []).map(s => s.children?.length ? [s.name, s.kind, tree(s.children)] : [s.name, s.kind]);
            assert.deepEqual(tree(symbols), [
                ['Hotpot', SymbolKind.Class, [
                    ['Diner', SymbolKind.Constructor],
                    ['Host', SymbolKind.Field],
                    ['Kitchen', SymbolKind.Field],
                    ['Snacks', SymbolKind.Property],
                    ['Waiting', SymbolKind.Namespace, [['Arrive', SymbolKind.Event]]],
                    ['Leaving', SymbolKind.Namespace, [['Farewell', SymbolKind.Event]]]
                ]]
            ]);
        });
    });

    describe('folding', () => {
        it('folds every block that spans lines', async () => {
            const ranges = await lsp.FoldingRangeProvider!.getFoldingRanges(spec, { textDocument: { uri: spec.uri.toString() } });
            const starts = ranges.map(r => r.startLine).sort((a, b) => a - b);
            for (const line of [0, 1, 8, 9, 19, 20]) assert.ok(starts.includes(line), `fold at line ${line} in ${starts.join(',')}`);
        });
    });

    describe('semantic highlighting', () => {
        it('colours declarations and references by what they are', async () => {
            const tokens = await highlightHelper(services.ServiceDrama)(
                'service <|S|> { actor <|Host|> frontstage prop <|Menu|> scene <|X|> { touchpoint <|T|> <|remote|> { <|Host|> "x" evidence <|Menu|> expect <|empathy|> "y" within <|5|> <|min|> } } }');
            const expected = [
                SemanticTokenTypes.class, SemanticTokenTypes.variable, SemanticTokenTypes.property, SemanticTokenTypes.namespace,
                SemanticTokenTypes.function, SemanticTokenTypes.enumMember, SemanticTokenTypes.variable, SemanticTokenTypes.property,
                SemanticTokenTypes.enumMember, SemanticTokenTypes.number, SemanticTokenTypes.number
            ];
            expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { tokenType, rangeIndex }));
        });
    });

    describe('semantic highlighting of the journey statements', () => {
        it('colours audiences after for, who recovers, feelings and moment kinds', async () => {
            const tokens = await highlightHelper(services.ServiceDrama)(
                'service <|S|> { audience <|G|> actor <|Host|> frontstage system <|App|> <|frontstage|> scene <|X|> { touchpoint <|T|> <|chat|> for <|G|> {'
                + ' moment <|feedback|>, <|bad-news|> feeling <|-2|> "x" risk <|R|> { recovery "y" by <|Host|> } } } }');
            const expected = [
                SemanticTokenTypes.class, SemanticTokenTypes.type, SemanticTokenTypes.variable, SemanticTokenTypes.variable, SemanticTokenTypes.enumMember,
                SemanticTokenTypes.namespace, SemanticTokenTypes.function, SemanticTokenTypes.enumMember, SemanticTokenTypes.type,
                SemanticTokenTypes.enumMember, SemanticTokenTypes.enumMember, SemanticTokenTypes.number, SemanticTokenTypes.event, SemanticTokenTypes.variable
            ];
            expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { tokenType, rangeIndex }));
        });
    });

    describe('formatting of the journey statements', () => {
        it('lays them out one a line, with the sign of a feeling next to its number', async () => {
            await expectFormatting(services.ServiceDrama)({
                before: `service S { audience G system App   frontstage "app" actor Agent frontstage
scene X { touchpoint T chat   for G "title" { moment bad-news ,feedback   trial customer "asks" App "answers"
wait "progress shown"   within 10 min feeling -   2 "worried" feeling +3 "glad"
expect responsiveness "fast" within 1 min risk R { recovery "hand over"   by Agent within  5 min } } } }`,
                after: `service S {
    audience G
    system App frontstage "app"
    actor Agent frontstage

    scene X {
        touchpoint T chat for G "title" {
            moment bad-news, feedback trial
            customer "asks"
            App "answers"
            wait "progress shown" within 10 min
            feeling -2 "worried"
            feeling +3 "glad"
            expect responsiveness "fast" within 1 min
            risk R {
                recovery "hand over" by Agent within 5 min
            }
        }
    }
}`
            });
        });
    });

    describe('formatting', () => {
        it('lays out a crumpled spec in the canonical style', async () => {
            await expectFormatting(services.ServiceDrama)({
                before: `service   S "title" {  audience Guest { pace   urgent }
actor Host   frontstage "greets"
  prop Menu prop Bill
scene One { setting "hall"   budget 5   min
touchpoint A face-to-face { moment bad-news   trial
customer "sits" Host "greets"
evidence Menu ,Bill expect responsiveness "fast"   within 2 min
risk Late "slow" {recovery "apologise"} applies N delight "tea" adapt "stairs" } touchpoint B remote { customer "reads" }}
scene Two { }
}
norm N { expect assurance    "smile" }`,
                after: `service S "title" {
    audience Guest {
        pace urgent
    }
    actor Host frontstage "greets"
    prop Menu
    prop Bill

    scene One {
        setting "hall"
        budget 5 min
        touchpoint A face-to-face {
            moment bad-news trial
            customer "sits"
            Host "greets"
            evidence Menu, Bill
            expect responsiveness "fast" within 2 min
            risk Late "slow" {
                recovery "apologise"
            }
            applies N
            delight "tea"
            adapt "stairs"
        }

        touchpoint B remote {
            customer "reads"
        }
    }

    scene Two {
    }
}

norm N {
    expect assurance "smile"
}`
            });
        });

        it('keeps comments and indents them with their block', async () => {
            await expectFormatting(services.ServiceDrama)({
                before: `// header
service S { // trailing
  /* block
     comment */
  actor A frontstage
      // before the touchpoint
  scene X {
  touchpoint T remote { customer "x" // why
  A "y" }
  }
}`,
                after: `// header
service S { // trailing
    /* block
       comment */
    actor A frontstage
    // before the touchpoint
    scene X {
        touchpoint T remote {
            customer "x" // why
            A "y"
        }
    }
}`
            });
        });

        it('keeps a comment right above a touchpoint or scene attached to it', async () => {
            const formatted = `service S {
    actor A frontstage

    // the second scene
    scene X {
        touchpoint One remote {
            customer "x"
        }

        // the second touchpoint
        touchpoint Two remote {
            customer "y" // trailing
        }
    }
}`;
            await expectFormatting(services.ServiceDrama)({ before: formatted, after: formatted });
        });

        it('leaves a formatted spec as it is', async () => {
            const edits = await lsp.Formatter!.formatDocument(spec, { textDocument: { uri: spec.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
            assert.deepEqual(edits, []);
        });
    });
});
