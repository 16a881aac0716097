import { visionMethodFileSchema, type VisionMethod } from '../../../shared/domain/vision.js';
import { assertUnique } from '../../method/load-method.js';
import { methodPart } from '../../method/method-part.js';

// The vision's part of the method: the words the editor warns about, with what to write
// instead and why, and the thresholds of the checks (resources/method/vision.json).

const VISION_FILE = 'vision.json';

function checkVision(vision: VisionMethod): void {
  // Two entries for one word would report every hit twice.
  assertUnique(
    VISION_FILE,
    vision.jargon.map((j, i) => ({ value: j.word.toLowerCase(), path: ['jargon', i, 'word'] })),
    'woord',
  );
}

export const visionMethod = methodPart({
  key: 'vision',
  file: VISION_FILE,
  schema: visionMethodFileSchema,
  check: checkVision,
});
