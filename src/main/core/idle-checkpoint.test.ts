import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyWritePragmas, createSqlite, kyselyFor } from '../store/sqlite-connection.js';
import type { KoersFile } from '../domains/schema.js';
import { IdleCheckpoint } from './idle-checkpoint.js';
import { OpenEngagements } from './open-engagements.js';

// The schedule, with fake timers: when does the WAL get folded in, and how often.

const dirs: string[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-idle-'));
  dirs.push(dir);
  const filePath = path.join(dir, 'x.koers');
  const sqlite = createSqlite(filePath);
  applyWritePragmas(sqlite);
  sqlite.exec('CREATE TABLE note (text TEXT)');
  const open = new OpenEngagements();
  open.add({
    engagementId: 'e',
    file: { path: filePath, sqlite, db: kyselyFor(sqlite) } as unknown as KoersFile,
  });
  const queued: (() => Promise<void>)[] = [];
  const idle = new IdleCheckpoint(
    open,
    (work) => queued.push(work),
    () => undefined,
    1000,
    5000,
  );
  const walBytes = () => fs.statSync(`${filePath}-wal`).size;
  /** A save as the dispatcher runs it: the write, then afterTask; then the queue's work. */
  const save = (text: string) => {
    sqlite.prepare('INSERT INTO note VALUES (?)').run(text);
    idle.afterTask();
  };
  const runQueued = async () => {
    for (const work of queued.splice(0)) {
      await work();
      idle.afterTask();
    }
  };
  return { sqlite, idle, save, runQueued, walBytes, queued };
}

describe('idle checkpoint schedule', () => {
  it('folds the WAL in one quiet second after the last save, once for a burst', async () => {
    vi.useFakeTimers();
    const s = setup();
    s.idle.afterTask(); // the file was just opened: counts as written
    for (let i = 0; i < 5; i++) {
      s.save(`notitie ${i}`);
      vi.advanceTimersByTime(300);
    }
    expect(s.queued).toHaveLength(0);
    expect(s.walBytes()).toBeGreaterThan(0);
    vi.advanceTimersByTime(700);
    expect(s.queued).toHaveLength(1);
    await s.runQueued();
    expect(s.walBytes()).toBe(0);
    // Reads (no change) schedule nothing.
    s.idle.afterTask();
    vi.advanceTimersByTime(10_000);
    expect(s.queued).toHaveLength(0);
    s.sqlite.close();
  });

  it('does not let a steady stream of saves postpone it past five seconds', async () => {
    vi.useFakeTimers();
    const s = setup();
    s.idle.afterTask();
    let elapsed = 0;
    while (s.queued.length === 0 && elapsed < 10_000) {
      s.save(`notitie ${elapsed}`);
      vi.advanceTimersByTime(200);
      elapsed += 200;
    }
    expect(elapsed).toBe(5000);
    await s.runQueued();
    expect(s.walBytes()).toBe(0);
    s.sqlite.close();
  });

  it('stops: no checkpoint is queued after stop()', () => {
    vi.useFakeTimers();
    const s = setup();
    s.save('notitie');
    s.idle.stop();
    vi.advanceTimersByTime(10_000);
    expect(s.queued).toHaveLength(0);
    s.sqlite.close();
  });
});
