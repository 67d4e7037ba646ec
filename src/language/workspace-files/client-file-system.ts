import { URI, UriUtils, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import {
    READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, type ReadDirectoryParams, type ReadDirectoryResult, type ReadFileParams, type ReadFileResult
} from './workspace-files-protocol.js';

/**
 * Langium's file system for a language server in a web worker: each read is a request to the client,
 * which reads through its own file system (vscode.workspace.fs, or the studio's server). A worker
 * cannot wait for an answer, so the synchronous reads are not available.
 */
export class ClientFileSystemProvider implements FileSystemProvider {
    constructor(private readonly connection: Connection) {}

    async readFile(uri: URI): Promise<string> {
        const text = await this.connection.sendRequest<ReadFileResult>(READ_FILE_REQUEST, { uri: uri.toString() } satisfies ReadFileParams);
        if (text === null) throw new Error(`No such file: ${uri.toString()}`);
        return text;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await this.connection.sendRequest<ReadDirectoryResult>(READ_DIRECTORY_REQUEST, { uri: uri.toString() } satisfies ReadDirectoryParams);
        return entries.map(entry => ({ uri: URI.parse(entry.uri), isFile: entry.isFile, isDirectory: entry.isDirectory }));
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        const entry = (await this.readDirectory(UriUtils.dirname(uri))).find(node => node.uri.toString() === uri.toString());
        if (!entry) throw new Error(`No such file or folder: ${uri.toString()}`);
        return entry;
    }

    async exists(uri: URI): Promise<boolean> {
        return this.stat(uri).then(() => true, () => false);
    }

    statSync(uri: URI): FileSystemNode {
        throw this.noSyncRead(uri);
    }

    existsSync(): boolean {
        return false;
    }

    readBinarySync(uri: URI): Uint8Array {
        throw this.noSyncRead(uri);
    }

    readFileSync(uri: URI): string {
        throw this.noSyncRead(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        throw this.noSyncRead(uri);
    }

    private noSyncRead(uri: URI): Error {
        return new Error(`A language server in a web worker cannot read ${uri.toString()} synchronously`);
    }
}
