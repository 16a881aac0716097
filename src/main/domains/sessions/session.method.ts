import { sessionMethodFileSchema, type SessionMethod } from '../../../shared/domain/method.js';
import { assertUnique, formatPath, MethodLoadError } from '../../method/load-method.js';
import { methodPart } from '../../method/method-part.js';

// The work sessions' part of the method: session types with agenda and checklist, and the
// statement bank (resources/method/sessions.json).

const SESSIONS_FILE = 'sessions.json';

function checkSessions(sessions: SessionMethod): void {
  const file = SESSIONS_FILE;
  assertUnique(
    file,
    sessions.sessionTypes.map((type, i) => ({ value: type.id, path: ['sessionTypes', i, 'id'] })),
    'sessietype-id',
  );
  assertUnique(
    file,
    sessions.statementThemes.map((t, i) => ({ value: t.id, path: ['statementThemes', i, 'id'] })),
    'stellingthema-id',
  );
  // A statement picked for a session keeps its id: a repeat would make two statements one.
  assertUnique(
    file,
    sessions.statements.map((s, i) => ({ value: s.id, path: ['statements', i, 'id'] })),
    'stelling-id',
  );
  const themes = new Set(sessions.statementThemes.map((t) => t.id));
  sessions.statements.forEach((s, i) => {
    if (!themes.has(s.theme))
      throw new MethodLoadError(
        file,
        formatPath(['statements', i, 'theme']),
        `er is geen stellingthema met id '${s.theme}'`,
      );
  });
}

export const sessionsMethod = methodPart({
  key: 'sessions',
  file: SESSIONS_FILE,
  schema: sessionMethodFileSchema,
  check: checkSessions,
});
