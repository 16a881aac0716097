import { describe, expect, it } from 'vitest';
import { progressPercent } from './upload-progress';

describe('progress of adding documents', () => {
  const base = { totalBytes: 400, fileCount: 4 };
  it('follows the bytes while uploading', () => {
    expect(progressPercent({ ...base, loadedBytes: 100, done: 0, reading: null })).toBe(25);
  });
  it('follows the files read once the bytes are in, counting the one being read as not done', () => {
    expect(progressPercent({ ...base, loadedBytes: 400, done: 0, reading: 'Begroting.pdf' })).toBe(
      0,
    );
    expect(progressPercent({ ...base, loadedBytes: 400, done: 3, reading: 'Nota.pdf' })).toBe(75);
    expect(progressPercent({ ...base, loadedBytes: 400, done: 4, reading: null })).toBe(100);
  });
  it('never divides by zero', () => {
    expect(
      progressPercent({ totalBytes: 0, fileCount: 0, loadedBytes: 0, done: 0, reading: null }),
    ).toBe(100);
  });
});
