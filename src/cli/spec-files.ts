import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from './cli-error.js';

export const SPEC_EXTENSION = '.drama';

/** Folders never searched for specs. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * Expands the paths given on the command line into spec files: a file stands for itself,
 * a folder for every `.drama` file below it. Returns absolute paths, sorted, without duplicates.
 */
export function collectSpecFiles(inputs: string[], cwd = process.cwd()): string[] {
    const files = new Set<string>();
    for (const input of inputs) {
        const absolute = path.resolve(cwd, input);
        const stat = statOrUndefined(absolute);
        if (!stat) {
            throw new CliError(`${input}: no such file or folder`);
        }
        if (stat.isDirectory()) {
            const found = specsBelow(absolute);
            if (found.length === 0) {
                throw new CliError(`${input}: no ${SPEC_EXTENSION} files in this folder`);
            }
            found.forEach(file => files.add(file));
        } else {
            files.add(absolute);
        }
    }
    return [...files].sort();
}

/** Every spec file below a folder, in a stable order. */
export function specsBelow(folder: string): string[] {
    const found: string[] = [];
    const visit = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!SKIPPED_FOLDERS.has(entry.name)) visit(full);
            } else if (entry.isFile() && entry.name.endsWith(SPEC_EXTENSION)) {
                found.push(full);
            }
        }
    };
    visit(folder);
    return found.sort();
}

function statOrUndefined(file: string): fs.Stats | undefined {
    try {
        return fs.statSync(file);
    } catch {
        return undefined;
    }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a spec as UTF-8, with a clear error for a file that cannot be read or is not text. */
export function readSpecFile(file: string, cwd = process.cwd()): string {
    const shown = path.relative(cwd, file) || file;
    let bytes: Buffer;
    try {
        bytes = fs.readFileSync(file);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(`${shown}: cannot read the file${code ? ` (${code})` : ''}`);
    }
    try {
        return utf8.decode(bytes).replace(/^\uFEFF/, '');
    } catch {
        throw new CliError(`${shown}: the file is not valid UTF-8 text`);
    }
}
