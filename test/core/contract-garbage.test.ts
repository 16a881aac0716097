import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES, type OperationName } from '../../src/shared/contract.js';
import { snapshotFolder, startTempCore, type TempCore } from '../helpers/temp-core.js';

// Every operation of the contract, fed garbage, answers INVALID_INPUT and changes nothing.
// The valid inputs below are the seeds that each garbage case is made from; the first test
// makes sure no operation is forgotten when the contract grows.

let t: TempCore;
let engagementId: string;
let stakeholderId: string;
let filePath: string;

// Longer than the longest string any schema accepts (notes JSON: 4 MB).
const HUGE = 'x'.repeat(5_000_000);
const ID = '5d0c3f2e-8a61-4b7e-9c2d-1f3a4b5c6d7e';

function validInputs(): Record<OperationName, Record<string, unknown>> {
  const e = { engagementId };
  return {
    'app:info': {},
    'preferences:get': {},
    'preferences:update': { language: 'nl' },
    'recent:list': {},
    'recent:remove': { recentId: 'abc' },
    'workspace:list': {},
    'engagement:create': {
      fields: {
        clientName: 'Gemeente X',
        title: 'Visie',
        consultants: ['A'],
        startDate: '2026-01-01',
      },
      fileName: 'Nieuw',
    },
    'engagement:open': { fileName: 'Iets.koers' },
    'engagement:openUpload': { uploadId: '00000000-0000-4000-8000-000000000000' },
    'engagement:openRecent': { recentId: 'abc' },
    'engagement:listOpen': {},
    'engagement:close': e,
    'engagement:saveAs': { ...e, fileName: 'Kopie' },
    'engagement:rename': { ...e, fileName: 'Andere naam' },
    'engagement:get': e,
    'engagement:update': {
      ...e,
      fields: {
        title: 'Nieuwe titel',
        status: 'lopend',
        language: 'en',
        houseStyle: {
          primaryColor: '#112233',
          secondaryColor: '#445566',
          fontName: 'Arial',
          logo: { mimeType: 'image/png', dataBase64: 'AAAA' },
        },
      },
    },
    'engagement:overview': e,
    'checklist:set': { ...e, itemId: 'x', done: true },
    'stakeholder:list': { ...e, group: 'directie' },
    'stakeholder:create': {
      ...e,
      fields: { name: 'Iemand', group: 'extern', consent: 'gegeven', jobTitle: 'Adviseur' },
    },
    'stakeholder:update': {
      ...e,
      id: stakeholderId,
      fields: { name: 'Ander', group: 'inwoner', consentNote: 'ok' },
    },
    'stakeholder:links': { ...e, id: stakeholderId },
    'stakeholder:delete': { ...e, id: stakeholderId },
    'demo:create': {},
    'document:list': e,
    'document:get': { ...e, id: ID },
    'document:add': {
      ...e,
      uploadId: ID,
      fields: {
        title: 'Coalitieakkoord',
        type: 'coalitieakkoord',
        documentDate: '2026-01-01',
        author: 'Raad',
        summary: 'x',
      },
    },
    'document:update': { ...e, id: ID, fields: { title: 'T', summary: 'S' } },
    'document:delete': { ...e, id: ID },
    'document:pages': { ...e, documentId: ID },
    'document:extractText': { ...e, id: ID },
    'passage:create': { ...e, documentId: ID, fields: { text: 'Passage', page: 3, note: 'n' } },
    'passage:update': { ...e, id: ID, fields: { text: 'P', page: 4 } },
    'passage:delete': { ...e, id: ID },
    'interview:guide': e,
    'interview:list': e,
    'interview:get': { ...e, id: ID },
    'interview:create': {
      ...e,
      fields: {
        title: 'Interview',
        scheduledAt: '2026-03-10T10:00',
        location: 'Stadhuis',
        interviewers: ['A'],
        participantIds: [ID],
      },
      guideQuestionIds: ['ig-x'],
    },
    'interview:update': { ...e, id: ID, fields: { title: 'T', location: 'L' } },
    'interview:setStatus': { ...e, id: ID, status: 'afgenomen' },
    'interview:setStatusDates': { ...e, id: ID, dates: { afgenomen: '2026-04-28' } },
    'interview:delete': { ...e, id: ID },
    'interview:addQuestion': { ...e, interviewId: ID, text: 'Vraag', position: 1 },
    'interview:updateQuestion': { ...e, questionId: ID, text: 'Vraag' },
    'interview:moveQuestion': { ...e, questionId: ID, position: 2 },
    'interview:removeQuestion': { ...e, questionId: ID },
    'interview:saveNotes': {
      ...e,
      interviewId: ID,
      questionId: ID,
      notes: { json: '{}', text: 'notitie' },
    },
    'finding:list': {
      ...e,
      filter: { themeId: ID, kind: 'risico', group: 'directie', sourceType: 'direct', text: 'x' },
    },
    'finding:create': {
      ...e,
      source: { type: 'interview', interviewId: ID, questionId: ID },
      fields: {
        statement: 'S',
        quote: 'Q',
        kind: 'risico',
        themeIds: [ID],
        importance: 2,
        group: 'directie',
      },
    },
    'finding:update': { ...e, id: ID, fields: { statement: 'S', importance: 3 } },
    'finding:delete': { ...e, id: ID },
    'finding:retheme': { ...e, ids: [ID], addThemeIds: [ID], removeThemeIds: [ID] },
    'finding:matrix': e,
    'theme:list': e,
    'theme:create': { ...e, fields: { name: 'Ethiek', color: '#112233' } },
    'theme:update': { ...e, id: ID, fields: { name: 'Ethiek' } },
    'theme:merge': { ...e, sourceId: ID, targetId: ID },
    'theme:delete': { ...e, id: ID },
    'session:types': e,
    'session:statementBank': { ...e, themeId: 'ethiek' },
    'session:list': e,
    'session:get': { ...e, id: ID },
    'session:create': {
      ...e,
      type: 'world-cafe',
      fields: {
        title: 'World café',
        goal: 'Ophalen',
        scheduledAt: '2026-03-19T13:30',
        room: 'Kantine',
        facilitators: ['A'],
        audienceGroups: ['teammanager'],
        participantCount: 25,
        participantIds: [stakeholderId],
        notes: 'n',
      },
      withAgenda: false,
    },
    'session:update': { ...e, id: ID, fields: { title: 'Nieuw', participantCount: null } },
    'session:delete': { ...e, id: ID },
    'session:setStatus': { ...e, id: ID, status: 'gehouden', date: '2026-03-19' },
    'session:setStatusDate': { ...e, id: ID, status: 'gepland', date: null },
    'session:setChecklistItem': { ...e, id: ID, itemId: 'wc-tafels', done: true },
    'session:addPart': {
      ...e,
      sessionId: ID,
      kind: 'voorbeeld',
      fields: { title: 'Visie', municipality: 'Waterstede', year: 2023, appeal: 'Kort' },
      position: 0,
    },
    'session:addStatementFromBank': { ...e, sessionId: ID, statementId: 'ethiek-1' },
    'session:updatePart': { ...e, partId: ID, fields: { rounds: 2, minutes: 10 } },
    'session:movePart': { ...e, partId: ID, position: 1 },
    'session:deletePart': { ...e, partId: ID },
    'session:addInput': { ...e, partId: ID, round: 1, text: 'Input' },
    'session:saveInput': { ...e, inputId: ID, text: 'Input' },
    'session:deleteInput': { ...e, inputId: ID },
    'session:voteInput': { ...e, inputId: ID, delta: 1 },
    'session:inputToFinding': { ...e, inputId: ID, fields: { kind: 'ambitie' } },
    'session:tallySet': { ...e, partId: ID, round: 1, eens: 1, oneens: 2, neutraal: 3 },
    'session:tallyIncrement': { ...e, partId: ID, round: 2, answer: 'eens', delta: -1 },
    'session:tallyReset': { ...e, partId: ID, round: 1 },
    'session:tallyReveal': { ...e, partId: ID, round: 1, revealed: true },
    'undo:restore': { ...e, token: stakeholderId },
    'search:query': { ...e, query: 'privé', limit: 10 },
    'export:types': {},
    'export:start': {
      ...e,
      type: 'findings-report',
      interviewId: ID,
      options: { language: 'en', useNames: true, confidential: true, version: 'concept 0.1' },
    },
    'export:status': { jobId: ID },
    'export:cancel': { jobId: ID },
    'export:nameCheck': { ...e },
    // Stakeholder tools.
    'stakeholderTools:guide': { ...e, language: 'en' },
    'party:list': e,
    'party:create': {
      ...e,
      fields: {
        name: 'Raad',
        kind: 'group',
        interests: 'x',
        values: 'y',
        waysOfWorking: 'z',
        cultureNotes: 'c',
        stakeholderIds: [ID],
      },
    },
    'party:update': { ...e, id: ID, fields: { name: 'Raad', kind: 'organisation' } },
    'party:delete': { ...e, id: ID },
    'forceField:list': e,
    'forceField:set': {
      ...e,
      partyId: ID,
      fields: {
        influence: 3,
        attitude: -1,
        opportunities: 'o',
        risks: 'r',
        communicationStrategy: 'c',
        nextAction: 'n',
        actionOwnerId: ID,
        actionDue: '2026-03-01',
      },
    },
    'forceField:remove': { ...e, partyId: ID },
    'forceFieldSnapshot:take': {
      ...e,
      fields: { scoredBy: 'Team', note: 'n', takenOn: '2026-02-01' },
    },
    'forceFieldSnapshot:list': e,
    'forceFieldSnapshot:get': { ...e, id: ID },
    'forceFieldSnapshot:delete': { ...e, id: ID },
    'valueMap:get': { ...e, language: 'nl' },
    'valueMap:setWeight': { ...e, partyId: ID, valueId: 'privacy', weight: 2 },
    'iceberg:list': e,
    'iceberg:get': { ...e, id: ID },
    'iceberg:create': { ...e, fields: { title: 'Knelpunt', description: 'd' } },
    'iceberg:update': { ...e, id: ID, fields: { title: 'Knelpunt' } },
    'iceberg:delete': { ...e, id: ID },
    'icebergItem:create': {
      ...e,
      icebergId: ID,
      fields: { layer: 'patronen', text: 'Iets', findingId: ID },
    },
    'icebergItem:update': { ...e, id: ID, fields: { text: 'Iets', layer: 'structuren' } },
    'icebergItem:delete': { ...e, id: ID },
    'interestConflict:list': e,
    'interestConflict:create': {
      ...e,
      fields: { partyAId: ID, partyBId: stakeholderId, description: 'd', bridge: 'b' },
    },
    'interestConflict:update': { ...e, id: ID, fields: { bridge: 'b' } },
    'interestConflict:delete': { ...e, id: ID },
    'role:list': e,
    'role:assign': { ...e, stakeholderId: ID, roleId: 'boegbeeld', note: 'n' },
    'role:remove': { ...e, id: ID },
    // The vision.
    'vision:guide': { ...e, language: 'nl' },
    'vision:get': { ...e, language: 'en' },
    'vision:checks': e,
    'vision:setPoster': { ...e, fields: { title: 'Poster', layout: 'raster', format: 'A0' } },
    'visionPassage:create': {
      ...e,
      fields: {
        kind: 'themavisie',
        title: 'Ethiek',
        body: 'b',
        forInhabitants: 'i',
        forStaff: 's',
        forBoard: 'r',
        themeId: ID,
        portfolioHolderId: stakeholderId,
      },
      position: 0,
    },
    'visionPassage:update': { ...e, id: ID, fields: { title: 'Ethiek', kind: 'ambitie' } },
    'visionPassage:move': { ...e, id: ID, position: 1 },
    'visionPassage:delete': { ...e, id: ID },
    'visionPassage:linkFinding': { ...e, passageId: ID, findingId: ID, position: 0 },
    'visionPassage:unlinkFinding': { ...e, passageId: ID, findingId: ID },
    'visionPassage:moveFinding': { ...e, passageId: ID, findingId: ID, position: 0 },
    'vision:freeze': { ...e, status: 'concept', note: 'n' },
    'visionVersion:list': e,
    'visionVersion:get': { ...e, id: ID },
    'visionVersion:diff': { ...e, fromId: ID, toId: ID },
    'visionVersion:restore': { ...e, id: ID },
    'visionVersion:delete': { ...e, id: ID },
    'visionFeedback:list': { ...e, versionId: ID, disposition: 'open' },
    'visionFeedback:create': {
      ...e,
      versionId: ID,
      fields: {
        text: 'Reactie',
        passageId: ID,
        fromText: 'Raad',
        fromStakeholderId: stakeholderId,
        disposition: 'niet-verwerkt',
        reason: 'r',
      },
    },
    'visionFeedback:update': { ...e, id: ID, fields: { disposition: 'verwerkt' } },
    'visionFeedback:delete': { ...e, id: ID },
    // Step 4: presentations, decisions, borging, timeline, trace, progress.
    'adoption:visionStatus': e,
    'adoption:startRevision': e,
    'presentation:list': e,
    'presentation:create': {
      ...e,
      fields: {
        audience: 'mt',
        title: 'MT-overleg',
        date: '2026-05-19',
        versionId: ID,
        attendees: 'MT',
        notes: 'n',
      },
    },
    'presentation:update': { ...e, id: ID, fields: { audience: 'raad', date: '2026-06-01' } },
    'presentation:delete': { ...e, id: ID },
    'presentation:addFeedback': {
      ...e,
      presentationId: ID,
      fields: {
        text: 'Reactie',
        passageId: ID,
        fromText: 'MT',
        fromStakeholderId: stakeholderId,
        disposition: 'niet-verwerkt',
        reason: 'r',
      },
    },
    'decision:list': e,
    'decision:create': {
      ...e,
      fields: {
        body: 'raad',
        kind: 'bekrachtigd',
        subject: 'visie',
        date: '2026-06-23',
        reference: 'RB 2026-047',
        versionId: ID,
        documentId: ID,
        notes: 'n',
      },
    },
    'decision:update': {
      ...e,
      id: ID,
      fields: {
        body: 'mt',
        kind: 'kennisgenomen',
        subject: 'aanpak',
        date: '2026-06-09',
        reference: '',
        versionId: null,
        documentId: null,
        notes: '',
      },
    },
    'decision:delete': { ...e, id: ID },
    'borging:list': { ...e, language: 'en' },
    'borging:update': {
      ...e,
      itemId: 'eigenaar',
      fields: {
        status: 'bezig',
        ownerStakeholderId: stakeholderId,
        ownerText: 'Team',
        dueDate: '2026-09-01',
        notes: 'n',
      },
      language: 'nl',
    },
    'timeline:list': { ...e, language: 'en' },
    'trace:finding': { ...e, findingId: ID, language: 'nl' },
    'trace:passage': { ...e, passageId: ID, language: 'en' },
    'progress:get': e,
    // The nulmeting (issue 15).
    'maturity:model': { ...e, language: 'en' },
    'assessment:list': e,
    'assessment:get': { ...e, id: ID },
    'assessment:create': {
      ...e,
      fields: {
        name: '0-meting',
        date: '2026-03-01',
        horizonYears: 5,
        notes: 'n',
        conclusions: 'c',
      },
    },
    'assessment:update': { ...e, id: ID, fields: { name: '1-meting', date: '2027-03-01' } },
    'assessment:delete': { ...e, id: ID },
    'respondent:create': {
      ...e,
      assessmentId: ID,
      fields: { stakeholderId, label: 'Eva', group: 'mt' },
    },
    'respondent:update': { ...e, id: ID, fields: { label: 'Team', group: 'medewerkers' } },
    'respondent:delete': { ...e, id: ID },
    'score:set': {
      ...e,
      respondentId: ID,
      dimensionId: 'cultuur',
      fields: { current: 2.5, desired: 4, evidence: 'e', confidence: 'hoog' },
    },
    'agreed:set': {
      ...e,
      assessmentId: ID,
      dimensionId: 'cultuur',
      fields: { current: 2, desired: 3.5, rationale: 'r', findingIds: [ID] },
    },
    'agreed:proposeFromScores': { ...e, assessmentId: ID },
    'nulmeting:gaps': { ...e, assessmentId: ID, language: 'nl' },
  };
}

