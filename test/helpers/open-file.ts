import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach } from 'vitest';
import { startTempCore, type TempCore } from './temp-core.js';

// The core tests check what an operation wrote by reading the engagement file itself, while
// the core still holds it open. These are the two pieces every such test file needs.

/**
 * Registers, in the calling test file, that every core started through the returned function
 * is disposed after its test. The cores checkpoint after 5 ms idle, so the file on disk is
 * current soon after a call.
 */
export function coresDisposedAfterEach(): () => Promise<TempCore> {
  let started: TempCore[] = [];
  afterEach(async () => {
    for (const core of started) await core.dispose();
    started = [];
  });
  return async () => {
    const core = await startTempCore(undefined, { idleCheckpointMs: 5 });
    started.push(core);
    return core;
  };
}

/**
 * Rows read from a copy of an open engagement file (the open file is locked), taken after the
 * idle checkpoint has had time to run.
 */
export async function rowsOfOpenFile<T = Record<string, unknown>>(
  filePath: string,
  sql: string,
  ...params: unknown[]
): Promise<T[]> {
  await sleep(150);
  const copy = `${filePath}.${Math.random().toString(36).slice(2)}.copy`;
  fs.copyFileSync(filePath, copy);
  const db = new BetterSqlite3(copy, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
    fs.rmSync(copy);
  }
}
