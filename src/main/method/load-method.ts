import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import {
  interviewGuideFileSchema,
  methodManifestSchema,
  methodSchema,
  methodStepsFileSchema,
  methodThemesFileSchema,
  type Method,
} from '../../shared/domain/method.js';
import { resolveResourceDir } from '../base/resource-dir.js';
import type { MethodPart } from './method-part.js';

// The method is edited by consultants, not developers: an error must say which file and which
// field to fix, in words they can act on, and a half-valid method must never reach an engagement.

/** The files of the method's base; domain areas add theirs as MethodParts. */
export const METHOD_FILES = {
  manifest: 'manifest.json',
  steps: 'steps.json',
  themes: 'themes.json',
  interviewGuide: 'interview-guide.json',
} as const;

type PathSegment = PropertyKey;

export class MethodLoadError extends Error {
  constructor(
    readonly file: string,
    readonly fieldPath: string,
    detail: string,
  ) {
    super(
      fieldPath === ''
        ? `Methodebestand ${file} is ongeldig: ${detail}`
        : `Methodebestand ${file} is ongeldig bij ${fieldPath}: ${detail}`,
    );
    this.name = 'MethodLoadError';
  }
}

export const formatPath = (path: readonly PathSegment[]): string => path.map(String).join('.');

function readJson(dir: string, file: string): unknown {
  const full = join(dir, file);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'bestand ontbreekt' : String(error);
    throw new MethodLoadError(file, '', `${reason} (${full})`);
  }
  try {
    // A byte-order mark is what Windows editors like Notepad leave behind; JSON.parse rejects it.
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new MethodLoadError(file, '', `geen geldige JSON (${(error as Error).message})`);
  }
}

function parseFile<S extends z.ZodType>(dir: string, file: string, schema: S): z.output<S> {
  const result = schema.safeParse(readJson(dir, file));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new MethodLoadError(
      file,
      formatPath(issue?.path ?? []),
      issue?.message ?? 'onbekende fout',
    );
  }
  return result.data;
}

/** Throws on the second occurrence of an id, naming the field path where it occurs. */
export function assertUnique(
  file: string,
  entries: readonly { value: string | number; path: readonly PathSegment[] }[],
  what: string,
): void {
  const seen = new Set<string | number>();
  for (const { value, path } of entries) {
    if (seen.has(value)) {
      throw new MethodLoadError(
        file,
        formatPath(path),
        `${what} '${value}' komt meer dan eens voor`,
      );
    }
    seen.add(value);
  }
}

function checkSteps(steps: Method['steps']): void {
  const file = METHOD_FILES.steps;
  assertUnique(
    file,
    steps.map((step, i) => ({ value: step.id, path: ['steps', i, 'id'] })),
    'stap-id',
  );
  assertUnique(
    file,
    steps.map((step, i) => ({ value: step.number, path: ['steps', i, 'number'] })),
    'stapnummer',
  );
  // Item ids are unique across all steps: a ticked item is stored by id alone.
  assertUnique(
    file,
    steps.flatMap((step, i) =>
      step.checklist.map((item, j) => ({
        value: item.id,
        path: ['steps', i, 'checklist', j, 'id'],
      })),
    ),
    'checklist-id',
  );
}

function checkThemes(themes: Method['themes']): void {
  const file = METHOD_FILES.themes;
  assertUnique(
    file,
    themes.lists.map((list, i) => ({ value: list.id, path: ['lists', i, 'id'] })),
    'lijst-id',
  );
  themes.lists.forEach((list, i) =>
    assertUnique(
      file,
      list.themes.map((theme, j) => ({ value: theme.id, path: ['lists', i, 'themes', j, 'id'] })),
      'thema-id',
    ),
  );
  if (!themes.lists.some((list) => list.id === themes.defaultList)) {
    throw new MethodLoadError(
      file,
      'defaultList',
      `er is geen lijst met id '${themes.defaultList}'`,
    );
  }
}

function checkInterviewGuide(guide: Method['interviewGuide']): void {
  // Notes are stored per guide question id; a repeated id would file two answers as one.
  assertUnique(
    METHOD_FILES.interviewGuide,
    guide.questions.map((question, i) => ({ value: question.id, path: ['questions', i, 'id'] })),
    'vraag-id',
  );
}

/** The method as loaded at start-up: the base, and each area's part by its key. */
export type LoadedMethod = Method & { readonly parts: Readonly<Record<string, unknown>> };

/**
 * Reads and validates the method in `dir`, with the parts the domain areas bring; throws a
 * MethodLoadError naming file and field.
 */
export function loadMethod(
  dir: string,
  areaParts: readonly MethodPart<unknown>[] = [],
): LoadedMethod {
  const manifest = parseFile(dir, METHOD_FILES.manifest, methodManifestSchema);
  const { steps } = parseFile(dir, METHOD_FILES.steps, methodStepsFileSchema);
  const themes = parseFile(dir, METHOD_FILES.themes, methodThemesFileSchema);
  const interviewGuide = parseFile(dir, METHOD_FILES.interviewGuide, interviewGuideFileSchema);
  checkSteps(steps);
  checkThemes(themes);
  checkInterviewGuide(interviewGuide);
  const sortedSteps = [...steps].sort((a, b) => a.number - b.number);
  // The parts were each validated; parsing the whole keeps the type honest if the schema grows.
  const base = methodSchema.parse({ manifest, steps: sortedSteps, themes, interviewGuide });
  const parts: Record<string, unknown> = {};
  for (const part of areaParts) {
    if (Object.hasOwn(parts, part.key)) throw new Error(`method part ${part.key} is listed twice`);
    const value = parseFile(dir, part.file, part.schema);
    part.check?.(value);
    part.checkWithBase?.(value, base);
    parts[part.key] = value;
  }
  return { ...base, parts };
}

/**
 * Finds resources/method: under `process.resourcesPath/method` when packaged, at the package root
 * in development, tests and the CLI (see resolveResourceDir).
 */
export function resolveMethodDir(
  startDir: string = dirname(fileURLToPath(import.meta.url)),
): string {
  const dir = resolveResourceDir('method', METHOD_FILES.manifest, startDir);
  if (dir === null)
    throw new Error(`De methode (resources/method) is niet gevonden vanaf ${startDir}.`);
  return dir;
}