/** Every leaf path of a plain JSON value. */
function leaves(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...prefix, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...prefix, k]));
  }
  return [prefix];
}

function withLeaf(value: unknown, at: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[at[at.length - 1]!] = replacement;
  return copy;
}

function garbageFor(valid: Record<string, unknown>): [string, unknown][] {
  const cases: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'engagement'],
    ['an array', [valid]],
    ['an unknown extra key', { ...valid, __proto_pollution: { admin: true } }],
  ];
  for (const at of leaves(valid)) {
    if (at.length === 0) continue;
    const name = at.join('.');
    const current = at.reduce<unknown>(
      (node, key) => (node as Record<string | number, unknown>)[key],
      valid,
    );
    cases.push([
      `${name} as the wrong type`,
      withLeaf(valid, at, typeof current === 'string' ? 12345 : 'twaalf'),
    ]);
    cases.push([`${name} as an object`, withLeaf(valid, at, { $gt: '' })]);
    if (typeof current === 'string')
      cases.push([`${name} as a 3 MB string`, withLeaf(valid, at, HUGE)]);
  }
  if ('engagementId' in valid) {
    const { engagementId: _dropped, ...rest } = valid;
    cases.push(['engagementId missing', rest]);
  }
  return cases;
}

/** What the engagement says through the core: changes if any call wrote anything. */
async function logicalState(): Promise<string> {
  const engagement = await t.must('engagement:get', { engagementId });
  const people = await t.must('stakeholder:list', { engagementId });
  const overview = await t.must('engagement:overview', { engagementId });
  return JSON.stringify([engagement, people, overview.steps]);
}

