// The user's path through the real UI: create an engagement, add people, close it, reopen it
// from the recent list and find them again; then switch the UI to English and back. Selectors go
// through the accessible names that the i18n strings produce, so a broken label fails here.
// Each test starts from a fresh page and makes the engagement it needs through the core, so a
// failing test never takes the next one down with it; one browser and server serve them all.
import { existsSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core-types.js';
import type { HouseStyle } from '../../src/shared/domain/engagement.js';
import type { StakeholderGroup } from '../../src/shared/domain/stakeholder.js';
import {
  e2eDescribe,
  goFresh,
  must,
  resetSession,
  startKoers,
  type KoersSession,
} from './harness.js';

const CLIENT = 'Gemeente Noorderveen';
const TITLE = 'Visie datagedreven werken Noorderveen';
const REOPENED_TITLE = 'Informatiegestuurd werken Noorderveen';
const PEOPLE = [
  {
    name: 'Anouk Verbeek',
    jobTitle: 'Programmamanager',
    department: 'Concernstaf',
    group: 'Programmateam',
    groupKey: 'programmateam' as StakeholderGroup,
  },
  {
    name: 'Joost de Ruiter',
    jobTitle: 'Wethouder dienstverlening',
    department: 'College',
    group: 'Wethouder',
    groupKey: 'wethouder' as StakeholderGroup,
  },
];

const PRIMARY = '#c62828';
const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><rect width="120" height="60" fill="#c62828"/></svg>';

e2eDescribe('browser mode: an engagement from start to reopen', () => {
  let koers: KoersSession;
  let page: Page;

  beforeAll(async () => {
    koers = await startKoers();
    page = koers.page;
  });

  afterAll(async () => {
    await koers?.close();
  });

  beforeEach(async () => {
    await resetSession(koers);
  });

  /** An open engagement with both people (and a house style when given), at `section`. */
  const prepared = async (
    title: string,
    section: string,
    houseStyle?: Partial<HouseStyle>,
  ): Promise<string> => {
    const engagementId = await seedEngagement(koers.core, title, houseStyle);
    await goFresh(koers, `#/e/${engagementId}/${section}`);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    return engagementId;
  };

  it('creates an engagement and adds two stakeholders', async () => {
    await goFresh(koers, '#/');
    await page.getByRole('heading', { name: 'Startscherm', level: 1 }).waitFor();
    // On first run the welcome card repeats the button; either one opens the same form.
    await page.getByRole('button', { name: 'Nieuw traject' }).first().click();

    const form = page.getByRole('dialog', { name: 'Nieuw traject' });
    await form.getByLabel('Opdrachtgever (organisatie)').fill(CLIENT);
    await form.getByLabel('Titel van het traject').fill(TITLE);
    await form.getByRole('button', { name: 'Aanmaken' }).click();
    await form.waitFor({ state: 'hidden' });

    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Overzicht', level: 2 }).waitFor();

    // Tick the first item of step 1: the core stores it and the progress line follows. The test
    // waits for the saved state, not for the box to flip under the click.
    const firstStep = page.getByRole('group', { name: /^Checklist / }).first();
    const box = firstStep.getByRole('checkbox').first();
    const saved = page.waitForResponse(
      (res) => new URL(res.url()).pathname === '/api/checklist:set' && res.ok(),
    );
    await box.click();
    await saved;
    const engagementId = engagementIdFromUrl(page);
    const overview = await must(koers.core.call('engagement:overview', { engagementId }));
    expect(overview.steps[0]!.items[0]!.done).toBe(true);
    await page.getByText(/^1 van \d+ gedaan$/).waitFor();
    expect(await box.isChecked()).toBe(true);

    await section(page, 'Betrokkenen').click();
    await page.getByText('Nog geen betrokkenen').waitFor();

    for (const person of PEOPLE) await addStakeholder(page, person);

    expect(await readTable(page)).toEqual([
      ['R01', PEOPLE[0]!.name, PEOPLE[0]!.group],
      ['R02', PEOPLE[1]!.name, PEOPLE[1]!.group],
    ]);
  });

  it('a form without a name is refused with a message, and nothing is added', async () => {
    await prepared('Traject met een leeg formulier', 'stakeholders');
    await page.getByRole('table', { name: 'Betrokkenen' }).waitFor();
    await page.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
    const form = page.getByRole('dialog', { name: 'Betrokkene toevoegen' });
    await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await form.getByText('Vul een naam in.').waitFor();
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'hidden' });
    expect(await readTable(page)).toHaveLength(2);
  });

  it('sets the house style: colour, font and an SVG logo with a preview', async () => {
    await prepared('Traject met een huisstijl', 'settings');
    await page.getByRole('heading', { name: 'Instellingen', level: 2 }).waitFor();

    await page.getByLabel('Hoofdkleur').fill(PRIMARY);
    await page.getByLabel('Lettertype').fill('Georgia');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Logo kiezen…' }).click();
    await (
      await chooser
    ).setFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(LOGO_SVG) });
    await page.getByRole('img', { name: `Logo van ${CLIENT}` }).waitFor();

    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor();

    const stored = await koers.core.call('engagement:get', {
      engagementId: engagementIdFromUrl(page),
    });
    expect(stored.ok && stored.value.houseStyle).toEqual({
      primaryColor: PRIMARY,
      secondaryColor: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      fontName: 'Georgia',
      logo: { mimeType: 'image/svg+xml', dataBase64: Buffer.from(LOGO_SVG).toString('base64') },
    });
  });

  it('closes, reopens from the recent list and shows both stakeholders', async () => {
    await prepared(REOPENED_TITLE, 'overview', {
      primaryColor: PRIMARY,
      fontName: 'Georgia',
      logo: { mimeType: 'image/svg+xml', dataBase64: Buffer.from(LOGO_SVG).toString('base64') },
    });
    await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
    await page.getByRole('heading', { name: 'Startscherm', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Recente trajecten' }).waitFor();

    // The engagement really is closed: the core lists nothing open any more.
    const open = await koers.core.call('engagement:listOpen', {});
    expect(open).toEqual({ ok: true, value: [] });

    await page.getByRole('button', { name: `${REOPENED_TITLE} openen` }).click();
    await page.getByRole('heading', { name: REOPENED_TITLE, level: 1 }).waitFor();
    await page.getByText(CLIENT, { exact: true }).first().waitFor();

    await section(page, 'Betrokkenen').click();
    await page.getByRole('table', { name: 'Betrokkenen' }).waitFor();
    expect(await readTable(page)).toEqual([
      ['R01', PEOPLE[0]!.name, PEOPLE[0]!.group],
      ['R02', PEOPLE[1]!.name, PEOPLE[1]!.group],
    ]);

    // The house style came back with the file.
    await section(page, 'Instellingen').click();
    expect(await page.getByLabel('Hoofdkleur').inputValue()).toBe(PRIMARY);
    expect(await page.getByLabel('Lettertype').inputValue()).toBe('Georgia');
    await page.getByRole('img', { name: `Logo van ${CLIENT}` }).waitFor();
  });

  it('switches the UI to English and back', async () => {
    await prepared('Traject in twee talen', 'settings');
    await page.getByRole('heading', { name: 'Instellingen', level: 2 }).waitFor();

    // Waits for what the choice leads to (the page in English), not for the radio to flip.
    await page
      .getByRole('radiogroup', { name: 'Taal van Koers' })
      .getByRole('radio', { name: 'English' })
      .click();
    await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
    await section(page, 'Stakeholders', 'Parts of the engagement').waitFor();
    expect(await page.getByRole('button', { name: 'Close', exact: true }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await koers.core.call('preferences:get', {})).toMatchObject({
      ok: true,
      value: { language: 'en' },
    });

    // The group names in the table follow the language too.
    await section(page, 'Stakeholders', 'Parts of the engagement').click();
    await page.getByRole('table', { name: 'Stakeholders' }).waitFor();
    expect((await readTable(page)).map((row) => row[2])).toEqual(['Programme team', 'Alderman']);

    await section(page, 'Settings', 'Parts of the engagement').click();
    await page
      .getByRole('radiogroup', { name: 'Language of Koers' })
      .getByRole('radio', { name: 'Nederlands' })
      .click();
    await page.getByRole('heading', { name: 'Instellingen', level: 2 }).waitFor();
    await section(page, 'Betrokkenen').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await koers.core.call('preferences:get', {})).toMatchObject({
      ok: true,
      value: { language: 'nl' },
    });
  });

  it('opens a .koers file from outside the workspace as a copy, with its people', async () => {
    const title = 'Traject van een USB-stick';
    const engagementId = await seedEngagement(koers.core, title);
    const [open] = await must(koers.core.call('engagement:listOpen', {}));
    await must(koers.core.call('engagement:close', { engagementId }));
    // The file leaves the workspace: the page can no longer name it, only upload it.
    const usb = mkdtempSync(path.join(os.tmpdir(), 'koers-usb-'));
    const elsewhere = path.join(usb, 'Van de stick.koers');
    renameSync(path.join(koers.workspaceDir, open!.fileName), elsewhere);
    const original = readFileSync(elsewhere);

    await goFresh(koers, '#/');
    await page.getByRole('button', { name: 'Openen…' }).first().click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Bestand van elders kiezen…' }).click();
    await (await chooser).setFiles(elsewhere);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();

    await section(page, 'Betrokkenen').click();
    await page.getByRole('table', { name: 'Betrokkenen' }).waitFor();
    expect((await readTable(page)).map((row) => row[1])).toEqual(PEOPLE.map((p) => p.name));
    // The copy is in the workspace and open; the original is byte for byte what it was.
    const [copy] = await must(koers.core.call('engagement:listOpen', {}));
    expect(copy!.fileName).toBe('Van de stick.koers');
    expect(existsSync(path.join(koers.workspaceDir, 'Van de stick.koers'))).toBe(true);
    expect(readFileSync(elsewhere).equals(original)).toBe(true);
  });

  it('ran without page errors and without a single request leaving the machine', () => {
    expect(koers.pageErrors).toEqual([]);
    expect(koers.blockedRequests).toEqual([]);
  });
});

