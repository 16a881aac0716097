import type { Session, SessionPart } from '../../shared/domain/session.js';

// The order both session exports list sessions and parts in; here so the Excel build does not
// load the Word builder (and docx with it).

/** Sessions by date (unplanned last), then title: the order they were held in. */
export function sessionsInOrder(sessions: readonly Session[]): Session[] {
  return [...sessions].sort(
    (a, b) =>
      (a.scheduledAt ?? '9999').localeCompare(b.scheduledAt ?? '9999') ||
      a.title.localeCompare(b.title, 'nl'),
  );
}

/** The parts of these kinds, in the session's order. */
export const partsOf = (session: Session, ...kinds: SessionPart['kind'][]): SessionPart[] =>
  session.parts.filter((p) => kinds.includes(p.kind)).sort((a, b) => a.position - b.position);
