import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { TextDocument, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { Model } from '../../src/language/generated/ast.js';
import { keywordLeaves } from '../../src/language/keyword-language.js';
import { keywordIn } from '../../src/language/keywords.js';
import { createTestServices, describeDiagnostics } from '../test-services.js';

/** The rule links point at the repository package.json names, at this version's tag. */
const MANIFEST = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string; repository: { url: string } };
const REPOSITORY = MANIFEST.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/**
 * A spec that every rule accepts: each rule's tests change one thing in it and look for that rule's finding.
 * Lines are numbered in the comments of the tests that point at them.
 */
export const CLEAN_SPEC = `service Dinner "Hotpot dinner" {
    audience Guest "Weekend diner" {
        pace relaxed
    }
    actor Waiter frontstage
    actor Kitchen backstage
    system Payments support
    prop Menu "Printed menu"

    scene Ordering {
        budget 10 min
        touchpoint Order face-to-face {
            customer "orders"
            Waiter "takes the order"
            Kitchen "starts cooking"
            evidence Menu
            expect reliability "the order is right"
            expect responsiveness "order taken" within 2 min
            expect assurance "a smile"
            expect empathy "notices allergies"
            expect tangibles "a clean menu"
        }
    }

    scene Checkout {
        touchpoint Pay face-to-face {
            moment bad-news
            customer "pays"
            Waiter "brings the card reader"
            Payments "authorises"
            expect reliability "payment works"
            applies Courtesy
            risk ReaderOffline "no signal" {
                recovery "offer cash" by Waiter within 2 min
            }
        }
    }
}

norm Courtesy {
    expect empathy "thanks the guest"
}
`;

/** The clean spec with some of its text replaced; fails loudly if a piece to replace is not there. */
export function variant(...replacements: Array<[string, string]>): string {
    let text = CLEAN_SPEC;
    for (const [from, to] of replacements) {
        assert.ok(text.includes(from), `the clean spec has no ${JSON.stringify(from)}`);
        text = text.replace(from, to);
    }
    return text;
}

/** The text a diagnostic's range covers (its first line). */
export function covered(text: string, diagnostic: Diagnostic): string {
    const lines = text.split('\n');
    const { start, end } = diagnostic.range;
    return start.line === end.line ? lines[start.line].slice(start.character, end.character) : lines[start.line].slice(start.character);
}

export type TestServices = ReturnType<typeof createTestServices>;

export function findingsOf(document: LangiumDocument, ruleId: string): Diagnostic[] {
    return (document.diagnostics ?? []).filter(d => d.code === ruleId);
}

/** A finding as the tests state it: 1-based line, the text its range covers, and the message. */
export interface ExpectedFinding {
    line: number;
    covered: string;
    message: string;
}

/** Validates `text` and checks that `ruleId` reports exactly the expected findings, with code and docs link. */
export async function expectFindings(services: TestServices, text: string, ruleId: string, expected: ExpectedFinding[], uri?: string): Promise<Diagnostic[]> {
    const document = await services.validate(text, uri);
    const findings = findingsOf(document, ruleId);
    assert.deepEqual(
        findings.map(d => ({ line: d.range.start.line + 1, covered: covered(text, d), message: d.message })),
        expected,
        `all diagnostics:\n${describeDiagnostics(document.diagnostics).join('\n')}`);
    for (const finding of findings) {
        assert.equal(finding.code, ruleId);
        assert.equal(finding.codeDescription?.href, `${REPOSITORY}/blob/v${MANIFEST.version}/docs/rules/${ruleId}.md`);
    }
    return findings;
}

/** Validates `text` and checks that `ruleId` reports nothing. */
export async function expectNoFinding(services: TestServices, text: string, ruleId: string, uri?: string): Promise<void> {
    const document = await services.validate(text, uri);
    assert.deepEqual(describeDiagnostics(findingsOf(document, ruleId)), []);
}

/** Applies LSP text edits to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///fix.drama', 'service-drama', 1, text), edits);
}

/**
 * The spec with every keyword spelt in Chinese, the third element as 友好性 as Chinese writers (and the
 * tools) write it; names, texts, comments and layout stay as they are.
 */
export async function inChineseKeywords(services: TestServices, text: string): Promise<string> {
    const document = await services.parse(text);
    let chinese = text;
    for (const leaf of keywordLeaves(document.parseResult.value.$cstNode!).reverse()) {
        const twin = leaf.text === 'assurance' ? '友好性' : keywordIn(leaf.text, 'zh')!;
        chinese = chinese.slice(0, leaf.offset) + twin + chinese.slice(leaf.end);
    }
    await services.reset();
    return chinese;
}

/**
 * The same quick fix (the `index`-th offered) on the spec written in Chinese keywords writes in Chinese
 * keywords: its result is the Chinese twin of what it gave on the English spec.
 */
export async function expectSameFixInChinese(services: TestServices, text: string, ruleId: string, index: number, fixedInEnglish: string): Promise<void> {
    const chinese = await inChineseKeywords(services, text);
    const expected = await inChineseKeywords(services, fixedInEnglish);
    const document = await services.validate(chinese);
    const finding = findingsOf(document, ruleId)[0];
    assert.ok(finding, `no ${ruleId} finding in the Chinese-keyword spec:\n${chinese}`);
    const action = (await quickFixes(services, document, finding))[index];
    assert.ok(action, `no fix ${index + 1} on the Chinese-keyword spec`);
    assert.equal(applyEdits(chinese, action.edit!.changes![document.textDocument.uri]), expected);
    await services.reset();
}

/** The quick fixes offered for a diagnostic, as the editor asks for them. */
export async function quickFixes(services: TestServices, document: LangiumDocument<Model>, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const provider = services.ServiceDrama.lsp.CodeActionProvider!;
    const actions = await provider.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] }
    });
    return (actions ?? []).filter((action): action is CodeAction => 'kind' in action);
}

/** The text the formatter makes of a spec: a fixed spec must already be in this canonical form. */
export async function formatted(services: TestServices, text: string): Promise<string> {
    const document = await services.parse(text);
    const edits = await services.ServiceDrama.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.textDocument.uri },
        options: { tabSize: 4, insertSpaces: true }
    });
    return applyEdits(text, edits);
}
