import * as assert from 'node:assert/strict';
import type { LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import type { Model } from '../../src/language/generated/ast.js';
import { applyEdits } from '../rules/support.js';
import { createTestServices } from '../test-services.js';

const ENGLISH = `service Dinner {
    actor Waiter frontstage
    scene Ordering {
        touchpoint Order face-to-face {
            customer “点菜”
            Waiter "takes the order"
            expect responsiveness "taken" within 2 min
        }
    }
}
`;

const CHINESE = `服务 Dinner {
    演员 Waiter 前台
    场景 Ordering {
        触点 Order 当面 {
            客户 “点菜”
            Waiter "takes the order"
            期待 响应性 "taken" 限时 2 分钟
        }
    }
}
`;

describe('code actions: Use Chinese keywords / Use English keywords', () => {
    const services = createTestServices();
    afterEach(() => services.reset());

    /** The whole-file code actions as VS Code's Refactor… asks for them (or with the kinds given). */
    async function rewrites(text: string, only: string[] | 'no kinds' = [CodeActionKind.Refactor]): Promise<CodeAction[]> {
        const document: LangiumDocument<Model> = await services.validate(text);
        const result = await services.ServiceDrama.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri },
            range: { start: { line: 1, character: 4 }, end: { line: 1, character: 4 } },
            context: { diagnostics: [], only: only === 'no kinds' ? undefined : only }
        });
        return (result ?? []).filter((action): action is CodeAction => 'kind' in action && action.kind === CodeActionKind.RefactorRewrite);
    }

    function applied(text: string, action: CodeAction): string {
        return applyEdits(text, Object.values(action.edit!.changes!)[0]);
    }

    it('offers Chinese keywords in an English file, rewriting every keyword and nothing else', async () => {
        const [action, ...more] = await rewrites(ENGLISH);
        assert.deepEqual(more, []);
        assert.equal(action.title, 'Use Chinese keywords');
        assert.equal(applied(ENGLISH, action), CHINESE);
    });

    it('offers English keywords in a Chinese file, giving back the English file', async () => {
        const [action, ...more] = await rewrites(CHINESE, [CodeActionKind.RefactorRewrite]);
        assert.deepEqual(more, []);
        assert.equal(action.title, 'Use English keywords');
        assert.equal(applied(CHINESE, action), ENGLISH);
    });

    it('offers both in a mixed file', async () => {
        const mixed = ENGLISH.replace('actor', '演员');
        const actions = await rewrites(mixed);
        assert.deepEqual(actions.map(action => action.title), ['Use Chinese keywords', 'Use English keywords']);
        assert.equal(applied(mixed, actions[0]), CHINESE);
        assert.equal(applied(mixed, actions[1]), ENGLISH);
    });

    it('is shown disabled, saying why, in a file with a syntax error', async () => {
        const broken = ENGLISH.replace('face-to-face', 'face2face');
        const [action, ...more] = await rewrites(broken);
        assert.deepEqual(more, []);
        assert.equal(action.edit, undefined);
        assert.equal(action.disabled?.reason, 'The file has a syntax error on line 4; the keywords can be converted once it parses.');
    });

    it('is offered only when refactorings are asked for, and never in a file without keywords', async () => {
        assert.deepEqual(await rewrites(ENGLISH, 'no kinds'), []);
        assert.deepEqual(await rewrites(ENGLISH, [CodeActionKind.QuickFix]), []);
        assert.deepEqual(await rewrites(ENGLISH, [CodeActionKind.Source]), []);
        assert.deepEqual(await rewrites('// a new file\n'), []);
    });

    it('speaks Chinese when the editor does', async () => {
        const locale = services.ServiceDrama.i18n.Locale;
        locale.locale = 'zh';
        try {
            assert.deepEqual((await rewrites(ENGLISH.replace('actor', '演员'))).map(action => action.title), ['改用中文关键字', '改用英文关键字']);
            const [disabled] = await rewrites(CHINESE.replace('当面', 'face2face'));
            assert.equal(disabled.disabled?.reason, '文件第 4 行有语法错误；改正之后才能转换关键字。');
        } finally {
            locale.locale = 'en';
        }
    });
});
