import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/main/domains/schema.js';
import { runMigrations } from '../../src/main/store/migrate.js';
import { kyselyFor } from '../../src/main/store/sqlite-connection.js';
import { tempDir } from '../helpers/temp-core.js';

// 0004 on a version-3 file: existing findings keep their source and get empty session columns;
// session inputs are indexed, renamed parts re-indexed, and deleting a session takes its
// inputs, tallies, findings and index entries with it.

describe('migration 0004-work-sessions', () => {
  it('adds sessions to a version-3 file with findings, and keeps search and cascades in step', async () => {
    const file = path.join(tempDir('koers-m4-'), 'm4.koers');
    const sqlite = new BetterSqlite3(file);
    const db = kyselyFor(sqlite);
    await runMigrations(db as never, MIGRATIONS.slice(0, 3));
    sqlite
      .prepare(
        "INSERT INTO finding (id, statement, kind, source_type, created_at, updated_at) VALUES ('f0', 'Oud', 'uitdaging', 'direct', 'x', 'x')",
      )
      .run();
    await runMigrations(db as never, MIGRATIONS.slice(0, 4));
    await db.destroy();

    const raw = new BetterSqlite3(file);
    raw.pragma('foreign_keys = ON');
    expect(raw.pragma('user_version', { simple: true })).toBe(4);
    expect(
      raw
        .prepare('SELECT source_type, session_id, session_part_id, session_input_id FROM finding')
        .all(),
    ).toEqual([
      { source_type: 'direct', session_id: null, session_part_id: null, session_input_id: null },
    ]);
    raw.exec(`
      INSERT INTO session (id, session_type, title, created_at, updated_at)
        VALUES ('s1', 'world-cafe', 'World café', 'x', 'x');
      INSERT INTO session_part (id, session_id, kind, position, title, created_at, updated_at)
        VALUES ('p1', 's1', 'stelling', 0, 'Ethiek', 'x', 'x');
      INSERT INTO session_input (id, part_id, round, text, created_at, updated_at)
        VALUES ('i1', 'p1', 1, 'Normenkader', 'x', 'x');
      INSERT INTO statement_tally (part_id, round, eens, oneens, neutraal, revealed, updated_at)
        VALUES ('p1', 1, 3, 2, 1, 0, 'x');
      INSERT INTO finding (id, statement, kind, source_type, session_id, session_part_id, session_input_id, created_at, updated_at)
        VALUES ('f1', 'Uit sessie', 'ambitie', 'session', 's1', 'p1', 'i1', 'x', 'x');
    `);
    const find = (word: string) =>
      raw
        .prepare(
          'SELECT kind, ref_id, parent_id, question_id, title FROM search_index WHERE search_index MATCH ?',
        )
        .all(word);
    expect(find('normenkader')).toEqual([
      { kind: 'session-input', ref_id: 'i1', parent_id: 's1', question_id: 'p1', title: 'Ethiek' },
    ]);
    raw.prepare("UPDATE session_part SET title = 'Privacy' WHERE id = 'p1'").run();
    expect(find('privacy')).toEqual([
      { kind: 'session-input', ref_id: 'i1', parent_id: 's1', question_id: 'p1', title: 'Privacy' },
    ]);
    expect(find('ethiek')).toEqual([]);

    raw.prepare("DELETE FROM session WHERE id = 's1'").run();
    for (const table of ['session_part', 'session_input', 'statement_tally'])
      expect(raw.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    expect(raw.prepare('SELECT id FROM finding').all()).toEqual([{ id: 'f0' }]);
    expect(find('normenkader')).toEqual([]);
    expect(
      raw.prepare("SELECT count(*) AS n FROM search_ref WHERE kind = 'session-input'").get(),
    ).toEqual({ n: 0 });
    expect(() =>
      raw
        .prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
        .run(),
    ).not.toThrow();
    raw.close();
  });
});
