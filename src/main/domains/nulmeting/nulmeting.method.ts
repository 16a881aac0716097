import type { Method } from '../../../shared/domain/method.js';
import { maturityMethodFileSchema, type MaturityMethod } from '../../../shared/domain/nulmeting.js';
import { assertUnique, formatPath, MethodLoadError } from '../../method/load-method.js';
import { methodPart } from '../../method/method-part.js';

// The nulmeting's part of the method: the maturity model, five levels and the dimensions with a
// description per level and questions (resources/method/maturity.json). Written by us; an
// engagement keeps the copy it was measured with.

const MATURITY_FILE = 'maturity.json';

/** The list in themes.json whose ids a dimension's `themes` name: the findings' themes. */
export const MATURITY_THEME_LIST = 'bevindingen';

function checkMaturity(maturity: MaturityMethod): void {
  const file = MATURITY_FILE;
  // Scores are stored per dimension id: a repeat would make two dimensions one.
  assertUnique(
    file,
    maturity.dimensions.map((d, i) => ({ value: d.id, path: ['dimensions', i, 'id'] })),
    'dimensie-id',
  );
  // A dimension's level texts are read by position, so the levels must be 1 to 5 in that order.
  maturity.levels.forEach((level, i) => {
    if (level.level !== i + 1)
      throw new MethodLoadError(
        file,
        formatPath(['levels', i, 'level']),
        `op plaats ${i + 1} hoort niveau ${i + 1}, niet ${level.level}`,
      );
  });
  maturity.dimensions.forEach((d, i) => {
    assertUnique(
      file,
      d.bouwstenen.map((b, j) => ({ value: b, path: ['dimensions', i, 'bouwstenen', j] })),
      'bouwsteen',
    );
    assertUnique(
      file,
      d.themes.map((t, j) => ({ value: t, path: ['dimensions', i, 'themes', j] })),
      'thema-id',
    );
  });
}

/**
 * The check across files: every theme a dimension names exists in the findings' theme list.
 * A consultancy that renames a theme in themes.json, or names one in maturity.json that is not
 * there, learns it when Koers starts, with the file and the field: loadMethod runs it
 * (checkWithBase), so no new engagement copies a model that points at a theme it does not have.
 */
export function assertMaturityThemesExist(
  maturity: MaturityMethod,
  themes: Method['themes'],
): void {
  const list = themes.lists.find((l) => l.id === MATURITY_THEME_LIST);
  const known = new Set(list?.themes.map((t) => t.id) ?? []);
  maturity.dimensions.forEach((d, i) =>
    d.themes.forEach((theme, j) => {
      if (!known.has(theme))
        throw new MethodLoadError(
          MATURITY_FILE,
          formatPath(['dimensions', i, 'themes', j]),
          `er is geen thema met id '${theme}' in de lijst '${MATURITY_THEME_LIST}' van themes.json`,
        );
    }),
  );
}

export const maturityMethod = methodPart({
  key: 'maturity',
  file: MATURITY_FILE,
  schema: maturityMethodFileSchema,
  check: checkMaturity,
  checkWithBase: (maturity, base) => assertMaturityThemesExist(maturity, base.themes),
});
