import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The installer ships `dependencies` as node_modules next to out/; the renderer's packages are
// bundled into out/renderer by Vite and must not ship a second time. Which package belongs where
// is read from the source, so a new import cannot silently land in the wrong list.

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const dependencies = new Set(Object.keys(pkg.dependencies ?? {}));

/** The Electron runtime provides 'electron' itself; electron-builder wants it a devDependency. */
const PROVIDED = new Set(['electron']);
const builtins = new Set(builtinModules);

const SOURCE = /\.(ts|tsx|cts|mts)$/;
const TEST = /\.(test|spec)\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name) && !TEST.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** 'a/b' → 'a', '@s/a/b' → '@s/a'; null for relative paths and Node's built-in modules. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:'))
    return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return builtins.has(name) ? null : name;
}

/** Specifiers a file loads at run time: imports and re-exports that are not type-only, import(). */
function runtimeImports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function packagesUsedBy(dirs: string[]): Map<string, string> {
  const used = new Map<string, string>();
  for (const dir of dirs) {
    for (const file of sourceFiles(dir)) {
      for (const specifier of runtimeImports(file, readFileSync(join(root, file), 'utf8'))) {
        const name = packageOf(specifier);
        if (name !== null && !used.has(name)) used.set(name, file);
      }
    }
  }
  return used;
}

const core = packagesUsedBy(['src/main', 'src/shared']);
const renderer = packagesUsedBy(['src/renderer']);

describe('runtime dependencies', () => {
  it('finds the packages the source really imports', () => {
    // If the scan found nothing, every assertion below would pass for the wrong reason.
    expect(core.has('kysely')).toBe(true);
    expect(core.has('zod')).toBe(true);
    expect(renderer.has('react')).toBe(true);
    expect(renderer.has('@mantine/core')).toBe(true);
  });

  it('lists every package the core and src/shared load at run time in dependencies', () => {
    const missing = [...core]
      .filter(([name]) => !dependencies.has(name) && !PROVIDED.has(name))
      .map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });

  it('keeps packages only the renderer imports out of dependencies: Vite bundles them', () => {
    const shipped = [...renderer]
      .filter(([name]) => !core.has(name) && dependencies.has(name))
      .map(([name, file]) => `${name} (${file})`);
    expect(shipped).toEqual([]);
  });

  it('ships nothing the core does not load', () => {
    const unused = [...dependencies].filter((name) => !core.has(name));
    expect(unused).toEqual([]);
  });

  it('tells type-only imports and Node built-ins from packages loaded at run time', () => {
    const text = [
      "import type { A } from 'only-types';",
      "import { type B, type C } from 'also-types';",
      "import { type D, e } from 'mixed';",
      "export type { F } from 'types-again';",
      "export { g } from 'reexported';",
      "import fs from 'node:fs';",
      "import path from 'path';",
      "const lazy = await import('@scope/lazy/sub');",
      "type T = typeof import('type-position');",
    ].join('\n');
    const names = runtimeImports('sample.ts', text).map(packageOf);
    expect(names).toEqual(['mixed', 'reexported', null, null, '@scope/lazy']);
  });
});
