// Bundles the extension client, the language server and the CLI into dist/ as CommonJS files.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

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
    // Node 20 lacks Object.groupBy, which chevrotain calls while building the parser.
    banner: { js: readFileSync('scripts/object-groupby.cjs', 'utf8') },
    // The bundles are CommonJS: code that finds files beside itself uses __dirname there, import.meta.url in out/.
    define: { __VERSION__: JSON.stringify(version), 'import.meta.url': 'undefined' },
    loader: { '.ts': 'ts' },
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
