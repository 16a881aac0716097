// Issue 15 through the real UI: a 1-meting created in the browser, three respondents (a
// stakeholder and two groups), all eight dimensions scored for each through the keyboard grid
// (whole levels and half steps typed as "2+", "3." and "2,5"), a level of 7 and of 2.3 refused
// with a Dutch message and nothing saved, the agreed scores proposed from the scores and
// adjusted, a finding linked, the radar (current, desired, a group, the earlier 0-meting) and
// the gap table sorted by gap. Everything is read back from the page and from the core.
// Screenshots go to /tmp/nulmeting-shots/*.png.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AssessmentView } from '../../src/shared/domain/nulmeting.js';
import { e2eDescribe, goFresh, must, startKoers, type KoersSession } from './harness.js';

const SLOW = { timeout: 240_000 };
const SHOTS = '/tmp/nulmeting-shots';
const DIMENSIONS = [
  ['leiderschap-strategie', 'Leiderschap & strategie'],
  ['cultuur', 'Cultuur'],
  ['mensen-datavaardigheid', 'Mensen & datavaardigheid'],
  ['governance', 'Governance'],
  ['privacy-ethiek', 'Privacy & ethiek'],
  ['data', 'Data'],
  ['techniek-architectuur', 'Techniek & architectuur'],
  ['agile-experimenteren', 'Agile werken & experimenteren'],
] as const;
const STATEMENT = 'Niemand weet wie eigenaar is van de cijfers over het sociaal domein.';

/**
 * What is typed, per respondent, per dimension: [current, desired], as a consultant types it
 * ("2+" and "3." are half steps), and the level it stands for.
 */
const TYPED: Record<string, readonly (readonly [string, string])[]> = {
  'Fatima el Amrani': [
    ['2', '4'],
    ['2+', '4'],
    ['1', '3.'],
    ['2', '4'],
    ['3', '4'],
    ['2', '4,5'],
    ['2', '3'],
    ['1', '3'],
  ],
  'Team Sociaal Domein': [
    ['1', '3'],
    ['2', '4'],
    ['1.', '3'],
    ['1', '4'],
    ['2,5', '4'],
    ['2', '4'],
    ['3', '4'],
    ['1', '2+'],
  ],
  Informatieadviseurs: [
    ['2', '4'],
    ['3', '5'],
    ['2', '4'],
    ['2', '4'],
    ['3', '4'],
    ['1', '4'],
    ['2', '4'],
    ['2', '3'],
  ],
};
const level = (typed: string): number =>
  /[.,+]$/.test(typed) ? Number(typed.slice(0, -1)) + 0.5 : Number(typed.replace(',', '.'));
const RESPONDENTS = Object.keys(TYPED);
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[1]! * 2) / 2;
};
const nl = (value: number): string => String(value).replace('.', ',');

