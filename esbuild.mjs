// Bundles the extension client, the language server and the CLI into dist/ as CommonJS files, and
// their browser counterparts (see below).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

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
    // resvg is a native binary, loaded at run time from the installed package (a runtime dependency).
    external: ['vscode', '@resvg/resvg-js'],
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

// For the browser: the extension in VS Code for the Web, the language server in a web worker (shared
// by that extension and the studio page), and the studio page's script.
const browser = {
    bundle: true,
    plugins: [{
        name: 'rule-docs-in-the-browser',
        setup(build) {
            build.onResolve({ filter: /\/rule-docs\.js$/ }, () => ({ path: path.resolve('src/language/rules/rule-docs-browser.ts') }));
        }
    }],
    platform: 'browser',
    // Only an `extends` of an npm package loads it (src/language/rules/config-chain.ts); in a browser
    // that load fails, and the configuration says the package cannot be found.
    external: ['node:module'],
    // csv-parse's Node build uses Node's Buffer; its browser build brings its own.
    alias: { 'csv-parse/sync': './node_modules/csv-parse/dist/esm/sync.js' },
    target: 'es2022',
    define: { __VERSION__: JSON.stringify(version) },
    loader: { '.ts': 'ts' },
    sourcemap: !production,
    minify: production,
    logLevel: 'warning'
};
const browserOptions = [
    { ...browser, entryPoints: { 'extension-browser': 'src/extension/main-browser.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, format: 'cjs', external: [...browser.external, 'vscode'] },
    {
        ...browser, entryPoints: { 'server-browser': 'src/language/main-browser.ts' }, outdir: 'dist', format: 'iife',
        // A page opened from disk cannot start a worker from a file: there, it loads this script and
        // starts the worker from the function's own text (src/studio/language-server-worker.ts).
        banner: { js: `var serviceDramaLanguageServer = function () {\n${readFileSync('scripts/object-groupby.cjs', 'utf8')}` },
        footer: { js: '};\nif (typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope) serviceDramaLanguageServer();' }
    },
    { ...browser, entryPoints: { studio: 'src/studio/main.ts' }, outdir: 'dist/studio', format: 'iife', loader: { ...browser.loader, '.drama': 'text' } }
];
const copyStudioPage = () => {
    mkdirSync('dist/studio', { recursive: true });
    for (const file of ['index.html', 'studio.css']) copyFileSync(`src/studio/${file}`, `dist/studio/${file}`);
};

if (watch) {
    for (const each of [options, ...browserOptions]) await (await esbuild.context(each)).watch();
    copyStudioPage();
    console.log('esbuild: watching for changes');
} else {
    const [node] = await Promise.all([options, ...browserOptions].map(each => esbuild.build(each)));
    writeFileSync('dist/bundles.meta.json', JSON.stringify(node.metafile));
    copyStudioPage();
}
