import {
  stakeholderToolsFileSchema,
  type StakeholderToolsMethod,
} from '../../../shared/domain/method.js';
import { assertUnique } from '../../method/load-method.js';
import { methodPart } from '../../method/method-part.js';

// The stakeholder tools' part of the method: force-field quadrants, values, roles and iceberg
// layers (resources/method/stakeholder-tools.json).

const STAKEHOLDER_TOOLS_FILE = 'stakeholder-tools.json';

function checkStakeholderTools(tools: StakeholderToolsMethod): void {
  // Weights, roles and iceberg items are stored by these ids.
  const file = STAKEHOLDER_TOOLS_FILE;
  for (const list of ['values', 'roles', 'icebergLayers'] as const)
    assertUnique(
      file,
      tools[list].map((entry, i) => ({ value: entry.id, path: [list, i, 'id'] })),
      'id',
    );
  const quadrants = tools.forceField.quadrants;
  assertUnique(
    file,
    quadrants.map((q, i) => ({ value: q.id, path: ['forceField', 'quadrants', i, 'id'] })),
    'kwadrant-id',
  );
  // Each corner of the grid exactly once, so every position falls in one quadrant.
  assertUnique(
    file,
    quadrants.map((q, i) => ({
      value: `${q.influence}/${q.attitude}`,
      path: ['forceField', 'quadrants', i, 'attitude'],
    })),
    'kwadrant',
  );
}

export const stakeholderToolsMethod = methodPart({
  key: 'stakeholderTools',
  file: STAKEHOLDER_TOOLS_FILE,
  schema: stakeholderToolsFileSchema,
  check: checkStakeholderTools,
});
