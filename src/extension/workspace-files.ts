import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
    READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, type DirectoryEntry, type ReadDirectoryParams, type ReadFileParams
} from '../language/workspace-files/workspace-files-protocol.js';

/**
 * Answers the web worker server's reads of workspace files through vscode.workspace.fs, which reaches
 * any workspace VS Code for the Web opens (a repository on github.dev, a folder in memory, a remote).
 * An open editor's unsaved text is what the server sees for that file anyway (it arrives by didOpen).
 */
export function answerWorkspaceFileRequests(client: BaseLanguageClient): vscode.Disposable[] {
    const decoder = new TextDecoder();
    return [
        client.onRequest(READ_FILE_REQUEST, async ({ uri }: ReadFileParams) => {
            try {
                return decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
            } catch {
                return null; // Not there (e.g. no .servicedrama.json): the server takes the defaults.
            }
        }),
        client.onRequest(READ_DIRECTORY_REQUEST, async ({ uri }: ReadDirectoryParams): Promise<DirectoryEntry[]> => {
            const folder = vscode.Uri.parse(uri);
            try {
                const entries = await vscode.workspace.fs.readDirectory(folder);
                return entries.map(([name, type]) => ({
                    uri: vscode.Uri.joinPath(folder, name).toString(),
                    isFile: (type & vscode.FileType.File) !== 0,
                    isDirectory: (type & vscode.FileType.Directory) !== 0
                }));
            } catch {
                return [];
            }
        })
    ];
}
