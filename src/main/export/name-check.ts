import type { NameCandidate } from '../../shared/domain/export.js';
import { nameLikePairs, namePseudonymiser, notNameWords } from './pseudonymise-text.js';
import type { EngagementSnapshot } from './snapshot.js';

/**
 * What an export without names would still show that looks like a name: the free text of the
 * snapshot (interview notes, findings with their quotes, document summaries, passages and their
 * notes) after known names are replaced, scanned by nameLikePairs() without the engagement's
 * own names. Each pair once per record.
 */
export function nameCandidates(
  snapshot: Pick<
    EngagementSnapshot,
    'engagement' | 'stakeholders' | 'themes' | 'interviews' | 'findings' | 'documents'
  >,
): NameCandidate[] {
  const hide = namePseudonymiser(snapshot.stakeholders);
  // The engagement's own names are not people: the municipality, its themes, the departments
  // and job titles of the people in it.
  const notNames = notNameWords([
    snapshot.engagement.clientName,
    ...snapshot.themes.map((t) => t.name),
    ...snapshot.stakeholders.flatMap((s) => [s.department, s.jobTitle]),
  ]);
  const out: NameCandidate[] = [];
  const seen = new Set<string>();
  const scan = (kind: NameCandidate['kind'], where: string, texts: string[]) => {
    for (const text of texts)
      for (const pair of nameLikePairs(hide(text), notNames)) {
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
