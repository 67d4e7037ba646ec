import type { FileSystemNode, FileSystemProvider, URI } from 'langium';

/**
 * The desktop server's file system: `file:` URIs from the disk, any other scheme (a virtual
 * workspace such as a remote repository) through the client, as in VS Code for the Web.
 */
export class SchemeFileSystemProvider implements FileSystemProvider {
    constructor(private readonly disk: FileSystemProvider, private readonly client: FileSystemProvider) {}

    private of(uri: URI): FileSystemProvider {
        return uri.scheme === 'file' ? this.disk : this.client;
    }

    stat(uri: URI): Promise<FileSystemNode> { return this.of(uri).stat(uri); }
    statSync(uri: URI): FileSystemNode { return this.of(uri).statSync(uri); }
    exists(uri: URI): Promise<boolean> { return this.of(uri).exists(uri); }
    existsSync(uri: URI): boolean { return this.of(uri).existsSync(uri); }
    readBinary(uri: URI): Promise<Uint8Array> { return this.of(uri).readBinary(uri); }
    readBinarySync(uri: URI): Uint8Array { return this.of(uri).readBinarySync(uri); }
    readFile(uri: URI): Promise<string> { return this.of(uri).readFile(uri); }
    readFileSync(uri: URI): string { return this.of(uri).readFileSync(uri); }
    readDirectory(uri: URI): Promise<FileSystemNode[]> { return this.of(uri).readDirectory(uri); }
    readDirectorySync(uri: URI): FileSystemNode[] { return this.of(uri).readDirectorySync(uri); }
}
