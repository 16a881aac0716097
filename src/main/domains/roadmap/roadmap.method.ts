import { roadmapMethodFileSchema } from '../../../shared/domain/roadmap-method.js';
import { methodPart } from '../../method/method-part.js';

// The routekaart's part of the method: the default horizon, the limits of the checks and the
// meaning of the phases and kinds (resources/method/roadmap.json). The schema names every phase
// and kind, so nothing beyond it needs checking.

export const roadmapMethod = methodPart({
  key: 'roadmap',
  file: 'roadmap.json',
  schema: roadmapMethodFileSchema,
});
