// Lint for the whole project: TypeScript-aware rules everywhere, the rules of hooks on the React views.
// Formatting is Prettier's job (`npm run format:check`), so no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.wxt/',
      '.bench/',
      'dist/',
      'test-results/',
      'test/fixtures/',
      'test/e2e/pages/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-control-regex': 'off',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The core: small modules, and no line a formatter cannot wrap (long regex literals belong in utils/lexicon/).
    files: ['utils/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-len': ['error', { code: 120, ignoreUrls: true }],
    },
  },
  {
    files: ['components/**/*.tsx', 'components/**/*.ts', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
