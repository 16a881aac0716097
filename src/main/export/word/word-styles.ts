import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  LineRuleType,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';
import type { HouseStyle } from '../../../shared/domain/engagement.js';

/** The house style as Word wants it: colours without '#', a font name safe for an attribute. */
export interface WordHouseStyle {
  primary: string;
  secondary: string;
  /** Text on a primary-coloured fill: white on dark colours, near-black on light ones. */
  onPrimary: string;
  font: string;
  /** A pale tint of the primary colour for banded rows and the quote background. */
  tint: string;
}

const DARK_TEXT = '1F2328';
const MUTED_TEXT = '57606A';

function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function mix(hex: string, withWhite: number): string {
  return [0, 2, 4]
    .map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16);
      return Math.round(c + (255 - c) * withWhite)
        .toString(16)
        .padStart(2, '0');
    })
    .join('')
    .toUpperCase();
}

/**
 * Headings in a colour too light to read on white (a yellow house colour) fall back to dark text;
 * the colour then still shows in table headers and rules.
 */
export function wordHouseStyle(style: HouseStyle, clean: (s: string) => string): WordHouseStyle {
  const primary = style.primaryColor.slice(1).toUpperCase();
  const secondary = style.secondaryColor.slice(1).toUpperCase();
  const font = clean(style.fontName).trim() || 'Calibri';
  return {
    primary,
    secondary,
    onPrimary: luminance(primary) > 0.4 ? DARK_TEXT : 'FFFFFF',
    font,
    tint: mix(primary, 0.9),
  };
}

/** Colour for text on white: the primary colour when it is dark enough to read. */
export function readable(hex: string): string {
  return luminance(hex) > 0.3 ? DARK_TEXT : hex;
}

export const TABLE_STYLE_ID = 'KoersTabel';
export const QUOTE_STYLE_ID = 'Quote';
export const WARNING_STYLE_ID = 'KoersWaarschuwing';
export const META_STYLE_ID = 'KoersMeta';
export const BULLETS = 'koers-bullets';
export const NUMBERS = 'koers-numbers';

/**
 * A native Word table style, so a table pasted on or added in Word looks the same: header row in
 * the primary colour, thin rules, banded rows. docx has no API for table styles, so it goes in as
 * "external styles" (docx keeps its own defaults beside them; `importedStyles` would replace
 * them). Only hex digits from the house style are in it, nothing user-typed.
 */
export function tableStylesXml(h: WordHouseStyle): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${tableStyleXml(h)}</w:styles>`;
}

function tableStyleXml(h: WordHouseStyle): string {
  const border = (side: string) =>
    `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="BFC5CC"/>`;
  return (
    `<w:style w:type="table" w:customStyle="1" w:styleId="${TABLE_STYLE_ID}">` +
    `<w:name w:val="Koers tabel"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>` +
    `<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>` +
    `<w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>` +
    `<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    `<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="${h.onPrimary}"/></w:rPr>` +
    `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${h.primary}"/></w:tcPr></w:tblStylePr>` +
    `<w:tblStylePr w:type="lastRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:tcBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="${h.primary}"/></w:tcBorders></w:tcPr></w:tblStylePr>` +
    `<w:tblStylePr w:type="band1Horz"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${h.tint}"/></w:tcPr></w:tblStylePr>` +
    `</w:style>`
  );
}

export function wordStyles(h: WordHouseStyle): IStylesOptions {
  const heading = (size: number, color: string, before: number, after: number) => ({
    run: { font: h.font, size, bold: true, color },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: h.font, size: 21, color: DARK_TEXT },
        paragraph: { spacing: { after: 120, line: 288, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: h.font, size: 56, bold: true, color: readable(h.primary) },
        paragraph: { spacing: { after: 240 } },
      },
      heading1: {
        ...heading(34, readable(h.primary), 360, 160),
        paragraph: {
          spacing: { before: 360, after: 160 },
          keepNext: true,
          keepLines: true,
          border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: h.secondary, space: 4 } },
        },
      },
      heading2: heading(27, readable(h.primary), 280, 100),
      heading3: heading(23, MUTED_TEXT, 200, 80),
      caption: {
        run: { font: h.font, size: 18, italics: true, color: MUTED_TEXT },
        paragraph: { spacing: { before: 80, after: 240 } },
      },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
    },
    paragraphStyles: [
      {
        id: QUOTE_STYLE_ID,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '3D444D' },
        paragraph: {
          indent: { left: 440, right: 440 },
          spacing: { before: 80, after: 120 },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: h.secondary, space: 10 } },
        },
      },
      {
        id: WARNING_STYLE_ID,
        name: 'Koers waarschuwing',
        basedOn: 'Normal',
        quickFormat: true,
        run: { bold: true, color: '9A3412' },
        paragraph: {
          spacing: { before: 120, after: 200 },
          border: {
            top: { style: BorderStyle.SINGLE, size: 6, color: 'EA580C', space: 4 },
            bottom: { style: BorderStyle.SINGLE, size: 6, color: 'EA580C', space: 4 },
          },
        },
      },
      {
        id: META_STYLE_ID,
        name: 'Koers bijschrift',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 18, color: MUTED_TEXT },
        paragraph: { spacing: { after: 60 } },
      },
    ],
  };
}

/** Bullets and numbers at nine levels: Tiptap lists nest as deep as the consultant types them. */
export function wordNumbering(): INumberingOptions {
  const indent = (level: number) => ({
    paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } },
  });
  const bulletChars = ['•', '◦', '▪'];
  const numberFormats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
  return {
    config: [
      {
        reference: BULLETS,
        levels: Array.from({ length: 9 }, (_, level) => ({
          level,
          format: LevelFormat.BULLET,
          text: bulletChars[level % 3] ?? '•',
          alignment: AlignmentType.LEFT,
          style: indent(level),
        })),
      },
      {
        reference: NUMBERS,
        levels: Array.from({ length: 9 }, (_, level) => ({
          level,
          format: numberFormats[level % 3] ?? LevelFormat.DECIMAL,
          text: `%${level + 1}.`,
          alignment: AlignmentType.LEFT,
          style: indent(level),
        })),
      },
    ],
  };
}
