import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { URI, type LangiumDocument } from 'langium';
import { SaxesParser } from 'saxes';
import { buildBlueprint, selectService, type BlueprintModel } from '../../src/blueprint/model.js';
import type { Model } from '../../src/language/generated/ast.js';
import { createTestServices } from '../test-services.js';

export const examplesDir = path.resolve('examples');
export const fixturesDir = path.resolve('test', 'blueprint', 'fixtures');

/** Builds spec files together (so norms resolve across them) and returns their documents by file name. */
export async function buildFiles(services: ReturnType<typeof createTestServices>, files: string[]): Promise<Map<string, LangiumDocument<Model>>> {
    const documents = new Map(files.map(file => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(fs.readFileSync(file, 'utf8'), URI.file(file));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return [path.basename(file), document] as const;
    }));
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return documents;
}

export function specFiles(folder: string): string[] {
    return fs.readdirSync(folder).filter(name => name.endsWith('.drama')).sort().map(name => path.join(folder, name));
}

/** The blueprint of a document's service (the named one, else the first), with its findings. */
export function blueprintOf(document: LangiumDocument<Model>, service?: string): BlueprintModel {
    const found = selectService(document.parseResult.value, service);
    if (!found) throw new Error(`no service ${service ?? ''} in ${document.uri.path}`);
    return buildBlueprint(found, document.diagnostics ?? []);
}

/**
 * Fails unless the text is well-formed XML 1.0, as a strict parser reads it (xmldom lets through
 * characters that XML forbids, such as U+FFFF).
 */
export function assertWellFormedXml(text: string): void {
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', error => {
        throw new Error(`not well-formed XML: ${error.message}`);
    });
    parser.write(text).close();
}

/** Parses SVG or XML strictly: it must be well-formed, and any warning or error of the DOM parser fails the test. */
export function parseXml(text: string): Document {
    assertWellFormedXml(text);
    const parser = new DOMParser({
        onError: (level, message) => {
            // U+FFFD is what the escaping puts in place of a character XML forbids: expected, not a fault.
            if (level === 'warning' && /replacement character/i.test(message)) return;
            throw new Error(`${level}: ${message}`);
        }
    });
    return parser.parseFromString(text, 'image/svg+xml');
}

/** Elements of a parsed document with a class. */
export function byClass(document: Document, className: string): Element[] {
    return Array.from(document.getElementsByTagName('*')).filter(element =>
        (element.getAttribute('class') ?? '').split(/\s+/).includes(className));
}

/**
 * A service with `count` touchpoints in scenes of ten, with English and Chinese text, props,
 * every kind of lane, norms, risks with and without recovery, delights and adaptations.
 */
export function generatedService(count: number): string {
    const lines = [
        'service Large "A large service / 大型服务" {',
        '    actor Clerk frontstage "Counter clerk"',
        '    actor Runner backstage',
        '    system Ledger support',
        '    prop Counter "The counter / 柜台"'
    ];
    for (let scene = 0; scene * 10 < count; scene++) {
        lines.push(`    scene S${scene} "场景 ${scene}" {`);
        for (let index = scene * 10; index < Math.min(count, scene * 10 + 10); index++) {
            lines.push(
                `        touchpoint T${index} ${index % 3 === 0 ? 'phone' : 'face-to-face'} {`,
                '            customer "asks at the counter about the status of an order placed earlier in the week"',
                `            Clerk "查询订单状态并解释原因，告诉客户预计还要等待多久 ${index}"`,
                '            Runner "fetches the parcel from the store room"',
                '            Ledger "records the hand-over"',
                '            evidence Counter',
                '            expect responsiveness "answered quickly" within 2 min',
                '            expect empathy "the clerk listens without interrupting / 耐心倾听"',
                `            risk Lost${index} "the parcel is not where the ledger says"${index % 2 === 0 ? ' { recovery "apologise and deliver it to the customer\'s home the same day" }' : ''}`,
                ...(index % 5 === 0 ? ['            delight "a handwritten thank-you card"', '            adapt "a seat for an elderly customer"'] : []),
                '        }');
        }
        lines.push('    }');
    }
    lines.push('}');
    return lines.join('\n');
}
