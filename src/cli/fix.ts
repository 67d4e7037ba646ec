import type { ServiceDramaServices } from '../language/service-drama-module.js';
import { createTwoFilesPatch } from 'diff';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { combineFixes, mechanicalFixes } from '../language/fix-all.js';
import { displayPath } from './formats/report.js';
import { checkSpecsWithServices, type CheckRequest } from './spec-check.js';
import { readSpecFile } from './spec-files.js';
import type { LoadedSpec } from './spec-workspace.js';

/** A file whose text the fixes changed. */
export interface FixedFile {
    file: string;
    before: string;
    after: string;
}

/** Enough passes for fixes that had to wait for an overlapping one; each pass usually ends the work. */
const MAX_PASSES = 10;

/**
 * Applies every mechanical fix (the editor's "fix all") to the specs, pass after pass until a pass
 * changes nothing, so that running it again changes nothing either. Nothing is written here: the
 * specs returned are checked as fixed, with what is left to do by hand.
 */
export async function fixSpecs(request: CheckRequest): Promise<{ specs: LoadedSpec[]; fixed: FixedFile[]; services: ServiceDramaServices }> {
    const before = new Map(request.files.map(file => [file, request.texts?.get(file) ?? readSpecFile(file, request.cwd)]));
    const texts = new Map(before);
    for (let pass = 1; ; pass++) {
        const { specs, services } = await checkSpecsWithServices({ ...request, texts });
        let changed = false;
        if (pass <= MAX_PASSES) {
            for (const spec of specs) {
                const edits = combineFixes(mechanicalFixes(services, spec.document));
                if (edits.length === 0) continue;
                const text = texts.get(spec.file)!;
                const after = TextDocument.applyEdits(TextDocument.create(spec.document.uri.toString(), 'service-drama', 0, text), edits);
                if (after !== text) {
                    texts.set(spec.file, after);
                    changed = true;
                }
            }
        }
        if (!changed) {
            const fixed = request.files.filter(file => texts.get(file) !== before.get(file))
                .map(file => ({ file, before: before.get(file)!, after: texts.get(file)! }));
            return { specs, fixed, services };
        }
    }
}

/** The fixes as a unified diff, each file named relative to the current folder. */
export function fixesAsDiff(fixed: FixedFile[], cwd: string): string {
    return fixed.map(({ file, before, after }) => {
        const name = displayPath(file, cwd);
        return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 })
            .replace(/^=+\n/, '');
    }).join('');
}
