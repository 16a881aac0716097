import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds resources/<name>, recognised by a file it must hold. Packaged by electron-builder, the
 * folder is an extraResource under `process.resourcesPath/<name>`; in development, tests and the
 * CLI it sits at the package root, above both src/main and out/main. We walk up rather than count
 * levels, so moving a caller does not silently break the lookup.
 */
export function resolveResourceDir(
  name: string,
  marker: string,
  startDir: string = dirname(fileURLToPath(import.meta.url)),
): string | null {
  const holds = (dir: string) => existsSync(join(dir, marker));
  // resourcesPath only exists in Electron; plain Node's types do not know it.
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resourcesPath !== undefined) {
    const packaged = join(resourcesPath, name);
    if (holds(packaged)) return packaged;
  }
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, 'resources', name);
    if (holds(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
