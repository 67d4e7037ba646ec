import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** Folders never searched for specs. */
const SKIPPED_FOLDERS = ['**/node_modules/**', '**/.git/**'];

/** A folder a search met but could not list. */
export interface UnreadableFolder {
    folder: string;
    code?: string;
}

export interface FileSearch {
    /** Absolute paths, sorted. */
    files: string[];
    unreadable: UnreadableFolder[];
}

/** True when the text is a glob (`*`, `?`, `[…]`, `{a,b}`, `**`) rather than a plain path. */
export function isGlob(pattern: string): boolean {
    return isDynamicPattern(pattern);
}

/**
 * The files a glob matches (tinyglobby, with picomatch's syntax), a relative pattern taken from `cwd`.
 * Symbolic links are neither followed nor returned, so a link loop cannot trap the search. A folder
 * that cannot be listed is reported rather than silently left out. A malformed pattern (`{a.drama`,
 * `[z-a]`) matches what it literally says, which is usually nothing; a pattern picomatch refuses
 * (one too long) throws.
 */
export function searchFiles(pattern: string, cwd: string): FileSearch {
    const unreadable: UnreadableFolder[] = [];
    const readdirSync = ((folder: fs.PathLike, options?: unknown) => {
        try {
            return fs.readdirSync(folder, options as { withFileTypes: true });
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            // A folder that is not there (a glob's base) holds nothing; one that is there but closed is reported.
            if (code !== 'ENOENT' && code !== 'ENOTDIR') unreadable.push({ folder: path.resolve(String(folder)), code });
            throw error;
        }
    }) as typeof fs.readdirSync;
    const files = globSync(pattern, {
        cwd,
        absolute: true,
        dot: true,
        expandDirectories: false,
        followSymbolicLinks: false,
        ignore: SKIPPED_FOLDERS,
        fs: { readdirSync }
    });
    return { files: files.map(file => path.resolve(file)).sort(), unreadable };
}
