// ESLint for the web app, the library, the worker, their Node and browser tests and the benches (make test runs it,
// with prettier --check, as the lint tier of tests/run-all.sh).
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['web/dist/**', 'node_modules/**', 'build/**'] },
  js.configs.recommended,
  {
    files: ['web/**/*.js', 'web/**/*.mjs', 'tests/e2e/**/*.mjs', 'tests/wasm/**/*.mjs', 'bench/**/*.mjs', 'bench/**/*.js'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      'no-unused-vars': ['error', { args: 'none', ignoreRestSiblings: true, caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
  { files: ['web/src/lib/**', 'web/src/app/**', 'web/examples/**'], languageOptions: { globals: globals.browser } },
  { files: ['web/src/worker/**'], languageOptions: { globals: globals.worker } },
  { files: ['web/*.mjs', 'tests/e2e/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // Node scripts: the wasm module's tests and the benchmarks (some drive a browser page too).
  { files: ['tests/wasm/**', 'bench/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
];
