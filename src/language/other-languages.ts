import { DefaultDocumentBuilder, URI } from 'langium';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';

// An editor sends the server every document it opens, whatever its language (a `.txt` file, an untitled
// plain-text buffer, the workspace's `.json` settings). Langium would build them as specs and stop the
// server on the first one ("no services for the extension '.txt'"). They are not ours: leave them alone.

/** Edits to documents of another language start no build (which would also cancel one running). */
export class ServiceDramaDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    override didChangeContent(change: Parameters<DefaultDocumentUpdateHandler['didChangeContent']>[0]): void {
        if (this.serviceRegistry.hasServices(URI.parse(change.document.uri))) super.didChangeContent(change);
    }
}

/** Files of another language reported as changed on disk (an open `x.txt` saved) are not built either. */
export class ServiceDramaDocumentBuilder extends DefaultDocumentBuilder {
    protected override async findChangedUris(changed: URI): Promise<URI[]> {
        return (await super.findChangedUris(changed)).filter(uri => this.serviceRegistry.hasServices(uri));
    }
}
