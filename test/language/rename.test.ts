import * as assert from 'node:assert/strict';
import type { LangiumDocument } from 'langium';
import { ResponseError, type Position, type WorkspaceEdit } from 'vscode-languageserver';
import { createTestServices } from '../test-services.js';

const LIBRARY = `norm Polite { expect assurance "smiles" }
service Elsewhere {
    actor Waiter frontstage
}
`;

const SPEC = `service Hotpot {
    audience Diner
    actor Host frontstage
    actor Kitchen backstage
    system Payments support
    prop Menu
    prop Reader
    scene Waiting {
        touchpoint Arrive face-to-face {
            customer "arrives"
            Host "greets"
            risk Queue { recovery "snacks" }
            risk Cold { recovery "blanket" }
            applies Polite
        }
    }
    scene Paying {
        touchpoint Pay face-to-face {
            customer "pays"
            Host "brings the reader"
            Payments "authorises"
            evidence Reader
        }
    }
}
`;

describe('rename refuses a name that would break the spec', () => {
    const services = createTestServices();
    const rename = services.ServiceDrama.lsp.RenameProvider!;
    let spec: LangiumDocument;

    beforeEach(async () => {
        await services.validate(LIBRARY, 'file:///workspace/library.drama');
        spec = await services.validate(SPEC, 'file:///workspace/hotpot.drama');
        services.ServiceDrama.i18n.Locale.locale = 'en';
    });
    afterEach(() => services.reset());

    /** The position of the `occurrence`-th `text` in the spec, one character in. */
    function at(text: string, occurrence = 0): Position {
        const content = spec.textDocument.getText();
        let offset = -1;
        for (let i = 0; i <= occurrence; i++) offset = content.indexOf(text, offset + 1);
        assert.ok(offset >= 0, `'${text}' not found`);
        return spec.textDocument.positionAt(offset + 1);
    }

    async function renameAt(position: Position, newName: string): Promise<WorkspaceEdit | undefined> {
        return rename.rename(spec, { textDocument: { uri: spec.uri.toString() }, position, newName });
    }

    async function refusal(position: Position, newName: string): Promise<string> {
        try {
            await renameAt(position, newName);
        } catch (error) {
            assert.ok(error instanceof ResponseError, `a ResponseError, not ${String(error)}`);
            return error.message;
        }
        assert.fail(`renaming to '${newName}' was not refused`);
    }

    it('refuses what the grammar cannot read as a name, saying what a name is', async () => {
        for (const name of ['1abc', 'has space', '', 'a"b', 'Host!', '{', '"Host"', 'Host // note']) {
            const message = await refusal(at('Host'), name);
            assert.ok(message.startsWith(`'${name}' is not a name`), message);
        }
    });

    it('names the invisible character that makes a text no name', async () => {
        assert.ok((await refusal(at('Host'), 'Ho\u200Fst')).startsWith("'HoU+200Fst' is not a name"));
    });

    it('refuses a keyword of either language, naming its twin', async () => {
        const twins = { phone: '电话', 'face-to-face': '当面', service: '服务', min: '分钟', 电话: 'phone', 客户: 'customer', 前台: 'frontstage', 分: 'min' };
        for (const [name, twin] of Object.entries(twins)) {
            assert.equal(await refusal(at('Kitchen'), name), `'${name}' is a keyword of the language (${twin}), so it cannot be a name.`);
        }
        // A name that only contains a keyword is a name.
        assert.ok((await renameAt(at('Kitchen'), '前台小王'))?.changes);
    });

    it('refuses a name the same kind already has in the scope, naming where', async () => {
        assert.match(await refusal(at('Host'), 'Kitchen'), /^Kitchen is already the name of the actor at line 4:/);
        // Actors and systems are one cast: a performer names either.
        assert.match(await refusal(at('Host', 1), 'Payments'), /^Payments is already the name of the support system at line 5:/);
        assert.match(await refusal(at('Menu'), 'Reader'), /the prop at line 7/);
        assert.match(await refusal(at('Waiting'), 'Paying'), /the scene at line 17/);
        // Touchpoints are unique across the service's scenes.
        assert.match(await refusal(at('Arrive'), 'Pay'), /the touchpoint at line 18/);
        assert.match(await refusal(at('Queue'), 'Cold'), /the risk at line 13/);
        // Services and norms: across the workspace.
        assert.match(await refusal(at('Hotpot'), 'Elsewhere'), /the service at library\.drama, line 2/);
    });

    it('renames when the name is free in the scope, even if used in another one', async () => {
        const edit = await renameAt(at('Host'), 'Waiter');
        const lines = (edit?.changes?.[spec.uri.toString()] ?? []).map(change => [change.range.start.line, change.newText]);
        assert.deepEqual(lines.sort(), [[10, 'Waiter'], [19, 'Waiter'], [2, 'Waiter']].sort());
        // A risk may share a name with a prop: they are of different kinds.
        assert.ok((await renameAt(at('Queue'), 'Menu'))?.changes);
        assert.deepEqual(await renameAt(at('Kitchen'), 'Kitchen'), { changes: {} });
    });

    it('refuses in the editor\'s language', async () => {
        services.ServiceDrama.i18n.Locale.locale = 'zh';
        assert.equal(await refusal(at('Host'), 'phone'), '“phone”是本语言的关键字（电话），不能用作名字。');
        assert.equal(await refusal(at('Host'), 'Kitchen'), 'Kitchen 已被使用（演员，第 4 行）：重名之后就分不清是哪一个了。');
    });

    it('prepares a rename on a name or a reference, and says why not elsewhere', async () => {
        const prepare = async (position: Position) => rename.prepareRename(spec, { textDocument: { uri: spec.uri.toString() }, position });
        assert.deepEqual(await prepare(at('Host', 1)), { start: { line: 10, character: 12 }, end: { line: 10, character: 16 } });
        await assert.rejects(prepare(at('customer')), (error: unknown) =>
            error instanceof ResponseError && error.message === 'Only a declared name, or a reference to one, can be renamed.');
        await assert.rejects(renameAt(at('"greets"'), 'Greets'), ResponseError);
    });
});
