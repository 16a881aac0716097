import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeScratch, scratch } from '../cli/run-cli.js';
import { INTERCHANGE_FORMAT_VERSION } from '../../src/main/interchange/interchange-format.js';

// Every way an interchange file can be wrong must end the same way: exit 1, one line on stderr
// that names the first bad field, and nothing left in the target folder (no .koers, no temp).

afterAll(removeScratch);

/** A demo export with attachments, as parsed JSON: each case spoils a fresh copy. */
let base = '';
beforeAll(async () => {
  const dir = scratch();
  const made = await cli(['demo', dir]);
  const run = await cli(['export-json', made.stdout[0]!, '--with-attachments']);
  expect(run.code).toBe(0);
  base = `${run.stdout.join('\n')}\n`;
});

// The parsed JSON is walked by index below; the test builds these shapes itself.
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function importText(text: string | Buffer, lang: 'nl' | 'en' = 'nl') {
  const dir = scratch('koers-hostile-');
  const json = path.join(dir, 'traject.json');
  fs.writeFileSync(json, text);
  const run = await cli(['import-json', json, path.join(dir, 'Nieuw.koers'), '--lang', lang]);
  return { run, left: fs.readdirSync(dir).filter((n) => n !== 'traject.json') };
}

async function expectRefused(text: string | Buffer, fieldPath: string, reason: RegExp) {
  const { run, left } = await importText(text);
  expect(run.code).toBe(1);
  expect(run.stdout).toEqual([]);
  expect(run.stderr).toHaveLength(1);
  const line = run.stderr[0]!;
  expect(line.startsWith(fieldPath ? `traject.json: ${fieldPath}: ` : 'traject.json: ')).toBe(true);
  expect(line).toMatch(reason);
  expect(line).toContain('Er is geen trajectbestand gemaakt.');
  expect(left).toEqual([]);
}

const spoil = (change: (doc: Json) => void): string => {
  const doc = JSON.parse(base) as Json;
  change(doc);
  return JSON.stringify(doc, null, 2);
};

const interviewFinding = (doc: Json): number =>
  (doc['findings'] as Json[]).findIndex((f) => f['source'].type === 'interview');

