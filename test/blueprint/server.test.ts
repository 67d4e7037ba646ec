import * as assert from 'node:assert/strict';
import { CodeLensRequest } from 'vscode-languageserver-protocol';
import { BLUEPRINT_REQUEST, OPEN_BLUEPRINT_COMMAND, type BlueprintParams, type BlueprintResult } from '../../src/blueprint/protocol.js';
import { blueprintOf } from '../../src/language/blueprint-request.js';
import { LspTestClient } from '../support/lsp-client.js';
import { createTestServices } from '../test-services.js';
import { parseXml } from './support.js';

const uri = 'file:///workspace/breakfast.drama';

const SPEC = `service Breakfast "早餐" {
    actor Cook frontstage
    scene Order {
        touchpoint AskForTea face-to-face {
            customer "asks for tea"
            Cook "pours the tea"
            expect responsiveness "tea arrives" within 2 min
        }
    }
}

service Dinner "晚餐" {
    actor Chef frontstage
    scene Serve {
        touchpoint BringSoup face-to-face {
            customer "waits for the soup"
            Chef "brings the soup"
            risk Cold "the soup is cold"
        }
    }
}
`;

describe('blueprint from the real language server', function () {
    this.timeout(30000);
    let client: LspTestClient;

    before(async () => {
        client = await LspTestClient.start({ locale: 'zh-CN' });
        await client.open(uri, SPEC);
    });
    after(() => client.stop());

    function blueprint(params: Omit<BlueprintParams, 'textDocument'> = {}): Promise<BlueprintResult> {
        return client.connection.sendRequest<BlueprintResult>(BLUEPRINT_REQUEST, { textDocument: { uri }, ...params });
    }

    it('answers serviceDrama/blueprint with the services, the model and the SVG for the preview', async () => {
        const result = await blueprint();
        assert.deepEqual(result.services, ['Breakfast', 'Dinner']);
        assert.equal(result.service, 'Breakfast');
        assert.equal(result.model?.title, '早餐');
        assert.deepEqual(result.model?.scenes[0].touchpoints[0].lanes.frontstage.map(item => item.text), ['pours the tea']);
        const svg = parseXml(result.svg!);
        assert.equal(svg.documentElement!.tagName, 'svg');
        assert.ok(!result.svg!.includes('<style'), 'the preview brings its own themed stylesheet');
    });

    it('labels the blueprint in the language of the hovers: Chinese for a zh-CN editor', async () => {
        const svg = (await blueprint()).svg!;
        assert.ok(svg.includes('有形证据') && svg.includes('可视分界线') && svg.includes('当面接触'), 'Chinese labels');
        assert.ok(!svg.includes('Physical evidence') && !svg.includes('face-to-face'), 'no English labels');
    });

    it('draws the service asked for, or the one around the position', async () => {
        assert.equal((await blueprint({ service: 'Dinner' })).model?.service, 'Dinner');
        assert.equal((await blueprint({ position: { line: 14, character: 8 } })).service, 'Dinner');
        // A service renamed since the preview asked: the one at the position (or the first) instead.
        assert.equal((await blueprint({ service: 'Lunch' })).service, 'Breakfast');
    });

    it('carries the validation findings on the items they concern', async () => {
        const dinner = (await blueprint({ service: 'Dinner' })).model!;
        const risk = dinner.scenes[0].touchpoints[0].risks[0];
        assert.ok(risk.findings.some(finding => finding.rule === 'risk-has-recovery'), JSON.stringify(risk.findings));
        // The server speaks the client's language, and so do the findings in the blueprint.
        assert.match(risk.findings[0].message, /[\u4e00-\u9fff]/);
    });

    it('follows edits of the document', async () => {
        await client.replace(uri, 2, SPEC.replace('pours the tea', 'pours green tea'));
        const result = await blueprint();
        assert.deepEqual(result.model?.scenes[0].touchpoints[0].lanes.frontstage.map(item => item.text), ['pours green tea']);
        await client.replace(uri, 3, '// nothing here yet\n');
        assert.deepEqual(await blueprint(), { services: [] });
        await client.replace(uri, 4, SPEC);
    });

    it('names the norms of a file that holds norms and no service, for the preview to say so', async () => {
        await client.replace(uri, 5, 'norm Polite {\n    expect assurance "greets"\n}\nnorm Quick {\n    expect responsiveness "answers" within 1 min\n}\n');
        assert.deepEqual(await blueprint(), { services: [], norms: ['Polite', 'Quick'] });
        await client.replace(uri, 6, SPEC);
    });

    it('draws whatever is there while a spec is half typed', async () => {
        const cut = SPEC.indexOf('expect responsiveness');
        for (const end of [cut + 3, cut + 12, cut + 30, SPEC.indexOf('risk Cold') + 6]) {
            await client.replace(uri, 10 + end, SPEC.slice(0, end));
            const result = await blueprint();
            assert.equal(result.service, 'Breakfast');
            parseXml(result.svg!);
        }
        await client.replace(uri, 1000, SPEC);
        assert.ok(client.alive);
    });

    it('puts an "open blueprint" CodeLens above each service, for the extension to handle', async () => {
        const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
        assert.deepEqual(lenses?.map(lens => [lens.range.start.line, lens.command?.command, lens.command?.arguments]), [
            [0, OPEN_BLUEPRINT_COMMAND, [uri, 'Breakfast']],
            [11, OPEN_BLUEPRINT_COMMAND, [uri, 'Dinner']]
        ]);
        assert.equal(lenses?.[0].command?.title, '打开服务蓝图');
    });
});

describe('blueprint request: a half-typed file', () => {
    const services = createTestServices();

    it('lists only named services and norms for the picker while a new one is still without a name', async () => {
        const document = await services.parse(`${SPEC}\nservice `);
        assert.deepEqual(blueprintOf(document, {}).services, ['Breakfast', 'Dinner']);
        const norms = await services.parse('norm Polite {\n    expect assurance "greets"\n}\nnorm ');
        assert.deepEqual(blueprintOf(norms, {}), { services: [], norms: ['Polite'] });
    });
});
