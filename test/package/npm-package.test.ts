import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import {
    CompletionRequest, HoverRequest, type CompletionItem, type CompletionList, type MarkupContent
} from 'vscode-languageserver-protocol';
import { byClass, parseXml } from '../blueprint/support.js';
import { LspTestClient } from '../support/lsp-client.js';

/** What `npm pack --json` says of a tarball it wrote. */
interface PackResult {
    filename: string;
    files: Array<{ path: string }>;
}

/** A spec with one error (a touchpoint with no expectation) and two warnings. */
const WITH_ERROR = `service Bus {
    scene Waiting {
        touchpoint Stop remote {
            customer "waits for the bus"
        }
    }
}
`;

/** A spec to edit in the language server: warnings only, a keyword to hover, a blank line to complete. */
const IN_EDITOR = `service Bus {
    scene Waiting {
        touchpoint Stop remote {
            customer "waits for the bus"
            expect empathy "is noticed"

        }
    }
}
`;

/**
 * The npm package as a user gets it: `npm pack`, then `npm install` of the tarball into an empty
 * folder with an empty npm cache and --offline, which fails if the package needs anything fetched.
 * The pack skips the `prepack` build because `npm run build` has made dist/ before the tests run.
 */
describe('the npm package: packed, installed into an empty folder, run', function () {
    this.timeout(120_000);
    let temp: string;
    let project: string;
    let specs: string;
    let broken: string;
    let packedFiles: string[];

    const bin = (command: string) => path.join(project, 'node_modules', '.bin', command);
    const installed = (...parts: string[]) => path.join(project, 'node_modules', 'service-drama', ...parts);

    /** npm with settings of its own: no user configuration, a cache in the temp folder, never the network. */
    function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
        const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
        const result = spawnSync('npm', [...args, '--offline', '--cache', path.join(temp, 'npm-cache'),
            '--userconfig', path.join(temp, 'no-npmrc'), '--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=error'], { cwd, env, encoding: 'utf8' });
        assert.equal(result.status, 0, `npm ${args.join(' ')}: ${result.stderr}`);
        return result;
    }

    function run(command: string, args: string[], cwd = specs) {
        const result = spawnSync(bin(command), args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: temp } });
        return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    }

    before(() => {
        temp = fs.mkdtempSync(path.join(os.tmpdir(), 'service-drama-package-'));
        const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', temp], process.cwd()).stdout) as PackResult[];
        packedFiles = packed[0].files.map(file => file.path).sort();

        project = path.join(temp, 'project');
        fs.mkdirSync(project);
        fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'a-user-project', version: '1.0.0', private: true }));
        // The one runtime dependency, the PNG rasteriser, comes from this checkout's node_modules (its
        // package and the binary for this platform), packed, as the registry would hand them out.
        const rasteriser = fs.readdirSync(path.join('node_modules', '@resvg')).map(name => path.join('node_modules', '@resvg', name));
        const rasteriserTarballs = (JSON.parse(npm(['pack', ...rasteriser, '--json', '--pack-destination', temp], process.cwd()).stdout) as { filename: string }[])
            .map(tarball => path.join(temp, tarball.filename));
        npm(['install', ...rasteriserTarballs, path.join(temp, packed[0].filename)], project);

        specs = path.join(temp, 'specs');
        fs.cpSync('examples', specs, { recursive: true });
        broken = path.join(temp, 'broken');
        fs.mkdirSync(broken);
        fs.writeFileSync(path.join(broken, 'bus.drama'), WITH_ERROR);
    });
    after(() => fs.rmSync(temp, { recursive: true, force: true }));

    it('holds the two commands, their bundles, the rule pages and the settings schema, nothing else', () => {
        const allowed = /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|bin\/service-drama(-language-server)?\.cjs|dist\/(cli|server)\.cjs|dist\/server-browser\.js|dist\/studio\/(index\.html|studio\.css|studio\.js)|docs\/rules\/[^/]+\.md|schemas\/[^/]+\.json|templates\/[^/]+\.drama)$/;
        assert.deepEqual(packedFiles.filter(file => !allowed.test(file)), []);
        for (const needed of ['bin/service-drama.cjs', 'bin/service-drama-language-server.cjs', 'dist/cli.cjs', 'dist/server.cjs', 'dist/server-browser.js', 'dist/studio/index.html', 'dist/studio/studio.js', 'docs/rules/risk-has-recovery.md']) {
            assert.ok(packedFiles.includes(needed), needed);
        }
    });

    it('installs with one dependency, the PNG rasteriser, and nothing else in node_modules', () => {
        const manifest = JSON.parse(fs.readFileSync(installed('package.json'), 'utf8')) as { dependencies: Record<string, string> };
        assert.deepEqual(Object.keys(manifest.dependencies), ['@resvg/resvg-js']);
        const modules = fs.readdirSync(path.join(project, 'node_modules')).filter(name => !name.startsWith('.'));
        assert.deepEqual(modules, ['@resvg', 'service-drama']);
    });

    it('draws a blueprint as PNG with the installed rasteriser', () => {
        const result = run('service-drama', ['blueprint', 'hotpot-checkout.drama', '-o', path.join(temp, 'checkout.png')]);
        assert.equal(result.code, 0, result.stderr);
        const png = fs.readFileSync(path.join(temp, 'checkout.png'));
        assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    });

    it('lints the examples: no problems, exit 0', () => {
        const result = run('service-drama', ['lint']);
        assert.equal(result.code, 0, result.stderr + result.stdout);
        assert.match(result.stdout, /7 files checked, no problems/);
    });

    it('lints a spec with an error: the file, the line and the rule, exit 1', () => {
        const result = run('service-drama', ['lint', 'bus.drama'], broken);
        assert.equal(result.code, 1, result.stderr);
        assert.match(result.stdout, /^bus\.drama$/m);
        assert.match(result.stdout, /3:\d+\s+error\s+.*touchpoint-has-expectation/);
        assert.match(result.stdout, /1 error/);
    });

    it('draws a blueprint as SVG and as an HTML page', () => {
        const svg = run('service-drama', ['blueprint', 'hotpot-checkout.drama', '-o', path.join(temp, 'checkout.svg')]);
        assert.equal(svg.code, 0, svg.stderr);
        assert.equal(byClass(parseXml(fs.readFileSync(path.join(temp, 'checkout.svg'), 'utf8')), 'sd-touchpoint').length, 7);

        const html = run('service-drama', ['blueprint', 'hotpot-checkout.drama', '-o', path.join(temp, 'checkout.html')]);
        assert.equal(html.code, 0, html.stderr);
        const page = fs.readFileSync(path.join(temp, 'checkout.html'), 'utf8');
        assert.ok(page.startsWith('<!DOCTYPE html>'));
        const inlineSvg = /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*?<\/svg>/.exec(page);
        assert.ok(inlineSvg, 'the page holds the blueprint');
        assert.equal(byClass(parseXml(inlineSvg[0]), 'sd-touchpoint').length, 7);
    });

    it('starts the language server only with a transport: the usage on stderr and exit 2 otherwise', () => {
        for (const [args, problem] of [[[], /no transport given: start it with --stdio/], [['--stdoi'], /unknown argument '--stdoi'/], [['--socket=x'], /--socket needs a port/]] as const) {
            const result = run('service-drama-language-server', [...args]);
            assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
            assert.equal(result.stdout, '');
            assert.match(result.stderr, problem);
            assert.match(result.stderr, /Usage: service-drama-language-server --stdio/);
            assert.ok(!/^\s+at /m.test(result.stderr), result.stderr);
        }
        const help = run('service-drama-language-server', ['--help']);
        assert.equal(help.code, 0);
        assert.match(help.stdout, /--stdio\s+standard input and output/);
    });

    it('serves an editor over stdio: diagnostics with their rule pages, a hover and completion', async () => {
        const client = await LspTestClient.start({ command: bin('service-drama-language-server'), locale: 'en' });
        try {
            const uri = URI.file(path.join(specs, 'editing.drama')).toString();
            const diagnostics = await client.open(uri, IN_EDITOR);
            assert.deepEqual(diagnostics.map(diagnostic => diagnostic.code).sort(), ['five-elements-coverage', 'remote-needs-evidence']);
            // The link is the rule's page in the repository at this version's tag; the package ships the same page.
            const link = new URL(diagnostics[0].codeDescription!.href);
            const manifest = JSON.parse(fs.readFileSync(installed('package.json'), 'utf8')) as { version: string; repository: { url: string } };
            assert.equal(link.protocol, 'https:');
            assert.equal(`${link.origin}${link.pathname.split('/blob/')[0]}`, manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''));
            const [, tag, page] = /^\/blob\/([^/]+)\/(.+)$/.exec(link.pathname.slice(link.pathname.indexOf('/blob/')))!;
            assert.equal(tag, `v${manifest.version}`);
            assert.match(page, /^docs\/rules\/[a-z-]+\.md$/);
            assert.ok(fs.existsSync(installed(...page.split('/'))), page);

            const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 20 } });
            assert.match((hover?.contents as MarkupContent).value, /^\*\*empathy\*\*/);

            const completion = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 5, character: 12 } });
            const items: CompletionItem[] = Array.isArray(completion) ? completion : (completion as CompletionList).items;
            const labels = items.map(item => item.label);
            assert.ok(['expect', 'evidence', 'risk'].every(label => labels.includes(label)), labels.join(', '));
        } finally {
            await client.stop();
        }
    });
});
