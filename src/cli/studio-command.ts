import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from './cli-error.js';
import { parseCommandArgs } from './cli-options.js';

export const STUDIO_USAGE = `Usage: service-drama studio [FOLDER] [--port N]

Serves the studio on http://127.0.0.1 (this computer only): an editor with the language server and
the live blueprint beside it. With FOLDER, it lists and edits that folder's specs, and Save writes
the spec back into it; without, it edits one spec and Save downloads it. Stop it with Ctrl+C.

  --port N    the port to listen on (default: any free port)`;

const SPEC_EXTENSION = '.drama';
const CONFIG_FILE = '.servicedrama.json';
const MAX_SPEC_BYTES = 5 * 1024 * 1024;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** The page's files: dist/studio/ and the language server bundle beside it (built by esbuild.mjs). */
export function studioAssets(): { page: string; worker: string } | undefined {
    let folder = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
    for (;;) {
        for (const dist of [folder, path.join(folder, 'dist')]) {
            const page = path.join(dist, 'studio');
            if (fs.existsSync(path.join(page, 'index.html'))) return { page, worker: path.join(dist, 'server-browser.js') };
        }
        const parent = path.dirname(folder);
        if (parent === folder) return undefined;
        folder = parent;
    }
}

export function isLoopback(address: string | undefined): boolean {
    return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

class Refusal extends Error {
    constructor(readonly status: number, message: string) {
        super(message);
    }
}

/** The specs of a folder: its `.drama` files as paths relative to it, never through a symbolic link. */
export function listSpecs(folder: string): string[] {
    const found: string[] = [];
    const walk = (relative: string) => {
        for (const entry of fs.readdirSync(path.join(folder, relative), { withFileTypes: true })) {
            const child = relative ? `${relative}/${entry.name}` : entry.name;
            if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) walk(child);
            else if (entry.isFile() && entry.name.endsWith(SPEC_EXTENSION)) found.push(child);
        }
    };
    walk('');
    return found.sort();
}

/**
 * The file a request names, inside the folder: a relative path to a spec (or, to read, the rule
 * configuration), which neither `..` nor a symbolic link may lead out of.
 */
export function resolveInFolder(folder: string, relative: string | null, { forWriting = false } = {}): string {
    if (!relative || relative.includes('\0') || path.isAbsolute(relative) || /^[a-zA-Z]:/.test(relative)) {
        throw new Refusal(400, 'a path relative to the folder is needed');
    }
    const name = path.basename(relative);
    if (!name.endsWith(SPEC_EXTENSION) && (forWriting || name !== CONFIG_FILE)) {
        throw new Refusal(403, `only ${SPEC_EXTENSION} files${forWriting ? '' : ` and ${CONFIG_FILE}`} can be ${forWriting ? 'saved' : 'read'}`);
    }
    const root = fs.realpathSync(folder);
    const inside = (file: string) => file.startsWith(root + path.sep);
    const target = path.resolve(root, relative);
    if (!inside(target)) throw new Refusal(403, `${relative} is outside the folder`);
    // The file, or for a new spec its folder, must really be inside: no symbolic link out of it.
    const existing = fs.existsSync(target) ? target : forWriting && fs.existsSync(path.dirname(target)) ? path.dirname(target) : undefined;
    if (!existing) throw new Refusal(404, `${relative} does not exist`);
    const real = fs.realpathSync(existing);
    if (real !== root && !inside(real)) throw new Refusal(403, `${relative} leads outside the folder`);
    if (existing === target && !fs.statSync(real).isFile()) throw new Refusal(403, `${relative} is not a file`);
    return target;
}

export interface StudioServer {
    url: string;
    port: number;
    close(): Promise<void>;
}

export interface StudioOptions {
    /** The folder whose specs the page edits; none for one spec in the page. */
    folder?: string;
    port?: number;
}

