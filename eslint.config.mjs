// ESLint for the TypeScript sources and tests (type-aware) and the plain JavaScript scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
    {
        ignores: ['node_modules/', 'out/', 'dist/', 'src/language/generated/', 'bench/work/', 'test-results/', '.e2e-cache/']
    },
    {
        files: ['**/*.{js,mjs,cjs}'],
        extends: [js.configs.recommended],
        languageOptions: { globals: { ...globals.node } }
    },
    {
        files: ['test/**/*.{js,mjs,cjs}'],
        languageOptions: { globals: { ...globals.mocha } }
    },
    {
        // Code inside page.evaluate() runs in the browser.
        files: ['test/e2e/**/*.mjs'],
        languageOptions: { globals: { ...globals.browser } }
    },
    {
        files: ['media/**/*.js'],
        languageOptions: { globals: { ...globals.browser, acquireVsCodeApi: 'readonly' } }
    },
    {
        files: ['**/*.ts'],
        extends: [...tseslint.configs.recommendedTypeChecked],
        languageOptions: {
            parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
        },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
        }
    }
);
