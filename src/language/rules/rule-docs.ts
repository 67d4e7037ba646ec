import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Where the rule pages (`docs/rules/<id>.md`) are: found by walking up from the running code, which is
 * `dist/` in the bundles (the packaged extension ships `docs/rules` beside it) and `out/src/…` in tests.
 */
let docsFolder: string | null | undefined;

function ruleDocsFolder(): string | undefined {
    if (docsFolder === undefined) {
        docsFolder = null;
        let folder = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
        for (;;) {
            const candidate = path.join(folder, 'docs', 'rules');
            if (fs.existsSync(candidate)) {
                docsFolder = candidate;
                break;
            }
            const parent = path.dirname(folder);
            if (parent === folder) break;
            folder = parent;
        }
    }
    return docsFolder ?? undefined;
}

/** The file of a rule's page, when the pages can be found. */
export function ruleDocsFile(ruleId: string): string | undefined {
    const folder = ruleDocsFolder();
    return folder ? path.join(folder, `${ruleId}.md`) : undefined;
}

/** A `file:` link to a rule's page, for diagnostics' `codeDescription`. */
export function ruleDocsUri(ruleId: string): string | undefined {
    const file = ruleDocsFile(ruleId);
    return file ? pathToFileURL(file).toString() : undefined;
}
