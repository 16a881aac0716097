import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Language } from '../../shared/domain/common.js';

// The small per-user index: recent files and preferences. It is a JSON file because it is
// tiny, human-readable and must survive without the engagement files it points to. Written
// atomically (temp + rename); a damaged index is set aside, never a reason not to start.

const recentSchema = z.object({
  path: z.string(),
  title: z.string(),
  clientName: z.string(),
  lastOpenedAt: z.string(),
});
export type RecentRecord = z.infer<typeof recentSchema>;

const indexSchema = z.object({
  version: z.literal(1),
  preferences: z.object({
    language: z.enum(['nl', 'en']).default('nl'),
    workspaceDir: z.string().optional(),
  }),
  recent: z.array(recentSchema).default([]),
  /** Fingerprints of files this machine closed cleanly (see FileFingerprint), by path. */
  cleanCloses: z
    .record(
      z.string(),
      z.object({ size: z.number(), mtimeMs: z.number(), changeCounter: z.number() }),
    )
    .default({}),
  /** Set once the user has created or opened an engagement; the home page stops pushing the demo. */
  hasOpenedAnything: z.boolean().default(false),
});
export type AppIndexData = z.infer<typeof indexSchema>;

const MAX_RECENT = 20;

export const recentIdFor = (filePath: string): string =>
  createHash('sha256').update(path.resolve(filePath)).digest('base64url').slice(0, 22);

export class AppIndex {
  private data: AppIndexData;
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'koers-index.json');
    this.data = this.load();
  }

  private load(): AppIndexData {
    const empty: AppIndexData = {
      version: 1,
      preferences: { language: 'nl' },
      recent: [],
      cleanCloses: {},
      hasOpenedAnything: false,
    };
    let raw: string;
    try {
      raw = fs.readFileSync(this.file, 'utf8');
    } catch {
      return empty;
    }
    try {
      return indexSchema.parse(JSON.parse(raw));
    } catch {
      fs.renameSync(this.file, `${this.file}.damaged-${Date.now()}`);
      return empty;
    }
  }

  private save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(this.data, null, 2));
    fs.renameSync(temp, this.file);
  }

  get preferences(): AppIndexData['preferences'] {
    return this.data.preferences;
  }

  get hasOpenedAnything(): boolean {
    return this.data.hasOpenedAnything;
  }

  setLanguage(language: Language): void {
    this.data.preferences.language = language;
    this.save();
  }

  get recent(): readonly RecentRecord[] {
    return this.data.recent;
  }

  findRecent(id: string): RecentRecord | undefined {
    return this.data.recent.find((r) => recentIdFor(r.path) === id);
  }

  touchRecent(entry: Omit<RecentRecord, 'lastOpenedAt'>): void {
    const resolved = path.resolve(entry.path);
    this.data.recent = [
      { ...entry, path: resolved, lastOpenedAt: new Date().toISOString() },
      ...this.data.recent.filter((r) => path.resolve(r.path) !== resolved),
    ].slice(0, MAX_RECENT);
    this.data.hasOpenedAnything = true;
    this.save();
  }

  removeRecent(id: string): boolean {
    const before = this.data.recent.length;
    this.data.recent = this.data.recent.filter((r) => recentIdFor(r.path) !== id);
    if (this.data.recent.length === before) return false;
    this.save();
    return true;
  }

  cleanCloseOf(filePath: string): AppIndexData['cleanCloses'][string] | undefined {
    return this.data.cleanCloses[path.resolve(filePath)];
  }

  /** Recorded after a clean close; forgotten as soon as the file is opened (it will change). */
  setCleanClose(
    filePath: string,
    fingerprint: AppIndexData['cleanCloses'][string] | undefined,
  ): void {
    const key = path.resolve(filePath);
    if (fingerprint) this.data.cleanCloses[key] = fingerprint;
    else if (key in this.data.cleanCloses) delete this.data.cleanCloses[key];
    else return;
    // Bounded: only files on the recent list are worth remembering.
    const keep = new Set(this.data.recent.map((r) => path.resolve(r.path)));
    keep.add(key);
    for (const k of Object.keys(this.data.cleanCloses))
      if (!keep.has(k)) delete this.data.cleanCloses[k];
    this.save();
  }

  /** After a rename the old path is gone; the caller touches the new one. */
  forgetPath(filePath: string): void {
    const resolved = path.resolve(filePath);
    this.data.recent = this.data.recent.filter((r) => path.resolve(r.path) !== resolved);
    this.save();
  }
}