beforeAll(async () => {
  t = await startTempCore();
  const created = await t.must('engagement:create', {
    fields: { clientName: 'Gemeente Garbage', title: 'Visie' },
  });
  engagementId = created.engagementId;
  stakeholderId = (
    await t.must('stakeholder:create', { engagementId, fields: { name: 'Eva', group: 'directie' } })
  ).id;
  // The file stays open: garbage must not write to a live file, including its -wal.
  filePath = path.join(t.workspaceDir, created.fileName);
  // The idle checkpoint folds the saves above into the main file about a second later; the
  // folder is compared byte for byte below, so wait until it has (garbage writes nothing, so
  // no checkpoint follows it).
  const deadline = Date.now() + 5000;
  const walBytes = () =>
    fs.existsSync(`${filePath}-wal`) ? fs.statSync(`${filePath}-wal`).size : 0;
  while (walBytes() > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(walBytes()).toBe(0);
});

afterAll(async () => {
  await t.dispose();
});

describe('the contract refuses garbage', () => {
  it('has a valid seed input for every operation', () => {
    expect(Object.keys(validInputs()).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('answers INVALID_INPUT for an unknown or hostile operation name without throwing', async () => {
    for (const name of ['', 'constructor', '__proto__', 'engagement:delete', 'x'.repeat(10_000)]) {
      const result = await t.core.callByName(name, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('NOT_FOUND');
    }
  });

  it.each([...OPERATION_NAMES])(
    '%s: every garbage input is INVALID_INPUT and the file is unchanged',
    async (name) => {
      const logical = await logicalState();
      const before = snapshotFolder(t.workspaceDir);
      const cases = garbageFor(validInputs()[name]);
      expect(cases.length).toBeGreaterThanOrEqual(6);
      for (const [label, input] of cases) {
        const result = await t.core.call(name, input);
        expect(result.ok, `${name} with ${label}`).toBe(false);
        if (!result.ok)
          expect(result.error.code, `${name} with ${label}: ${result.error.message}`).toBe(
            'INVALID_INPUT',
          );
      }
      // Main file and -wal byte-for-byte as they were, no file added or removed.
      expect(snapshotFolder(t.workspaceDir)).toEqual(before);
      expect(fs.existsSync(filePath)).toBe(true);
      expect(await logicalState()).toBe(logical);
    },
  );

  it('names the first bad field in the answer', async () => {
    const result = await t.core.call('stakeholder:create', {
      engagementId,
      fields: { name: 'A', group: 'koning' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.path).toBe('fields.group');
      expect(result.error.message).toContain('fields.group');
    }
  });
});
