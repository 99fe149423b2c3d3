import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports that pure code (common/, modules/*\/domain, modules/*\/contract) may not use. */
const ioModules = ['node:*', 'fs', 'path', 'crypto', 'child_process', 'react', 'react-dom', 'kysely', 'fastify', 'pg', 'better-sqlite3'];
const pureRestrictions = {
  patterns: [
    { group: ioModules, message: 'common/ and module domain/contract code is pure: no I/O, no framework, no database.' },
    {
      group: ['@tianping/server', '@tianping/server/*', '@tianping/web', '@tianping/web/*', '**/server/**', '**/web/**'],
      message: 'Pure code imports neither server nor web.',
    },
  ],
};
/** A module reaches another module only through that module's contract/. */
const crossModule = {
  // A sibling module's server/domain/web (`../../x/web/…`), never `..` (a module's web code uses the
  // web core at ../../../web/src).
  regex: '^(\\.\\./\\.\\./[^./][^/]*/(server|domain|web)/|.*/modules/[^/]+/(server|domain|web)/)',
  message: 'Import another module only through its contract/.',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'e2e/artifacts/**', 'bench/results/**', 'server/data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['common/**/*.ts', 'modules/*/domain/**/*.ts', 'modules/*/contract/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', pureRestrictions] },
  },
  {
    files: ['web/src/**/*.{ts,tsx}', 'modules/*/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tianping/server', '@tianping/server/*', '**/server/**', 'node:*', 'kysely', 'fastify'],
              message: 'The web never imports server code.',
            },
            crossModule,
          ],
        },
      ],
    },
  },
  {
    // The explicit list of web modules imports each module's web entry.
    files: ['web/src/modules.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['modules/*/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [crossModule] }] },
  },
);
