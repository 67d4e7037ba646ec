import * as assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver';
import { createTestServices } from '../test-services.js';

const HOTPOT = `service Hotpot {
    audience Diner
    actor Host frontstage
    system Payments support
    prop Snacks
    scene Waiting {
        touchpoint Arrive face-to-face {
            customer "arrives"
            expect reliability "seated in turn"
            risk LongQueue
        }
    }
}
`;

const NORMS = `norm WarmGreeting {
    expect assurance "a smile"
}
`;

describe('workspace symbols: go to any declaration of the workspace', () => {
    const services = createTestServices();
    beforeEach(async () => {
        await services.validate(HOTPOT, 'file:///workspace/hotpot.drama');
        await services.validate(NORMS, 'file:///workspace/norms.drama');
    });
    afterEach(() => services.reset());

    async function symbols(query: string) {
        const result = await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query });
        return result.map(symbol => ({
            name: symbol.name, kind: symbol.kind, containerName: symbol.containerName,
            at: 'range' in symbol.location ? `${symbol.location.uri.replace('file:///workspace/', '')}:${symbol.location.range.start.line + 1}:${symbol.location.range.start.character + 1}` : ''
        }));
    }

    it('lists services, the cast, props, scenes, touchpoints, risks and norms of every file, with their containers', async () => {
        assert.deepEqual(await symbols(''), [
            { name: 'Hotpot', kind: SymbolKind.Class, containerName: undefined, at: 'hotpot.drama:1:9' },
            { name: 'Diner', kind: SymbolKind.Constructor, containerName: 'Hotpot', at: 'hotpot.drama:2:14' },
            { name: 'Host', kind: SymbolKind.Field, containerName: 'Hotpot', at: 'hotpot.drama:3:11' },
            { name: 'Payments', kind: SymbolKind.Module, containerName: 'Hotpot', at: 'hotpot.drama:4:12' },
            { name: 'Snacks', kind: SymbolKind.Property, containerName: 'Hotpot', at: 'hotpot.drama:5:10' },
            { name: 'Waiting', kind: SymbolKind.Namespace, containerName: 'Hotpot', at: 'hotpot.drama:6:11' },
            { name: 'Arrive', kind: SymbolKind.Event, containerName: 'Hotpot › Waiting', at: 'hotpot.drama:7:20' },
            { name: 'LongQueue', kind: SymbolKind.Constant, containerName: 'Hotpot › Waiting › Arrive', at: 'hotpot.drama:10:18' },
            { name: 'WarmGreeting', kind: SymbolKind.Interface, containerName: undefined, at: 'norms.drama:1:6' }
        ]);
    });

    it('matches the query loosely, as the editor does (letters in order, any case)', async () => {
        assert.deepEqual((await symbols('arv')).map(symbol => symbol.name), ['Arrive']);
        assert.deepEqual((await symbols('WARM')).map(symbol => symbol.name), ['WarmGreeting']);
        assert.deepEqual(await symbols('zzz'), []);
    });

    it('lists what a half-typed file declares, and skips a declaration still without a name', async () => {
        await services.validate('service Draft {\n    scene Early {\n        touchpoint ', 'file:///workspace/draft.drama');
        assert.deepEqual((await symbols('')).filter(symbol => symbol.at.startsWith('draft')).map(symbol => `${symbol.containerName ?? ''}/${symbol.name}`),
            ['/Draft', 'Draft/Early']);
    });
});
