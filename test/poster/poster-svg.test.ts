import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { measureText } from '../../src/shared/poster/measure-text.js';
import type { PosterElement } from '../../src/shared/poster/poster-elements.js';
import type { PosterInput } from '../../src/shared/poster/poster-input.js';
import { posterElements, posterSvg } from '../../src/shared/poster/poster-svg.js';
import { denHelderPoster } from './poster-fixtures.js';

const LAYOUTS = ['kolommen', 'raster', 'kern'] as const;
const PAGE = { w: 297, h: 420 };
const EPS = 0.011; // coordinates are printed with two decimals

const longName = 'Gemeente Súdwest-Fryslân en Waadhoeke Samenwerkingsverband Noordwest-Friesland';
const hostile =
  '<script>alert("x")</script> & \'quotes\' "dubbel" ]]> שלום עולם مرحبا 😀👩‍👩‍👧 \u0000\u0007 \uD800';
const theme = (i: number, text = 'Een korte beschrijving van dit thema.') => ({
  title: `Thema ${i}`,
  text,
  forInhabitants: 'Inwoners merken dat de gemeente sneller en beter antwoord geeft.',
  forStaff: 'Medewerkers krijgen tijd en opleiding om met data te werken.',
  forBestuur: 'Het bestuur stuurt op inzicht.',
  portfolio: 'Bedrijfsvoering',
});

const cases: Record<string, PosterInput> = {
  demo: denHelderPoster,
  final: { ...denHelderPoster, isDraft: false, language: 'en' },
  noThemes: { ...denHelderPoster, themes: [], ambitions: [], coreValues: [], preconditions: [] },
  eightThemes: { ...denHelderPoster, themes: Array.from({ length: 8 }, (_, i) => theme(i + 1)) },
  long: {
    ...denHelderPoster,
    clientName: longName,
    title: `${longName}: datagedreven werken als vanzelfsprekend onderdeel van het dagelijks werk 2027–2030`,
    themes: Array.from({ length: 8 }, (_, i) => ({
      ...theme(i + 1, 'Heel lange tekst over dit thema. '.repeat(40)),
      title: `Interbestuurlijke informatievoorzieningsarchitectuurprincipes ${i + 1} en gegevensuitwisseling`,
    })),
    kernvisie: 'Een kernvisie die maar doorgaat. '.repeat(80),
    ambitions: Array.from({ length: 20 }, () => 'Een ambitie die veel te lang is voor de poster.'),
  },
  hostile: {
    ...denHelderPoster,
    clientName: hostile,
    title: hostile,
    versionLabel: hostile,
    kernvisie: hostile + 'x'.repeat(5000),
    themes: Array.from({ length: 3 }, () => ({ ...theme(1, hostile), title: hostile })),
    ambitions: [hostile],
    coreValues: [{ title: hostile, text: hostile }],
    preconditions: ['a'.repeat(5000)],
    footer: { status: hostile, date: hostile },
    houseStyle: {
      primaryColor: 'red;" onload="x',
      secondaryColor: 'url(#x)',
      logo: { mimeType: 'text/html', dataBase64: 'PHNjcmlwdD4=' },
    },
  },
};

type TextEl = PosterElement & { kind: 'text' };

