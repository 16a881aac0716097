import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'test/**/*.spec.ts'],
    // Core tests open real SQLite files; give the slower end-to-end tests room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core CI machine,
    // which then waits idle on every LibreOffice, pdftotext and Chromium child process. Those
    // waits dominate the slow files, so one worker per core keeps both cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
