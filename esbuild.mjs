// Bundles the extension client, the language server and the CLI into dist/ as CommonJS files.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const version = manifest.version;

const options = {
    entryPoints: {
        extension: 'src/extension/main.ts',
        server: 'src/language/main.ts',
        cli: 'src/cli/main.ts'
    },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    // Node 20 lacks Object.groupBy, which chevrotain calls while building the parser. The bundles are
    // CommonJS: import.meta.url of a bundled ES module (fdir calls createRequire with it) is the bundle's own URL.
    banner: { js: `${readFileSync('scripts/object-groupby.cjs', 'utf8')}\nvar __bundleUrl = require('url').pathToFileURL(__filename).href;` },
    // The repository's URL is written once, in package.json; rule links are made from it (rule-docs.ts).
    define: { __VERSION__: JSON.stringify(version), __REPOSITORY__: JSON.stringify(manifest.repository.url), 'import.meta.url': '__bundleUrl' },
    loader: { '.ts': 'ts' },
    // jsonc-parser's main file is UMD, whose relative requires esbuild cannot follow; its ES module build bundles.
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    // What went into each bundle, read by test/package/bundles.test.ts (one copy of every package).
    metafile: !watch
};

if (watch) {
    const context = await esbuild.context(options);
    await context.watch();
    console.log('esbuild: watching for changes');
} else {
    const result = await esbuild.build(options);
    writeFileSync('dist/bundles.meta.json', JSON.stringify(result.metafile));
}
