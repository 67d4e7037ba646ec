// ESLint for the TypeScript sources and tests (type-aware) and the plain JavaScript scripts.
// `npm run lint:code` runs it with --max-warnings 0, inside `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** A leading underscore marks a name kept on purpose, e.g. a field dropped from an object by destructuring. */
const unusedVars = ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }];

export default tseslint.config(
    {
        ignores: ['node_modules/', 'out/', 'dist/', 'src/language/generated/', 'bench/work/', 'test-results/', '.e2e-cache/', '.vscode-test/', '*.vsix']
    },
    {
        files: ['**/*.{js,mjs,cjs,ts,mts,cts}'],
        extends: [js.configs.recommended],
        languageOptions: { globals: { ...globals.node } },
        rules: {
            'no-unused-vars': unusedVars,
            // The XML, HTML and terminal escaping (and its tests) match control characters on purpose.
            'no-control-regex': 'off'
        }
    },
    {
        files: ['test/**/*.{js,mjs,cjs}'],
        languageOptions: { globals: { ...globals.mocha } }
    },
    {
        // Code inside page.evaluate() runs in the browser.
        files: ['test/e2e/**/*.{js,mjs,cjs}'],
        languageOptions: { globals: { ...globals.browser, ...globals.mocha } }
    },
    {
        // The webview scripts run in VS Code's webview.
        files: ['media/**/*.{js,mjs}'],
        languageOptions: { globals: { ...globals.browser, acquireVsCodeApi: 'readonly' } }
    },
    {
        // The studio page runs in the browser.
        files: ['src/studio/**/*.{js,mjs,ts}'],
        languageOptions: { globals: { ...globals.browser } }
    },
    {
        files: ['**/*.{ts,mts,cts}'],
        extends: [...tseslint.configs.recommendedTypeChecked],
        languageOptions: {
            // Each file is checked with the nearest tsconfig.json (src/studio has its own, with the DOM).
            parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
        },
        rules: {
            '@typescript-eslint/no-unused-vars': unusedVars
        }
    }
);
