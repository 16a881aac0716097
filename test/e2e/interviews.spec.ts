// Step 1 through the real UI: add a document by the page's file input and give it a passage;
// plan an interview with a stakeholder; type notes in question 1, wait for "Opgeslagen",
// reload, and find the notes both in the editor and in the core.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { e2eDescribe, goFresh, must, startKoers, type KoersSession } from './harness.js';

const NOTES = 'Privé-gegevens worden nog per team in Excel bijgehouden.';
// The longest path of the suite (a form, typing, a save, a reload): under load it needs more
// than the default minute.
const SLOW = { timeout: 120_000 };
const PASSAGE = 'De gemeente werkt in 2028 informatiegestuurd aan de grote opgaven.';

e2eDescribe('browser mode: documents and interviews with autosaved notes', () => {
  let koers: KoersSession;
  let page: Page;
  let engagementId = '';

  beforeAll(async () => {
    koers = await startKoers({
      prepare: async (core) => {
        const created = await core.call('engagement:create', {
          fields: { clientName: 'Gemeente Zuiderhaven', title: 'Visie datagedreven werken' },
        });
        if (!created.ok) throw new Error(created.error.message);
        engagementId = created.value.engagementId;
        const person = await core.call('stakeholder:create', {
          engagementId,
          fields: { name: 'Fatima el Amrani', group: 'wethouder', jobTitle: 'Wethouder' },
        });
        if (!person.ok) throw new Error(person.error.message);
      },
    });
    page = koers.page;
  });

  afterAll(async () => {
    await koers?.close();
  });

  it('adds a document through the file input and gives it a passage', async () => {
    await goFresh(koers, `#/e/${engagementId}/documents`);
    await page.getByRole('heading', { name: 'Documenten', level: 2 }).waitFor();
    await page.getByText('Nog geen documenten').waitFor();

    const file = path.join(os.tmpdir(), `Coalitieakkoord Zuiderhaven ${Date.now()}.txt`);
    writeFileSync(file, `${PASSAGE}\n`.repeat(50));
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('1 document toegevoegd.').waitFor();

    await page
      .getByRole('link', { name: /^Document .*Coalitieakkoord Zuiderhaven.* openen$/ })
      .click();
    await page.getByRole('heading', { name: 'Kernfragmenten' }).waitFor();
    await page.getByRole('button', { name: 'Fragment toevoegen' }).click();
    const form = page.getByRole('dialog', { name: 'Nieuw fragment' });
    await form.getByLabel('Tekst').fill(PASSAGE);
    await form.getByLabel('Pagina').fill('4');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    await page.getByRole('blockquote').getByText(PASSAGE).waitFor();
    await page.getByText('p. 4').waitFor();

    const documents = await koers.core.call('document:list', { engagementId });
    expect(documents.ok && documents.value.map((d) => d.passageCount)).toEqual([1]);
  });

  it('plans an interview, autosaves notes and keeps them over a reload', SLOW, async () => {
    // Its own page load: nothing here depends on the document test before it.
    await goFresh(koers, `#/e/${engagementId}/overview`);
    await page.getByRole('link', { name: 'Interviews' }).click();
    await page.getByText('Nog geen interviews').waitFor();
    await page.getByRole('button', { name: 'Interview plannen' }).click();
    const form = page.getByRole('dialog', { name: 'Interview plannen' });
    await form.getByLabel('Titel').fill('Gesprek met de wethouder');
    await form.getByLabel('Datum en tijd').fill('2026-03-12T10:30');
    await form.getByLabel('Geïnterviewden').fill('Fatima');
    await page.getByRole('option', { name: /Fatima el Amrani \(R01\)/ }).click();
    await form.getByRole('button', { name: 'Interview plannen' }).click();
    await form.waitFor({ state: 'hidden' });

    // Planning opens the interview itself.
    await page.getByRole('heading', { name: 'Gesprek met de wethouder', level: 2 }).waitFor();
    const editor = page.getByRole('textbox', { name: 'Aantekeningen bij vraag 1', exact: true });
    await editor.click();
    // Waits for the save itself, then for the indicator: on a busy machine the save can take
    // longer than any fixed few seconds after the last key.
    const saved = page.waitForResponse(
      (res) => new URL(res.url()).pathname === '/api/interview:saveNotes' && res.ok(),
    );
    await page.keyboard.type(NOTES);
    await saved;
    await page.getByText('Opgeslagen', { exact: true }).waitFor();

    const interviewId = /interviews\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    await page.reload();
    const reloaded = page.getByRole('textbox', { name: 'Aantekeningen bij vraag 1', exact: true });
    await reloaded.waitFor();
    expect(await reloaded.innerText()).toBe(NOTES);

    const stored = await koers.core.call('interview:get', { engagementId, id: interviewId });
    if (!stored.ok) throw new Error(stored.error.message);
    expect(stored.value.participants.map((p) => p.name)).toEqual(['Fatima el Amrani']);
    expect(stored.value.scheduledAt).toBe('2026-03-12T10:30');
    expect(stored.value.questions[0]?.notes.text).toBe(NOTES);
    expect(JSON.parse(stored.value.questions[0]?.notes.json ?? '{}')).toMatchObject({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: NOTES }] }],
    });
    expect(koers.pageErrors).toEqual([]);
  });

  it(
    'corrects the day an interview was held, and shows the findings made from it',
    SLOW,
    async () => {
      const call = koers.core.call.bind(koers.core);
      const interview = await must(
        call('interview:create', { engagementId, fields: { title: 'Gesprek met de teammanager' } }),
      );
      const question = interview.questions[0]!;
      const answer =
        'Wij bouwen alles zelf. Iedereen heeft zijn eigen Excel, niemand kent de cijfers.';
      await must(
        call('interview:saveNotes', {
          engagementId,
          interviewId: interview.id,
          questionId: question.id,
          notes: {
            json: JSON.stringify({
              type: 'doc',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: answer }] }],
            }),
            text: answer,
          },
        }),
      );
      await must(
        call('finding:create', {
          engagementId,
          source: { type: 'interview', interviewId: interview.id, questionId: question.id },
          // Typed with its own marks and another case: still found in the notes, one pair shown.
          fields: {
            statement: 'Cijfers leven in losse Excels',
            kind: 'uitdaging',
            quote: '„iedereen heeft zijn eigen Excel”',
          },
        }),
      );
      await must(
        call('interview:setStatus', { engagementId, id: interview.id, status: 'afgenomen' }),
      );

      await goFresh(koers, `#/e/${engagementId}/interviews/${interview.id}`);
      await page.getByRole('heading', { name: 'Gesprek met de teammanager', level: 2 }).waitFor();

      // The finding is listed under the notes, and its quote is marked where it stands.
      const findings = page.getByRole('region', { name: 'Bevindingen uit dit interview (1)' });
      await findings.getByText('Cijfers leven in losse Excels').waitFor();
      expect(await findings.getByText('“iedereen heeft zijn eigen Excel”').count()).toBe(1);
      const editor = page.getByRole('textbox', { name: 'Aantekeningen bij vraag 1', exact: true });
      await editor.locator('mark').waitFor();
      expect(await editor.locator('mark').allInnerTexts()).toEqual([
        'Iedereen heeft zijn eigen Excel',
      ]);

      // Held on 28 April, whatever day the step was clicked.
      await page.getByRole('button', { name: 'Datums van de status aanpassen' }).click();
      const dates = page.getByRole('dialog');
      await dates.getByLabel('Afgenomen').fill('2026-04-28');
      await dates.getByText('28 april 2026').waitFor();
      const saved = page.waitForResponse(
        (res) => new URL(res.url()).pathname === '/api/interview:setStatusDates' && res.ok(),
      );
      await dates.getByRole('button', { name: 'Opslaan' }).click();
      await saved;
      await dates.waitFor({ state: 'hidden' });
      await page
        .getByRole('button', { name: 'Status: Afgenomen' })
        .getByText('28 april 2026')
        .waitFor();

      const stored = await must(call('interview:get', { engagementId, id: interview.id }));
      expect(stored.statusDates.afgenomen).toBe('2026-04-28T12:00:00.000Z');
      expect(Object.keys(stored.statusDates).sort()).toEqual(['afgenomen', 'gepland']);
      expect(koers.pageErrors).toEqual([]);
    },
  );
});
