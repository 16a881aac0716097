import path from 'node:path';
import type { OpenEngagement } from '../../shared/domain/engagement.js';
import { closeEngagementFile } from '../store/engagement-file.js';
import type { KoersFile } from '../domains/schema.js';
import { KoersError } from '../base/koers-error.js';

export interface OpenDocument {
  engagementId: string;
  file: KoersFile;
}

/**
 * The engagement files this core has open, keyed by the engagement's UUID. A copy of a file
 * keeps its engagement's UUID (consultants will merge copies later), so a second file with
 * the same UUID cannot be open at the same time: the user closes one first.
 */
export class OpenEngagements {
  private readonly docs = new Map<string, OpenDocument>();

  /** `onClosed` learns of every file this core closed cleanly (to fingerprint it). */
  constructor(private readonly onClosed: (filePath: string) => void = () => undefined) {}

  get(engagementId: string): OpenDocument {
    const doc = this.docs.get(engagementId);
    if (!doc) throw new KoersError('NOT_OPEN');
    return doc;
  }

  findByPath(filePath: string): OpenDocument | undefined {
    const resolved = path.resolve(filePath);
    return [...this.docs.values()].find((d) => path.resolve(d.file.path) === resolved);
  }

  has(engagementId: string): boolean {
    return this.docs.has(engagementId);
  }

  add(doc: OpenDocument): void {
    this.docs.set(doc.engagementId, doc);
  }

  all(): OpenDocument[] {
    return [...this.docs.values()];
  }

  async close(engagementId: string): Promise<void> {
    const doc = this.get(engagementId);
    this.docs.delete(engagementId);
    await closeEngagementFile(doc.file);
    this.onClosed(doc.file.path);
  }

  async closeAll(): Promise<void> {
    const all = this.all();
    this.docs.clear();
    for (const doc of all) {
      await closeEngagementFile(doc.file);
      this.onClosed(doc.file.path);
    }
  }
}

export const describeOpen = (
  doc: OpenDocument,
  engagement: { title: string; clientName: string; language: 'nl' | 'en' },
): OpenEngagement => ({
  engagementId: doc.engagementId,
  fileName: path.basename(doc.file.path),
  displayPath: doc.file.path,
  title: engagement.title,
  clientName: engagement.clientName,
  language: engagement.language,
});
