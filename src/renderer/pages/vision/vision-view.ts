// Pure helpers of the vision editor: how passages are grouped and moved, which label the next
// version gets, where a check points. No React, so they are tested on their own.
import {
  VISION_PASSAGE_KINDS,
  type VisionCheck,
  type VisionPassageKind,
  type VisionPassageDiff,
  type VisionVersionStatus,
} from '../../../shared/domain/vision.js';

interface Placed {
  id: string;
  kind: VisionPassageKind;
  position: number;
}

export interface PassageGroup<P extends Placed> {
  kind: VisionPassageKind;
  passages: P[];
}

/** The passages by kind (kernvisie first, the method's order), each kind in its own order. */
export function groupPassages<P extends Placed>(passages: readonly P[]): PassageGroup<P>[] {
  const ordered = [...passages].sort((a, b) => a.position - b.position);
  return VISION_PASSAGE_KINDS.map((kind) => ({
    kind,
    passages: ordered.filter((p) => p.kind === kind),
  })).filter((group) => group.passages.length > 0);
}

/**
 * The position (index in the whole list) a passage moves to when it goes one place up or down
 * among the passages of its kind: the neighbour's place. The core puts it at exactly that index
 * (visionPassage:move), so it lands before the neighbour going up and after it going down.
 * Null at the edge of its group.
 */
export function neighbourPosition<P extends Placed>(
  passages: readonly P[],
  id: string,
  direction: 'up' | 'down',
): number | null {
  const ordered = [...passages].sort((a, b) => a.position - b.position);
  const self = ordered.find((p) => p.id === id);
  if (!self) return null;
  const sameKind = ordered.filter((p) => p.kind === self.kind);
  const at = sameKind.findIndex((p) => p.id === id);
  const neighbour = sameKind[direction === 'up' ? at - 1 : at + 1];
  return neighbour ? ordered.indexOf(neighbour) : null;
}

/** Where a new passage of a kind goes: after the last of its kind, or where its kind starts. */
export function insertPosition<P extends Placed>(
  passages: readonly P[],
  kind: VisionPassageKind,
): number {
  const ordered = [...passages].sort((a, b) => a.position - b.position);
  const rank = (k: VisionPassageKind) => VISION_PASSAGE_KINDS.indexOf(k);
  const after = ordered.findIndex((p) => rank(p.kind) > rank(kind));
  return after === -1 ? ordered.length : after;
}

/**
 * The label the core gives the next frozen version: concepts count 0.1, 0.2 … on from the last
 * version, a definitive version is the next whole number. Restore points (H1 …) do not count.
 */
export function nextVersionLabel(
  versions: readonly { label: string; status: VisionVersionStatus }[],
  status: 'concept' | 'definitief',
): string {
  let major = 0;
  let minor = 0;
  for (const v of versions) {
    if (v.status === 'herstelpunt') continue;
    const [ma, mi] = v.label.split('.').map(Number);
    if (ma === undefined || mi === undefined || Number.isNaN(ma) || Number.isNaN(mi)) continue;
    if (ma > major || (ma === major && mi > minor)) [major, minor] = [ma, mi];
  }
  return status === 'definitief' ? `${major + 1}.0` : `${major}.${minor + 1}`;
}

/** The passage a check is about, to jump to; null for checks about a theme or a finding. */
export const checkPassageId = (check: VisionCheck): string | null =>
  check.code === 'passage-unsupported' || check.code === 'jargon' ? check.passageId : null;

/** Counts for the diff's summary line. */
export function diffCounts(passages: readonly VisionPassageDiff[]) {
  const count = (change: VisionPassageDiff['change']) =>
    passages.filter((p) => p.change === change).length;
  return { added: count('added'), changed: count('changed'), removed: count('removed') };
}

/** The DOM id of a passage's card, for jumping to it. */
export const passageAnchor = (id: string): string => `passage-${id}`;
