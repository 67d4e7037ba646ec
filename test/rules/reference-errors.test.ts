import * as assert from 'node:assert/strict';
import { createTestServices, describeDiagnostics } from '../test-services.js';
import { covered, variant } from './support.js';

describe('unknown names: plain messages, and none that only echo a syntax error', () => {
    const services = createTestServices();
    afterEach(() => {
        services.ServiceDrama.i18n.Locale.locale = 'en';
        return services.reset();
    });

    const text = variant(['Waiter "takes the order"', 'Nobody "takes the order"'], ['evidence Menu', 'evidence Menu, Napkin'], ['applies Courtesy', 'applies Rudeness']);

    it('names the unknown actor, prop or norm and where it was looked for', async () => {
        const document = await services.validate(text);
        const errors = (document.diagnostics ?? []).filter(d => d.code === undefined);
        assert.deepEqual(errors.map(d => [covered(text, d), d.message]), [
            ['Nobody', "Unknown actor or system 'Nobody' in service Dinner: declare it with 'actor Nobody frontstage' or 'system Nobody support'"],
            ['Napkin', "Unknown prop 'Napkin' in service Dinner: declare it with 'prop Napkin'"],
            ['Rudeness', "Unknown norm 'Rudeness' (no norm with this name in the workspace)"]
        ]);
    });

    it('says it in Chinese', async () => {
        services.ServiceDrama.i18n.Locale.locale = 'zh';
        const document = await services.validate(text);
        const messages = (document.diagnostics ?? []).filter(d => d.code === undefined).map(d => d.message);
        assert.deepEqual(messages, [
            '服务 Dinner 里没有名为 Nobody 的演员或系统：请先用 `actor Nobody frontstage` 或 `system Nobody support` 声明',
            '服务 Dinner 里没有名为 Napkin 的道具：请先用 `prop Napkin` 声明',
            '未知的规范 Rudeness（工作区里没有叫这个名字的规范）'
        ]);
    });

    it('shows one diagnostic, the syntax error, after a mistyped element', async () => {
        const typo = variant(['expect tangibles "a clean menu"', 'expect tangible "a clean menu"']);
        const document = await services.validate(typo);
        assert.deepEqual(describeDiagnostics(document.diagnostics), [
            "21:20 Unknown element 'tangible': use one of 'reliability', 'responsiveness', 'assurance', 'friendliness', 'empathy', 'tangibles'."
        ]);
    });
});
