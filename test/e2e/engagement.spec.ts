// The user's path through the real UI: create an engagement, add people, close it, reopen it
// from the recent list and find them again; then switch the UI to English and back. Selectors go
// through the accessible names that the i18n strings produce, so a broken label fails here.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { e2eDescribe, startKoers, type KoersSession } from './harness.js';

const CLIENT = 'Gemeente Noorderveen';
const TITLE = 'Visie datagedreven werken Noorderveen';
const PEOPLE = [
  {
    name: 'Anouk Verbeek',
    jobTitle: 'Programmamanager',
    department: 'Concernstaf',
    group: 'Programmateam',
  },
  {
    name: 'Joost de Ruiter',
    jobTitle: 'Wethouder dienstverlening',
    department: 'College',
    group: 'Wethouder',
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

  it('creates an engagement and adds two stakeholders', async () => {
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

    // Tick the first item of step 1: the progress line follows and the core stores it.
    const firstStep = page.getByRole('group', { name: /^Checklist / }).first();
    await firstStep.getByRole('checkbox').first().check();
    await page.getByText(/^1 van \d+ gedaan$/).waitFor();
    const engagementId = engagementIdFromUrl(page);
    const overview = await koers.core.call('engagement:overview', { engagementId });
    expect(overview.ok && overview.value.steps[0]!.items[0]!.done).toBe(true);

    await section(page, 'Betrokkenen').click();
    await page.getByText('Nog geen betrokkenen').waitFor();

    for (const person of PEOPLE) await addStakeholder(page, person);

    expect(await readTable(page)).toEqual([
      ['R01', PEOPLE[0]!.name, PEOPLE[0]!.group],
      ['R02', PEOPLE[1]!.name, PEOPLE[1]!.group],
    ]);
  });

  it('a form without a name is refused with a message, and nothing is added', async () => {
    await page.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
    const form = page.getByRole('dialog', { name: 'Betrokkene toevoegen' });
    await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await form.getByText('Vul een naam in.').waitFor();
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'hidden' });
    expect(await readTable(page)).toHaveLength(2);
  });

  it('sets the house style: colour, font and an SVG logo with a preview', async () => {
    await section(page, 'Instellingen').click();
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
    await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
    await page.getByRole('heading', { name: 'Startscherm', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Recente trajecten' }).waitFor();

    // The engagement really is closed: the core lists nothing open any more.
    const open = await koers.core.call('engagement:listOpen', {});
    expect(open).toEqual({ ok: true, value: [] });

    await page.getByRole('button', { name: `${TITLE} openen` }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
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
    await page.getByRole('heading', { name: 'Instellingen', level: 2 }).waitFor();

    await page
      .getByRole('radiogroup', { name: 'Taal van Koers' })
      .getByRole('radio', { name: 'English' })
      .check();
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
      .check();
    await page.getByRole('heading', { name: 'Instellingen', level: 2 }).waitFor();
    await section(page, 'Betrokkenen').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await koers.core.call('preferences:get', {})).toMatchObject({
      ok: true,
      value: { language: 'nl' },
    });
  });

  it('ran without page errors and without a single request leaving the machine', () => {
    expect(koers.pageErrors).toEqual([]);
    expect(koers.blockedRequests).toEqual([]);
  });
});

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
