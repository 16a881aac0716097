// Issue 12 through the real UI: add a party by the form; place five parties on the
// krachtenveld by dragging them with the mouse (from the list onto the grid, and a dot from one
// cell to another), move one with the arrow keys, record a communication strategy, weigh a cell
// of the value map and add an iceberg item. Every step is read back from the core. Screenshots
// go to /tmp/koers-shots/st-*.png for a look.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cellCentre, forceFieldGeometry } from '../../src/shared/charts/index.js';
import { e2eDescribe, goFresh, must, startKoers, type KoersSession } from './harness.js';

const SLOW = { timeout: 120_000 };
const SHOTS = '/tmp/koers-shots';
const STRATEGY = 'Maandelijks bestuurlijk overleg; samen de eerste use case kiezen.';
const GEOMETRY = forceFieldGeometry(800, 600);

e2eDescribe('browser mode: stakeholder tools (krachtenveld, value map, iceberg)', () => {
  let koers: KoersSession;
  let page: Page;
  let engagementId = '';

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    koers = await startKoers({
      prepare: async (core) => {
        const created = await must(
          core.call('engagement:create', {
            fields: { clientName: 'Gemeente Zuiderhaven', title: 'Samenwerking slimme stad' },
          }),
        );
        engagementId = created.engagementId;
        await must(
          core.call('stakeholder:create', {
            engagementId,
            fields: { name: 'Fatima el Amrani', group: 'wethouder', jobTitle: 'Wethouder' },
          }),
        );
        for (const name of ['Netbeheerder Stedin', 'Woningcorporatie Havensteden'])
          await must(
            core.call('party:create', { engagementId, fields: { name, kind: 'organisation' } }),
          );
      },
    });
    page = koers.page;
  });

  afterAll(async () => {
    await koers?.close();
  });

  const parties = () => must(koers.core.call('party:list', { engagementId }));
  const positions = async () =>
    new Map(
      (await must(koers.core.call('forceField:list', { engagementId }))).map((p) => [
        p.partyId,
        { influence: p.influence, attitude: p.attitude },
      ]),
    );

  /** The centre of a grid cell on the screen. */
  const cellOnScreen = async (influence: number, attitude: number) => {
    const box = (await page.locator('.force-field-host svg').boundingBox())!;
    const c = cellCentre(GEOMETRY, influence, attitude);
    return { x: box.x + (c.x * box.width) / 800, y: box.y + (c.y * box.height) / 600 };
  };
  const dragTo = async (from: { x: number; y: number }, to: { x: number; y: number }) => {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 10, from.y + 10, { steps: 2 });
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
  };
  const centreOf = async (selector: string) => {
    const box = (await page.locator(selector).first().boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };

  it('adds a party through the form', async () => {
    await goFresh(koers, `#/e/${engagementId}/stakeholder-tools`);
    await page.getByRole('heading', { name: 'Stakeholdertools', level: 2 }).waitFor();
    await page.getByRole('cell', { name: 'Inwoners' }).first().waitFor();
    await page.getByRole('button', { name: 'Partij toevoegen' }).click();
    const form = page.getByRole('dialog', { name: 'Nieuwe partij' });
    await form.getByLabel('Naam').fill('Ondernemersvereniging Centrum');
    await form.getByLabel('Belangen').fill('Bereikbaarheid van de binnenstad');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    await page.getByText('Ondernemersvereniging Centrum').first().waitFor();
    // The municipality and the inhabitants cannot be deleted; the new party can.
    await expect(
      page.getByRole('button', { name: /^Inwoners verwijderen$/ }).count(),
    ).resolves.toBe(0);
    await page.getByRole('button', { name: 'Ondernemersvereniging Centrum verwijderen' }).waitFor();
    const list = await parties();
    expect(list.map((p) => p.name)).toContain('Ondernemersvereniging Centrum');
    expect(list.find((p) => p.name === 'Ondernemersvereniging Centrum')?.interests).toBe(
      'Bereikbaarheid van de binnenstad',
    );
    await page.screenshot({ path: `${SHOTS}/st-parties.png`, fullPage: true });
  });

  it(
    'places five parties by dragging, moves one by keyboard, records a strategy',
    SLOW,
    async () => {
      await goFresh(koers, `#/e/${engagementId}/stakeholder-tools`);
      await page.getByRole('tab', { name: 'Krachtenveld' }).click();
      await page.locator('.force-field-host svg').waitFor();
      const all = await parties();
      expect(all).toHaveLength(5);
      const targets: [number, number][] = [
        [5, 2],
        [4, -1],
        [2, 1],
        [1, -2],
        [3, 0],
      ];
      for (const [k, party] of all.entries()) {
        const [influence, attitude] = targets[k]!;
        await dragTo(
          await centreOf(`button[data-party-id="${party.id}"]`),
          await cellOnScreen(influence, attitude),
        );
        await expect
          .poll(async () => (await positions()).get(party.id), { timeout: 10_000 })
          .toEqual({ influence, attitude });
      }
      // A dot already on the grid dragged to another cell.
      const moved = all[3]!;
      await page.locator(`g.party[data-party-id="${moved.id}"] circle`).waitFor();
      await dragTo(
        await centreOf(`g.party[data-party-id="${moved.id}"] circle`),
        await cellOnScreen(2, -2),
      );
      await expect
        .poll(async () => (await positions()).get(moved.id), { timeout: 10_000 })
        .toEqual({ influence: 2, attitude: -2 });

      // Keyboard: the party in the list, arrow up raises the influence, arrow left the attitude.
      const keyed = all[2]!;
      await page.locator(`button[data-party-id="${keyed.id}"]`).focus();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowLeft');
      await page
        .getByTestId('ff-announcement')
        .getByText(`${keyed.name}: invloed 3, houding 0`)
        .waitFor();
      await expect
        .poll(async () => (await positions()).get(keyed.id), { timeout: 10_000 })
        .toEqual({ influence: 3, attitude: 0 });

      // The strategy panel of the party in the top right: the method's suggestion, then ours.
      const key = all[0]!;
      await page.locator(`button[data-party-id="${key.id}"]`).click();
      await page.getByRole('heading', { name: `Strategie voor ${key.name}` }).waitFor();
      const strategy = page.getByLabel('Communicatiestrategie');
      await expect(strategy.inputValue()).resolves.toMatch(/^Nauw betrekken/);
      await strategy.fill(STRATEGY);
      await page.getByLabel('Volgende actie').fill('Kennismaking plannen');
      await page.getByText('Opgeslagen').waitFor();
      await expect
        .poll(
          async () => {
            const saved = (await must(koers.core.call('forceField:list', { engagementId }))).find(
              (p) => p.partyId === key.id,
            );
            return [saved?.communicationStrategy, saved?.nextAction];
          },
          { timeout: 10_000 },
        )
        .toEqual([STRATEGY, 'Kennismaking plannen']);
      expect(await page.locator('.force-field-host g.party').count()).toBe(5);
      await page.screenshot({ path: `${SHOTS}/st-forcefield.png` });
      expect(koers.pageErrors).toEqual([]);
    },
  );

  it('weighs a cell of the value map by clicks and by a number key', async () => {
    await goFresh(koers, `#/e/${engagementId}/stakeholder-tools`);
    await page.getByRole('tab', { name: 'Waardenkaart' }).click();
    const map = await must(koers.core.call('valueMap:get', { engagementId }));
    const party = map.parties[0]!;
    const [first, second] = map.values;
    const cell = (valueId: string) => page.locator(`[data-value-cell="${party.id}/${valueId}"]`);
    await cell(first!.id).click(); // empty → 0
    await cell(first!.id).click(); // 0 → 1
    await cell(second!.id).focus();
    await page.keyboard.press('3');
    const weights = async () =>
      (await must(koers.core.call('valueMap:get', { engagementId }))).weights
        .filter((w) => w.partyId === party.id)
        .map((w) => `${w.valueId}=${w.weight}`)
        .sort();
    await expect
      .poll(weights, { timeout: 10_000 })
      .toEqual([`${first!.id}=1`, `${second!.id}=3`].sort());
    await page.screenshot({ path: `${SHOTS}/st-valuemap.png`, fullPage: true });
  });

  it('takes a snapshot and shows the movement since it as arrows', async () => {
    await goFresh(koers, `#/e/${engagementId}/stakeholder-tools`);
    await page.getByRole('tab', { name: 'Krachtenveld' }).click();
    await page.getByRole('button', { name: 'Momentopname maken' }).click();
    const form = page.getByRole('dialog', { name: 'Momentopname van het krachtenveld' });
    await form.getByLabel('Gescoord door').fill('Programmateam');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    const [snapshot] = await must(koers.core.call('forceFieldSnapshot:list', { engagementId }));
    expect(snapshot?.scoredBy).toBe('Programmateam');
    expect(snapshot?.positionCount).toBe(5);

    const party = (await parties())[1]!;
    await page.locator(`button[data-party-id="${party.id}"]`).focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await positions()).get(party.id)?.attitude, { timeout: 10_000 })
      .toBe(0);
    await page.getByRole('combobox', { name: 'Verschuiving tonen sinds' }).click();
    await page.getByRole('option', { name: /Programmateam/ }).click();
    await page
      .locator(`.force-field-host line.movement[data-party-id="${party.id}"]`)
      .waitFor({ state: 'attached' });
    expect(await page.locator('.force-field-host line.movement').count()).toBe(1);
    await page.locator('.force-field-host svg').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/st-snapshot.png` });
  });

  it('adds a knelpunt and an item in a layer of the iceberg', async () => {
    await goFresh(koers, `#/e/${engagementId}/stakeholder-tools`);
    await page.getByRole('tab', { name: 'IJsbergmodel' }).click();
    await page.getByRole('button', { name: 'Knelpunt toevoegen' }).click();
    const form = page.getByRole('dialog', { name: 'Nieuw knelpunt' });
    await form.getByLabel('Knelpunt').fill('Data wordt niet gedeeld tussen afdelingen');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    const guide = await must(koers.core.call('stakeholderTools:guide', { engagementId }));
    const layer = guide.icebergLayers[1]!;
    await page
      .getByLabel(`Nieuw punt voor ${layer.name}`)
      .fill('Elke afdeling bouwt een eigen dashboard');
    await page.getByRole('button', { name: `Toevoegen aan ${layer.name}` }).click();
    await page
      .locator('.iceberg-host svg')
      .getByText('Elke afdeling bouwt een eigen dashboard')
      .waitFor();
    const [iceberg] = await must(koers.core.call('iceberg:list', { engagementId }));
    expect(iceberg?.title).toBe('Data wordt niet gedeeld tussen afdelingen');
    expect(iceberg?.items.map((i) => [i.layer, i.text])).toEqual([
      [layer.id, 'Elke afdeling bouwt een eigen dashboard'],
    ]);
    await page.screenshot({ path: `${SHOTS}/st-iceberg.png`, fullPage: true });
  });

  it('records a conflicting interest and assigns a role', async () => {
    await goFresh(koers, `#/e/${engagementId}/stakeholder-tools`);
    await page.getByRole('tab', { name: 'Tegenstrijdige belangen & rollen' }).click();
    const all = await parties();
    await page.getByRole('combobox', { name: 'Partij A' }).click();
    await page.getByRole('option', { name: all[0]!.name, exact: true }).click();
    await page.getByRole('combobox', { name: 'Partij B' }).click();
    await page.getByRole('option', { name: all[1]!.name, exact: true }).click();
    await page.getByLabel('Omschrijving').fill('Snelheid tegenover zorgvuldigheid');
    await page.getByLabel('Hoe te overbruggen').last().fill('Samen een proeftuin in één wijk');
    await page.getByRole('button', { name: 'Tegenstrijdig belang toevoegen' }).click();
    await page.getByText('Snelheid tegenover zorgvuldigheid').waitFor();
    const [conflict] = await must(koers.core.call('interestConflict:list', { engagementId }));
    expect(conflict?.bridge).toBe('Samen een proeftuin in één wijk');

    const guide = await must(koers.core.call('stakeholderTools:guide', { engagementId }));
    await page.getByRole('combobox', { name: 'Rol' }).click();
    await page.getByRole('option', { name: guide.roles[0]!.name, exact: true }).click();
    await page.getByRole('combobox', { name: 'Betrokkene' }).click();
    await page.getByRole('option', { name: 'Fatima el Amrani' }).click();
    await page.getByRole('button', { name: 'Rol toekennen' }).click();
    await expect
      .poll(async () =>
        (await must(koers.core.call('role:list', { engagementId }))).map((r) => r.roleId),
      )
      .toEqual([guide.roles[0]!.id]);
    await page.screenshot({ path: `${SHOTS}/st-conflicts.png`, fullPage: true });
    expect(koers.pageErrors).toEqual([]);
  });

  it('shows the demo engagement: every placed party a dot, the value map and iceberg filled', async () => {
    const demo = await must(koers.core.call('demo:create', {}));
    const demoId = demo.engagementId;
    await goFresh(koers, `#/e/${demoId}/stakeholder-tools`);
    await page.getByRole('tab', { name: 'Krachtenveld' }).click();
    await page.locator('.force-field-host svg').waitFor();
    const placed = await must(koers.core.call('forceField:list', { engagementId: demoId }));
    expect(placed.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.force-field-host g.party').count()).toBe(placed.length);
    await page.screenshot({ path: `${SHOTS}/st-demo-forcefield.png` });
    await page.getByRole('tab', { name: 'IJsbergmodel' }).click();
    await page.locator('.iceberg-host svg').waitFor();
    await page.screenshot({ path: `${SHOTS}/st-demo-iceberg.png`, fullPage: true });
    expect(koers.pageErrors).toEqual([]);
  });

  it('deletes a party after confirmation and puts it back with Ongedaan maken', async () => {
    await goFresh(koers, `#/e/${engagementId}/stakeholder-tools`);
    const name = 'Netbeheerder Stedin';
    await page.getByRole('button', { name: `${name} verwijderen` }).click();
    const confirm = page.getByRole('dialog', { name: `${name} verwijderen?` });
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByText(`${name} is verwijderd.`).waitFor();
    await expect.poll(async () => (await parties()).map((p) => p.name)).not.toContain(name);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(async () => (await parties()).map((p) => p.name)).toContain(name);
    await page.getByRole('cell', { name, exact: true }).waitFor();
    expect((await parties()).filter((p) => p.name === name)).toHaveLength(1);
    expect(await page.getByRole('cell', { name, exact: true }).count()).toBe(1);
  });
});
