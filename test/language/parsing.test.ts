import * as assert from 'node:assert/strict';
import { createTestServices } from '../test-services.js';

describe('smoke', () => {
    const services = createTestServices();
    afterEach(() => services.reset());
    it('parses a service', async () => {
        const document = await services.validate('service S { actor A frontstage }');
        assert.equal(document.parseResult.value.elements[0].name, 'S');
    });
});
