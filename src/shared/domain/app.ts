import { z } from 'zod';
import { languageSchema, type Language } from './common.js';

export const SHELLS = ['electron', 'browser', 'cli', 'test'] as const;
export type ShellKind = (typeof SHELLS)[number];

export interface AppInfo {
  version: string;
  shell: ShellKind;
  schemaVersion: number;
  workspaceDir: string;
  dataDir: string;
  language: Language;
  /** True until the user has created or opened anything: the home page offers the demo. */
  firstRun: boolean;
}

export const preferencesPatchSchema = z.object({
  language: languageSchema.optional(),
});

export interface Preferences {
  language: Language;
  workspaceDir: string;
}

export interface RecentEntry {
  /** Opaque id; the renderer opens a recent file by this id, never by its path. */
  id: string;
  fileName: string;
  displayPath: string;
  title: string;
  clientName: string;
  lastOpenedAt: string;
  /** The file is no longer where it was. Reported, never silently recreated. */
  missing: boolean;
}

export interface WorkspaceFile {
  fileName: string;
  sizeBytes: number;
  modifiedAt: string;
}
