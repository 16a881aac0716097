import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

// The real consumers of the exports in tests: LibreOffice prints a file to PDF, poppler reads
// the text and lists the pictures back. Installed by .ci/run; elsewhere the checks are skipped
// with a note in their name, and on CI a missing tool fails instead.

export const officeToolsAvailable =
  spawnSync('libreoffice', ['--version'], { encoding: 'utf8' }).status === 0 &&
  spawnSync('pdftotext', ['-v']).status === 0 &&
  spawnSync('pdfimages', ['-v']).status === 0;

/** Skip the LibreOffice checks only off CI and only when the tools are missing. */
export const skipOfficeChecks = !officeToolsAvailable && process.env.CI !== 'true';

/** Appended to a test's name when it is skipped, so the run says why. */
export const officeSkipNote = officeToolsAvailable
  ? ''
  : ' (overgeslagen: LibreOffice of poppler-utils ontbreekt)';

/** Prints the files to PDF beside them in one LibreOffice run (distinct base names). */
export function printToPdf(dir: string, files: string[], timeout = 180_000): void {
  execFileSync(
    'libreoffice',
    [
      '--headless',
      `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...files,
    ],
    { stdio: 'ignore', timeout },
  );
}

/** The text of a PDF with all white space as single spaces. */
export const pdfText = (file: string): string =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** pdfimages' list lines of the pictures in a PDF (columns: page, num, type, width, height …). */
export const pdfImageLines = (file: string): string[] =>
  execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => /^\s*\d+\s+\d+\s+image\b/.test(line));