describe('import-json refuses a bad file, names the field and creates nothing', () => {
  it('accepts the unspoiled export (the cases below differ from it in one place only)', async () => {
    const { run, left } = await importText(base);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    expect(left).toEqual(['Nieuw.koers']);
  });

  it('invalid JSON', async () => {
    await expectRefused(base.slice(0, base.length / 2), '', /geen geldige JSON/);
    await expectRefused('', '', /geen geldige JSON/);
  });

  it('bytes that are not UTF-8', async () => {
    await expectRefused(
      Buffer.concat([Buffer.from('{"format": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
      '',
      /UTF-8/,
    );
  });

  it('something else than a Koers export', async () => {
    await expectRefused('[1, 2, 3]', '', /verwacht een object/);
    await expectRefused(
      spoil((d) => (d['format'] = 'other-tool')),
      'format',
      /geen Koers-exportbestand/,
    );
  });

  it('a newer or nonsensical formatVersion', async () => {
    await expectRefused(
      spoil((d) => (d['formatVersion'] = INTERCHANGE_FORMAT_VERSION + 1)),
      'formatVersion',
      new RegExp(`nieuwere versie van Koers \\(formaatversie ${INTERCHANGE_FORMAT_VERSION + 1}`),
    );
    await expectRefused(
      spoil((d) => (d['formatVersion'] = '1')),
      'formatVersion',
      /geheel getal/,
    );
  });

  it('wrong types', async () => {
    await expectRefused(
      spoil((d) => (d['findings'][3].importance = 'hoog')),
      'findings[3].importance',
      /verwacht/,
    );
    await expectRefused(
      spoil((d) => (d['stakeholders'][2].name = 42)),
      'stakeholders[2].name',
      /verwacht/,
    );
    await expectRefused(
      spoil((d) => (d['interviews'][1].participants = {})),
      'interviews[1].participants',
      /verwacht/,
    );
    await expectRefused(
      spoil((d) => delete d['engagement'].title),
      'engagement.title',
      /ontbreekt/,
    );
    await expectRefused(
      spoil((d) => (d['findings'][0].kind = 'mening')),
      'findings[0].kind',
      /kies uit "uitdaging"/,
    );
    await expectRefused(
      spoil((d) => (d['findings'][0].source = { type: 'mail' })),
      'findings[0].source.type',
      /kies uit/,
    );
    await expectRefused(
      spoil((d) => (d['themes'][0].id = 'thema-1')),
      'themes[0].id',
      /UUID/,
    );
  });

  it('a 50 MB string', async () => {
    await expectRefused(
      spoil((d) => (d['engagement'].title = 'x'.repeat(50_000_000))),
      'engagement.title',
      /te lang: hoogstens 300 tekens/,
    );
  });

  it('__proto__ keys, anywhere', async () => {
    const text = base.replace(
      '"engagement": {',
      '"engagement": {\n    "__proto__": { "polluted": true },',
    );
    await expectRefused(text, 'engagement.__proto__', /"__proto__" is niet toegestaan/);
    const nested = spoil(
      (d) => (d['findings'][7].source = JSON.parse('{"type":"direct","__proto__":{"x":1}}')),
    );
    await expectRefused(nested, 'findings[7].source.__proto__', /niet toegestaan/);
    expect(({} as Json)['polluted']).toBeUndefined();
  });

  it('duplicate ids, also across record types', async () => {
    await expectRefused(
      spoil((d) => (d['findings'][5].id = d['findings'][4].id)),
      'findings[5].id',
      /komt al voor bij findings\[4\]\.id/,
    );
    await expectRefused(
      spoil((d) => (d['themes'][0].id = d['stakeholders'][0].id)),
      'themes[0].id',
      /stakeholders\[0\]\.id/,
    );
    await expectRefused(
      spoil((d) => (d['stakeholders'][1].pseudonym = d['stakeholders'][0].pseudonym)),
      'stakeholders[1].pseudonym',
      /komt al voor/,
    );
  });

  it('references to records that are not in the file', async () => {
    const at = interviewFinding(JSON.parse(base) as Json);
    await expectRefused(
      spoil((d) => (d['findings'][at].source.interviewId = randomUUID())),
      `findings[${at}].source.interviewId`,
      /verwijst naar een interview dat niet in het bestand staat/,
    );
    await expectRefused(
      spoil((d) => (d['findings'][at].source.questionId = randomUUID())),
      `findings[${at}].source.questionId`,
      /een vraag van dat interview/,
    );
    await expectRefused(
      spoil((d) => (d['findings'][2].themeIds = [randomUUID()])),
      'findings[2].themeIds[0]',
      /een thema/,
    );
    await expectRefused(
      spoil((d) => (d['findings'][2].source = { type: 'passage', passageId: randomUUID() })),
      'findings[2].source.passageId',
      /een fragment/,
    );
    await expectRefused(
      spoil((d) => d['interviews'][0].participants.push(randomUUID())),
      `interviews[0].participants[${(JSON.parse(base) as Json)['interviews'][0].participants.length}]`,
      /een betrokkene/,
    );
    await expectRefused(
      spoil((d) => (d['checklist'][0].itemId = 'bestaat-niet')),
      'checklist[0].itemId',
      /checklistpunt/,
    );
  });

  it('attachments that are not base64 or not the document', async () => {
    await expectRefused(
      spoil((d) => (d['documents'][0].content.base64 = 'dit is geen base64!')),
      'documents[0].content.base64',
      /verwacht de juiste vorm/,
    );
    await expectRefused(
      spoil(
        (d) => (d['documents'][1].content.base64 = Buffer.from('iets anders').toString('base64')),
      ),
      'documents[1].content.base64',
      /lengte van sizeBytes/,
    );
    await expectRefused(
      spoil((d) => {
        const bytes = Buffer.from(d['documents'][1].content.base64 as string, 'base64');
        bytes[0] = bytes[0]! ^ 1;
        d['documents'][1].content.base64 = bytes.toString('base64');
      }),
      'documents[1].content.base64',
      /sha256/,
    );
  });

  it('says it in English with --lang en', async () => {
    const { run, left } = await importText(
      spoil((d) => (d['formatVersion'] = 7)),
      'en',
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([
      `traject.json: formatVersion: made by a newer version of Koers (format version 7, this version reads up to ${INTERCHANGE_FORMAT_VERSION}); update Koers. No engagement file was created.`,
    ]);
    expect(left).toEqual([]);
  });

  it('never replaces an existing file', async () => {
    const dir = scratch('koers-hostile-');
    const json = path.join(dir, 'traject.json');
    fs.writeFileSync(json, base);
    const target = path.join(dir, 'Bestaat.koers');
    fs.writeFileSync(target, 'van iemand anders');
    const run = await cli(['import-json', json, target]);
    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toContain('Bestaat.koers');
    expect(fs.readFileSync(target, 'utf8')).toBe('van iemand anders');
    expect(fs.readdirSync(dir).sort()).toEqual(['Bestaat.koers', 'traject.json']);
  });

  it('is used correctly or says how (exit 2)', async () => {
    expect((await cli(['import-json', 'alleen.json'])).code).toBe(2);
    expect((await cli(['import-json', 'a.json', 'b.koers', 'c'])).code).toBe(2);
  });
});
