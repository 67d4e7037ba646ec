import * as assert from 'node:assert/strict';
import { URI } from 'langium';
import { DidChangeConfigurationNotification, HoverRequest, type MarkupContent, type Position } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lsp-client.js';

const SPEC = `service S {
    scene X {
        touchpoint T remote {
            customer "waits for the bus"
            expect empathy "is noticed"
        }
    }
}
`;

/** Through the bundled server over stdio, as VS Code drives it: the editor's locale decides, the setting overrides. */
describe('hover help from the real language server', () => {
    const uri = URI.file('/workspace/hover.drama').toString();
    const empathy: Position = { line: 4, character: 20 };
    let client: LspTestClient;

    before(async function () {
        this.timeout(30000);
        client = await LspTestClient.start({ locale: 'zh-CN' });
        await client.open(uri, SPEC);
    });
    after(() => client.stop());

    async function hover(position: Position): Promise<string | undefined> {
        const result = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
        return (result?.contents as MarkupContent | undefined)?.value;
    }

    it('answers in Chinese for a zh-CN editor, and in English once the setting says so', async () => {
        assert.ok((await hover(empathy))?.startsWith('**empathy** · 移情性'));
        assert.ok((await hover(empathy))?.includes('**对照剧本问一问**'));

        await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { serviceDrama: { helpLanguage: 'en' } } });
        assert.ok((await hover(empathy))?.includes('**Ask of your script**'));

        await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { serviceDrama: { helpLanguage: 'auto' } } });
        assert.ok((await hover(empathy))?.includes('**对照剧本问一问**'));
    });

    it('has nothing to say inside a string', async () => {
        assert.equal(await hover({ line: 3, character: 23 }), undefined);
    });
});
