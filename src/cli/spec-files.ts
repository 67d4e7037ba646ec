import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME } from '../language/rules/rule-config.js';
import { CliError } from './cli-error.js';
import { globBase, globToRegExp, isGlob } from './globs.js';

export const SPEC_EXTENSION = '.drama';

/** Folders never searched for specs. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** What one path on the command line stands for. */
export interface SpecInput {
    /** As the user wrote it, for messages. */
    input: string;
    /** Absolute paths of the spec files it stands for. */
    files: string[];
    /** The folder it was given as, if it was a folder. */
    folder?: string;
}

/**
 * Expands the paths given on the command line into spec files: a file stands for itself, a folder for
 * every `.drama` file below it, a glob (`specs/**\/*.drama`) for the spec files it matches.
 * Returns absolute paths, sorted, without duplicates.
 */
export function collectSpecFiles(inputs: string[], cwd = process.cwd()): string[] {
    return [...new Set(expandSpecInputs(inputs, cwd).flatMap(input => input.files))].sort();
}

/** Expands each path given on the command line, with a clear error for one that stands for no spec. */
export function expandSpecInputs(inputs: string[], cwd = process.cwd()): SpecInput[] {
    return inputs.map(input => {
        const absolute = path.resolve(cwd, input);
        const stat = statOrUndefined(absolute);
        if (!stat && isGlob(input)) {
            const files = matchGlob(input, cwd);
            if (files.length === 0) {
                throw new CliError(`${input}: no ${SPEC_EXTENSION} files match this pattern`);
            }
            return { input, files };
        }
        if (!stat) {
            throw new CliError(`${input}: no such file or folder`);
        }
        if (stat.isDirectory()) {
            const found = specsBelow(absolute);
            if (found.length === 0) {
                throw new CliError(`${input}: no ${SPEC_EXTENSION} files in this folder`);
            }
            return { input, files: found, folder: absolute };
        }
        return { input, files: [absolute] };
    });
}

/** The spec files a glob matches, relative patterns taken from `cwd`. */
function matchGlob(pattern: string, cwd: string): string[] {
    const base = path.resolve(cwd, globBase(pattern));
    if (!statOrUndefined(base)?.isDirectory()) return [];
    const matcher = globToRegExp(path.resolve(cwd, pattern).replace(/\\/g, '/'));
    return specsBelow(base).filter(file => matcher.test(file.replace(/\\/g, '/')));
}

/**
 * The workspace a spec belongs to: the nearest folder, from `start` upwards, that holds a configuration
 * file; `start` itself when there is none.
 */
export function workspaceRootOf(start: string): { root: string; configFile?: string } {
    for (let folder = start; ; folder = path.dirname(folder)) {
        const configFile = path.join(folder, CONFIG_FILE_NAME);
        if (statOrUndefined(configFile)?.isFile()) return { root: folder, configFile };
        if (path.dirname(folder) === folder) return { root: start };
    }
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
