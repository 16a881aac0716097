// Each boundary rule in .dependency-cruiser.cjs is proved to fire: a probe file that breaks it is
// written into a throw-away copy of the folder layout (src/shared, src/main/export, …) in a temp
// folder, and the real rule set is run over that copy only. The rules match paths relative to the
// cruise's base folder, so the copy is judged exactly as the real tree is; the real tree itself
// stays untouched and is checked by `npm run lint`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');

/** A stub every probe can import: the rules look at where a file lives, not at what it holds. */
const TARGET = 'export const target = 1;\n';

interface Probe {
  /** What the probe does wrong (or right), for the test's name. */
  what: string;
  /** Files to write, relative to the copy's root; the first one is the probe proper. */
  files: Record<string, string>;
  /** Rule names the cruise must report, in any order; empty for an allowed probe. */
  rules: string[];
}

const breaking: Probe[] = [
  {
    what: 'src/shared imports a Node builtin',
    files: {
      'src/shared/probe.ts':
        "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
    },
    rules: ['shared-no-node-builtins'],
  },
  {
    what: 'src/shared imports kysely, if only for a type',
    files: {
      'src/shared/probe.ts':
        "import type { Kysely } from 'kysely';\nexport type Probe = Kysely<never>;\n",
    },
    rules: ['shared-only-zod-and-i18next'],
  },
  {
    what: 'src/shared imports react',
    files: {
      'src/shared/probe.ts': "import { useState } from 'react';\nexport const probe = useState;\n",
    },
    rules: ['shared-only-zod-and-i18next'],
  },
  {
    what: 'src/shared imports from src/main',
    files: {
      'src/shared/probe.ts': "export { target } from '../main/base/target.js';\n",
      'src/main/base/target.ts': TARGET,
    },
    rules: ['shared-depends-on-nothing'],
  },
  {
    what: 'src/main/export imports the store',
    files: {
      'src/main/export/word/probe.ts': "export { target } from '../../store/target.js';\n",
      'src/main/store/target.ts': TARGET,
    },
    rules: ['export-is-pure'],
  },
  {
    what: 'src/main/export imports a domain service',
    files: {
      'src/main/export/probe.ts': "export { target } from '../domains/findings/target.js';\n",
      'src/main/domains/findings/target.ts': TARGET,
    },
    rules: ['export-is-pure'],
  },
  {
    what: 'src/main/export imports kysely',
    files: {
      'src/main/export/probe.ts': "import { sql } from 'kysely';\nexport const probe = sql;\n",
    },
    rules: ['export-is-pure'],
  },
  {
    what: 'src/main/store imports the core',
    files: {
      'src/main/store/probe.ts': "export { target } from '../core/target.js';\n",
      'src/main/core/target.ts': TARGET,
    },
    rules: ['store-is-generic'],
  },
  {
    what: 'src/main/store imports a shell',
    files: {
      'src/main/store/probe.ts': "export { target } from '../server/target.js';\n",
      'src/main/server/target.ts': TARGET,
    },
    rules: ['store-is-generic'],
  },
  {
    what: 'src/main/base imports the store',
    files: {
      'src/main/base/probe.ts': "export { target } from '../store/target.js';\n",
      'src/main/store/target.ts': TARGET,
    },
    rules: ['base-imports-only-shared'],
  },
  {
    what: 'src/main/base imports an npm package',
    files: {
      'src/main/base/probe.ts': "import { z } from 'zod';\nexport const probe = z;\n",
    },
    rules: ['base-imports-only-shared'],
  },
  {
    what: 'a domain imports the CLI',
    files: {
      'src/main/domains/findings/probe.ts': "export { target } from '../../cli/target.js';\n",
      'src/main/cli/target.ts': TARGET,
    },
    rules: ['core-knows-no-shell'],
  },
  {
    what: 'interchange imports the HTTP server',
    files: {
      'src/main/interchange/probe.ts': "export { target } from '../server/target.js';\n",
      'src/main/server/target.ts': TARGET,
    },
    rules: ['core-knows-no-shell'],
  },
  {
    what: 'the core imports renderer code',
    files: {
      'src/main/core/probe.ts': "export { target } from '../../renderer/target.js';\n",
      'src/renderer/target.ts': TARGET,
    },
    rules: ['core-knows-no-shell'],
  },
  {
    what: 'the core imports electron (two rules say no)',
    files: {
      'src/main/core/probe.ts': "import { app } from 'electron';\nexport const probe = app;\n",
    },
    rules: ['core-knows-no-shell', 'only-electron-shell-imports-electron'],
  },
  {
    what: 'the renderer imports src/main',
    files: {
      'src/renderer/probe.tsx': "export { target } from '../main/core/target.js';\n",
      'src/main/core/target.ts': TARGET,
    },
    rules: ['renderer-not-into-main'],
  },
  {
    what: 'the renderer imports a Node builtin',
    files: {
      'src/renderer/probe.tsx': "import path from 'path';\nexport const probe = path;\n",
    },
    rules: ['renderer-no-node-builtins'],
  },
  {
    what: 'the HTTP server imports electron',
    files: {
      'src/main/server/probe.ts':
        "import { shell } from 'electron';\nexport const probe = shell;\n",
    },
    rules: ['only-electron-shell-imports-electron'],
  },
  {
    what: 'two modules import each other at run time',
    files: {
      'src/main/core/probe-a.ts': "import { b } from './probe-b.js';\nexport const a = () => b;\n",
      'src/main/core/probe-b.ts': "import { a } from './probe-a.js';\nexport const b = () => a;\n",
    },
    rules: ['no-runtime-circular'],
  },
  {
    what: 'an import that does not resolve',
    files: {
      'src/main/core/probe.ts': "export { target } from './no-such-file.js';\n",
    },
    rules: ['resolvable'],
  },
];

