import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';

interface Metafile {
    outputs: Record<string, { inputs: Record<string, unknown>; entryPoint?: string }>;
}

/** The folder of the npm package a bundled file comes from, e.g. `node_modules/a/node_modules/b`. */
function packageFolder(input: string): string | undefined {
    return /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/\\/g, '/'))?.[1];
}

function packageName(folder: string): string {
    return /node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(folder)![1];
}

/** Each package bundled into an output, with the folders its files come from. */
export function bundledPackages(inputs: string[]): Map<string, Set<string>> {
    const packages = new Map<string, Set<string>>();
    for (const folder of inputs.map(packageFolder).filter((folder): folder is string => folder !== undefined)) {
        const name = packageName(folder);
        packages.set(name, (packages.get(name) ?? new Set()).add(folder));
    }
    return packages;
}

/**
 * What esbuild put into each bundle of `npm run build` (its metafile, dist/bundles.meta.json).
 * Two copies of a package in one bundle are two sets of classes: an error or a cancellation made by
 * one copy of vscode-jsonrpc is not recognised by the other, and the server answers a request with
 * the error object as its result.
 */
describe('the bundles: one copy of every package', () => {
    const metafile = JSON.parse(fs.readFileSync('dist/bundles.meta.json', 'utf8')) as Metafile;
    const bundles = ['dist/server.cjs', 'dist/cli.cjs', 'dist/extension.cjs'];

    for (const bundle of bundles) {
        it(`${bundle} holds each package from one folder`, () => {
            const output = metafile.outputs[bundle];
            assert.ok(output, `${bundle} in the metafile`);
            const packages = bundledPackages(Object.keys(output.inputs));
            const twice = [...packages].filter(([, folders]) => folders.size > 1).map(([name, folders]) => `${name}: ${[...folders].join(', ')}`);
            assert.deepEqual(twice, []);
        });
    }

    it('sees the language server protocol in the server and the extension, so the check above reads real inputs', () => {
        for (const bundle of ['dist/server.cjs', 'dist/extension.cjs']) {
            const packages = bundledPackages(Object.keys(metafile.outputs[bundle].inputs));
            assert.ok(packages.has('vscode-jsonrpc') && packages.has('vscode-languageserver-protocol'), bundle);
        }
    });

    it('tells two copies apart: a package nested under another is a second copy', () => {
        const packages = bundledPackages([
            'node_modules/vscode-jsonrpc/lib/common/api.js',
            'node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/api.js',
            'node_modules/@scope/tool/index.js'
        ]);
        assert.deepEqual([...packages.get('vscode-jsonrpc')!], ['node_modules/vscode-jsonrpc', 'node_modules/vscode-languageserver/node_modules/vscode-jsonrpc']);
        assert.deepEqual([...packages.get('@scope/tool')!], ['node_modules/@scope/tool']);
    });
});
