// Step 2 through the real UI: plan a world café with three theme tables, type inputs in two
// rounds (read back from the core), dot-vote, turn one input into a finding (read back with its
// session source), then run two statements on the room display: the counts are not on the room
// page until they are revealed, and round 1 and 2 stand side by side after.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { e2eDescribe, goFresh, must, startKoers, type KoersSession } from './harness.js';

const SLOW = { timeout: 180_000 };
const SHOTS = '/tmp/koers-shots';
const TABLES = ['Ethiek', 'Privacy', 'Governance'];
const BANK_TEXT =
  'Als een algoritme beter voorspelt dan een medewerker, moeten we het ook laten beslissen.';
const SHARPENED =
  'Als een algoritme beter voorspelt dan een medewerker, laten we het algoritme beslissen.';
const OWN_STATEMENT = 'Elke afdeling heeft een eigen datasteward nodig.';

const inputText = (table: string, round: number, n: number) =>
  `${table}: inbreng ${n === 1 ? 'een' : 'twee'} uit ronde ${round === 1 ? 'een' : 'twee'}`;

e2eDescribe('browser mode: work sessions and the room display', () => {
  let koers: KoersSession;
  let page: Page;
  let engagementId = '';
  let sessionId = '';

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

  const saved = (operation: string) =>
    page.waitForResponse((res) => new URL(res.url()).pathname === `/api/${operation}` && res.ok());

  it('plans a world café with three tables and captures inputs in two rounds', SLOW, async () => {
    await goFresh(koers, `#/e/${engagementId}/overview`);
    await page.getByRole('link', { name: 'Werksessies' }).click();
    await page.getByText('Nog geen werksessies').waitFor();
    await page.screenshot({ path: `${SHOTS}/sessions-empty.png` });

    await page.getByRole('button', { name: 'Nieuwe sessie' }).click();
    const form = page.getByRole('dialog', { name: 'Nieuwe werksessie' });
    await form.getByRole('combobox', { name: 'Soort sessie' }).click();
    await page.getByRole('option', { name: 'World café' }).click();
    await form.getByLabel('Titel').fill('World café datagedreven werken');
    await form.getByLabel('Datum en tijd').fill('2026-05-19T19:30');
    await form.getByLabel('Zaal').fill('Raadzaal');
    await form.getByRole('textbox', { name: 'Aantal deelnemers' }).fill('27');
    await form.getByRole('button', { name: 'Nieuwe sessie' }).click();
    await form.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'World café datagedreven werken', level: 2 }).waitFor();
    sessionId = /sessions\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect(sessionId).not.toBe('');

    for (const table of TABLES) {
      await page.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
      await page.getByRole('menuitem', { name: 'Thematafel' }).click();
      const add = page.getByRole('dialog', { name: 'Nieuw onderdeel: Thematafel' });
      await add.getByLabel('Titel').fill(table);
      await add.getByRole('button', { name: 'Toevoegen' }).click();
      await add.waitFor({ state: 'hidden' });
      await page.getByRole('article', { name: `Thematafel: ${table}` }).waitFor();
    }

    for (const round of [1, 2]) {
      for (const table of TABLES) {
        const field = page.getByRole('textbox', {
          name: `Nieuwe inbreng bij ${table}, ronde ${round}`,
        });
        for (const n of [1, 2]) {
          const added = saved('session:addInput');
          await field.fill(inputText(table, round, n));
          await field.press('Enter');
          await added;
        }
      }
    }
    // An input edited in place is autosaved.
    const edited = page.getByRole('textbox', { name: 'Inbreng 1 bij Privacy, ronde 2' });
    await edited.waitFor();
    const autosaved = saved('session:saveInput');
    await edited.fill('Privacy: inwoners willen weten welke gegevens wij van hen gebruiken');
    await autosaved;

    const session = await must(koers.core.call('session:get', { engagementId, id: sessionId }));
    expect(session.type).toBe('world-cafe');
    expect(session.room).toBe('Raadzaal');
    expect(session.participantCount).toBe(27);
    const tables = session.parts.filter((p) => p.kind === 'tafel');
    expect(tables.map((p) => [p.title, p.rounds])).toEqual(TABLES.map((t) => [t, 2]));
    for (const table of tables) {
      for (const round of [1, 2]) {
        const texts = table.inputs.filter((i) => i.round === round).map((i) => i.text);
        const expected = [inputText(table.title, round, 1), inputText(table.title, round, 2)];
        if (table.title === 'Privacy' && round === 2)
          expected[0] = 'Privacy: inwoners willen weten welke gegevens wij van hen gebruiken';
        expect(texts).toEqual(expected);
      }
    }
    expect(koers.pageErrors).toEqual([]);
  });

  it('dot-votes an idea and turns an input into a finding', SLOW, async () => {
    await goFresh(koers, `#/e/${engagementId}/sessions/${sessionId}`);
    const idea = inputText('Ethiek', 1, 2);
    const up = page.getByRole('button', { name: `Stip erbij voor: ${idea}` });
    for (let i = 0; i < 3; i += 1) {
      const voted = saved('session:voteInput');
      await up.click();
      await voted;
    }
    const ethics = page.getByRole('article', { name: 'Thematafel: Ethiek' });
    await ethics.getByText('Top 5 op stippen').waitFor();
    await ethics.getByRole('listitem').filter({ hasText: idea }).getByText('(3 stippen)').waitFor();

    await page.getByRole('button', { name: `Maak een bevinding van: ${idea}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Bevinding maken van inbreng' });
    await confirm.getByRole('button', { name: 'Bevinding maken' }).click();
    await page.getByText(`Bevinding gemaakt: "${idea}".`).waitFor();
    await page.getByRole('button', { name: 'Bevinding openen' }).first().waitFor();
    await ethics.screenshot({ path: `${SHOTS}/sessions-table.png` });
    await page.screenshot({ path: `${SHOTS}/sessions-page.png`, fullPage: true });

    const session = await must(koers.core.call('session:get', { engagementId, id: sessionId }));
    const input = session.parts
      .find((p) => p.title === 'Ethiek')
      ?.inputs.find((i) => i.text === idea);
    expect(input?.votes).toBe(3);
    const findings = await must(koers.core.call('finding:list', { engagementId }));
    const fromSession = findings.filter((f) => f.source.type === 'session');
    expect(fromSession.map((f) => f.statement)).toEqual([idea]);
    expect(fromSession[0]?.source.session).toMatchObject({
      sessionId,
      inputId: input?.id,
      sessionTitle: 'World café datagedreven werken',
      partTitle: 'Ethiek',
      round: 1,
    });
    expect(input?.findingIds).toEqual([fromSession[0]?.id]);

    // The link goes to the finding in the list of findings.
    await page.getByRole('button', { name: 'Bevinding openen' }).first().click();
    await page.getByRole('heading', { name: 'Bevindingen', level: 2 }).waitFor();
    await page.getByText(idea).first().waitFor();
    expect(koers.pageErrors).toEqual([]);
  });

  it('runs two statements on the room display, tallies hidden until revealed', SLOW, async () => {
    await goFresh(koers, `#/e/${engagementId}/sessions/${sessionId}`);
    // One from the bank, sharpened after adding; one of our own.
    await page.getByRole('button', { name: 'Stelling uit de bank' }).click();
    const bank = page.getByRole('dialog', { name: 'Stelling uit de bank kiezen' });
    await bank.getByRole('combobox', { name: 'Thema' }).click();
    await page.getByRole('option', { name: 'Ethiek' }).click();
    await bank.getByRole('button', { name: `Stelling toevoegen: ${BANK_TEXT}` }).click();
    await bank.waitFor({ state: 'hidden' });
    const statement = page.getByRole('article', { name: `Stelling: ${BANK_TEXT}` });
    const sharpened = saved('session:updatePart');
    await statement.getByRole('textbox', { name: 'Stelling', exact: true }).fill(SHARPENED);
    await sharpened;

    await page.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
    await page.getByRole('menuitem', { name: 'Stelling' }).click();
    const add = page.getByRole('dialog', { name: 'Nieuw onderdeel: Stelling' });
    await add.getByLabel('Stelling').fill(OWN_STATEMENT);
    await add.getByRole('button', { name: 'Toevoegen' }).click();
    await add.waitFor({ state: 'hidden' });

    // Round 1 of the first statement by keys: 7 × eens, 4 × oneens, 2 × neutraal.
    const pad1 = page.getByRole('group', { name: `Telling ${SHARPENED}, ronde 1: druk 1, 2 of 3` });
    await pad1.focus();
    for (const [key, times] of [
      ['1', 7],
      ['2', 4],
      ['3', 2],
    ] as const) {
      for (let i = 0; i < times; i += 1) {
        const counted = saved('session:tallyIncrement');
        await page.keyboard.press(key);
        await counted;
      }
    }
    // A mistaken count taken back with the minus button.
    const pad1Oneens = pad1.getByRole('button', { name: 'Oneens −1' });
    const back = saved('session:tallyIncrement');
    await pad1Oneens.click();
    await back;
    await page
      .getByTestId(/tally-.*-1-oneens/)
      .first()
      .filter({ hasText: '3' })
      .waitFor();

    const popupPromise = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Open zaalscherm' }).first().click();
    const room = await popupPromise;
    await room.waitForLoadState();
    expect(room.url()).toContain(`#/e/${engagementId}/sessions/${sessionId}/room`);
    const main = room.getByRole('main', { name: 'Zaalscherm' });
    await main.getByRole('heading', { name: SHARPENED, level: 1 }).waitFor();
    await main.getByText('Stelling 1 van 2').waitFor();
    await main.getByText('De uitslag volgt').waitFor();
    // Hidden means absent, not merely invisible: the counts are nowhere on the page.
    const hiddenText = await main.innerText();
    for (const absent of ['7', '3', 'Eens', 'Oneens', '%'])
      expect(hiddenText, absent).not.toContain(absent);
    expect(await room.content()).not.toMatch(/\(54%\)|>7</);
    await room.screenshot({ path: `${SHOTS}/sessions-room-hidden.png` });

    // Revealed from the room display itself with R.
    await room.keyboard.press('r');
    await main.getByRole('group', { name: 'Ronde 1' }).getByText('(58%)').waitFor();
    const revealed = await main.innerText();
    expect(revealed).toContain('Eens');
    expect(revealed).toMatch(/7\s*\(58%\)/);
    expect(revealed).toMatch(/3\s*\(25%\)/);
    expect(revealed).toMatch(/2\s*\(17%\)/);

    // Round 2 on the facilitator's screen, revealed there: both rounds side by side.
    const pad2 = page.getByRole('group', { name: `Telling ${SHARPENED}, ronde 2: druk 1, 2 of 3` });
    await pad2.focus();
    for (const [key, times] of [
      ['1', 2],
      ['2', 9],
      ['3', 1],
    ] as const) {
      for (let i = 0; i < times; i += 1) {
        const counted = saved('session:tallyIncrement');
        await page.keyboard.press(key);
        await counted;
      }
    }
    // Still hidden on the room display (it reads every second) until revealed.
    await room.waitForTimeout(1500);
    expect(await main.getByRole('group', { name: 'Ronde 2' }).count()).toBe(0);
    expect(await main.innerText()).not.toContain('(75%)');
    await pad2.getByRole('button', { name: 'Uitslag tonen' }).click();
    await main.getByRole('group', { name: 'Ronde 2' }).getByText('(75%)').waitFor();
    await main.getByRole('group', { name: 'Ronde 1' }).getByText('(58%)').waitFor();
    await room.screenshot({ path: `${SHOTS}/sessions-room-revealed.png` });

    // The next statement: hidden again until R.
    await room.keyboard.press('ArrowRight');
    await main.getByRole('heading', { name: OWN_STATEMENT, level: 1 }).waitFor();
    await main.getByText('Stelling 2 van 2').waitFor();
    const pad3 = page.getByRole('group', {
      name: `Telling ${OWN_STATEMENT}, ronde 1: druk 1, 2 of 3`,
    });
    for (const answer of ['Eens', 'Eens', 'Neutraal', 'Eens', 'Eens', 'Eens']) {
      const counted = saved('session:tallyIncrement');
      await pad3.getByRole('button', { name: `${answer} +1`, exact: true }).click();
      await counted;
    }
    await room.waitForTimeout(1500);
    await main.getByText('De uitslag volgt').waitFor();
    expect(await main.innerText()).not.toContain('(83%)');
    const shown = room.waitForResponse(
      (res) => new URL(res.url()).pathname === '/api/session:tallyReveal' && res.ok(),
    );
    await room.keyboard.press(' ');
    await shown;
    await main.getByText('(83%)').waitFor();
    await room.screenshot({ path: `${SHOTS}/sessions-room-second.png` });
    await room.keyboard.press('ArrowLeft');
    await main.getByRole('heading', { name: SHARPENED, level: 1 }).waitFor();

    const session = await must(koers.core.call('session:get', { engagementId, id: sessionId }));
    const statements = session.parts.filter((p) => p.kind === 'stelling');
    expect(statements.map((p) => p.title)).toEqual([SHARPENED, OWN_STATEMENT]);
    expect(statements[0]?.bankStatementId).toBe('ethiek-1');
    const counts = (i: number) =>
      statements[i]?.tallies.map(({ round, eens, oneens, neutraal, revealed }) => ({
        round,
        eens,
        oneens,
        neutraal,
        revealed,
      }));
    expect(counts(0)).toEqual([
      { round: 1, eens: 7, oneens: 3, neutraal: 2, revealed: true },
      { round: 2, eens: 2, oneens: 9, neutraal: 1, revealed: true },
    ]);
    expect(counts(1)).toEqual([{ round: 1, eens: 5, oneens: 0, neutraal: 1, revealed: true }]);
    await page.screenshot({ path: `${SHOTS}/sessions-statements.png`, fullPage: true });

    // Esc goes back to the session from the room display.
    await room.keyboard.press('Escape');
    await room.getByRole('heading', { name: 'World café datagedreven werken', level: 2 }).waitFor();
    expect(koers.pageErrors).toEqual([]);
    expect(koers.blockedRequests).toEqual([]);
  });

  it("shows the demo engagement's sessions with their examples and statements", SLOW, async () => {
    const demo = await must(koers.core.call('demo:create', {}));
    const sessions = await must(
      koers.core.call('session:list', { engagementId: demo.engagementId }),
    );
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    await goFresh(koers, `#/e/${demo.engagementId}/sessions`);
    for (const session of sessions)
      await page.getByRole('link', { name: `Sessie ${session.title} openen` }).waitFor();
    await page.screenshot({ path: `${SHOTS}/sessions-demo-list.png` });

    // Deleted from the list after a confirmation, and put back with "Ongedaan maken".
    const cafe = sessions.find((s) => s.type === 'world-cafe') ?? sessions[0]!;
    await page.getByRole('button', { name: `Sessie verwijderen: ${cafe.title}` }).click();
    await page
      .getByRole('dialog', { name: `Sessie "${cafe.title}" verwijderen?` })
      .getByRole('button', { name: 'Verwijderen' })
      .click();
    await page.getByText(`Sessie "${cafe.title}" is verwijderd.`).waitFor();
    await page
      .getByRole('link', { name: `Sessie ${cafe.title} openen` })
      .waitFor({ state: 'detached' });
    expect(
      (await must(koers.core.call('session:list', { engagementId: demo.engagementId }))).length,
    ).toBe(sessions.length - 1);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByRole('link', { name: `Sessie ${cafe.title} openen` }).waitFor();
    const restored = await must(
      koers.core.call('session:get', { engagementId: demo.engagementId, id: cafe.id }),
    );
    expect(restored.inputCount).toBe(cafe.inputCount);
    expect(restored.findingCount).toBe(cafe.findingCount);

    const council = sessions.find((s) => s.type === 'raadssessie') ?? sessions[0]!;
    await page.getByRole('link', { name: `Sessie ${council.title} openen` }).click();
    await page.getByRole('heading', { name: council.title, level: 2 }).waitFor();
    const full = await must(
      koers.core.call('session:get', { engagementId: demo.engagementId, id: council.id }),
    );
    for (const part of full.parts.slice(0, 3))
      await page
        .getByRole('article', {
          name: new RegExp(`: ${part.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
        })
        .first()
        .waitFor();
    await page.screenshot({ path: `${SHOTS}/sessions-demo-council.png`, fullPage: true });
    expect(koers.pageErrors).toEqual([]);
  });
});
