// Generated workspaces written to bench/work/ (gitignored), for the CLI and the language server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORK_DIRECTORY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'work');

/** Writes `files` into bench/work/<name>/, replacing whatever was there; returns the folder. */
export function writeWorkspace(name, files) {
    const directory = path.join(WORK_DIRECTORY, name);
    fs.rmSync(directory, { recursive: true, force: true });
    fs.mkdirSync(directory, { recursive: true });
    for (const file of files) {
        fs.writeFileSync(path.join(directory, file.name), file.text);
    }
    return directory;
}

export function totalBytes(files) {
    return files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
}

export function totalLines(files) {
    return files.reduce((sum, file) => sum + file.text.split('\n').length, 0);
}
