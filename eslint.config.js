// @ts-check
/**
 * `npm run lint` (ESLint, type-aware): rules that catch bugs — unhandled promises, `any` leaking
 * into app code, Solid reactivity lost by reading props or signals outside a tracked scope — not
 * layout or taste. Every rule turned off says why.
 */
import js from '@eslint/js';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'test-results/', 'playwright-report/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // Each file is checked with its nearest tsconfig (src/sw/ has its own, with the worker lib).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // The tsconfig does not check index reads; the code marks the ones it knows are in range with `!`.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // An async function without await still returns what its type promises (storage interfaces,
      // test doubles); a forgotten await is what no-floating-promises catches.
      '@typescript-eslint/require-await': 'off',
      // Solid ignores what an event handler returns: async handlers are how components wait for storage.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // The dataset checks match and quote the source's full-width spaces (U+3000).
      'no-irregular-whitespace': ['error', { skipRegExps: true, skipComments: true }],
    },
  },
  { files: ['**/*.tsx'], ...solid },
  {
    // src/build/ is Node code for build and test time: the app must never bundle it.
    files: ['src/**'],
    ignores: ['src/build/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/build/**'], message: 'src/build/ is Node-only: the app does not bundle it.' }] }] },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests read JSON (files, responses, page.evaluate results) and build broken datasets by
      // mutating copies: the assertions are the type check.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // expect(obj.method) and vi.mocked(obj.method) name a method without calling it.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
