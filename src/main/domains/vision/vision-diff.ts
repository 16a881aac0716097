import { diffWords } from 'diff';
import {
  VISION_TEXT_FIELDS,
  type PosterSettings,
  type VisionDiffField,
  type VisionPassageDiff,
  type VisionVersionPassage,
  type WordDiffPart,
} from '../../../shared/domain/vision.js';

// Two states of the vision compared passage by passage, as one pure function: which passages
// came, went, changed or moved, per changed passage which fields, and a word-level diff of each
// changed text (jsdiff's diffWords: words and the spaces between them, so a changed comma does
// not mark the whole sentence). Passages are matched by id: a version keeps the working copy's.

export interface DiffSide {
  passages: readonly VisionVersionPassage[];
  poster: PosterSettings;
}

export interface ContentDiff {
  passages: VisionPassageDiff[];
  posterChanged: (keyof PosterSettings)[];
}

export function wordDiff(before: string, after: string): WordDiffPart[] {
  const parts: WordDiffPart[] = [];
  for (const change of diffWords(before, after)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.change === kind) last.text += change.value;
    else parts.push({ change: kind, text: change.value });
  }
  return parts;
}

/** Ids in the longest common order: what is not in it has moved. */
function stayedInOrder(before: readonly string[], after: readonly string[]): Set<string> {
  const n = before.length;
  const m = after.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i]![j] =
        before[i] === after[j]
          ? table[i + 1]![j + 1]! + 1
          : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < n && j < m;) {
    if (before[i] === after[j]) {
      kept.add(before[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

const sameIds = (a: readonly { id: string }[], b: readonly { id: string }[]) =>
  a.length === b.length && a.every((x, i) => x.id === b[i]!.id);

function comparePassage(a: VisionVersionPassage, b: VisionVersionPassage, moved: boolean) {
  const changedFields: VisionDiffField[] = [];
  const textDiffs: VisionPassageDiff['textDiffs'] = {};
  for (const field of VISION_TEXT_FIELDS)
    if (a[field] !== b[field]) {
      changedFields.push(field);
      textDiffs[field] = wordDiff(a[field], b[field]);
    }
  if (a.kind !== b.kind) changedFields.push('kind');
  if (a.themeId !== b.themeId) changedFields.push('themeId');
  if (a.portfolioHolderId !== b.portfolioHolderId) changedFields.push('portfolioHolderId');
  const beforeIds = new Set(a.findings.map((f) => f.id));
  const afterIds = new Set(b.findings.map((f) => f.id));
  if (!sameIds(a.findings, b.findings)) changedFields.push('findings');
  const diff: VisionPassageDiff = {
    passageId: b.id,
    change: changedFields.length > 0 || moved ? 'changed' : 'unchanged',
    kind: b.kind,
    title: b.title,
    changedFields,
    moved,
    textDiffs,
    findingsAdded: b.findings.filter((f) => !beforeIds.has(f.id)),
    findingsRemoved: a.findings.filter((f) => !afterIds.has(f.id)),
  };
  return diff;
}

const whole = (p: VisionVersionPassage, change: 'added' | 'removed'): VisionPassageDiff => ({
  passageId: p.id,
  change,
  kind: p.kind,
  title: p.title,
  changedFields: [],
  moved: false,
  textDiffs: {},
  findingsAdded: change === 'added' ? [...p.findings] : [],
  findingsRemoved: change === 'removed' ? [...p.findings] : [],
});

/**
 * In the newer order; a removed passage stands right after the passage it followed before
 * (or first), so the reader sees it where it was.
 */
export function diffVisionContent(from: DiffSide, to: DiffSide): ContentDiff {
  const before = [...from.passages].sort((a, b) => a.position - b.position);
  const after = [...to.passages].sort((a, b) => a.position - b.position);
  const beforeById = new Map(before.map((p) => [p.id, p]));
  const afterIds = new Set(after.map((p) => p.id));
  const common = (list: readonly VisionVersionPassage[], other: Set<string>) =>
    list.filter((p) => other.has(p.id)).map((p) => p.id);
  const kept = stayedInOrder(common(before, afterIds), common(after, new Set(beforeById.keys())));

  const result: VisionPassageDiff[] = [];
  const removedAfter = new Map<string | null, VisionPassageDiff[]>();
  let anchor: string | null = null;
  for (const p of before) {
    if (afterIds.has(p.id)) anchor = p.id;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), whole(p, 'removed')]);
  }
  result.push(...(removedAfter.get(null) ?? []));
  for (const p of after) {
    const old = beforeById.get(p.id);
    result.push(old ? comparePassage(old, p, !kept.has(p.id)) : whole(p, 'added'));
    result.push(...(removedAfter.get(p.id) ?? []));
  }
  // A version frozen before the routekaart band has no setting for it: the default, as null.
  const posterChanged = (['title', 'layout', 'format', 'roadmapBand'] as const).filter(
    (key) => (from.poster[key] ?? null) !== (to.poster[key] ?? null),
  );
  return { passages: result, posterChanged };
}
