import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, expect } from 'vitest';
import { INTERCHANGE_SECTIONS } from '../../src/main/interchange/interchange-format.js';
import { cli, removeScratch, scratch, type CliRun } from '../cli/run-cli.js';

// Every area's interchange test starts the same way: the demo made with the CLI, written as
// JSON with a fixed clock, then spoiled or made older and imported again. The setup lives here
// so a new area's test holds only what is its own.

/** A fixed export time, so two exports of the same file are byte-identical. */
export const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' };

/** The rows a query gives on a file, read-only. */
export function fileRows<T>(file: string, sql: string): T[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

export interface InterchangeDemo {
  /** The scratch folder holding the demo, its JSON (`first.json`) and what the test imports. */
  readonly dir: string;
  /** The demo as exported JSON text. */
  readonly text: string;
  /** A fresh parsed copy of the demo's JSON, to change at will. */
  doc<T>(): T;
  /**
   * The demo's JSON as a file of an older format would have it: the sections introduced after
   * `version` left out (a file from then could not have them) and the version set back.
   */
  olderDoc<T>(version: number): T;
  /** Writes `doc` as `<name>.json` in the folder and imports it into `<name>.koers`. */
  importDoc(doc: unknown, name: string): Promise<CliRun>;
  /** Imports the demo's JSON into a copy and exports that again: the copy and the new text. */
  roundTrip(): Promise<{ copy: string; again: string }>;
}

/** Registers the set-up (and the clean-up) in the calling test file. */
export function interchangeDemo(): InterchangeDemo {
  let dir = '';
  let text = '';
  beforeAll(async () => {
    dir = scratch();
    const made = await cli(['demo', dir]);
    expect(made.code, made.stderr.join('\n')).toBe(0);
    const out = path.join(dir, 'first.json');
    const run = await cli(['export-json', made.stdout[0]!, '--out', out], EPOCH);
    expect(run.code, run.stderr.join('\n')).toBe(0);
    text = fs.readFileSync(out, 'utf8');
  }, 120_000);
  afterAll(removeScratch);

  return {
    get dir() {
      return dir;
    },
    get text() {
      return text;
    },
    doc<T>() {
      return JSON.parse(text) as T;
    },
    olderDoc<T>(version: number) {
      const doc = JSON.parse(text) as Record<string, unknown>;
      for (const section of INTERCHANGE_SECTIONS)
        if (section.since > version) delete doc[section.key];
      doc['formatVersion'] = version;
      return doc as T;
    },
    async importDoc(doc, name) {
      const json = path.join(dir, `${name}.json`);
      fs.writeFileSync(json, JSON.stringify(doc, null, 2));
      return cli(['import-json', json, path.join(dir, name)]);
    },
    async roundTrip() {
      const imported = await cli([
        'import-json',
        path.join(dir, 'first.json'),
        path.join(dir, 'Kopie'),
      ]);
      expect(imported.code, imported.stderr.join('\n')).toBe(0);
      const copy = imported.stdout[0]!;
      const out = path.join(dir, 'second.json');
      const exported = await cli(['export-json', copy, '--out', out], EPOCH);
      expect(exported.code, exported.stderr.join('\n')).toBe(0);
      return { copy, again: fs.readFileSync(out, 'utf8') };
    },
  };
}
