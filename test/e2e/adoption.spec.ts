// Issue 14 through the real UI: present version 0.2 to the MT, record feedback (a "niet
// verwerkt" without a reason is refused by the core and the form says so), freeze 0.3, record
// "vastgesteld" by the MT and "bekrachtigd" by the raad; the vision is then locked (the core
// refuses an edit, the banner says so), the trace view walks from a quote to the passage and
// back, the borging checklist saves as you type, the timeline and the overview show it all.
// Everything is read back from the core. Screenshots go to /tmp/adoption-shots/*.png.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { e2eDescribe, goFresh, must, startKoers, type KoersSession } from './harness.js';

const SLOW = { timeout: 180_000 };
const SHOTS = '/tmp/adoption-shots';
const QUOTE = 'We zoeken elke maand opnieuw uit welke cijfers kloppen.';
const STATEMENT = 'Cijfers over het sociaal domein zijn niet eenduidig.';
const PASSAGE = 'Eén bron van waarheid';

e2eDescribe('browser mode: adoption, timeline and trace (step 4)', () => {
  let koers: KoersSession;
  let page: Page;
  let engagementId = '';
  let findingId = '';
  let passageId = '';

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    koers = await startKoers({
      prepare: async (core) => {
        const created = await must(
          core.call('engagement:create', {
            fields: { clientName: 'Gemeente Zuiderhaven', title: 'Visie datagedreven werken' },
          }),
        );
        engagementId = created.engagementId;
        const themes = await must(core.call('theme:list', { engagementId }));
        const finding = await must(
          core.call('finding:create', {
            engagementId,
            source: { type: 'direct' },
            fields: {
              statement: STATEMENT,
              quote: QUOTE,
              kind: 'uitdaging',
              importance: 3,
              themeIds: [themes[0]!.id],
              group: 'beleidsmedewerker',
            },
          }),
        );
        findingId = finding.id;
        const kern = await must(
          core.call('visionPassage:create', {
            engagementId,
            fields: {
              kind: 'kernvisie',
              title: PASSAGE,
              body: 'Zuiderhaven stuurt op één set cijfers die iedereen vertrouwt.',
            },
          }),
        );
        passageId = kern.id;
        await must(core.call('visionPassage:linkFinding', { engagementId, passageId, findingId }));
        await must(core.call('vision:freeze', { engagementId, status: 'concept' }));
        await must(
          core.call('visionPassage:update', {
            engagementId,
            id: passageId,
            fields: { body: 'Zuiderhaven stuurt op één set cijfers die iedereen kent.' },
          }),
        );
        await must(core.call('vision:freeze', { engagementId, status: 'concept', note: 'na MT' }));
      },
    });
    page = koers.page;
  });

  afterAll(async () => {
    await koers?.close();
  });

  /** The core's Result for the next call of `operation` the page makes. */
  const answered = async (
    operation: string,
  ): Promise<{ ok: boolean; error?: { code: string; message: string } }> => {
    const response = await page.waitForResponse(
      (res) => new URL(res.url()).pathname === `/api/${operation}`,
    );
    return (await response.json()) as { ok: boolean; error?: { code: string; message: string } };
  };
  const versions = () => must(koers.core.call('visionVersion:list', { engagementId }));
  const presentations = () => must(koers.core.call('presentation:list', { engagementId }));
  const pick = async (scope: ReturnType<Page['getByRole']>, label: string, option: string) => {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  it('presents version 0.2 to the MT and records feedback with its disposition', SLOW, async () => {
    await goFresh(koers, `#/e/${engagementId}/overview`);
    await page.getByRole('link', { name: 'Vaststelling', exact: true }).click();
    await page.getByText('Nog geen presentaties').waitFor();
    await page.screenshot({ path: `${SHOTS}/adoption-empty.png` });

    await page.getByRole('button', { name: 'Presentatie toevoegen' }).click();
    const form = page.getByRole('dialog', { name: 'Nieuwe presentatie' });
    await form.getByLabel('Datum').fill('2026-03-05');
    await form.getByRole('textbox', { name: 'Titel' }).fill('MT-overleg 5 maart');
    await pick(form, 'Getoonde versie', '0.2 · na MT');
    await form
      .getByRole('textbox', { name: 'Aanwezigen' })
      .fill('Gemeentesecretaris, drie directeuren');
    await page.screenshot({ path: `${SHOTS}/presentation-form.png` });
    const created = answered('presentation:create');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    expect((await created).ok).toBe(true);
    await form.waitFor({ state: 'hidden' });

    const [v01, v02] = await versions();
    const [stored] = await presentations();
    expect(stored).toMatchObject({
      audience: 'mt',
      date: '2026-03-05',
      title: 'MT-overleg 5 maart',
      versionId: v02!.id,
      versionLabel: '0.2',
      attendees: 'Gemeentesecretaris, drie directeuren',
    });
    expect(v01!.label).toBe('0.1');

    const card = page.getByRole('region', { name: 'MT-overleg 5 maart' });
    await card.getByText('Versie 0.2 getoond').waitFor();
    await card.getByRole('button', { name: 'Feedback toevoegen' }).click();
    const add = card.getByRole('form', { name: 'Feedback toevoegen' });
    for (const [text, from] of [
      ['Maak de kernvisie korter en concreter.', 'Gemeentesecretaris'],
      ['Noem de raad als opdrachtgever.', 'Directeur Samenleving'],
    ] as const) {
      await add.getByRole('textbox', { name: 'Feedback' }).fill(text);
      await add.getByRole('textbox', { name: 'Van' }).fill(from);
      const added = answered('presentation:addFeedback');
      await add.getByRole('button', { name: 'Feedback toevoegen' }).click();
      expect((await added).ok).toBe(true);
      await card.getByRole('article', { name: text }).waitFor();
    }

    // Verwerkt: taken at once.
    const first = card.getByRole('article', { name: 'Maak de kernvisie korter en concreter.' });
    const processed = answered('visionFeedback:update');
    await first.getByText('Verwerkt', { exact: true }).click();
    expect((await processed).ok).toBe(true);

    // Niet verwerkt without a reason: the core refuses, and the reason field shows why.
    const second = card.getByRole('article', { name: 'Noem de raad als opdrachtgever.' });
    const refused = answered('visionFeedback:update');
    await second.getByText('Niet verwerkt', { exact: true }).click();
    expect((await refused).error?.code).toBe('VISION_FEEDBACK_REASON_REQUIRED');
    const reason = second.getByRole('textbox', { name: 'Reden' });
    await expect
      .poll(async () => (await reason.getAttribute('aria-invalid')) === 'true')
      .toBe(true);
    // The core's own sentence, as the core translated it.
    const refusal = await second.locator('.mantine-InputWrapper-error').innerText();
    expect(refusal).toContain('waarom deze reactie niet is verwerkt');
    await page.screenshot({ path: `${SHOTS}/feedback-reason-refused.png`, fullPage: true });

    await reason.fill('De raad is kaderstellend, niet de opdrachtgever.');
    const taken = answered('visionFeedback:update');
    await reason.blur();
    expect((await taken).ok).toBe(true);

    const feedback = await must(
      koers.core.call('visionFeedback:list', { engagementId, versionId: v02!.id }),
    );
    expect(feedback.map((f) => [f.text, f.fromText, f.disposition, f.reason]).sort()).toEqual([
      ['Maak de kernvisie korter en concreter.', 'Gemeentesecretaris', 'verwerkt', ''],
      [
        'Noem de raad als opdrachtgever.',
        'Directeur Samenleving',
        'niet-verwerkt',
        'De raad is kaderstellend, niet de opdrachtgever.',
      ],
    ]);
  });

  it('freezes 0.3 and shows where the feedback went', SLOW, async () => {
    const v03 = await must(
      koers.core.call('vision:freeze', { engagementId, status: 'concept', note: 'na feedback MT' }),
    );
    expect(v03.label).toBe('0.3');
    const [stored] = await presentations();
    expect(stored!.processedInLabel).toBe('0.3');

    await goFresh(koers, `#/e/${engagementId}/vaststelling`);
    const card = page.getByRole('region', { name: 'MT-overleg 5 maart' });
    await card.getByText('Verwerkt in versie 0.3').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/presentations.png`, fullPage: true });
  });

  it(
    'records vastgesteld by the MT and bekrachtigd by the raad; the vision locks',
    SLOW,
    async () => {
      await goFresh(koers, `#/e/${engagementId}/vaststelling`);
      await page.getByRole('tab', { name: 'Besluiten' }).click();
      await page.getByText('Nog geen besluiten').waitFor();

      const decide = async (body: string, kind: string, date: string, reference: string) => {
        await page.getByRole('button', { name: 'Besluit toevoegen' }).click();
        const form = page.getByRole('dialog', { name: 'Nieuw besluit' });
        await pick(form, 'Orgaan', body);
        await pick(form, 'Besluit', kind);
        await form.getByLabel('Datum').fill(date);
        await pick(form, 'Visieversie', '0.3 · na feedback MT');
        await form.getByRole('textbox', { name: 'Kenmerk' }).fill(reference);
        const created = answered('decision:create');
        await form.getByRole('button', { name: 'Opslaan' }).click();
        expect((await created).ok).toBe(true);
        await form.waitFor({ state: 'hidden' });
      };
      await decide('MT', 'Vastgesteld', '2026-03-12', 'MT-2026-031');
      await decide('Raad', 'Bekrachtigd', '2026-04-02', 'RB-2026-17');

      const decisions = await must(koers.core.call('decision:list', { engagementId }));
      expect(
        decisions
          .map((d) => [d.body, d.kind, d.subject, d.date, d.reference, d.versionLabel])
          .sort(),
      ).toEqual([
        ['mt', 'vastgesteld', 'visie', '2026-03-12', 'MT-2026-031', '0.3'],
        ['raad', 'bekrachtigd', 'visie', '2026-04-02', 'RB-2026-17', '0.3'],
      ]);

      await page
        .getByText(
          'Versie 0.3 is vastgesteld door het MT op 12 maart 2026 en bekrachtigd door de raad op 2 april 2026.',
        )
        .waitFor();
      await page.screenshot({ path: `${SHOTS}/decisions-adopted.png`, fullPage: true });

      // The working copy is read-only now: the core refuses an edit.
      const refused = await koers.core.call('visionPassage:update', {
        engagementId,
        id: passageId,
        fields: { body: 'Nog een wijziging.' },
      });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.code).toBe('ADOPTION_VISION_ADOPTED');
      const status = await must(koers.core.call('adoption:visionStatus', { engagementId }));
      expect(status?.versionLabel).toBe('0.3');

      // The vision page says so too, with the same sentence.
      await goFresh(koers, `#/e/${engagementId}/visie`);
      await page.getByRole('heading', { name: 'Visie', exact: true }).waitFor();
      await page
        .getByText(
          'Versie 0.3 is vastgesteld door het MT op 12 maart 2026 en bekrachtigd door de raad op 2 april 2026.',
        )
        .waitFor();
      await page.screenshot({ path: `${SHOTS}/vision-locked.png` });

      // The editor is read-only: the text readable but not editable, nothing to add, move,
      // delete or link.
      const card = page.getByRole('article', { name: `Kernvisie: ${PASSAGE}` });
      const title = card.getByRole('textbox', { name: 'Titel', exact: true });
      await expect.poll(() => title.inputValue()).toBe(PASSAGE);
      expect(await title.getAttribute('readonly')).not.toBeNull();
      expect(await title.isDisabled()).toBe(false);
      expect(await card.getByRole('textbox', { name: 'Tekst', exact: true }).isEditable()).toBe(
        false,
      );
      expect(await page.getByRole('button', { name: 'Passage toevoegen' }).count()).toBe(0);
      expect(await card.getByRole('button', { name: 'Bevindingen koppelen' }).count()).toBe(0);
      expect(await card.getByRole('button', { name: `${PASSAGE} verwijderen` }).count()).toBe(0);
      expect(await card.getByRole('button', { name: /^Ontkoppelen/ }).count()).toBe(0);
      // The support stays visible, and so does the way back to the evidence.
      await card.getByText(STATEMENT).waitFor();
      await card.getByRole('link', { name: `Herleid deze passage: ${PASSAGE}` }).waitFor();
      await card.getByText('Alleen-lezen: de visie is vastgesteld').waitFor();
      await page.screenshot({ path: `${SHOTS}/vision-locked-editor.png`, fullPage: true });

      // Restoring a version is refused too: the button says why; freezing stays.
      await page.getByRole('tab', { name: 'Versies en feedback' }).click();
      const restore = page
        .locator('tr[data-version="0.1"]')
        .getByRole('button', { name: 'Terugzetten' });
      expect(await restore.getAttribute('aria-disabled')).toBe('true');
      await restore.hover();
      await page.getByText('Start eerst een herziening voordat u een versie terugzet.').waitFor();
      expect(await page.getByRole('button', { name: 'Versie vastleggen' }).isEnabled()).toBe(true);
      await page.getByRole('tab', { name: 'Poster' }).click();
      await page.getByTestId('poster-preview').waitFor();
      await page.getByText('de posterinstellingen liggen vast').waitFor();
      expect(
        await page.getByRole('textbox', { name: 'Titel op de poster', exact: false }).isDisabled(),
      ).toBe(true);
    },
  );

  it('walks the trace from a quote to the passage and back', SLOW, async () => {
    await goFresh(koers, `#/e/${engagementId}/findings`);
    const row = page.locator(`[data-finding-id="${findingId}"]`);
    await row.getByRole('button', { name: 'Acties voor deze bevinding' }).click();
    await page.getByRole('menuitem', { name: 'Herleiden' }).click();
    await page.waitForURL(new RegExp(`/herleiden/${findingId}$`));
    await page.getByText(`“${QUOTE}”`).waitFor();
    await page
      .getByRole('region', { name: 'In vastgelegde versies' })
      .getByText('Versie 0.3')
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/trace-finding.png`, fullPage: true });

    await page.getByRole('link', { name: PASSAGE }).click();
    await page.waitForURL(new RegExp(`/herleiden-passage/${passageId}$`));
    const evidence = page.getByRole('region', { name: 'Onderbouwd door' });
    await evidence.getByText(`“${QUOTE}”`).waitFor();
    await page.screenshot({ path: `${SHOTS}/trace-passage.png`, fullPage: true });

    await evidence.getByRole('link', { name: STATEMENT }).click();
    await page.waitForURL(new RegExp(`/herleiden/${findingId}$`));
    await page.getByRole('link', { name: PASSAGE }).waitFor();

    // From the passage in the vision editor, too.
    await goFresh(koers, `#/e/${engagementId}/visie`);
    await page.getByRole('link', { name: `Herleid deze passage: ${PASSAGE}` }).click();
    await page.waitForURL(new RegExp(`/herleiden-passage/${passageId}$`));
    await page.getByRole('region', { name: 'Onderbouwd door' }).getByText(STATEMENT).waitFor();

    const trace = await must(koers.core.call('trace:finding', { engagementId, findingId }));
    expect(trace.passages.map((p) => p.id)).toEqual([passageId]);
  });

  it('keeps the borging checklist as you type', SLOW, async () => {
    await goFresh(koers, `#/e/${engagementId}/vaststelling`);
    await page.getByRole('tab', { name: 'Borging' }).click();
    const items = await must(koers.core.call('borging:list', { engagementId }));
    expect(items.length).toBeGreaterThan(3);
    const first = page.getByRole('region', { name: items[0]!.title });
    await pick(first, 'Stand', 'Bezig');
    await first.getByRole('textbox', { name: 'Of een naam' }).fill('Gemeentesecretaris');
    await first.getByLabel('Gereed op').fill('2026-06-30');
    const saved = answered('borging:update');
    await first
      .getByRole('textbox', { name: 'Aantekeningen' })
      .fill('Bespreken in het MT van juni.');
    await first.getByRole('textbox', { name: 'Aantekeningen' }).blur();
    await saved;
    await expect
      .poll(async () => {
        const stored = (await must(koers.core.call('borging:list', { engagementId })))[0]!;
        return [stored.status, stored.ownerText, stored.dueDate, stored.notes];
      })
      .toEqual(['bezig', 'Gemeentesecretaris', '2026-06-30', 'Bespreken in het MT van juni.']);
    await first.getByText('Opgeslagen').waitFor();
    await page.screenshot({ path: `${SHOTS}/borging.png` });
  });

  it('shows the timeline and the overview numbers', SLOW, async () => {
    await goFresh(koers, `#/e/${engagementId}/overview`);
    await page.getByRole('link', { name: 'Tijdlijn', exact: true }).click();
    await page.getByRole('img', { name: 'Tijdlijn als afbeelding' }).waitFor();
    const events = await must(koers.core.call('timeline:list', { engagementId }));
    const table = page.getByRole('table', { name: 'Tijdlijn van het traject' });
    expect(await table.locator('tbody tr').count()).toBe(events.length);
    // The chart is the shared timelineChart's SVG, inline: the decisions are on it.
    const svgText = await page.locator('.koers-chart-host svg').textContent();
    expect(svgText).toContain('vastgesteld door het MT');
    expect(svgText).toContain('Visie versie 0.3 vastgelegd');
    await page.screenshot({ path: `${SHOTS}/timeline.png`, fullPage: true });
    await page.getByText('Stap 4', { exact: true }).click();
    const step4 = events.filter((e) => e.step === 4);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(step4.length);
    expect(step4.length).toBeGreaterThanOrEqual(3);

    await page.getByRole('link', { name: 'Overzicht', exact: true }).click();
    const progress = await must(koers.core.call('progress:get', { engagementId }));
    expect(progress.step4).toMatchObject({
      presentations: 1,
      decisions: 2,
      adoptedVersionLabel: '0.3',
    });
    const numbers = page.getByRole('definition').filter({ hasText: 'versie 0.3' });
    await numbers.first().waitFor();
    await page.screenshot({ path: `${SHOTS}/overview.png`, fullPage: true });
  });

  it("shows the demo engagement's step 4 as the core made it", SLOW, async () => {
    const demo = await must(koers.core.call('demo:create', {}));
    const id = demo.engagementId;
    const [stored] = await Promise.all([
      must(koers.core.call('presentation:list', { engagementId: id })),
    ]);
    await goFresh(koers, `#/e/${id}/vaststelling`);
    for (const p of stored) await page.getByRole('heading', { name: p.title }).waitFor();
    const status = await must(koers.core.call('adoption:visionStatus', { engagementId: id }));
    if (status) await page.getByText(`Versie ${status.versionLabel} is vastgesteld`).waitFor();
    await page.screenshot({ path: `${SHOTS}/demo-presentations.png`, fullPage: true });
    await page.getByRole('tab', { name: 'Borging' }).click();
    await page.getByText(/van \d+ gereed/).waitFor();
    await page.screenshot({ path: `${SHOTS}/demo-borging.png` });
    await goFresh(koers, `#/e/${id}/tijdlijn`);
    await page.getByRole('img', { name: 'Tijdlijn als afbeelding' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/demo-timeline.png`, fullPage: true });
    await goFresh(koers, `#/e/${id}/overview`);
    await page.getByText('Presentaties', { exact: true }).waitFor();
    // Step 4's follow-up: the nulmeting and the routekaart, counted by the core, with links.
    const followUp = page.getByRole('region', { name: 'Vervolg: nulmeting en routekaart' });
    const { roadmap } = await must(koers.core.call('progress:get', { engagementId: id }));
    await followUp.getByText(/^laatste: 1-meting, /).waitFor();
    await followUp
      .getByText(`volgende: ${roadmap.nextMilestone!.title}`, { exact: false })
      .waitFor();
    expect(await followUp.getByRole('definition').allTextContents()).toContain(
      String(roadmap.items),
    );
    expect(
      await followUp.getByRole('link', { name: 'Naar de routekaart' }).getAttribute('href'),
    ).toBe(`#/e/${id}/routekaart`);
    await followUp.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/demo-overview.png`, fullPage: true });
    await must(koers.core.call('engagement:close', { engagementId: id }));
  });

  it('starts a revision after asking, and the vision can be edited again', SLOW, async () => {
    // From the banner above the editor: the editor opens without a reload.
    await goFresh(koers, `#/e/${engagementId}/visie`);
    const card = page.getByRole('article', { name: `Kernvisie: ${PASSAGE}` });
    const title = card.getByRole('textbox', { name: 'Titel', exact: true });
    await expect.poll(() => title.getAttribute('readonly')).not.toBeNull();
    await page.getByRole('button', { name: 'Herziening starten' }).click();
    const confirm = page.getByRole('dialog', { name: 'Herziening van de visie starten?' });
    const started = answered('adoption:startRevision');
    await confirm.getByRole('button', { name: 'Herziening starten' }).click();
    expect((await started).ok).toBe(true);
    await page.getByText('De visie is vastgesteld', { exact: true }).waitFor({ state: 'hidden' });
    expect(await must(koers.core.call('adoption:visionStatus', { engagementId }))).toBeNull();

    await expect.poll(() => title.getAttribute('readonly')).toBeNull();
    await page.getByRole('button', { name: 'Passage toevoegen' }).waitFor();
    const body = card.getByRole('textbox', { name: 'Tekst', exact: true });
    expect(await body.isEditable()).toBe(true);
    const saved = answered('visionPassage:update');
    await body.fill('Herzien na een jaar.');
    await body.blur();
    expect((await saved).ok).toBe(true);
    const vision = await must(koers.core.call('vision:get', { engagementId, language: 'nl' }));
    expect(vision.passages.find((p) => p.id === passageId)?.body).toBe('Herzien na een jaar.');
    expect(koers.pageErrors).toEqual([]);
    expect(koers.blockedRequests).toEqual([]);
  });
});
