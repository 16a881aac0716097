export interface UploadProgress {
  loadedBytes: number;
  totalBytes: number;
  /** Files registered so far, of `fileCount`. */
  done: number;
  fileCount: number;
  /** The file whose text the core is reading now (after the upload): the slow part of a big PDF. */
  reading: string | null;
}

/** How far along, 0–100: the bytes while uploading, then the files read. */
export function progressPercent(p: UploadProgress): number {
  if (p.reading === null && p.loadedBytes < p.totalBytes)
    return p.totalBytes > 0 ? (p.loadedBytes / p.totalBytes) * 100 : 0;
  return p.fileCount > 0 ? (p.done / p.fileCount) * 100 : 100;
}
