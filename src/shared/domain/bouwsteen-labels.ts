import type { Language } from './common.js';
import type { Bouwsteen } from './nulmeting.js';

// The bouwstenen as the documents name them (the implementatieplan, the planning workbook and the
// poster's routekaart band), in full. The screens use their own, shorter i18n labels.

export const BOUWSTEEN_DOCUMENT_LABELS: Record<Language, Record<Bouwsteen, string>> = {
  nl: {
    'data-cultuur': 'Datacultuur',
    'data-expertise': 'Data-expertise',
    'data-architectuur': 'Data-architectuur',
    'agile-aanpak': 'Agile aanpak',
    experimenten: 'Ruimte voor experimenten',
    'bestuurlijk-draagvlak': 'Bestuurlijk draagvlak',
    'start-vandaag': 'Start vandaag',
  },
  en: {
    'data-cultuur': 'Data culture',
    'data-expertise': 'Data expertise',
    'data-architectuur': 'Data architecture',
    'agile-aanpak': 'Agile approach',
    experimenten: 'Room for experiments',
    'bestuurlijk-draagvlak': 'Administrative support',
    'start-vandaag': 'Start today',
  },
};
