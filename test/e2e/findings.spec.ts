// Coding through the real UI: select a sentence in the notes of question 1, make it a finding
// with two themes (Ctrl+Shift+F, then Ctrl+Enter in the form), see it in the findings view
// with its pseudonymised source, count it in the matrix cell theme × the interviewee's group,
// and find it again with the Ctrl+K palette, whose <mark> holds the matched word.
// The list, matrix and search tests look at a finding the core made before the browser opened
// (from the other sentence, with two other themes), so they do not depend on the first test.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Theme } from '../../src/shared/domain/overview.js';
import { e2eDescribe, goFresh, must, startKoers, type KoersSession } from './harness.js';

const SENTENCE = 'Niemand weet precies welke persoonsgegevens in welke Excel-lijst staan.';
const OTHER = 'De wethouder wil eerst de basis op orde.';
const SLOW = { timeout: 120_000 };
/** The finding the first test makes through the UI. */
const STATEMENT = 'Niemand overziet waar de persoonsgegevens staan';
/** The finding made through the core, from OTHER, with the third and fourth theme. Its word
 * "verspreid" occurs nowhere else (not in the method's interview guide either). */
const SEEDED = 'Persoonsgegevens liggen verspreid over losse Excel-lijsten';

e2eDescribe(
  'browser mode: a finding from interview notes, in the list, the matrix and the search',
  () => {
    let koers: KoersSession;
    let page: Page;
    let engagementId = '';
    let interviewId = '';
    let themes: Theme[] = [];

    beforeAll(async () => {
      koers = await startKoers({
        prepare: async (core) => {
          const created = await must(
            core.call('engagement:create', {
              fields: { clientName: 'Gemeente Zuiderhaven', title: 'Visie datagedreven werken' },
            }),
          );
          engagementId = created.engagementId;
          const person = await must(
            core.call('stakeholder:create', {
              engagementId,
              fields: { name: 'Fatima el Amrani', group: 'wethouder', jobTitle: 'Wethouder' },
            }),
          );
          const interview = await must(
            core.call('interview:create', {
              engagementId,
              fields: { title: 'Gesprek met de wethouder', participantIds: [person.id] },
            }),
          );
          interviewId = interview.id;
          const doc = {
            type: 'doc',
            content: [SENTENCE, OTHER].map((text) => ({
              type: 'paragraph',
              content: [{ type: 'text', text }],
            })),
          };
          await must(
            core.call('interview:saveNotes', {
              engagementId,
              interviewId,
              questionId: interview.questions[0]!.id,
              notes: { json: JSON.stringify(doc), text: `${SENTENCE}\n\n${OTHER}` },
            }),
          );
          themes = await must(core.call('theme:list', { engagementId }));
          await must(
            core.call('finding:create', {
              engagementId,
              source: { type: 'interview', interviewId, questionId: interview.questions[0]!.id },
              fields: {
                statement: SEEDED,
                quote: OTHER,
                kind: 'ambitie',
                themeIds: [themes[2]!.id, themes[3]!.id],
              },
            }),
          );
        },
      });
      page = koers.page;
    });

    afterAll(async () => {
      await koers?.close();
    });

    // The longest path here (a selection, a shortcut, a typed statement, two themes picked):
    // under load it needs more than the default minute.
    it('turns a selected sentence into a finding with two themes', SLOW, async () => {
      await goFresh(koers, `#/e/${engagementId}/interviews/${interviewId}`);
      const editor = page.getByRole('textbox', { name: 'Aantekeningen bij vraag 1', exact: true });
      const sentence = editor.locator('p', { hasText: SENTENCE });
      await sentence.waitFor();
      await sentence.click({ clickCount: 3 });
      await page.keyboard.press('Control+Shift+F');

      const form = page.getByRole('dialog', { name: 'Nieuwe bevinding' });
      await form.waitFor();
      expect((await form.getByRole('textbox', { name: 'Citaat' }).inputValue()).trim()).toBe(
        SENTENCE,
      );
      // The statement has the focus: type straight away.
      await page.keyboard.type(STATEMENT);
      await form.getByText('Risico', { exact: true }).click();
      const [first, second] = [themes[0]!, themes[1]!];
      for (const theme of [first, second]) {
        await form.getByRole('combobox', { name: "Thema's" }).click();
        await page.getByRole('option', { name: theme.name, exact: true }).click();
      }
      await form.getByRole('textbox', { name: 'Bevinding', exact: true }).focus();
      await page.keyboard.press('Control+Enter');
      await form.waitFor({ state: 'hidden' });

      const stored = await must(koers.core.call('finding:list', { engagementId }));
      const made = stored.filter((f) => f.statement !== SEEDED);
      expect(made).toHaveLength(1);
      const finding = made[0]!;
      expect(finding).toMatchObject({
        statement: STATEMENT,
        quote: SENTENCE,
        kind: 'risico',
        group: 'wethouder',
      });
      expect(new Set(finding.themeIds)).toEqual(new Set([first.id, second.id]));
      expect(finding.source).toMatchObject({
        type: 'interview',
        interviewId,
        questionNumber: 1,
        pseudonyms: ['R01'],
      });
    });

    it('shows the finding in the findings view with its pseudonymised source', async () => {
      await goFresh(koers, `#/e/${engagementId}/overview`);
      await page.getByRole('link', { name: 'Bevindingen' }).click();
      const list = page.getByRole('list', { name: 'Lijst met bevindingen' });
      const row = list.getByRole('listitem').filter({ hasText: SEEDED });
      await row.waitFor();
      await row.getByText('Interview R01 · vraag 1').waitFor();
      await row.getByText(themes[2]!.name).waitFor();
      await row.getByText(themes[3]!.name).waitFor();
      // Names never travel with a finding.
      expect(await row.innerText()).not.toContain('Fatima');
    });

    it('counts it in the matrix cell of each theme × the interviewee group', async () => {
      await goFresh(koers, `#/e/${engagementId}/overview`);
      await page.getByRole('link', { name: 'Matrix' }).click();
      for (const theme of themes.slice(2, 4)) {
        const cell = page.getByRole('button', {
          name: `${theme.name} × Wethouder: 1 bevinding`,
          exact: true,
        });
        await cell.waitFor();
        expect(await cell.innerText()).toBe('1');
      }
      await page
        .getByRole('button', { name: `${themes[2]!.name} × Wethouder: 1 bevinding` })
        .click();
      const drawer = page.getByRole('dialog', { name: `${themes[2]!.name} × Wethouder` });
      await drawer.getByText(SEEDED).waitFor();
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
    });

    it('finds it with the Ctrl+K palette, the match marked, and opens it in the list', async () => {
      await goFresh(koers, `#/e/${engagementId}/matrix`);
      await page.getByRole('heading', { name: 'Matrix', level: 2 }).waitFor();
      await page.keyboard.press('Control+k');
      const palette = page.getByRole('combobox', { name: 'Zoeken in dit traject' });
      await palette.waitFor();
      await palette.fill('verspreid');
      // The palette keeps the previous answer on screen while the next search runs, so a list
      // with the finding in it may still be the answer to an earlier, shorter query (with other
      // hits first). Enter only once the list is the answer to the whole word: this finding alone.
      await expect
        .poll(() => page.getByRole('option').allInnerTexts(), { timeout: 30_000 })
        .toEqual([expect.stringContaining(SEEDED)]);
      const option = page.getByRole('option').filter({ hasText: SEEDED });
      expect(await option.locator('mark').allInnerTexts()).toEqual(['verspreid']);
      await page.getByRole('group', { name: 'Bevindingen' }).getByRole('option').first().waitFor();
      await page.keyboard.press('Enter');
      await palette.waitFor({ state: 'hidden' });
      expect(page.url()).toMatch(/\/findings$/);
      await page.locator('[data-highlighted]').filter({ hasText: SEEDED }).waitFor();
      expect(koers.pageErrors).toEqual([]);
    });
  },
);
