import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Scene, Service } from '../../src/language/generated/ast.js';
import { createTestServices, describeDiagnostics, messageText } from '../test-services.js';

function errorsOf(diagnostics: Diagnostic[] | undefined): Diagnostic[] {
    return (diagnostics ?? []).filter(d => d.severity === 1);
}

/** The text a diagnostic's range covers. */
function covered(text: string, diagnostic: Diagnostic): string {
    const lines = text.split('\n');
    const { start, end } = diagnostic.range;
    return start.line === end.line
        ? lines[start.line].slice(start.character, end.character)
        : lines[start.line].slice(start.character);
}

describe('errors: one clear diagnostic at the right place, and the rest still parses', () => {
    const services = createTestServices();
    afterEach(() => services.reset());

    const spec = (touchpointBody: string, channel = 'face-to-face') => `service S {
    actor Host frontstage
    prop Menu
    scene Dinner {
        touchpoint Order ${channel} {
${touchpointBody}
        }
    }
}
norm Polite { expect assurance "smiles" }
service After {
    actor Runner frontstage
}
`;

    it('reports an unknown actor at its name', async () => {
        const text = spec('            customer "orders"\n            Nobody "takes the order"\n            expect reliability "right dish"');
        const errors = errorsOf((await services.validate(text)).diagnostics);
        assert.equal(errors.length, 1, describeDiagnostics(errors).join('\n'));
        assert.equal(covered(text, errors[0]), 'Nobody');
        assert.equal(errors[0].range.start.line, 6);
        assert.match(messageText(errors[0]), /Nobody/);
    });

    it('reports an unknown prop after evidence, and an unknown norm after applies', async () => {
        const text = spec('            customer "orders"\n            Host "takes it"\n            evidence Menu, Napkin\n            applies Rude');
        const errors = errorsOf((await services.validate(text)).diagnostics);
        assert.deepEqual(errors.map(e => covered(text, e)).sort(), ['Napkin', 'Rude']);
        assert.ok(errors.every(e => /Napkin|Rude/.test(messageText(e))));
    });

    it('does not let an actor of one service act in another', async () => {
        const text = `service A { actor Host frontstage }
service B { scene S { touchpoint T face-to-face { customer "x" Host "y" expect reliability "z" } } }`;
        const errors = errorsOf((await services.validate(text)).diagnostics);
        assert.equal(errors.length, 1);
        assert.equal(covered(text, errors[0]), 'Host');
    });

    it('rejects a feeling outside -3..+3, or not a whole number, with one clear error at the number', async () => {
        for (const [written, shown] of [['4', '4'], ['-5', '-5'], ['+7', '+7'], ['1.5', '1.5']]) {
            const text = spec(`            customer "orders"\n            Host "takes it"\n            feeling ${written} "worried"\n            expect reliability "right dish"`);
            const errors = errorsOf((await services.validate(text)).diagnostics);
            assert.deepEqual(errors.map(e => [covered(text, e), e.message]),
                [[written, `feeling ${shown} is out of range: use a whole number from -3 (very bad) to +3 (very good)`]]);
            await services.reset();
        }
        services.ServiceDrama.i18n.Locale.locale = 'zh';
        try {
            const text = spec('            customer "orders"\n            Host "takes it"\n            feeling -4 "很糟"\n            expect reliability "right dish"');
            const errors = errorsOf((await services.validate(text)).diagnostics);
            assert.deepEqual(errors.map(e => e.message), ['感受 -4 超出范围：请用 -3（很糟）到 +3（很好）之间的整数']);
        } finally {
            services.ServiceDrama.i18n.Locale.locale = 'en';
        }
    });

    it('reports a feeling without its number once, as the syntax error it is', async () => {
        const text = spec('            customer "orders"\n            Host "takes it"\n            feeling + "worried"\n            expect reliability "right dish"');
        const errors = errorsOf((await services.validate(text)).diagnostics);
        assert.deepEqual(errors.map(e => e.message), ['Expected a number but found \'"worried"\'.']);
    });

    it('accepts every feeling from -3 to +3, and one feeling per touchpoint', async () => {
        for (const written of ['-3', '-1', '0', '+2', '3']) {
            const text = spec(`            customer "orders"\n            Host "takes it"\n            feeling ${written} "x"\n            expect reliability "right dish"`);
            assert.deepEqual(errorsOf((await services.validate(text)).diagnostics), [], written);
            await services.reset();
        }
        const twice = spec('            customer "orders"\n            Host "takes it"\n            feeling 1 "x"\n            feeling 2 "y"\n            expect reliability "right dish"');
        const errors = errorsOf((await services.validate(twice)).diagnostics);
        assert.deepEqual(errors.map(e => [covered(twice, e), e.message]),
            [['feeling', 'touchpoint Order: one feeling per touchpoint; this moment already aims for +1']]);
    });

    it('names an unknown audience after for, and an unknown performer after by', async () => {
        const text = spec('            customer "orders"\n            Host "takes it"\n            expect reliability "right dish"\n'
            + '            risk Late { recovery "apologise" by Ghost within 5 min }', 'phone for Nobody');
        const errors = errorsOf((await services.validate(text)).diagnostics);
        assert.deepEqual(errors.map(e => [covered(text, e), e.message]).sort(), [
            ['Ghost', "Unknown actor or system 'Ghost' in service S: declare it with 'actor Ghost frontstage' or 'system Ghost support'"],
            ['Nobody', "Unknown audience 'Nobody' in service S: declare it with 'audience Nobody'"]
        ]);
    });

    it('names an unknown channel and the valid ones, at the channel, and keeps the following service', async () => {
        const text = spec('            customer "orders"', 'face2face');
        const document = await services.validate(text);
        const errors = errorsOf(document.diagnostics);
        assert.equal(errors.length, 1, describeDiagnostics(errors).join('\n'));
        assert.equal(covered(text, errors[0]), 'face2face');
        assert.equal(errors[0].message, "Unknown channel 'face2face': use one of 'face-to-face', 'phone', 'remote', 'chat', 'video'.");
        const names = document.parseResult.value.elements.map(e => e.name);
        assert.deepEqual(names, ['S', 'Polite', 'After']);
    });

    it('names an unknown element and the five valid ones, with a single diagnostic', async () => {
        const text = spec('            customer "orders"\n            Host "takes it"\n            expect reliabilty "right dish"\n            expect empathy "notices allergies"');
        const document = await services.validate(text);
        const errors = errorsOf(document.diagnostics);
        assert.deepEqual(describeDiagnostics(errors), [
            "8:20 Unknown element 'reliabilty': use one of 'reliability', 'responsiveness', 'assurance', 'friendliness', 'empathy', 'tangibles'."
        ]);
        const service = document.parseResult.value.elements[0] as Service;
        const order = (service.members.find(m => m.$type === 'Scene') as Scene).touchpoints[0];
        assert.ok(order.expectations.some(e => e.element === 'empathy'), 'the statement after the typo still parses');
    });

    it('reports a missing closing brace at the end, and keeps what came before', async () => {
        const text = `service S {
    actor Host frontstage
    scene Dinner {
        touchpoint Order face-to-face {
            customer "orders"
            Host "takes it"
            expect reliability "right dish"
        }
}
`;
        const document = await services.validate(text);
        const errors = errorsOf(document.diagnostics);
        assert.equal(errors.length, 1, describeDiagnostics(errors).join('\n'));
        assert.equal(errors[0].message, "Expected '}' but found the end of the file.");
        const scene = (document.parseResult.value.elements[0] as Service).members.find(m => m.$type === 'Scene') as Scene;
        assert.equal(scene.touchpoints[0].name, 'Order');
    });

    it('reports a missing brace in the middle and still reads the norm after it', async () => {
        const text = `service S {
    actor Host frontstage
    scene Dinner {
        touchpoint Order face-to-face {
            customer "orders"
    }
}
norm Polite { expect assurance "smiles" }
`;
        const document = await services.validate(text);
        assert.ok(errorsOf(document.diagnostics).length >= 1);
        assert.ok(document.parseResult.value.elements.some(e => e.$type === 'Norm' && e.name === 'Polite')
            || errorsOf(document.diagnostics).length === 1);
    });

    it('says in Chinese what is wrong when the locale is Chinese', async () => {
        services.ServiceDrama.i18n.Locale.locale = 'zh';
        try {
            const text = spec('            customer "orders"', 'face2face');
            const errors = errorsOf((await services.validate(text)).diagnostics);
            assert.equal(errors[0].message, "未知的接触方式 'face2face'，可以用：'face-to-face'、'phone'、'remote'、'chat'、'video'。");
        } finally {
            services.ServiceDrama.i18n.Locale.locale = 'en';
        }
    });

    it('names a character it cannot read, invisible and unsafe ones by their code point', async () => {
        const messages = async (odd: string) => {
            await services.reset();
            return errorsOf((await services.validate(spec(`            customer "orders" ${odd}`))).diagnostics).map(d => d.message);
        };
        assert.deepEqual(await messages('§'), ["Unexpected character '§'."]);
        for (const [odd, code] of [['\u200F', 'U+200F'], ['\uFFFF', 'U+FFFF'], ['\x1b', 'U+001B'], ['\0', 'U+0000'], ['\uD800', 'U+D800']]) {
            assert.deepEqual(await messages(odd), [`Unexpected character ${code}.`], code);
        }
        assert.deepEqual(await messages('\x07\x07\x07'), ['Unexpected character U+0007 (and 2 more after it).']);
        // A text the parser did not expect is quoted the same way.
        const found = errorsOf((await services.validate(spec('            customer "a" "b\u202Ec"'))).diagnostics);
        assert.ok(found.some(d => messageText(d).includes('U+202E') && !messageText(d).includes('\u202E')), describeDiagnostics(found).join('\n'));
        services.ServiceDrama.i18n.Locale.locale = 'zh';
        try {
            assert.deepEqual(await messages('\u200F'), ['无法识别的字符 U+200F。']);
        } finally {
            services.ServiceDrama.i18n.Locale.locale = 'en';
        }
    });

    it('rejects text outside a service or norm with a message that says what belongs there', async () => {
        const text = 'service S {}\nhello';
        const errors = errorsOf((await services.validate(text)).diagnostics);
        assert.deepEqual(describeDiagnostics(errors), ["2:1 Unexpected 'hello': a file holds only 'service' and 'norm' blocks at the top level."]);
    });
});
