// Requests from a language server in a web worker to its client, for the workspace's files. A worker
// has no file system: the client (VS Code for the Web, or the studio page) reads the files for it,
// so that norms in other specs and `.servicedrama.json` are found as on the desktop.

export const READ_FILE_REQUEST = 'serviceDrama/workspace/readFile';
export const READ_DIRECTORY_REQUEST = 'serviceDrama/workspace/readDirectory';

export interface ReadFileParams {
    uri: string;
}

/** The file's text, or null when there is no such file. */
export type ReadFileResult = string | null;

export interface ReadDirectoryParams {
    uri: string;
}

export interface DirectoryEntry {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}

/** The entries of the folder; empty when there is no such folder. */
export type ReadDirectoryResult = DirectoryEntry[];
