// Exports through the real UI in browser mode: open the demo, make the findings report (Word)
// and the findings register (Excel) from the Exporteren screen, catch the downloads and read
// them back; make the nulmeting report of a measurement chosen on its card; cancel a running
// export; make an interview's review report from its own page.
// The first test opens the demo through the UI; the others reuse it, or make it through the
// core when that test did not get so far, and each loads its own page: no test leans on where
// the one before it left the browser.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { e2eDescribe, goFresh, must, startKoers, type KoersSession } from './harness.js';

// Each test waits up to 60 s for a document (or the demo) to be made; the test itself needs room
// beyond that wait for loading its page and reading the file back, or the inner wait is moot.
const SLOW = { timeout: 120_000 };

e2eDescribe('browser mode: exports from the UI', () => {
  let koers: KoersSession;
  let page: Page;
  const downloads: Download[] = [];

  beforeAll(async () => {
    koers = await startKoers();
    page = koers.page;
    page.on('download', (download) => downloads.push(download));
  }, 60_000);

  afterAll(async () => {
    await koers?.close();
  });

  /** Clicks the button and saves what the browser downloads into the workspace folder. */
  const downloadFrom = async (click: () => Promise<void>): Promise<string> => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      click(),
    ]);
    const target = path.join(koers.workspaceDir, download.suggestedFilename());
    await download.saveAs(target);
    return target;
  };

  const card = (title: string) => page.getByRole('region', { name: title, exact: true });

  let demoId: string | undefined;
  /** The demo's Exporteren screen, loaded anew. */
  const openExports = async (): Promise<void> => {
    demoId ??= (await must(koers.core.call('demo:create', {}))).engagementId;
    await goFresh(koers, `#/e/${demoId}/exports`);
    await page.getByRole('heading', { name: 'Exporteren', level: 2 }).waitFor({ timeout: 60_000 });
  };

  it('opens the demo and goes to Exporteren', SLOW, async () => {
    await goFresh(koers, '#/');
    await page.getByRole('heading', { name: 'Startscherm', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Demotraject openen' }).first().click();
    await page.getByRole('heading', { name: 'Overzicht', level: 2 }).waitFor({ timeout: 60_000 });
    demoId = /#\/e\/([0-9a-f-]{36})\//.exec(page.url())?.[1];
    await page.getByRole('link', { name: 'Exporteren' }).click();
    await page.getByRole('heading', { name: 'Exporteren', level: 2 }).waitFor();
    // One card per document type of the registry, each with its format.
    for (const [title, format] of [
      ['Interviewverslag', 'Word'],
      ['Bevindingenrapport', 'Word'],
      ['Documentanalyse', 'Word'],
      ['Visiedocument', 'Word'],
      ['Visieposter (PDF)', 'PDF'],
      ['Visieposter (PNG)', 'PNG'],
      ['Visieposter (SVG)', 'SVG'],
      ['Bevindingenregister', 'Excel'],
      ['Interviewlogboek', 'Excel'],
      ['Betrokkenenregister', 'Excel'],
    ] as const) {
      await card(title).getByText(format, { exact: true }).waitFor();
    }
    // Names are off by default; turning them on shows the AVG warning.
    const names = page.getByRole('switch', { name: /Namen in plaats van pseudoniemen/ });
    expect(await names.isChecked()).toBe(false);
    await names.check({ force: true });
    await page.getByText('Dit document bevat persoonsgegevens').waitFor();
    await names.uncheck({ force: true });
    await page.getByText('Dit document bevat persoonsgegevens').waitFor({ state: 'hidden' });
  });

  it('makes the findings report in Word, with its headings', SLOW, async () => {
    await openExports();
    const file = await downloadFrom(() =>
      page.getByRole('button', { name: 'Maken: Bevindingenrapport' }).click(),
    );
    // The browser saves it under the one export name (src/shared/domain/export-file-name.ts).
    expect(path.basename(file)).toMatch(
      /^bevindingenrapport-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.docx$/,
    );
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Bevindingen per thema');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    // Pseudonyms by default: the report speaks of R01 …, not of the demo's people.
    expect(xml).toMatch(/R0\d/);
    await page.getByText(/bevindingenrapport-.*\.docx wordt gedownload\./).waitFor();
    await card('Bevindingenrapport')
      .getByText(/^Laatst gemaakt: /)
      .waitFor();
  });

  it('makes the findings register in Excel, with its header row', SLOW, async () => {
    await openExports();
    const file = await downloadFrom(() =>
      page.getByRole('button', { name: 'Maken: Bevindingenregister' }).click(),
    );
    expect(path.basename(file)).toMatch(
      /^bevindingenregister-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const zip = await JSZip.loadAsync(readFileSync(file));
    expect(zip.file('xl/worksheets/sheet1.xml')).not.toBeNull();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Bevinding');
    expect(header).toContain('Soort');
    expect(sheet?.rowCount ?? 0).toBeGreaterThan(50);
  });

  it('makes the nulmeting report of the 0-meting, chosen beside the 1-meting', SLOW, async () => {
    await openExports();
    const measurements = await must(koers.core.call('assessment:list', { engagementId: demoId! }));
    expect(measurements.map((a) => a.name)).toEqual(['1-meting', '0-meting']);
    const zero = measurements[1]!;
    const day = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${zero.date}T12:00:00Z`),
    );
    const select = card('Rapport nulmeting').getByRole('combobox', { name: 'Meting', exact: true });
    // The newest measurement until the consultant chooses another.
    expect(await select.inputValue()).toMatch(/^1-meting \(/);
    await select.click();
    await page.getByRole('option', { name: `0-meting (${day})`, exact: true }).click();
    const file = await downloadFrom(() =>
      page.getByRole('button', { name: 'Maken: Rapport nulmeting' }).click(),
    );
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    // The cover names the measurement; a report of the 1-meting would name it, and compare.
    expect(xml).toContain(`0-meting, ${day}`);
    expect(xml).not.toContain('1-meting');
  });

  it('makes the vision poster as PDF, one A3 page, from its own card', SLOW, async () => {
    await openExports();
    const file = await downloadFrom(() =>
      page.getByRole('button', { name: 'Maken: Visieposter (PDF)' }).click(),
    );
    expect(path.basename(file)).toMatch(/^visieposter-gemeente-dijkhaven-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // pdfkit writes the page size as the MediaBox of the one page: A3 in points.
    expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 1190\.55\]/);
  });

  it('cancels a running export: nothing is downloaded', SLOW, async () => {
    await openExports();
    const before = downloads.length;
    // The demo's documents are made in about a second, quicker than a click: status answers
    // wait until the user has clicked Annuleren, so the job is still running for the UI.
    let clicked: () => void = () => undefined;
    const cancelClicked = new Promise<void>((resolve) => (clicked = resolve));
    const isStatus = (url: URL) => url.pathname === '/api/export:status';
    await page.route(isStatus, async (route) => {
      await cancelClicked;
      await route.continue();
    });
    try {
      await page.getByRole('button', { name: 'Maken: Documentanalyse' }).click();
      await card('Documentanalyse')
        .getByText(/^Bezig met maken/)
        .waitFor();
      await page.getByRole('button', { name: 'Annuleren: Documentanalyse' }).click();
      clicked();
      await card('Documentanalyse')
        .getByText('Geannuleerd: er is geen document gemaakt.')
        .waitFor({ timeout: 60_000 });
      // Give a stray download time to show up; there must be none.
      await page.waitForTimeout(800);
      expect(downloads.length).toBe(before);
      await card('Documentanalyse')
        .getByRole('button', { name: 'Maken: Documentanalyse' })
        .waitFor();
    } finally {
      // Held status answers would stall the next test's exports.
      clicked();
      await page.unroute(isStatus);
    }
  });

  it('makes an interview report for review from the interview itself', SLOW, async () => {
    await openExports();
    await page.getByRole('link', { name: 'Interviews' }).click();
    await page.getByRole('heading', { name: 'Interviews', level: 2 }).waitFor();
    const first = page.getByRole('main').getByRole('link').first();
    const title = (await first.textContent())?.trim() ?? '';
    await first.click();
    await page.getByRole('heading', { name: title, level: 2 }).waitFor();
    const file = await downloadFrom(() =>
      page.getByRole('button', { name: 'Verslag voor review' }).click(),
    );
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(koers.pageErrors).toEqual([]);
    expect(koers.blockedRequests).toEqual([]);
  });
});