e2eDescribe('browser mode: the nulmeting (issue 15)', () => {
  let koers: KoersSession;
  let page: Page;
  let engagementId = '';
  let findingId = '';
  let assessmentId = '';

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    koers = await startKoers({
      prepare: async (core) => {
        const created = await must(
          core.call('engagement:create', {
            fields: { clientName: 'Gemeente Zuiderhaven', title: 'Datagedreven werken' },
          }),
        );
        engagementId = created.engagementId;
        await must(
          core.call('stakeholder:create', {
            engagementId,
            fields: { name: 'Fatima el Amrani', group: 'directie' },
          }),
        );
        const themes = await must(core.call('theme:list', { engagementId }));
        const finding = await must(
          core.call('finding:create', {
            engagementId,
            source: { type: 'direct' },
            fields: {
              statement: STATEMENT,
              quote: '',
              kind: 'uitdaging',
              importance: 3,
              themeIds: [themes[0]!.id],
              group: null,
            },
          }),
        );
        findingId = finding.id;
      },
    });
    page = koers.page;
  });

  afterAll(async () => {
    await koers?.close();
  });

  const view = (id = assessmentId): Promise<AssessmentView> =>
    must(koers.core.call('assessment:get', { engagementId, id }));
  /** Waits until the core holds what `check` wants (saves run in the background). */
  const eventually = async (check: () => Promise<boolean>, what: string): Promise<void> => {
    for (let i = 0; i < 100; i += 1) {
      if (await check()) return;
      await page.waitForTimeout(100);
    }
    throw new Error(`De kern kreeg niet binnen 10 seconden: ${what}`);
  };
  const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

  it('creates a measurement beside an earlier one', SLOW, async () => {
    await goFresh(koers, `#/e/${engagementId}/overview`);
    await page.getByRole('link', { name: 'Nulmeting', exact: true }).click();
    await page.getByText('Nog geen metingen').waitFor();
    await shot('01-empty');

    // The earlier measurement, agreed a year before: drawn over the new one on the radar.
    const earlier = await must(
      koers.core.call('assessment:create', {
        engagementId,
        fields: { name: '0-meting', date: '2025-03-01', horizonYears: 5 },
      }),
    );
    for (const [dimensionId] of DIMENSIONS)
      await must(
        koers.core.call('agreed:set', {
          engagementId,
          assessmentId: earlier.id,
          dimensionId,
          fields: { current: 1, desired: 4 },
        }),
      );
    await goFresh(koers, `#/e/${engagementId}/nulmeting`);
    await page.getByRole('button', { name: '0-meting', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Meting toevoegen' }).click();
    const form = page.getByRole('dialog', { name: 'Nieuwe meting' });
    // A new measurement is named after its number.
    expect(await form.getByRole('textbox', { name: 'Naam' }).inputValue()).toBe('1-meting');
    await form.getByLabel('Datum').fill('2026-03-10');
    await form.getByRole('textbox', { name: 'Horizon (jaren)' }).fill('4');
    await shot('02-form');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });

    const list = await must(koers.core.call('assessment:list', { engagementId }));
    const created = list.find((a) => a.name === '1-meting');
    expect(created).toMatchObject({ date: '2026-03-10', horizonYears: 4, respondentCount: 0 });
    assessmentId = created!.id;
    const table = page.getByRole('table', { name: 'Metingen' });
    await table.getByRole('button', { name: '1-meting', pressed: true }).waitFor();
    expect(await table.getByRole('row').count()).toBe(3);
    await page.getByText('Nog geen respondenten').waitFor();
  });

  it('adds three respondents and scores all dimensions through the keyboard', SLOW, async () => {
    const add = page.getByRole('form', { name: 'Respondent toevoegen' });
    await add.getByRole('combobox', { name: 'Betrokkene' }).click();
    await page.getByRole('option', { name: 'Fatima el Amrani' }).click();
    await add.getByRole('combobox', { name: 'Groep' }).click();
    await page.getByRole('option', { name: 'MT', exact: true }).click();
    await add.getByRole('button', { name: 'Respondent toevoegen' }).click();
    await page.getByTestId('respondents').getByText('Fatima el Amrani · MT').waitFor();
    for (const [label, group] of [
      ['Team Sociaal Domein', 'Medewerkers'],
      ['Informatieadviseurs', 'Informatie en data'],
    ] as const) {
      await add.getByRole('textbox', { name: 'Of een naam of groep' }).fill(label);
      await add.getByRole('combobox', { name: 'Groep' }).click();
      await page.getByRole('option', { name: group, exact: true }).click();
      await add.getByRole('button', { name: 'Respondent toevoegen' }).click();
      await page.getByTestId('respondents').getByText(`${label} · ${group}`).waitFor();
    }
    const respondents = (await view()).respondents;
    expect(respondents.map((r) => [r.label, r.group, r.stakeholderId !== null])).toEqual([
      ['Fatima el Amrani', 'mt', true],
      ['Team Sociaal Domein', 'medewerkers', false],
      ['Informatieadviseurs', 'informatie-data', false],
    ]);

    // One run from the first cell: Enter goes down a column and on to the top of the next.
    const grid = page.getByTestId('score-grid');
    await grid
      .getByRole('textbox', { name: 'Fatima el Amrani, Leiderschap & strategie, huidig niveau' })
      .focus();
    await page
      .getByRole('complementary', { name: 'Dimensie en onderbouwing' })
      .getByText('Verkennen')
      .first()
      .waitFor();
    for (const respondent of RESPONDENTS)
      for (const column of [0, 1])
        for (const pair of TYPED[respondent]!) {
          await page.keyboard.type(pair[column]!);
          await page.keyboard.press('Enter');
        }

    await eventually(async () => {
      const v = await view();
      return v.scores.filter((s) => s.current !== null && s.desired !== null).length === 24;
    }, 'alle 48 niveaus');
    const v = await view();
    for (const [r, respondent] of RESPONDENTS.entries()) {
      const id = v.respondents[r]!.id;
      for (const [d, [dimensionId]] of DIMENSIONS.entries()) {
        const score = v.scores.find((s) => s.respondentId === id && s.dimensionId === dimensionId);
        const [current, desired] = TYPED[respondent]![d]!;
        expect([score?.current, score?.desired], `${respondent} ${dimensionId}`).toEqual([
          level(current),
          level(desired),
        ]);
      }
    }
    // The page shows what the core holds, in Dutch notation.
    await expect
      .poll(() =>
        grid
          .getByRole('textbox', { name: 'Team Sociaal Domein, Privacy & ethiek, huidig niveau' })
          .inputValue(),
      )
      .toBe('2,5');
    expect(
      await grid
        .getByRole('textbox', {
          name: 'Fatima el Amrani, Mensen & datavaardigheid, gewenst niveau',
        })
        .inputValue(),
    ).toBe('3,5');

    // Evidence and confidence of one cell, in the panel beside the grid.
    await grid
      .getByRole('textbox', { name: 'Team Sociaal Domein, Governance, huidig niveau' })
      .click();
    const panel = page.getByRole('complementary', { name: 'Dimensie en onderbouwing' });
    await panel.getByRole('heading', { name: 'Governance' }).waitFor();
    await panel
      .getByRole('textbox', { name: 'Onderbouwing' })
      .fill('Er is geen data-eigenaar benoemd; afspraken verschillen per team.');
    await panel.getByText('Hoog', { exact: true }).click();
    const governance = async () => {
      const now = await view();
      const id = now.respondents[1]!.id;
      return now.scores.find((s) => s.respondentId === id && s.dimensionId === 'governance');
    };
    await eventually(
      async () =>
        (await governance())?.evidence.startsWith('Er is geen data-eigenaar') === true &&
        (await governance())?.confidence === 'hoog',
      'onderbouwing en zekerheid',
    );
    await grid.scrollIntoViewIfNeeded();
    await shot('03-scores');
  });

  it('refuses a 7 and a 2.3 with a Dutch message and saves nothing', SLOW, async () => {
    const grid = page.getByTestId('score-grid');
    const cell = grid.getByRole('textbox', { name: 'Informatieadviseurs, Data, huidig niveau' });
    const before = JSON.stringify((await view()).scores);
    for (const typed of ['7', '2.3']) {
      await cell.focus();
      await page.keyboard.type(typed);
      await page.keyboard.press('Enter');
      const alert = page.getByRole('alert').filter({ hasText: 'geen niveau' });
      await expect.poll(() => alert.textContent()).toContain(`"${typed}" is geen niveau`);
      expect(await alert.textContent()).toContain('Er is niets opgeslagen');
      // The focus stays on the refused cell, marked invalid.
      expect(await cell.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await cell.getAttribute('aria-invalid')).toBe('true');
      if (typed === '7') {
        await alert.scrollIntoViewIfNeeded();
        await shot('04-refused');
      }
      await page.keyboard.press('Escape');
      expect(await cell.inputValue()).toBe('1');
    }
    await page.waitForTimeout(300);
    expect(JSON.stringify((await view()).scores)).toBe(before);
    expect(await page.getByRole('alert').filter({ hasText: 'geen niveau' }).count()).toBe(0);
  });

  it(
    'proposes the agreed scores from the scores, adjusts one and links a finding',
    SLOW,
    async () => {
      await page.getByRole('tab', { name: 'Afspraken' }).click();
      await page.getByText('0 van 8 dimensies afgesproken').waitFor();
      await page.getByRole('button', { name: 'Voorstel uit scores' }).click();
      await page.getByText('8 van 8 dimensies afgesproken').waitFor();

      let v = await view();
      for (const [d, [dimensionId]] of DIMENSIONS.entries()) {
        const currents = RESPONDENTS.map((r) => level(TYPED[r]![d]![0]));
        const desireds = RESPONDENTS.map((r) => level(TYPED[r]![d]![1]));
        const agreed = v.agreed.find((a) => a.dimensionId === dimensionId);
        expect([agreed?.current, agreed?.desired], dimensionId).toEqual([
          median(currents),
          median(desireds),
        ]);
      }
      // The spread beside it is the core's summary, in Dutch notation.
      const privacy = v.summary.find((s) => s.dimensionId === 'privacy-ethiek')!;
      expect(await page.getByTestId('spread-current-privacy-ethiek').textContent()).toBe(
        `${nl(privacy.spreadCurrent!.min)} – ${nl(privacy.spreadCurrent!.max)} · gem. ${nl(
          Math.round(privacy.spreadCurrent!.mean * 10) / 10,
        )} · n = 3`,
      );

      // The group decides otherwise on Cultuur: now 2,5, desired 5.
      const cultuur = page.getByRole('region', { name: 'Cultuur', exact: true });
      await cultuur
        .getByRole('textbox', { name: 'Afgesproken huidig niveau van Cultuur' })
        .fill('2+');
      await page.keyboard.press('Tab');
      await cultuur
        .getByRole('textbox', { name: 'Afgesproken gewenst niveau van Cultuur' })
        .fill('5');
      await page.keyboard.press('Tab');
      await cultuur
        .getByRole('textbox', { name: 'Onderbouwing' })
        .fill('De informatieadviseurs zien meer; de groep kiest voor 2,5.');
      await cultuur.getByRole('textbox', { name: 'Onderbouwing' }).blur();
      await cultuur.getByRole('button', { name: 'Bevindingen koppelen aan Cultuur' }).click();
      const picker = page.getByRole('dialog', { name: 'Bevindingen bij Cultuur' });
      await picker.getByText(STATEMENT).click();
      await picker.getByRole('button', { name: '1 bevinding koppelen' }).click();
      await picker.waitFor({ state: 'hidden' });
      await cultuur.getByText(STATEMENT).waitFor();
      await eventually(async () => {
        const a = (await view()).agreed.find((x) => x.dimensionId === 'cultuur');
        return (
          a?.current === 2.5 &&
          a.desired === 5 &&
          a.rationale.startsWith('De informatieadviseurs') &&
          a.findingIds.join() === findingId
        );
      }, 'de aangepaste afspraak over Cultuur');
      v = await view();
      expect(v.summary.find((s) => s.dimensionId === 'cultuur')?.gap).toBe(2.5);
      await expect
        .poll(() => page.getByTestId('agreed-gap-cultuur').textContent())
        .toBe('Verschil: 2,5');
      await cultuur.scrollIntoViewIfNeeded();
      await shot('05-agreed');
    },
  );

  it('shows the radar and the gap table sorted by gap', SLOW, async () => {
    await page.getByRole('tab', { name: 'Resultaat' }).click();
    const radar = page.getByTestId('radar').locator('svg');
    await radar.waitFor();
    const v = await view();
    const valuesOf = (kind: string) =>
      radar
        .locator(`g.radar-${kind} circle.radar-point`)
        .evaluateAll((points) =>
          points.map((p) => [
            Number(p.getAttribute('data-axis')),
            Number(p.getAttribute('data-value')),
          ]),
        );
    expect(await valuesOf('current')).toEqual(v.summary.map((s, i) => [i, s.current]));
    expect(await valuesOf('desired')).toEqual(v.summary.map((s, i) => [i, s.desired]));
    // The 0-meting is drawn over it, and a group appears when chosen.
    expect(await valuesOf('earlier')).toEqual(DIMENSIONS.map((_, i) => [i, 1]));
    expect(await radar.locator('g.radar-group').count()).toBe(0);
    await page.getByText('Informatie en data', { exact: true }).click();
    await expect.poll(() => radar.locator('g.radar-group').count()).toBe(1);
    const group = v.summary.map(
      (s) => s.byGroup.find((g) => g.group === 'informatie-data')!.current,
    );
    expect((await valuesOf('group')).map(([, value]) => value)).toEqual(group);

    const table = page.getByRole('table', { name: 'Verschillen, grootste eerst' });
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('td'))
          .slice(1, 5)
          .map((td) => td.textContent),
      ),
    );
    const expected = [...v.summary]
      .map((s, index) => ({ s, index }))
      .sort((a, b) => b.s.gap! - a.s.gap! || a.index - b.index)
      .map(({ s }) => [
        DIMENSIONS.find(([id]) => id === s.dimensionId)![1],
        nl(s.current!),
        nl(s.desired!),
        nl(s.gap!),
      ]);
    expect(rows).toEqual(expected);
    const gaps = rows.map((r) => Number(r[3]!.replace(',', '.')));
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));

    // The level texts of a dimension open under its row.
    await table.getByRole('button', { name: 'Niveaus van Cultuur' }).click();
    await table.getByText('5 · Datawijs').waitFor();
    await radar.scrollIntoViewIfNeeded();
    await shot('06-radar');
    await table.scrollIntoViewIfNeeded();
    await shot('07-gaps');
  });

  it('deletes a respondent with its scores, and undo brings them back', SLOW, async () => {
    await page.getByRole('tab', { name: 'Scores' }).click();
    const before = await view();
    await page.getByRole('button', { name: 'Informatieadviseurs verwijderen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Informatieadviseurs verwijderen?' });
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByText('Informatieadviseurs is verwijderd.').waitFor();
    await eventually(async () => (await view()).respondents.length === 2, 'twee respondenten');
    expect((await view()).scores.length).toBe(before.scores.length - 8);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await eventually(async () => (await view()).respondents.length === 3, 'drie respondenten');
    expect((await view()).scores).toEqual(before.scores);
    await page
      .getByTestId('score-grid')
      .getByRole('textbox', { name: 'Informatieadviseurs, Cultuur, gewenst niveau' })
      .waitFor();
    expect(koers.pageErrors).toEqual([]);
    expect(koers.blockedRequests).toEqual([]);
  });

  it(
    "shows the demo's measurements, the gaps as the core answers them, in English too",
    SLOW,
    async () => {
      const demo = await must(koers.core.call('demo:create', {}));
      const demoId = demo.engagementId;
      const [newest] = await must(koers.core.call('assessment:list', { engagementId: demoId }));
      const demoView = await must(
        koers.core.call('assessment:get', { engagementId: demoId, id: newest!.id }),
      );
      await goFresh(koers, `#/e/${demoId}/nulmeting`);
      const grid = page.getByTestId('score-grid');
      await grid.waitFor();
      expect(await grid.locator('thead tr').first().locator('th').count()).toBe(
        1 + demoView.respondents.length,
      );
      await grid.scrollIntoViewIfNeeded();
      await shot('08-demo-scores');

      // The gap table's order and numbers are those of nulmeting:gaps, the routekaart's input.
      const gaps = await must(
        koers.core.call('nulmeting:gaps', { engagementId: demoId, assessmentId: newest!.id }),
      );
      await page.getByRole('tab', { name: 'Resultaat' }).click();
      const table = page.getByRole('table', { name: 'Verschillen, grootste eerst' });
      await table.waitFor();
      const rows = await table.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from(tr.querySelectorAll('td'))
            .slice(1, 5)
            .map((td) => td.textContent),
        ),
      );
      expect(rows.slice(0, gaps.length)).toEqual(
        gaps.map((g) => [g.dimensionName, nl(g.current), nl(g.desired), nl(g.gap)]),
      );
      await page.getByTestId('radar').scrollIntoViewIfNeeded();
      await shot('09-demo-radar');

      await must(koers.core.call('preferences:update', { language: 'en' }));
      try {
        await goFresh(koers, `#/e/${demoId}/nulmeting`);
        await page.getByRole('link', { name: 'Baseline', exact: true }).waitFor();
        await page.getByRole('tab', { name: 'Result' }).click();
        await page.getByRole('table', { name: 'Gaps, largest first' }).waitFor();
        await page.getByRole('tab', { name: 'Agreed' }).click();
        await page.getByRole('button', { name: 'Propose from scores' }).waitFor();
        await shot('10-demo-agreed-en');
      } finally {
        await must(koers.core.call('preferences:update', { language: 'nl' }));
      }
      expect(koers.pageErrors).toEqual([]);
    },
  );
});
