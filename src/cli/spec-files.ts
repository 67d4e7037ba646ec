import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME } from '../language/rules/rule-config.js';
import { CliError } from './cli-error.js';
import { displayPath } from './formats/report.js';
import { isGlob, searchFiles, type FileSearch } from './globs.js';

export const SPEC_EXTENSION = '.drama';

/** What the paths on the command line stand for. */
export interface SpecSelection {
    /** Absolute paths of the spec files, sorted, without duplicates. */
    files: string[];
    /** The folders among the paths, absolute: their workspaces hold the context of their specs. */
    folders: string[];
}

/**
 * Expands the paths given on the command line into spec files: a file stands for itself, a folder for
 * every `.drama` file below it, a glob (`specs/**\/*.drama`) for the spec files it matches. A path
 * that starts with `!` leaves out what it would stand for; with only such paths, the current folder
 * is the start. Searches never follow symbolic links. A path that stands for no spec, or a folder
 * that cannot be read, is an error naming it.
 */
export function expandSpecInputs(inputs: string[], cwd = process.cwd()): SpecSelection {
    const wanted = inputs.filter(input => !isNegation(input));
    const expanded = (wanted.length > 0 ? wanted : ['.']).map(input => expandInput(input, cwd));
    const excluded = new Set(inputs.filter(isNegation).flatMap(input => expandNegation(input.slice(1), cwd)));
    const files = [...new Set(expanded.flatMap(input => input.files))].filter(file => !excluded.has(file)).sort();
    if (files.length === 0) {
        throw new CliError(`${inputs.join(' ')}: no ${SPEC_EXTENSION} files left once the paths starting with ! are left out`);
    }
    return { files, folders: expanded.flatMap(input => input.folder ? [input.folder] : []) };
}

function isNegation(input: string): boolean {
    return input.startsWith('!') && input.length > 1;
}

function expandInput(input: string, cwd: string): { files: string[]; folder?: string } {
    const absolute = path.resolve(cwd, input);
    const stat = statOrUndefined(absolute);
    if (!stat && isGlob(input)) {
        const files = specsIn(checked(searchPattern(input, cwd), cwd));
        if (files.length === 0) throw new CliError(`${input}: no ${SPEC_EXTENSION} files match this pattern`);
        return { files };
    }
    if (!stat) throw new CliError(`${input}: no such file or folder`);
    if (stat.isDirectory()) {
        const files = specsIn(checked(searchFiles(`**/*${SPEC_EXTENSION}`, absolute), cwd));
        if (files.length === 0) throw new CliError(`${input}: no ${SPEC_EXTENSION} files in this folder`);
        return { files, folder: absolute };
    }
    if (!stat.isFile()) throw new CliError(`${input}: not a file or a folder`);
    return { files: [absolute] };
}

/** What a path after `!` stands for; one that stands for nothing leaves nothing out. */
function expandNegation(input: string, cwd: string): string[] {
    const absolute = path.resolve(cwd, input);
    const stat = statOrUndefined(absolute);
    if (stat?.isDirectory()) return searchFiles('**/*', absolute).files;
    if (stat) return [absolute];
    return isGlob(input) ? searchPattern(input, cwd).files : [];
}

function searchPattern(pattern: string, cwd: string): FileSearch {
    try {
        return searchFiles(pattern, cwd);
    } catch (error) {
        throw new CliError(`${pattern}: not a valid pattern (${(error as Error).message})`);
    }
}

/** The search's files, once it is sure that every folder it met could be read. */
function checked(search: FileSearch, cwd: string): string[] {
    const [first] = search.unreadable;
    if (first) {
        throw new CliError(`${displayPath(first.folder, cwd)}: cannot read the folder${first.code ? ` (${first.code})` : ''}`);
    }
    return search.files;
}

function specsIn(files: string[]): string[] {
    return files.filter(file => file.endsWith(SPEC_EXTENSION));
}

/**
 * Every spec file below a folder, in a stable order, for the context of other specs: a folder that
 * cannot be read and symbolic links are left out.
 */
export function specsBelow(folder: string): string[] {
    return specsIn(searchFiles(`**/*${SPEC_EXTENSION}`, folder).files);
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

/** The file's status, links followed; undefined when there is none to have (missing, a link loop, no access). */
export function statOrUndefined(file: string): fs.Stats | undefined {
    try {
        return fs.statSync(file);
    } catch {
        return undefined;
    }
}

// ignoreBOM keeps a byte order mark in the text, for the callers that write the file back as it was.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a spec as UTF-8, with a clear error for a file that cannot be read or is not text. A byte
 * order mark is dropped, unless the text is to be written back as it was.
 */
export function readSpecFile(file: string, cwd = process.cwd(), options: { keepByteOrderMark?: boolean } = {}): string {
    const shown = path.relative(cwd, file) || file;
    let bytes: Buffer;
    try {
        bytes = fs.readFileSync(file);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(`${shown}: cannot read the file${code ? ` (${code})` : ''}`);
    }
    try {
        const text = utf8.decode(bytes);
        return options.keepByteOrderMark ? text : text.replace(/^\uFEFF/, '');
    } catch {
        throw new CliError(`${shown}: the file is not valid UTF-8 text`);
    }
}
