import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { runCli } from '../../src/main/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string[];
  stderr: string[];
}

/** Runs the CLI in-process with its own environment, so a developer's KOERS_LANG never leaks in. */
export async function cli(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(args, {
    stdout: (l) => stdout.push(l),
    stderr: (l) => stderr.push(l),
    env,
  });
  return { code, stdout, stderr };
}

/**
 * Every entry of a folder tree with each file's size and hash: equal listings before and after
 * prove that nothing was changed, added or left behind (no -wal, -shm or -journal).
 */
export function listing(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  const entries = fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const rel = path.join(prefix, entry.name);
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      out.push(`${rel}/`, ...listing(full, rel));
    } else {
      const bytes = fs.readFileSync(full);
      out.push(`${rel} ${bytes.length} ${createHash('sha256').update(bytes).digest('hex')}`);
    }
  }
  return out;
}

const scratchDirs: string[] = [];

/** A fresh temporary folder, removed by removeScratch() (call it in afterAll). */
export function scratch(prefix = 'koers-cli-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

export function removeScratch(): void {
  for (const dir of scratchDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
