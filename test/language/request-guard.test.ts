import * as assert from 'node:assert/strict';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { checkParams } from '../../src/language/document-request-guard.js';
import { createTestServices } from '../test-services.js';

/** The guard itself, on params as a web worker delivers them (postMessage keeps keys whose value is undefined). */
describe('the request guard on params from a web worker', () => {
    const services = createTestServices();
    const uri = 'file:///workspace/guarded.drama';

    before(async () => {
        await services.validate('service S { scene X { touchpoint T remote { customer "waits" } } }', uri);
    });
    after(() => services.reset());

    it('takes a position or range that is undefined as absent', () => {
        assert.equal(checkParams({ textDocument: { uri }, position: undefined }, services.shared), undefined);
        assert.equal(checkParams({ textDocument: { uri }, range: undefined, service: undefined }, services.shared), undefined);
    });

    it('still refuses a position that is there and broken, and answers null for a document it does not hold', () => {
        const refused = checkParams({ textDocument: { uri }, position: { line: -1, character: 0 } }, services.shared);
        assert.ok(refused instanceof ResponseError);
        assert.equal(refused.code, ErrorCodes.InvalidParams);
        assert.equal(checkParams({ textDocument: { uri: 'file:///workspace/elsewhere.drama' }, position: undefined }, services.shared), null);
    });
});
