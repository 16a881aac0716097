import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../src/main/core/create-core.js';
import type { Core } from '../../src/main/core/core-types.js';
import type { OperationName, OutputOf } from '../../src/shared/contract.js';

export interface TempCore {
  core: Core;
  root: string;
  dataDir: string;
  workspaceDir: string;
  /** Calls an operation and fails the test with the error message when it does not succeed. */
  must<K extends OperationName>(name: K, input: unknown): Promise<OutputOf<K>>;
  /** Calls an operation that must fail, and gives its error code. */
  code(name: OperationName, input: unknown): Promise<string>;
  dispose(): Promise<void>;
}

export function tempDir(prefix = 'koers-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TempCoreOptions {
  /** A short idle checkpoint (e.g. 5 ms) lets a test read the main file while it is open. */
  idleCheckpointMs?: number;
}

export async function startTempCore(
  root = tempDir(),
  options: TempCoreOptions = {},
): Promise<TempCore> {
  const dataDir = path.join(root, 'data');
  const workspaceDir = path.join(root, 'workspace');
  const core = await createCore({ dataDir, workspaceDir, shell: 'test', ...options });
  return {
    core,
    root,
    dataDir,
    workspaceDir,
    async must(name, input) {
      const result = await core.call(name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    async code(name, input) {
      const result = await core.call(name, input);
      if (result.ok) throw new Error(`${name} succeeded`);
      return result.error.code;
    },
    async dispose() {
      await core.dispose();
    },
  };
}

/**
 * Every file in a folder with its size and SHA-256, to prove a refused file and its folder are
 * untouched. A hash rather than the bytes: comparing Buffers with toEqual goes byte by byte
 * through the matcher and took seconds per call on a file of a few MB.
 */
export function snapshotFolder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (!fs.statSync(full).isFile()) continue;
    const bytes = fs.readFileSync(full);
    out.set(name, `${bytes.length} ${createHash('sha256').update(bytes).digest('hex')}`);
  }
  return out;
}
