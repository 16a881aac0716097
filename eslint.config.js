// @ts-check
// Lint is where the architecture's boundaries are enforced (see README, "Architecture"):
// src/shared imports nothing from node, electron or the DOM; only src/main/electron/ may import
// electron; the renderer never reaches into src/main.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'stream/*',
  'zlib',
  'worker_threads',
  'util',
  'events',
  'buffer',
];

const electronBan = {
  group: ['electron', 'electron/*'],
  message: 'Alleen src/main/electron/ mag electron importeren.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'native/**',
      'node_modules/**',
      'coverage/**',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { patterns: [electronBan] }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'src/shared importeert niets uit Node.' },
            electronBan,
            {
              group: ['react', 'react-dom', 'react-dom/*', '@mantine/*'],
              message: 'src/shared kent geen DOM.',
            },
            {
              group: ['**/main/**', '**/renderer/**'],
              message: 'src/shared hangt nergens van af.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  {
    files: ['src/main/electron/**/*.ts', 'src/main/electron/**/*.cts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'De renderer draait in de browser.' },
            electronBan,
            {
              group: ['**/main/**'],
              message: 'De renderer praat alleen via het contract in src/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and the benchmark run in Node; they may import anything except the Electron binary.
    files: ['test/**/*.ts', 'src/**/*.test.ts', 'src/**/*.spec.ts', 'src/bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronBan] }] },
  },
);
