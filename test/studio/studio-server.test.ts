import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { isLoopback, startStudioServer, studioAssets, type StudioServer } from '../../src/cli/studio-command.js';
import { makeWorkspace, runCli } from '../cli/support.js';

interface Reply {
    status: number;
    headers: http.IncomingHttpHeaders;
    body: string;
}

/** One request to the studio, with whatever Host and headers a test wants to send. */
function request(studio: StudioServer, pathAndQuery: string, options: { method?: string; headers?: Record<string, string>; body?: string; host?: string } = {}): Promise<Reply> {
    return new Promise((resolve, reject) => {
        const req = http.request({
            host: '127.0.0.1', port: studio.port, path: pathAndQuery, method: options.method ?? 'GET',
            headers: { host: options.host ?? `127.0.0.1:${studio.port}`, ...options.headers }
        }, res => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', chunk => { body += chunk; });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        });
        req.on('error', reject);
        req.end(options.body);
    });
}

/** Every file below a folder with its content, to see what a request changed. */
function snapshot(dir: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
        const file = path.join(entry.parentPath, entry.name);
        if (entry.isFile()) files[path.relative(dir, file)] = fs.readFileSync(file, 'utf8');
    }
    return files;
}

const SPEC = 'service Hello { }\n';

describe('the studio page (service-drama studio)', function () {
    this.timeout(20_000);

    it('is built: the page, its script and stylesheet, and the language server for the web worker', () => {
        const assets = studioAssets();
        assert.ok(assets, 'dist/studio found');
        for (const file of ['index.html', 'studio.js', 'studio.css']) assert.ok(fs.existsSync(path.join(assets.page, file)), file);
        assert.ok(fs.statSync(assets.worker).size > 100_000, 'server-browser.js holds the language server');
        const html = fs.readFileSync(path.join(assets.page, 'index.html'), 'utf8');
        const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
        assert.match(policy, /default-src 'none'/);
        assert.doesNotMatch(policy, /https?:|\*/, 'no remote source is allowed');
        assert.deepEqual([...html.matchAll(/(?:src|href)="([^"]+)"/g)].map(match => match[1]).filter(url => /^[a-z]+:\/\//i.test(url)), [], 'no remote script or style');
    });

    describe('served with a folder', () => {
        let workspace: { dir: string; remove: () => void };
        let outside: { dir: string; remove: () => void };
        let studio: StudioServer;
        let token: string;

        before(async () => {
            workspace = makeWorkspace({ 'a.drama': SPEC, 'sub/b.drama': SPEC, 'notes.txt': 'not a spec', '.servicedrama.json': '{ "rules": {} }' });
            outside = makeWorkspace({ 'secret.drama': 'service Secret { }\n', 'secret.txt': 'secret' });
            fs.symlinkSync(path.join(outside.dir, 'secret.drama'), path.join(workspace.dir, 'link.drama'));
            fs.symlinkSync(outside.dir, path.join(workspace.dir, 'linked-folder'));
            studio = await startStudioServer({ folder: workspace.dir });
            const page = await request(studio, '/');
            token = /<meta name="studio-token" content="([0-9a-f]+)">/.exec(page.body)?.[1] ?? '';
        });
        after(async () => {
            await studio?.close();
            workspace?.remove();
            outside?.remove();
        });
        const api = (pathAndQuery: string, options: Parameters<typeof request>[2] = {}) =>
            request(studio, pathAndQuery, { ...options, headers: { 'X-Studio-Token': token, ...options.headers } });

        it('listens on 127.0.0.1 only', async () => {
            assert.match(studio.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
            const external = Object.values(os.networkInterfaces()).flat().find(address => address && !address.internal && address.family === 'IPv4');
            if (external) {
                const reached = await new Promise<boolean>(resolve => {
                    const socket = net.connect(studio.port, external.address, () => { socket.destroy(); resolve(true); });
                    socket.on('error', () => resolve(false));
                });
                assert.equal(reached, false, `the studio answered on ${external.address}`);
            }
        });

        it('takes only loopback addresses for this computer', () => {
            for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) assert.equal(isLoopback(address), true, address);
            for (const address of ['192.168.1.10', '10.0.0.1', '::ffff:192.168.1.10', 'fe80::1', undefined]) assert.equal(isLoopback(address), false, String(address));
        });

        it('serves the page with its token and the folder\'s name, and a fresh nonce in its policy', async () => {
            const page = await request(studio, '/');
            assert.equal(page.status, 200);
            assert.match(page.body, new RegExp(`<meta name="studio-folder" content="${path.basename(workspace.dir)}">`));
            assert.equal(token.length, 48);
            const nonce = /<meta name="csp-nonce" content="([^"]+)">/.exec(page.body)?.[1];
            assert.ok(nonce && nonce !== 'studio-page');
            assert.ok(page.body.includes(`'nonce-${nonce}'`));
            assert.equal((await request(studio, '/server-browser.js')).headers['content-type'], 'text/javascript; charset=utf-8');
        });

        it('refuses a request that names the server by another host (a site rebinding its name to 127.0.0.1)', async () => {
            assert.equal((await request(studio, '/', { host: `evil.example:${studio.port}` })).status, 403);
            assert.equal((await api('/api/specs', { host: `evil.example:${studio.port}` })).status, 403);
        });

        it('answers /api only with the page\'s token', async () => {
            assert.equal((await request(studio, '/api/specs')).status, 403);
            assert.equal((await request(studio, '/api/specs', { headers: { 'X-Studio-Token': 'guess' } })).status, 403);
        });

        it('lists the folder\'s specs, without those behind a symbolic link', async () => {
            const reply = await api('/api/specs');
            assert.equal(reply.status, 200);
            assert.deepEqual(JSON.parse(reply.body), { specs: ['a.drama', 'sub/b.drama'], config: true });
        });

        it('reads a spec and the rule configuration of the folder', async () => {
            assert.equal((await api('/api/file?path=sub%2Fb.drama')).body, SPEC);
            assert.equal((await api('/api/file?path=.servicedrama.json')).body, '{ "rules": {} }');
            assert.equal((await api('/api/file?path=missing.drama')).status, 404);
        });

        it('refuses paths outside the folder: .., absolute, through a symbolic link, or other kinds of file', async () => {
            const secret = path.join(outside.dir, 'secret.drama');
            for (const [wanted, status] of [
                [`../${path.basename(outside.dir)}/secret.drama`, 403],
                [secret, 400],
                ['link.drama', 403],
                ['linked-folder/secret.drama', 403],
                ['notes.txt', 403],
                ['sub/../../x.drama', 403]
            ] as const) {
                const read = await api(`/api/file?path=${encodeURIComponent(wanted)}`);
                assert.equal(read.status, status, `read ${wanted}: ${read.body}`);
                assert.ok(!read.body.includes('Secret'), `read ${wanted}`);
                const write = await api(`/api/file?path=${encodeURIComponent(wanted)}`, { method: 'PUT', body: 'service Overwritten { }' });
                assert.equal(write.status, status, `write ${wanted}: ${write.body}`);
            }
            assert.equal(fs.readFileSync(secret, 'utf8'), 'service Secret { }\n');
            assert.deepEqual(fs.readdirSync(outside.dir).sort(), ['secret.drama', 'secret.txt']);
        });

        it('writes nothing while the page loads, lists and reads', async () => {
            const before = snapshot(workspace.dir);
            await request(studio, '/');
            await api('/api/specs');
            await api('/api/file?path=a.drama');
            assert.deepEqual(snapshot(workspace.dir), before);
        });

        it('on Save writes the saved spec and nothing else, also a new spec in the folder', async () => {
            const before = snapshot(workspace.dir);
            assert.equal((await api('/api/file?path=sub%2Fb.drama', { method: 'PUT', body: 'service Saved { }\n' })).status, 204);
            assert.deepEqual(snapshot(workspace.dir), { ...before, [path.join('sub', 'b.drama')]: 'service Saved { }\n' });
            assert.equal((await api('/api/file?path=new.drama', { method: 'PUT', body: SPEC })).status, 204);
            assert.deepEqual(snapshot(workspace.dir), { ...before, [path.join('sub', 'b.drama')]: 'service Saved { }\n', 'new.drama': SPEC });
            assert.equal((await api('/api/file?path=nowhere%2Fnew.drama', { method: 'PUT', body: SPEC })).status, 404);
        });
    });

    it('without a folder serves the page and no files', async () => {
        const studio = await startStudioServer();
        try {
            const page = await request(studio, '/');
            assert.match(page.body, /<meta name="studio-folder" content="">/);
            const token = /<meta name="studio-token" content="([0-9a-f]+)">/.exec(page.body)?.[1] ?? '';
            assert.equal((await request(studio, '/api/specs', { headers: { 'X-Studio-Token': token } })).status, 404);
        } finally {
            await studio.close();
        }
    });

    it('the CLI says what is wrong with a folder that is not there, in one line', () => {
        const workspace = makeWorkspace({});
        try {
            const run = runCli(['studio', 'missing'], { cwd: workspace.dir });
            assert.equal(run.status, 2);
            assert.equal(run.stderr, 'service-drama: missing: no such folder\n');
        } finally {
            workspace.remove();
        }
    });
});
