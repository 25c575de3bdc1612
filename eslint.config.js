// @ts-check
// Lint for the whole workspace (npm test runs it before the tests): ESLint's and typescript-eslint's
// recommended rules everywhere, and React's rules of hooks (eslint-plugin-react-hooks) for the web app.
// Not type-aware: the type-checked rule sets re-run the compiler, which `tsc -b` already does.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['**/dist/', '**/node_modules/', '.cache/', '.knooppunt/', 'coverage/', 'test-results/', 'server/dist.*/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter an interface requires but this implementation does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    languageOptions: { globals: globals.browser },
    rules: {
      // Says where the React Compiler would skip a component (TanStack Table's hooks): this app does not
      // use the compiler, so there is nothing to act on.
      'react-hooks/incompatible-library': 'off',
    },
  },
);
