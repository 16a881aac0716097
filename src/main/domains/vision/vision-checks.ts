import type { Language } from '../../../shared/domain/common.js';
import type { Finding } from '../../../shared/domain/finding.js';
import {
  VISION_TEXT_FIELDS,
  type JargonMatch,
  type VisionCheck,
  type VisionMethod,
  type VisionPassage,
} from '../../../shared/domain/vision.js';

// The checks beside the vision editor, as one pure function of the working copy, the
// engagement's findings and themes and the method's vision part. Nothing is stored: the editor
// asks again after every change.
//
// Decisions (documented in the issue):
// - Support: only the kinds the method lists in supportedKinds (kernvisie, themavisie, ambitie)
//   need findings; kernwaarden and randvoorwaarden are chosen by the client, not found.
// - A theme counts as answered by a passage whose theme is set to it (any kind).
// - A finding is answered when any passage links it.
// - Warned words: any case; 'word' entries only as a whole word, 'start' ones also heading a
//   compound or inflected ("datagestuurde"), 'part' ones anywhere inside a word.

export interface VisionCheckInput {
  passages: readonly Pick<
    VisionPassage,
    'id' | 'kind' | 'themeId' | 'findings' | (typeof VISION_TEXT_FIELDS)[number]
  >[];
  findings: readonly Pick<Finding, 'id' | 'statement' | 'kind' | 'importance' | 'themeIds'>[];
  themes: readonly { id: string; name: string }[];
  method: VisionMethod;
  language: Language;
}

const LETTER = '[\\p{L}\\p{N}]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern of one warned word: spaces in it match spaces or hyphens. */
export function jargonPattern(word: string, match: JargonMatch): RegExp {
  const core = escape(word.trim()).replace(/\s+/g, '[\\s\\u00a0-]+');
  const start = `(?<!${LETTER})`;
  const source =
    match === 'word'
      ? `${start}${core}(?!${LETTER})`
      : match === 'start'
        ? `${start}${core}${LETTER}*`
        : `${start}${LETTER}*${core}${LETTER}*`;
  return new RegExp(source, 'giu');
}

export function visionChecks(input: VisionCheckInput): VisionCheck[] {
  const { passages, findings, themes, method, language } = input;
  const checks: VisionCheck[] = [];
  const supported = new Set(method.supportedKinds);
  for (const p of passages)
    if (supported.has(p.kind) && p.findings.length === 0)
      checks.push({ code: 'passage-unsupported', passageId: p.id });

  const answeredThemes = new Set(passages.map((p) => p.themeId).filter((t) => t !== null));
  const perTheme = new Map<string, number>();
  for (const f of findings)
    for (const t of new Set(f.themeIds)) perTheme.set(t, (perTheme.get(t) ?? 0) + 1);
  const threshold = method.frequentThemeThreshold;
  for (const theme of themes) {
    const findingCount = perTheme.get(theme.id) ?? 0;
    if (findingCount >= threshold && !answeredThemes.has(theme.id))
      checks.push({
        code: 'theme-uncovered',
        themeId: theme.id,
        themeName: theme.name,
        findingCount,
        threshold,
      });
  }

  const linked = new Set(passages.flatMap((p) => p.findings.map((f) => f.id)));
  for (const f of findings) {
    if (linked.has(f.id)) continue;
    const reason =
      f.kind === 'must-have'
        ? ('must-have' as const)
        : f.importance >= method.highImportance
          ? ('high-importance' as const)
          : null;
    if (reason)
      checks.push({ code: 'finding-unaddressed', findingId: f.id, statement: f.statement, reason });
  }

  const patterns = method.jargon.map((entry) => ({
    entry,
    pattern: jargonPattern(entry.word, entry.match),
  }));
  for (const p of passages)
    for (const field of VISION_TEXT_FIELDS) {
      const text = p[field];
      if (text === '') continue;
      const seen = new Set<string>();
      for (const { entry, pattern } of patterns)
        for (const m of text.matchAll(pattern)) {
          const key = `${entry.word}\u0000${m[0].toLowerCase()}`;
          if (seen.has(key)) continue;
          seen.add(key);
          checks.push({
            code: 'jargon',
            passageId: p.id,
            field,
            found: m[0],
            word: entry.word,
            preferred: entry.preferred[language],
            explanation: entry.explanation[language],
          });
        }
    }
  return checks;
}
