import { borgingMethodFileSchema, type BorgingMethod } from '../../../shared/domain/adoption.js';
import { assertUnique } from '../../method/load-method.js';
import { methodPart } from '../../method/method-part.js';

// Step 4's part of the method: the borging checklist, the lessons of earlier engagements on
// making a vision last (resources/method/borging.json). An engagement keeps its state per item id.

const BORGING_FILE = 'borging.json';

function checkBorging(borging: BorgingMethod): void {
  // The state of an item is stored by its id.
  assertUnique(
    BORGING_FILE,
    borging.items.map((item, i) => ({ value: item.id, path: ['items', i, 'id'] })),
    'id',
  );
}

export const borgingMethod = methodPart({
  key: 'borging',
  file: BORGING_FILE,
  schema: borgingMethodFileSchema,
  check: checkBorging,
});
