import { URI } from 'vscode-uri';
import type { DirectoryEntry } from '../language/workspace-files/workspace-files-protocol.js';

// Where the page's specs live. Served by `service-drama studio FOLDER`: the folder's specs, read and
// saved through the studio server. Otherwise (opened from disk, or served without a folder): one spec
// in memory, opened from a file the user picks and saved by downloading it.

/** The specs' URIs as the language server names them (vscode-uri's form, so that both sides agree). */
export function specUri(path: string): string {
    return URI.from({ scheme: 'studio', path: `/${path}` }).toString();
}

export function pathOf(uri: string): string {
    return URI.parse(uri).path.replace(/^\//, '');
}

export const ROOT_URI = URI.from({ scheme: 'studio', path: '/' }).toString();

const CONFIG_FILE = '.servicedrama.json';

export interface SpecStore {
    /** The folder's name, when the page edits a folder. */
    readonly folder: string | undefined;
    /** The specs' paths, relative to the folder. */
    list(): Promise<string[]>;
    read(path: string): Promise<string | null>;
    /** Writes the spec; false when the store cannot write (the page then downloads it). */
    save(path: string, text: string): Promise<boolean>;
    /** For the language server: the entries of a folder of the workspace. */
    readDirectory(uri: string): Promise<DirectoryEntry[]>;
}

/** The specs of the folder the studio server was started on. */
export class FolderStore implements SpecStore {
    private files: string[] = [];

    constructor(readonly folder: string, private readonly token: string) {}

    async list(): Promise<string[]> {
        const response = await this.request('api/specs');
        const { specs, config } = await response.json() as { specs: string[]; config: boolean };
        this.files = config ? [...specs, CONFIG_FILE] : specs;
        return specs;
    }

    async read(path: string): Promise<string | null> {
        const response = await this.request(`api/file?path=${encodeURIComponent(path)}`, {}, [404]);
        return response.status === 404 ? null : response.text();
    }

    async save(path: string, text: string): Promise<boolean> {
        await this.request(`api/file?path=${encodeURIComponent(path)}`, {
            method: 'PUT', body: text, headers: { 'Content-Type': 'text/plain; charset=utf-8' }
        });
        if (!this.files.includes(path)) this.files.push(path);
        return true;
    }

    readDirectory(uri: string): Promise<DirectoryEntry[]> {
        const prefix = pathOf(uri).replace(/\/?$/, '/').replace(/^\/$/, '');
        const entries = new Map<string, DirectoryEntry>();
        for (const file of this.files) {
            if (!file.startsWith(prefix)) continue;
            const [name, ...rest] = file.slice(prefix.length).split('/');
            const isDirectory = rest.length > 0;
            entries.set(name, { uri: specUri(prefix + name), isFile: !isDirectory, isDirectory });
        }
        return Promise.resolve([...entries.values()]);
    }

    private async request(url: string, init: RequestInit = {}, accepted: number[] = []): Promise<Response> {
        const response = await fetch(url, { ...init, headers: { ...init.headers, 'X-Studio-Token': this.token } });
        if (!response.ok && !accepted.includes(response.status)) throw new Error((await response.text()) || response.statusText);
        return response;
    }
}

/** One spec in memory: what the page shows when there is no folder to edit. */
export class SingleSpecStore implements SpecStore {
    readonly folder = undefined;
    private readonly texts = new Map<string, string>();

    constructor(private readonly first: { path: string; text: string }) {
        this.texts.set(first.path, first.text);
    }

    list(): Promise<string[]> {
        return Promise.resolve([this.first.path]);
    }

    read(path: string): Promise<string | null> {
        return Promise.resolve(this.texts.get(path) ?? null);
    }

    save(): Promise<boolean> {
        return Promise.resolve(false);
    }

    readDirectory(): Promise<DirectoryEntry[]> {
        return Promise.resolve([]);
    }
}