describe.each(Object.entries(cases))('poster %s', (_name, input) => {
  it.each(LAYOUTS)('%s: every line fits its box and the box lies on the page', (layout) => {
    const elements = posterElements(input, { layout, format: 'A3' });
    const texts = elements.filter((e): e is TextEl => e.kind === 'text');
    expect(texts.length).toBeGreaterThan(5);
    for (const el of texts) {
      const { x, y, w, h } = el.box;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + w).toBeLessThanOrEqual(PAGE.w + EPS);
      expect(y + h).toBeLessThanOrEqual(PAGE.h + EPS);
      for (const line of el.lines) {
        expect(
          measureText(line.text, line.size, line.weight),
          `${el.role}: ${line.text}`,
        ).toBeLessThanOrEqual(w + EPS);
        // The line's glyphs (1 em above the baseline, 0.3 em below) stay inside the box.
        expect(line.baseline - line.size).toBeGreaterThanOrEqual(-EPS);
        expect(line.baseline + 0.3 * line.size).toBeLessThanOrEqual(h + EPS);
      }
    }
    for (const el of elements) {
      if (el.kind === 'rect' || el.kind === 'image') {
        expect(el.box.x).toBeGreaterThanOrEqual(0);
        expect(el.box.y).toBeGreaterThanOrEqual(0);
        expect(el.box.x + el.box.w).toBeLessThanOrEqual(PAGE.w + EPS);
        expect(el.box.y + el.box.h).toBeLessThanOrEqual(PAGE.h + EPS);
      } else if (el.kind === 'circle') {
        expect(el.cx - el.r).toBeGreaterThanOrEqual(0);
        expect(el.cx + el.r).toBeLessThanOrEqual(PAGE.w);
        expect(el.cy - el.r).toBeGreaterThanOrEqual(0);
        expect(el.cy + el.r).toBeLessThanOrEqual(PAGE.h);
      } else if (el.kind === 'mark') {
        // The rotated mark's corners (text 1 em high) stay on the page.
        const a = (el.rotate * Math.PI) / 180;
        for (const [dx, dy] of [
          [-el.width / 2, 0],
          [el.width / 2, 0],
          [-el.width / 2, -el.size],
          [el.width / 2, -el.size],
        ] as const) {
          const px = el.cx + dx * Math.cos(a) - dy * Math.sin(a);
          const py = el.cy + dx * Math.sin(a) + dy * Math.cos(a);
          expect(px).toBeGreaterThanOrEqual(0);
          expect(px).toBeLessThanOrEqual(PAGE.w);
          expect(py).toBeGreaterThanOrEqual(0);
          expect(py).toBeLessThanOrEqual(PAGE.h);
        }
      }
    }
  });

  it.each(LAYOUTS)('%s: the SVG is well-formed XML and each tspan fits its text box', (layout) => {
    const svg = posterSvg(input, { layout, format: 'A3' });
    const errors: string[] = [];
    const doc = new DOMParser({
      errorHandler: {
        warning: () => undefined,
        error: (message: string) => errors.push(message),
        fatalError: (message: string) => errors.push(message),
      },
    }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName('script').length).toBe(0);
    expect(doc.getElementsByTagName('title')[0]?.textContent).toContain(input.title.slice(0, 5));
    const textEls = Array.from(doc.getElementsByTagName('text'));
    for (const t of textEls) {
      const boxWidth = Number(t.getAttribute('data-box-width'));
      if (t.getAttribute('class') === 'draft-mark') continue;
      for (const span of Array.from(t.getElementsByTagName('tspan'))) {
        const width = measureText(
          span.textContent ?? '',
          Number(span.getAttribute('font-size')),
          span.getAttribute('font-weight') === 'bold' ? 'bold' : 'normal',
        );
        expect(width).toBeLessThanOrEqual(boxWidth + EPS);
      }
    }
    // Same input, same bytes.
    expect(posterSvg(input, { layout, format: 'A3' })).toBe(svg);
  });
});