const allowed: Probe[] = [
  {
    what: 'src/shared imports zod and i18next',
    files: {
      'src/shared/probe.ts':
        "import { z } from 'zod';\nimport i18next from 'i18next';\nexport const probe = [z, i18next];\n",
    },
    rules: [],
  },
  {
    what: 'an export builder imports src/shared, docx and a Node builtin',
    files: {
      'src/main/export/word/probe.ts':
        "import path from 'node:path';\nimport { Document } from 'docx';\nimport { target } from '../../../shared/target.js';\nexport const probe = [path, Document, target];\n",
      'src/shared/target.ts': TARGET,
    },
    rules: [],
  },
  {
    what: 'the Electron shell imports electron and the core',
    files: {
      'src/main/electron/probe.ts':
        "import { app } from 'electron';\nimport { target } from '../core/target.js';\nexport const probe = [app, target];\n",
      'src/main/core/target.ts': TARGET,
    },
    rules: [],
  },
];

// Allowed, but only because one of its two imports is type-only; the test checks the cycle is seen.
const typeOnlyCycle: Probe = {
  what: 'a cycle through a type-only import',
  files: {
    'src/main/core/probe-a.ts':
      "import type { B } from './probe-b.js';\nexport interface A { b?: B }\nexport const a = 1;\n",
    'src/main/core/probe-b.ts':
      "import { a } from './probe-a.js';\nexport interface B { a: typeof a }\n",
  },
  rules: [],
};

// Allowed, because one of its imports is a dynamic import() (the renderer's sections table loads
// its pages lazily, and a page links back through the router).
const dynamicCycle: Probe = {
  what: 'a cycle through a dynamic import',
  files: {
    'src/renderer/probe-a.ts':
      "export const a = 1;\nexport const load = () => import('./probe-b.js');\n",
    'src/renderer/probe-b.ts': "import { a } from './probe-a.js';\nexport const b = a;\n",
  },
  rules: [],
};

let options: ICruiseOptions;
beforeAll(async () => {
  // The same file and the same reading of it as `depcruise src --config .dependency-cruiser.cjs`.
  const fromFile = await extractDepcruiseOptions(path.join(repo, '.dependency-cruiser.cjs'));
  // tsconfig.json only helps resolve the real tree; the probes' relative imports resolve without it.
  delete fromFile.tsConfig;
  options = fromFile;
});

let copy = '';
afterEach(() => {
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
  copy = '';
});

async function cruiseCopy(probe: Probe): Promise<ICruiseResult> {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-boundaries-'));
  for (const [file, text] of Object.entries(probe.files)) {
    fs.mkdirSync(path.join(copy, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(copy, file), text);
  }
  // Packages are found through a link to the real node_modules; the rules match
  // 'node_modules/<name>/' anywhere in the resolved path, so the link's real location is fine.
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  const result = await cruise(Object.keys(probe.files), { ...options, baseDir: copy });
  if (typeof result.output === 'string') throw new Error('cruise gave text instead of a result');
  // A probe the cruiser could not read would pass every rule for the wrong reason.
  expect(result.output.summary.totalCruised).toBeGreaterThanOrEqual(
    Object.keys(probe.files).length,
  );
  return result.output;
}

async function violations(probe: Probe): Promise<string[]> {
  const { summary } = await cruiseCopy(probe);
  for (const violation of summary.violations) {
    expect(violation.from.startsWith('src/')).toBe(true);
  }
  return summary.violations.map((violation) => violation.rule.name).sort();
}

describe('dependency-cruiser boundary rules', () => {
  it.each(breaking)('$what: reports $rules', async (probe) => {
    expect(await violations(probe)).toEqual([...probe.rules].sort());
  });

  it.each(allowed)('$what: passes', async (probe) => {
    expect(await violations(probe)).toEqual([]);
  });

  it('sees a cycle through a type-only import and lets it pass', async () => {
    const result = await cruiseCopy(typeOnlyCycle);
    expect(result.summary.violations).toEqual([]);
    const cyclic = result.modules
      .filter((module) => module.dependencies.some((dependency) => dependency.circular))
      .map((module) => module.source)
      .sort();
    expect(cyclic).toEqual(['src/main/core/probe-a.ts', 'src/main/core/probe-b.ts']);
  });

  it('sees a cycle through a dynamic import and lets it pass', async () => {
    const result = await cruiseCopy(dynamicCycle);
    expect(result.summary.violations).toEqual([]);
    const cyclic = result.modules
      .filter((module) => module.dependencies.some((dependency) => dependency.circular))
      .map((module) => module.source)
      .sort();
    expect(cyclic).toEqual(['src/renderer/probe-a.ts', 'src/renderer/probe-b.ts']);
  });

  it('has a breaking probe for every rule in the config', () => {
    const ruleNames = (options.ruleSet?.forbidden ?? []).map((rule) => rule.name).sort();
    const probed = [...new Set(breaking.flatMap((probe) => probe.rules))].sort();
    expect(probed).toEqual(ruleNames);
    expect(ruleNames.length).toBe(12);
  });
});