/** A new open engagement with both people, made through the core as the UI would. */
async function seedEngagement(
  core: Core,
  title: string,
  houseStyle?: Partial<HouseStyle>,
): Promise<string> {
  const { engagementId } = await must(
    core.call('engagement:create', { fields: { clientName: CLIENT, title } }),
  );
  for (const person of PEOPLE) {
    await must(
      core.call('stakeholder:create', {
        engagementId,
        fields: {
          name: person.name,
          jobTitle: person.jobTitle,
          department: person.department,
          group: person.groupKey,
        },
      }),
    );
  }
  if (houseStyle) {
    const engagement = await must(core.call('engagement:get', { engagementId }));
    await must(
      core.call('engagement:update', {
        engagementId,
        fields: { houseStyle: { ...engagement.houseStyle, ...houseStyle } },
      }),
    );
  }
  return engagementId;
}

async function addStakeholder(
  page: Page,
  person: { name: string; jobTitle: string; department: string; group: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
  const form = page.getByRole('dialog', { name: 'Betrokkene toevoegen' });
  await form.getByLabel('Naam').fill(person.name);
  await form.getByLabel('Functie').fill(person.jobTitle);
  await form.getByLabel('Afdeling').fill(person.department);
  await chooseOption(page, form.getByRole('combobox', { name: 'Groep' }), person.group);
  await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await form.waitFor({ state: 'hidden' });
  await page.getByRole('row', { name: new RegExp(person.name) }).waitFor();
}

function engagementIdFromUrl(page: Page): string {
  const id = /#\/e\/([0-9a-f-]{36})\//.exec(page.url())?.[1];
  if (!id) throw new Error(`no engagement in ${page.url()}`);
  return id;
}

/** A link in the engagement's side navigation. */
function section(page: Page, name: string, navLabel = 'Onderdelen van het traject'): Locator {
  return page.getByRole('navigation', { name: navLabel }).getByRole('link', { name });
}

async function chooseOption(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Pseudonym, name and group of every row, read from the rendered table. */
async function readTable(page: Page): Promise<string[][]> {
  const rows = page.locator('table tbody tr');
  const result: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = rows.nth(i).locator('td');
    result.push([
      (await cells.nth(0).innerText()).trim(),
      (await cells.nth(1).innerText()).trim(),
      (await cells.nth(4).innerText()).trim(),
    ]);
  }
  return result;
}
