import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  INTERCHANGE_FORMAT,
  INTERCHANGE_MAX_CHARS,
  type InterchangeDocument,
} from './interchange-schema.js';
import {
  INTERCHANGE_FORMAT_VERSION,
  INTERCHANGE_SECTIONS,
  interchangeSchema,
} from './interchange-format.js';
import type { InterchangeReason } from './interchange-messages.js';
import { findJsonValueProblem, formatPath } from './interchange-path.js';
import { findTooDeep, INTERCHANGE_MAX_DEPTH } from './scan-json-depth.js';
import type { LoadedMethod } from '../method/load-method.js';

/** The first problem in an interchange file: where (a JSON path) and why. */
export class InterchangeError extends Error {
  constructor(
    readonly path: string,
    readonly reason: InterchangeReason,
  ) {
    super(`${path}: ${reason.kind}`);
    this.name = 'InterchangeError';
  }
}

export const isInterchangeError = (e: unknown): e is InterchangeError =>
  e instanceof InterchangeError;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const part of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part)) {
      return { found: false, value: undefined };
    }
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return { found: true, value: current };
}

function reasonFor(
  issue: z.core.$ZodIssue,
  root: unknown,
): { path: PropertyKey[]; reason: InterchangeReason } {
  const path = [...issue.path];
  const unit = (origin: string) =>
    origin === 'array' ? ('items' as const) : ('characters' as const);
  switch (issue.code) {
    case 'invalid_type':
      if (!valueAt(root, path).found) return { path, reason: { kind: 'missing' } };
      return { path, reason: { kind: 'wrongType', expected: issue.expected } };
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? {
            path,
            reason: { kind: 'tooLong', maximum: Number(issue.maximum), unit: unit(issue.origin) },
          }
        : { path, reason: { kind: 'outOfRange', maximum: Number(issue.maximum) } };
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? {
            path,
            reason: { kind: 'tooShort', minimum: Number(issue.minimum), unit: unit(issue.origin) },
          }
        : { path, reason: { kind: 'outOfRange', minimum: Number(issue.minimum) } };
    case 'invalid_format':
      return { path, reason: { kind: 'badFormat', format: issue.format } };
    case 'invalid_value':
      return { path, reason: { kind: 'notAllowed', allowed: issue.values.map(String) } };
    case 'unrecognized_keys':
      return {
        path: [...path, issue.keys[0] ?? ''],
        reason: { kind: 'unknownKey', key: issue.keys[0] ?? '' },
      };
    case 'invalid_key':
      return { path, reason: { kind: 'unknownKey', key: String(path[path.length - 1] ?? '') } };
    case 'invalid_union': {
      // A discriminated union (finding source) whose "type" is missing or none of the known ones.
      const options =
        'options' in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
      if (options.length > 0) {
        return valueAt(root, path).found
          ? { path, reason: { kind: 'notAllowed', allowed: options } }
          : { path, reason: { kind: 'missing' } };
      }
      return { path, reason: { kind: 'invalid' } };
    }
    case 'custom': {
      // A refinement that says which format it checks (localDateTimeSchema).
      const format: unknown = issue.params?.['format'];
      return typeof format === 'string'
        ? { path, reason: { kind: 'badFormat', format } }
        : { path, reason: { kind: 'invalid' } };
    }
    default:
      return { path, reason: { kind: 'invalid' } };
  }
}

/** The envelope first, so a newer file says "update Koers" instead of listing odd fields. */
function checkEnvelope(data: unknown): void {
  if (!isRecord(data)) throw new InterchangeError('', { kind: 'wrongType', expected: 'object' });
  if (data['format'] !== INTERCHANGE_FORMAT)
    throw new InterchangeError('format', { kind: 'notKoers' });
  const version = data['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new InterchangeError('formatVersion', { kind: 'badVersion' });
  }
  if (version > INTERCHANGE_FORMAT_VERSION) {
    throw new InterchangeError('formatVersion', {
      kind: 'newerVersion',
      version,
      supported: INTERCHANGE_FORMAT_VERSION,
    });
  }
}

/** Ids are unique across the whole file: the search index keys on them regardless of table. */
class IdRegister {
  private readonly seen = new Map<string, string>();
  add(id: string, path: string): void {
    const first = this.seen.get(id);
    if (first !== undefined)
      throw new InterchangeError(path, { kind: 'duplicateId', id, firstAt: first });
    this.seen.set(id, path);
  }
}

function uniqueValue(seen: Map<string, string>, value: string, path: string): void {
  const first = seen.get(value);
  if (first !== undefined)
    throw new InterchangeError(path, { kind: 'duplicateValue', value, firstAt: first });
  seen.set(value, path);
}

function checkContent(doc: InterchangeDocument['documents'][number], at: string): void {
  if (!doc.content) return;
  const bytes = Buffer.from(doc.content.base64, 'base64');
  if (bytes.length !== doc.sizeBytes) {
    throw new InterchangeError(`${at}.content.base64`, { kind: 'contentMismatch', what: 'size' });
  }
  if (createHash('sha256').update(bytes).digest('hex') !== doc.sha256) {
    throw new InterchangeError(`${at}.content.base64`, { kind: 'contentMismatch', what: 'sha256' });
  }
}