describe('poster details', () => {
  it('marks drafts, and only drafts, as CONCEPT (DRAFT in English)', () => {
    const draft = posterSvg(denHelderPoster, { layout: 'kolommen', format: 'A3' });
    expect(draft).toMatch(/class="draft-mark"[^>]*>CONCEPT<\/text>/);
    const final = posterSvg(
      { ...denHelderPoster, isDraft: false },
      { layout: 'kolommen', format: 'A3' },
    );
    expect(final).not.toContain('CONCEPT');
    expect(final).not.toContain('draft-mark');
    const en = posterSvg(
      { ...denHelderPoster, language: 'en' },
      { layout: 'raster', format: 'A3' },
    );
    expect(en).toMatch(/class="draft-mark"[^>]*>DRAFT<\/text>/);
    expect(en).toContain('>Core vision'.toUpperCase().slice(1));
  });

  it('shows the Dutch headings and the texts of the vision', () => {
    const svg = posterSvg(denHelderPoster, { layout: 'kolommen', format: 'A3' });
    for (const heading of [
      'KERNVISIE',
      'THEMA’S',
      'AMBITIES',
      'KERNWAARDEN',
      'RANDVOORWAARDEN',
      'Wat betekent dit voor inwoners',
      'Versie 0.3',
    ])
      expect(svg).toContain(heading);
    for (const theme of denHelderPoster.themes)
      expect(svg).toContain(theme.title.replace('&', '&amp;'));
    expect(svg).toContain('Besproken in het MT · 12 maart 2027');
    expect(svg).toContain('font-family="Open Sans"');
  });

  it('is A3 or A0 in millimetres with the same drawing', () => {
    const a3 = posterSvg(denHelderPoster, { layout: 'kern', format: 'A3' });
    const a0 = posterSvg(denHelderPoster, { layout: 'kern', format: 'A0' });
    expect(a3).toMatch(/width="297mm" height="420mm" viewBox="0 0 297 420"/);
    expect(a0).toMatch(/width="841mm" height="1189mm" viewBox="0 0 297 420"/);
    expect(a0.replace(/<svg[^>]*>/, '')).toBe(a3.replace(/<svg[^>]*>/, ''));
  });

  it('uses valid house colours and falls back on invalid ones', () => {
    const svg = posterSvg(denHelderPoster, { layout: 'kolommen', format: 'A3' });
    expect(svg).toContain('fill="#004b87"');
    expect(svg).toContain('fill="#f2a900"');
    const bad = posterSvg(cases.hostile!, { layout: 'kolommen', format: 'A3' });
    expect(bad).toContain('fill="#1f4e79"');
    expect(bad).not.toContain('onload');
  });

  it('embeds a logo only as a data: URI of a PNG, JPEG or SVG', () => {
    const withLogo = (mimeType: string, dataBase64: string) =>
      posterSvg(
        {
          ...denHelderPoster,
          houseStyle: { ...denHelderPoster.houseStyle, logo: { mimeType, dataBase64 } },
        },
        { layout: 'raster', format: 'A3' },
      );
    expect(withLogo('image/png', 'iVBORw0KGgo=')).toContain(
      'href="data:image/png;base64,iVBORw0KGgo="',
    );
    expect(withLogo('image/svg+xml', 'PHN2Zy8+')).toContain(
      'href="data:image/svg+xml;base64,PHN2Zy8+"',
    );
    expect(withLogo('text/html', 'PHN2Zy8+')).not.toContain('<image');
    expect(withLogo('image/png', 'http://evil.example/x.png')).not.toContain('<image');
    expect(withLogo('image/png', '"/><script>')).not.toContain('<image');
  });

  it('shrinks a long client name and title instead of cutting them', () => {
    const elements = posterElements(cases.long!, { layout: 'kolommen', format: 'A3' });
    const client = elements.find((e): e is TextEl => e.kind === 'text' && e.role === 'client');
    expect(client?.lines.map((l) => l.text)).toEqual([longName]);
    const title = elements.find((e): e is TextEl => e.kind === 'text' && e.role === 'title');
    expect(title!.lines.map((l) => l.text).join(' ')).toBe(cases.long!.title);
    expect(title!.lines[0]!.size).toBeLessThan(11);
  });

  it('shows at most eight themes', () => {
    const nine = { ...denHelderPoster, themes: Array.from({ length: 9 }, (_, i) => theme(i + 1)) };
    const svg = posterSvg(nine, { layout: 'raster', format: 'A3' });
    expect(svg).toContain('Thema 8');
    expect(svg).not.toContain('Thema 9');
  });
});
