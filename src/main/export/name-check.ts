import type { NameCandidate } from '../../shared/domain/export.js';
import { nameLikePairs, namePseudonymiser } from './pseudonymise-text.js';
import type { EngagementSnapshot } from './snapshot.js';

/**
 * What an export without names would still show that looks like a name: the free text of the
 * snapshot (interview notes, findings with their quotes, document summaries, passages and their
 * notes) after known names are replaced, scanned by nameLikePairs(). Each pair once per record.
 */
export function nameCandidates(
  snapshot: Pick<EngagementSnapshot, 'stakeholders' | 'interviews' | 'findings' | 'documents'>,
): NameCandidate[] {
  const hide = namePseudonymiser(snapshot.stakeholders);
  const out: NameCandidate[] = [];
  const seen = new Set<string>();
  const scan = (kind: NameCandidate['kind'], where: string, texts: string[]) => {
    for (const text of texts)
      for (const pair of nameLikePairs(hide(text))) {
        const id = `${kind}\u0000${where}\u0000${pair.toLocaleLowerCase('nl')}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({ text: pair, where: hide(where), kind });
      }
  };
  for (const interview of snapshot.interviews)
    scan('interview', interview.title, [
      interview.title,
      ...interview.questions.map((q) => q.notes.text),
      interview.freeNotes.text,
    ]);
  for (const finding of snapshot.findings)
    scan('finding', finding.statement, [finding.statement, finding.quote]);
  for (const document of snapshot.documents)
    scan('document', document.title, [
      document.summary,
      ...document.passages.flatMap((p) => [p.text, p.note]),
    ]);
  return out;
}
