import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

// The bundles get the repository and the version from package.json at build time (esbuild.mjs); the
// unbundled code (tests) reads the same package.json. The repository's URL is written there only.
declare const __REPOSITORY__: string | undefined;
declare const __VERSION__: string | undefined;

/** The folders from the running code up to the file system's root: `dist/` in the bundles, `out/src/…` in tests. */
function foldersUp(): string[] {
    const folders: string[] = [];
    let folder = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
    for (;;) {
        folders.push(folder);
        const parent = path.dirname(folder);
        if (parent === folder) return folders;
        folder = parent;
    }
}

let docsFolder: string | null | undefined;

/** Where the rule pages (`docs/rules/<id>.md`) are: the packaged extension and npm package ship them beside `dist/`. */
function ruleDocsFolder(): string | undefined {
    if (docsFolder === undefined) {
        docsFolder = foldersUp().map(folder => path.join(folder, 'docs', 'rules')).find(candidate => fs.existsSync(candidate)) ?? null;
    }
    return docsFolder ?? undefined;
}

/** The file of a rule's page, when the pages can be found (for SARIF's help text). */
export function ruleDocsFile(ruleId: string): string | undefined {
    const folder = ruleDocsFolder();
    return folder ? path.join(folder, `${ruleId}.md`) : undefined;
}

let release: { repository: string; version: string } | undefined;

/** The repository's web address (package.json's `repository`, without `git+` and `.git`) and the version. */
export function releaseInfo(): { repository: string; version: string } {
    if (!release) {
        if (typeof __REPOSITORY__ === 'string' && typeof __VERSION__ === 'string') {
            release = { repository: webAddress(__REPOSITORY__), version: __VERSION__ };
        } else {
            const manifest = foldersUp().map(folder => path.join(folder, 'package.json'))
                .map(file => fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version: string; repository?: string | { url: string } } : undefined)
                .find(candidate => candidate?.name === 'service-drama');
            const repository = typeof manifest?.repository === 'string' ? manifest.repository : manifest?.repository?.url ?? '';
            release = { repository: webAddress(repository), version: manifest?.version ?? '0.0.0' };
        }
    }
    return release;
}

/** `git+https://github.com/o/r.git` → `https://github.com/o/r`. */
export function webAddress(repositoryUrl: string): string {
    return repositoryUrl.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/$/, '');
}

/**
 * The https link to a rule's page in the repository, at the tag of this release (`v0.1.0`), so that
 * the page a user opens describes the rule as the version they run checks it: for diagnostics'
 * `codeDescription`, SARIF's `helpUri` and `rules --format json`.
 */
export function ruleDocsUrl(ruleId: string): string {
    const { repository, version } = releaseInfo();
    return `${repository}/blob/v${version}/docs/rules/${ruleId}.md`;
}

/** The link diagnostics carry in `codeDescription`. */
export function ruleDocsUri(ruleId: string): string | undefined {
    return ruleDocsUrl(ruleId);
}
