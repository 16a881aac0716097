import { areaErrors } from '../area-errors.js';

// The routekaart's error codes and their texts, registered in ../resources.ts.
export const roadmapErrors = areaErrors({
  nl: {
    ROADMAP_DEPENDENCY_CYCLE:
      'Deze afhankelijkheid maakt een kring: "{{item}}" hangt dan via andere acties van zichzelf af.',
    ROADMAP_END_BEFORE_START: 'Het eindkwartaal ligt voor het beginkwartaal.',
    ROADMAP_DEPENDENCY_SELF: 'Een actie kan niet van zichzelf afhangen.',
    ROADMAP_UNKNOWN_DIMENSION:
      'Een actie hoort bij de dimensies van het volwassenheidsmodel van deze opdracht; "{{dimension}}" staat daar niet in.',
  },
  en: {
    ROADMAP_DEPENDENCY_CYCLE:
      'This dependency makes a cycle: "{{item}}" would depend on itself through other actions.',
    ROADMAP_END_BEFORE_START: 'The end quarter lies before the start quarter.',
    ROADMAP_DEPENDENCY_SELF: 'An action cannot depend on itself.',
    ROADMAP_UNKNOWN_DIMENSION:
      'An action belongs to the dimensions of this engagement\'s maturity model; "{{dimension}}" is not one of them.',
  },
});