/** Serves the studio page on 127.0.0.1, and with a folder its specs through /api. */
export async function startStudioServer(options: StudioOptions = {}): Promise<StudioServer> {
    const assets = studioAssets();
    if (!assets) throw new CliError('the studio page is not built: run npm run build');
    const folder = options.folder && path.resolve(options.folder);
    const token = randomBytes(24).toString('hex');
    const server = http.createServer((request, response) => {
        handle(request, response).catch((error: unknown) => {
            const refusal = error instanceof Refusal ? error : new Refusal(500, error instanceof Error ? error.message : String(error));
            if (!response.headersSent) response.writeHead(refusal.status, { 'Content-Type': 'text/plain; charset=utf-8' });
            response.end(refusal.message);
        });
    });
    let port = 0;

    async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
        // Only this computer, and only under the address it was given (no other site's name for it).
        if (!isLoopback(request.socket.remoteAddress)) throw new Refusal(403, 'the studio answers this computer only');
        if (request.headers.host !== `127.0.0.1:${port}` && request.headers.host !== `localhost:${port}`) throw new Refusal(403, 'unexpected host');
        const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
        if (url.pathname.startsWith('/api/')) return api(request, response, url);
        if (request.method !== 'GET' && request.method !== 'HEAD') throw new Refusal(405, 'method not allowed');
        switch (url.pathname) {
            case '/':
            case '/index.html':
                return send(response, 'text/html; charset=utf-8', page());
            case '/studio.js':
            case '/studio.css':
                return send(response, url.pathname.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
                    fs.readFileSync(path.join(assets!.page, url.pathname.slice(1))));
            case '/server-browser.js':
                return send(response, 'text/javascript; charset=utf-8', fs.readFileSync(assets!.worker));
            default:
                throw new Refusal(404, 'not found');
        }
    }

    /** The page, with this server's token and folder, and a fresh nonce for the editor's styles. */
    function page(): string {
        const nonce = randomBytes(16).toString('base64');
        const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
        return fs.readFileSync(path.join(assets!.page, 'index.html'), 'utf8')
            .replaceAll('studio-page', nonce)
            .replace('<meta name="studio-token" content="">', `<meta name="studio-token" content="${token}">`)
            .replace('<meta name="studio-folder" content="">', `<meta name="studio-folder" content="${folder ? escape(path.basename(folder)) : ''}">`);
    }

    async function api(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void> {
        if (request.headers['x-studio-token'] !== token) throw new Refusal(403, 'missing or wrong studio token');
        if (!folder) throw new Refusal(404, 'the studio was started without a folder');
        if (url.pathname === '/api/specs' && request.method === 'GET') {
            return send(response, 'application/json', JSON.stringify({ specs: listSpecs(folder), config: fs.existsSync(path.join(folder, CONFIG_FILE)) }));
        }
        if (url.pathname !== '/api/file') throw new Refusal(404, 'not found');
        const relative = url.searchParams.get('path');
        if (request.method === 'GET') return send(response, 'text/plain; charset=utf-8', fs.readFileSync(resolveInFolder(folder, relative)));
        if (request.method !== 'PUT') throw new Refusal(405, 'method not allowed');
        // The only write: the spec the user saved, with the text the page sent.
        const file = resolveInFolder(folder, relative, { forWriting: true });
        await fs.promises.writeFile(file, await body(request));
        response.writeHead(204).end();
    }

    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    }).catch((error: NodeJS.ErrnoException) => {
        throw new CliError(`cannot listen on 127.0.0.1:${options.port}${error.code ? ` (${error.code})` : ''}`);
    });
    port = (server.address() as AddressInfo).port;
    return {
        url: `http://127.0.0.1:${port}/`,
        port,
        close: () => new Promise<void>(resolve => {
            server.close(() => resolve());
            server.closeAllConnections();
        })
    };
}

function send(response: http.ServerResponse, type: string, content: string | Buffer): void {
    response.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Content-Security-Policy': 'frame-ancestors \'none\''
    });
    response.end(content);
}

async function body(request: http.IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request) {
        size += (chunk as Buffer).length;
        if (size > MAX_SPEC_BYTES) throw new Refusal(413, 'the spec is too large');
        chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
}

/** `service-drama studio [FOLDER]`: serves the studio until Ctrl+C. */
export async function studioCommand(args: string[], stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
        port: { type: 'string', short: 'p' },
        help: { type: 'boolean', short: 'h' }
    }, STUDIO_USAGE);
    if (values.help) {
        stdout.write(`${STUDIO_USAGE}\n`);
        return 0;
    }
    if (positionals.length > 1) throw new CliError(`unexpected argument '${positionals[1]}'\n\n${STUDIO_USAGE}`);
    const folder = positionals[0];
    if (folder !== undefined && !fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new CliError(`${folder}: no such folder`);
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port ${values.port}: use a port number from 0 to 65535`);
    const studio = await startStudioServer({ folder, port });
    stdout.write(`Service Drama Studio: ${studio.url}${folder ? ` (specs in ${path.resolve(folder)})` : ''}\nPress Ctrl+C to stop.\n`);
    await new Promise<void>(resolve => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
    });
    await studio.close();
    return 0;
}
