import { describe, expect, it } from 'vitest';
import { DEFAULT_HOUSE_STYLE } from '../../src/shared/domain/engagement.js';
import { posterSvg } from '../../src/shared/poster/index.js';
import {
  posterInputFromVision,
  type PosterPassage,
} from '../../src/shared/poster/vision-poster-input.js';

const passage = (
  kind: PosterPassage['kind'],
  position: number,
  title: string,
  body = '',
  extra: Partial<PosterPassage> = {},
): PosterPassage => ({
  kind,
  position,
  title,
  body,
  forInhabitants: '',
  forStaff: '',
  forBoard: '',
  portfolioHolderName: null,
  ...extra,
});

describe('posterInputFromVision', () => {
  const passages = [
    passage('themavisie', 3, 'Transparantie', 'We laten zien welke data we gebruiken.', {
      forInhabitants: 'U ziet waarom een besluit zo uitvalt.',
      forBoard: '  ',
      portfolioHolderName: 'A. de Vries',
    }),
    passage('kernvisie', 0, 'Kernvisie', 'Samen met inwoners maken we betere keuzes met data.'),
    passage('themavisie', 2, 'Ethiek', 'Data dienen de inwoner.'),
    passage('ambitie', 4, 'Dashboards in één portaal'),
    passage('kernwaarde', 5, 'Open', 'We delen wat kan.'),
    passage('randvoorwaarde', 6, 'Eigenaarschap', 'Elke dataset heeft een eigenaar.'),
  ];
  const input = posterInputFromVision({
    language: 'nl',
    clientName: 'Gemeente Den Helder',
    engagementTitle: 'Datagedreven werken',
    passages,
    poster: { title: '', layout: 'kolommen', format: 'A3' },
    houseStyle: DEFAULT_HOUSE_STYLE,
    versionLabel: '0.2',
    isDraft: true,
  });

  it('puts each kind of passage in its place on the poster, in the consultant’s order', () => {
    expect(input.kernvisie).toBe('Samen met inwoners maken we betere keuzes met data.');
    expect(input.themes.map((t) => t.title)).toEqual(['Ethiek', 'Transparantie']);
    expect(input.themes[1]).toMatchObject({
      forInhabitants: 'U ziet waarom een besluit zo uitvalt.',
      forBestuur: undefined,
      portfolio: 'A. de Vries',
    });
    // A list item without text shows its title.
    expect(input.ambitions).toEqual(['Dashboards in één portaal']);
    expect(input.coreValues).toEqual([{ title: 'Open', text: 'We delen wat kan.' }]);
    expect(input.preconditions).toEqual(['Elke dataset heeft een eigenaar.']);
    expect(input.title).toBe('Datagedreven werken');
    expect(input.isDraft).toBe(true);
  });

  it('gives an SVG that carries the passages', () => {
    const svg = posterSvg(input, { layout: 'kolommen', format: 'A3' });
    for (const word of ['Transparantie', 'Ethiek', 'Elke dataset', 'Den Helder'])
      expect(svg).toContain(word);
  });
});
