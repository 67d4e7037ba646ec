import type { Transport } from '@codemirror/lsp-client';

// The language server in a web worker (dist/server-browser.js, the bundle VS Code for the Web runs
// too), and the transport the editor's LSP client talks to it through.

/** Set by server-browser.js when a page loads it as a script: the server's whole code as a function. */
declare global {
    var serviceDramaLanguageServer: (() => void) | undefined;
}

/** Requests the server sends to the page; each answers with a result or its promise (or throws for an error reply). */
export type ServerRequestHandlers = Record<string, (params: unknown) => unknown>;

interface Message {
    jsonrpc: '2.0';
    id?: number | string;
    method?: string;
    params?: unknown;
}

const WORKER_SCRIPT = '../server-browser.js';

/**
 * Starts the worker. Served over HTTP, it loads the script by its URL; opened from disk, a page may
 * not start a worker from a file, so it starts one from the text of the function that the script
 * (loaded by index.html) left behind.
 */
export function startLanguageServerWorker(): Worker {
    if (location.protocol !== 'file:') return new Worker(new URL(WORKER_SCRIPT, location.href));
    const server = globalThis.serviceDramaLanguageServer;
    if (!server) throw new Error('server-browser.js is missing beside the studio page');
    const source = new Blob([`(${server.toString()})();`], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(source));
}

/**
 * A transport for @codemirror/lsp-client over the worker's messages. It answers the server's own
 * requests (which that client does not handle) and lets the page amend `initialize`, to name the
 * workspace folder and the language the page speaks.
 */
export function workerTransport(worker: Worker, handlers: ServerRequestHandlers, amendInitialize: (params: Record<string, unknown>) => void): Transport {
    let subscribers: ((message: string) => void)[] = [];
    worker.addEventListener('message', event => {
        const message = event.data as Message;
        if (message.method !== undefined && message.id !== undefined) {
            void answer(worker, handlers, message);
            return;
        }
        const text = JSON.stringify(message);
        for (const subscriber of subscribers) subscriber(text);
    });
    return {
        send(text: string) {
            const message = JSON.parse(text) as Message;
            if (message.method === 'initialize') amendInitialize(message.params as Record<string, unknown>);
            worker.postMessage(message);
        },
        subscribe(handler) {
            subscribers.push(handler);
        },
        unsubscribe(handler) {
            subscribers = subscribers.filter(each => each !== handler);
        }
    };
}

async function answer(worker: Worker, handlers: ServerRequestHandlers, request: Message): Promise<void> {
    const handler = handlers[request.method!];
    // Requests the page has nothing to say to (e.g. registering file watchers) succeed with no result.
    if (!handler) {
        worker.postMessage({ jsonrpc: '2.0', id: request.id, result: null });
        return;
    }
    try {
        worker.postMessage({ jsonrpc: '2.0', id: request.id, result: (await handler(request.params)) ?? null });
    } catch (error) {
        worker.postMessage({ jsonrpc: '2.0', id: request.id, error: { code: -32603, message: error instanceof Error ? error.message : String(error) } });
    }
}
