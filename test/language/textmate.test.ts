import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';
import type { IGrammar } from 'vscode-textmate';

const { INITIAL, Registry, parseRawGrammar } = textmate;

const require = createRequire(import.meta.url);

async function loadGrammar(): Promise<IGrammar> {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
            createOnigString: text => new oniguruma.OnigString(text)
        }),
        loadGrammar: () => Promise.resolve(parseRawGrammar(readFileSync('syntaxes/service-drama.tmLanguage.json', 'utf8'), 'grammar.json'))
    });
    const grammar = await registry.loadGrammar('source.service-drama');
    assert.ok(grammar);
    return grammar;
}

/** The innermost scope of the token that covers the first occurrence of `needle` in `line`. */
function scopeAt(grammar: IGrammar, line: string, needle: string): string | undefined {
    const index = line.indexOf(needle);
    assert.ok(index >= 0, `'${needle}' in '${line}'`);
    const token = grammar.tokenizeLine(line, INITIAL).tokens.find(t => t.startIndex <= index && index < t.endIndex);
    const scopes = token?.scopes ?? [];
    return scopes.length > 1 ? scopes[scopes.length - 1] : undefined;
}

describe('TextMate grammar (syntax colouring before the server starts)', () => {
    let grammar: IGrammar;
    before(async () => { grammar = await loadGrammar(); });
    const scope = (line: string, needle: string) => scopeAt(grammar, line, needle);

    it('colours declarations and their names, including Chinese names', () => {
        const line = 'service 火锅晚餐 "title" {';
        assert.equal(scope(line, 'service'), 'storage.type.service-drama');
        assert.equal(scope(line, '火锅晚餐'), 'entity.name.type.service-drama');
        assert.equal(scope(line, 'title'), 'string.quoted.double.service-drama');
        assert.equal(scope('    actor 服务员 frontstage', '服务员'), 'variable.other.declaration.service-drama');
        assert.equal(scope('    actor Host frontstage', 'frontstage'), 'constant.language.service-drama');
        assert.equal(scope('    risk Offline "no signal" {', 'Offline'), 'entity.name.tag.risk.service-drama');
    });

    it('colours the five elements, channels, moment kinds and durations', () => {
        const line = '  expect responsiveness "fast" within 10 min';
        assert.equal(scope(line, 'expect'), 'keyword.other.service-drama');
        assert.equal(scope(line, 'responsiveness'), 'support.constant.element.service-drama');
        assert.equal(scope(line, '10'), 'constant.numeric.service-drama');
        assert.equal(scope(line, 'min'), 'keyword.other.unit.service-drama');
        assert.equal(scope('  touchpoint Pay face-to-face {', 'face-to-face'), 'constant.language.service-drama');
        assert.equal(scope('  moment bad-news trial', 'bad-news'), 'constant.language.service-drama');
    });

    it('colours the statements of the journey: waits, feelings, who recovers, audiences, chat and video', () => {
        assert.equal(scope('  wait "board shows the queue" within 20 min', 'wait'), 'keyword.other.service-drama');
        assert.equal(scope('  feeling -2 "worried"', 'feeling'), 'keyword.other.service-drama');
        assert.equal(scope('  feeling -2 "worried"', '-2'), 'constant.numeric.service-drama');
        assert.equal(scope('  feeling +3 "relieved"', '+3'), 'constant.numeric.service-drama');
        assert.equal(scope('  recovery "rebook" by Agent within 15 min', 'by'), 'keyword.other.service-drama');
        assert.equal(scope('  touchpoint Ask chat for Traveller {', 'chat'), 'constant.language.service-drama');
        assert.equal(scope('  touchpoint Ask chat for Traveller {', 'for'), 'keyword.other.service-drama');
        assert.equal(scope('  touchpoint Visit video {', 'video'), 'constant.language.service-drama');
        assert.equal(scope('  system App frontstage "the app"', 'frontstage'), 'constant.language.service-drama');
        assert.equal(scope('  actor forklift_driver backstage', 'forklift_driver'), 'variable.other.declaration.service-drama');
    });

    it('does not colour keywords inside names, strings or comments', () => {
        const line = '  customer "expect reliability" // risk here';
        assert.equal(scope(line, 'reliability'), 'string.quoted.double.service-drama');
        assert.equal(scope(line, 'risk'), 'comment.line.double-slash.service-drama');
        assert.equal(scope('  actor reliability_lead frontstage', 'reliability_lead'), 'variable.other.declaration.service-drama');
        assert.equal(scope('  Kitchen_risk "cooks"', 'risk'), undefined);
    });
});
