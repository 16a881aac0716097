// Reading a document in Koers: a two-page PDF (made here with pdf-lib) is uploaded through the
// file input, its second page shows in the document view under "Pagina 2", a phrase selected
// there becomes a passage with page 2, and the Ctrl+K palette finds the phrase and opens the
// document scrolled to page 2. A screenshot of the view goes to /tmp/docview.png for a look.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { e2eDescribe, goFresh, must, startKoers, type KoersSession } from './harness.js';

const SLOW = { timeout: 120_000 };
/** On page 2 only; "kwartiermakers" occurs nowhere else, so the search finds this document. */
const PHRASE = 'kwartiermakers voor datagedreven werken';
const PAGE_TWO = `Het college benoemt twee ${PHRASE} in het sociaal domein.`;
/** Enough lines on page 1 that page 2 starts below the fold of the text view. */
const PAGE_ONE = Array.from(
  { length: 40 },
  (_, i) => `Regel ${i + 1}: de gemeente werkt samen met inwoners en partners.`,
);

async function twoPagePdf(file: string): Promise<void> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const first = pdf.addPage([595, 842]);
  PAGE_ONE.forEach((line, i) => first.drawText(line, { x: 50, y: 790 - i * 18, size: 11, font }));
  pdf.addPage([595, 842]).drawText(PAGE_TWO, { x: 50, y: 790, size: 11, font });
  writeFileSync(file, await pdf.save());
}

/** Selects `text` inside the text of page `page` of the document view, as a user would. */
async function selectOnPage(page: Page, pageNumber: number, text: string): Promise<void> {
  await page.evaluate(
    ({ pageNumber, text }) => {
      const section = document.querySelector(`[data-page="${pageNumber}"]`);
      const walker = document.createTreeWalker(section!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`"${text}" staat niet op pagina ${pageNumber}`);
    },
    { pageNumber, text },
  );
}

e2eDescribe('browser mode: the text of a PDF, page by page, into a passage and the search', () => {
  let koers: KoersSession;
  let page: Page;
  let engagementId = '';

  beforeAll(async () => {
    koers = await startKoers({
      prepare: async (core) => {
        const created = await must(
          core.call('engagement:create', {
            fields: { clientName: 'Gemeente Zuiderhaven', title: 'Visie datagedreven werken' },
          }),
        );
        engagementId = created.engagementId;
      },
    });
    page = koers.page;
  });

  afterAll(async () => {
    await koers?.close();
  });

  it(
    'shows page 2, makes a passage from a selection on it, and the palette opens page 2',
    SLOW,
    async () => {
      await goFresh(koers, `#/e/${engagementId}/documents`);
      await page.getByText('Nog geen documenten').waitFor();
      const file = path.join(os.tmpdir(), `Coalitieakkoord ${Date.now()}.pdf`);
      await twoPagePdf(file);
      await page.locator('input[type=file]').setInputFiles(file);
      await page.getByText('1 document toegevoegd.').waitFor();
      await page.getByRole('link', { name: /^Document .*Coalitieakkoord.* openen$/ }).click();

      const pageTwo = page.getByRole('region', { name: 'Pagina 2', exact: true });
      await pageTwo.getByText(PAGE_TWO).waitFor();
      await expect.poll(() => page.getByRole('region', { name: /^Pagina \d+$/ }).count()).toBe(2);

      await selectOnPage(page, 2, PHRASE);
      await page.getByText(`Pagina 2: “${PHRASE}”`).waitFor();
      await pageTwo.scrollIntoViewIfNeeded();
      await page.screenshot({ path: '/tmp/docview.png' });
      await page.getByRole('button', { name: 'Maak fragment' }).click();
      await page.getByText('Het fragment is opgeslagen.').waitFor();

      const passages = page.getByRole('article');
      await passages.getByText(PHRASE, { exact: true }).waitFor();
      await passages.getByText('p. 2', { exact: true }).waitFor();
      const [doc] = await must(koers.core.call('document:list', { engagementId }));
      const stored = await must(koers.core.call('document:get', { engagementId, id: doc!.id }));
      expect(stored.passages.map((p) => ({ text: p.text, page: p.page }))).toEqual([
        { text: PHRASE, page: 2 },
      ]);

      // From another screen, the palette finds the phrase in the document and opens page 2.
      await goFresh(koers, `#/e/${engagementId}/documents`);
      await page.getByRole('heading', { name: 'Documenten', level: 2 }).waitFor();
      await page.keyboard.press('Control+k');
      const palette = page.getByRole('combobox', { name: 'Zoeken in dit traject' });
      await palette.waitFor();
      await palette.fill('kwartiermakers');
      const hit = page.getByRole('group', { name: 'Documenten' }).getByRole('option').first();
      await hit.waitFor({ timeout: 30_000 });
      await hit.click();
      await palette.waitFor({ state: 'hidden' });
      expect(page.url()).toMatch(new RegExp(`/documents/${doc!.id}\\?page=2$`));
      await pageTwo.getByText(PAGE_TWO).waitFor();
      // Scrolled into view: the text had to scroll, and page 2 lies inside its visible part.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const target = document.querySelector('[data-page="2"]')!;
            const box = target.parentElement!;
            const [t, b] = [target.getBoundingClientRect(), box.getBoundingClientRect()];
            return box.scrollTop > 0 && t.top >= b.top - 1 && t.top < b.bottom - 20;
          }),
        )
        .toBe(true);
      expect(koers.pageErrors).toEqual([]);
    },
  );
});