/** What the schema cannot say: unique ids, references that resolve, attachments that match. */
function checkConsistency(doc: InterchangeDocument): void {
  const ids = new IdRegister();
  ids.add(doc.engagement.id, 'engagement.id');

  const checklistItems = new Map<string, string>();
  for (const step of doc.method.steps.content) {
    for (const item of step.checklist) checklistItems.set(item.id, step.id);
  }
  const ticked = new Map<string, string>();
  doc.checklist.forEach((c, i) => {
    if (checklistItems.get(c.itemId) !== c.stepId) {
      throw new InterchangeError(`checklist[${i}].itemId`, {
        kind: 'missingRecord',
        record: 'checklistItem',
      });
    }
    uniqueValue(ticked, c.itemId, `checklist[${i}].itemId`);
  });

  const stakeholders = new Set<string>();
  const pseudonyms = new Map<string, string>();
  doc.stakeholders.forEach((s, i) => {
    ids.add(s.id, `stakeholders[${i}].id`);
    uniqueValue(pseudonyms, s.pseudonym, `stakeholders[${i}].pseudonym`);
    stakeholders.add(s.id);
  });

  const themes = new Set<string>();
  doc.themes.forEach((t, i) => {
    ids.add(t.id, `themes[${i}].id`);
    themes.add(t.id);
  });

  const passages = new Set<string>();
  doc.documents.forEach((d, i) => {
    ids.add(d.id, `documents[${i}].id`);
    d.passages.forEach((p, j) => {
      ids.add(p.id, `documents[${i}].passages[${j}].id`);
      passages.add(p.id);
    });
    checkContent(d, `documents[${i}]`);
  });

  const questionsOf = new Map<string, Set<string>>();
  doc.interviews.forEach((iv, i) => {
    ids.add(iv.id, `interviews[${i}].id`);
    const participants = new Map<string, string>();
    iv.participants.forEach((sid, j) => {
      const at = `interviews[${i}].participants[${j}]`;
      if (!stakeholders.has(sid))
        throw new InterchangeError(at, { kind: 'missingRecord', record: 'stakeholder' });
      uniqueValue(participants, sid, at);
    });
    const questions = new Set<string>();
    iv.questions.forEach((q, j) => {
      ids.add(q.id, `interviews[${i}].questions[${j}].id`);
      questions.add(q.id);
    });
    questionsOf.set(iv.id, questions);
  });

  doc.findings.forEach((f, i) => {
    const at = `findings[${i}]`;
    ids.add(f.id, `${at}.id`);
    const seenThemes = new Map<string, string>();
    f.themeIds.forEach((tid, j) => {
      if (!themes.has(tid))
        throw new InterchangeError(`${at}.themeIds[${j}]`, {
          kind: 'missingRecord',
          record: 'theme',
        });
      uniqueValue(seenThemes, tid, `${at}.themeIds[${j}]`);
    });
    const source = f.source;
    if (source.type === 'interview') {
      const questions = questionsOf.get(source.interviewId);
      if (!questions) {
        throw new InterchangeError(`${at}.source.interviewId`, {
          kind: 'missingRecord',
          record: 'interview',
        });
      }
      if (source.questionId !== null && !questions.has(source.questionId)) {
        throw new InterchangeError(`${at}.source.questionId`, {
          kind: 'missingRecord',
          record: 'question',
        });
      }
    } else if (source.type === 'passage' && !passages.has(source.passageId)) {
      throw new InterchangeError(`${at}.source.passageId`, {
        kind: 'missingRecord',
        record: 'passage',
      });
    }
  });
}

/**
 * Reads an interchange file's text into a checked document, or throws an InterchangeError that
 * names the first bad field. Never trusts the file: size, nesting depth, JSON syntax, forbidden
 * keys and broken text, the
 * envelope, the schema (types and bounds), then the cross-references (against the document and,
 * for a method part it carries no copy of, today's `method`, which the new file would get).
 */
export function parseInterchange(text: string, method: LoadedMethod): InterchangeDocument {
  if (text.length > INTERCHANGE_MAX_CHARS) {
    throw new InterchangeError('', {
      kind: 'tooLarge',
      maxMegabytes: Math.floor(INTERCHANGE_MAX_CHARS / 1024 / 1024),
    });
  }
  // A byte-order mark from a Windows editor is not a reason to refuse the file.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Before JSON.parse: a few hundred KB of "[[[[" would otherwise become a value whose every
  // later walk (and JSON.parse itself) costs gigabytes or overflows the stack.
  const tooDeep = findTooDeep(json);
  if (tooDeep) {
    throw new InterchangeError(tooDeep.path, { kind: 'tooDeep', maximum: INTERCHANGE_MAX_DEPTH });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 120);
    throw new InterchangeError('', { kind: 'notJson', detail });
  }
  const problem = findJsonValueProblem(raw);
  if (problem?.kind === 'forbiddenKey')
    throw new InterchangeError(problem.path, { kind: 'forbiddenKey', key: problem.key });
  if (problem) throw new InterchangeError(problem.path, { kind: 'badText' });
  checkEnvelope(raw);

  const parsed = interchangeSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const { path, reason } = reasonFor(first, raw);
    throw new InterchangeError(formatPath(path), reason);
  }
  const doc = parsed.data as InterchangeDocument & Record<string, unknown>;
  checkConsistency(doc);
  for (const section of INTERCHANGE_SECTIONS) {
    const value = doc[section.key];
    if (value === undefined) continue;
    const dangling = section.check?.(value, doc, method);
    if (dangling) {
      throw new InterchangeError(dangling.path, { kind: 'unknownReference', id: dangling.id });
    }
  }
  // The method parts are stored as they came: the schema checked them, but its output drops
  // keys it does not know and fills defaults, which would change the copy on a round trip.
  const rawMethod = (
    raw as { method: Record<keyof InterchangeDocument['method'], { content: unknown }> }
  ).method;
  for (const part of ['manifest', 'steps', 'themes', 'interviewGuide'] as const) {
    (doc.method[part] as { content: unknown }).content = rawMethod[part].content;
  }
  return doc;
}
