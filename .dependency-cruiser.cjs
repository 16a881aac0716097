// @ts-check
// The architecture's boundaries as rules (README, "Architecture"). `npm run lint` runs
// `depcruise src --config .dependency-cruiser.cjs`; test/architecture/boundaries.test.ts proves each
// rule fires on a file that breaks it. Type-only imports count: a boundary crossed for a type still
// couples the two sides.

const SHELLS = 'src/main/(electron|server|cli)/';
const CORE = '^src/main/(core|domains|app|method|demo|interchange)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-no-node-builtins',
      comment: 'src/shared runs in the renderer too: no Node builtin.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-only-zod-and-i18next',
      comment:
        'src/shared may use zod and i18next, nothing else from npm: no electron, no DOM or UI ' +
        'package, no native or heavy library (better-sqlite3, kysely, exceljs, docx, pdf-lib, ' +
        'fflate, react, @mantine/*, @tiptap/*). Its own tests may use vitest.',
      severity: 'error',
      from: { path: '^src/shared/', pathNot: '[.]test[.]ts$' },
      to: {
        path: 'node_modules/',
        pathNot: 'node_modules/(zod|i18next)/',
      },
    },
    {
      name: 'shared-depends-on-nothing',
      comment:
        'src/shared is what both sides agree on; it imports nothing from src/main or src/renderer.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/(main|renderer|bench)/' },
    },
    {
      name: 'export-is-pure',
      comment:
        'Builders in src/main/export take a snapshot and return bytes: no database, no core, no ' +
        'domain services, no shell.',
      severity: 'error',
      from: { path: '^src/main/export/' },
      to: {
        path: [
          `^src/main/(store|core|domains|app|interchange|electron|server|cli)/`,
          'node_modules/(kysely|better-sqlite3)/',
        ],
      },
    },
    {
      name: 'store-is-generic',
      comment: 'The store knows SQLite files, not the areas, the core, the exports or a shell.',
      severity: 'error',
      from: { path: '^src/main/store/' },
      to: { path: ['^src/main/(core|domains|export)/', `^${SHELLS}`, '^src/renderer/'] },
    },
    {
      name: 'base-imports-only-shared',
      comment: 'src/main/base sits under everything: it imports only src/shared and Node builtins.',
      severity: 'error',
      from: { path: '^src/main/base/' },
      to: { pathNot: '^src/(shared|main/base)/', dependencyTypesNot: ['core'] },
    },
    {
      name: 'core-knows-no-shell',
      comment:
        'The core is plain Node, driven by thin shells: it imports no shell, no renderer code and ' +
        'not electron.',
      severity: 'error',
      from: { path: CORE },
      to: { path: [`^${SHELLS}`, '^src/renderer/', 'node_modules/electron/'] },
    },
    {
      name: 'renderer-not-into-main',
      comment: 'The renderer knows only the contract in src/shared, never src/main.',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { path: '^src/main/' },
    },
    {
      name: 'renderer-no-node-builtins',
      comment: 'The renderer runs in a sandboxed browser window: no Node builtin.',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'only-electron-shell-imports-electron',
      comment:
        'Only src/main/electron may import electron; everything else also runs in plain Node.',
      severity: 'error',
      from: { pathNot: '^src/main/electron/' },
      to: { path: 'node_modules/electron/' },
    },
    {
      name: 'no-runtime-circular',
      comment:
        'No import cycle at run time. Cycles through a type-only import (core-context <-> the ' +
        'domain services) are erased by the compiler, and cycles through a dynamic import() ' +
        '(the sections table loads its pages lazily, and pages link back through the router) ' +
        'resolve after both modules have loaded; both are allowed.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only', 'dynamic-import'] } },
    },
    {
      name: 'resolvable',
      comment: 'An import the cruiser cannot resolve would slip past every rule above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.cts', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};
