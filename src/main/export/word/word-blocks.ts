import {
  HeadingLevel,
  HeightRule,
  LineRuleType,
  TextDirection,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from 'docx';
import {
  META_STYLE_ID,
  QUOTE_STYLE_ID,
  TABLE_STYLE_ID,
  WARNING_STYLE_ID,
  type WordHouseStyle,
} from './word-styles.js';
import { quoted } from '../../../shared/text/quote.js';
import { lineCount, longestWordWidth } from './text-measure.js';

// Small builders for the blocks every Word export uses. Text given here must already have been
// through run.text.xml(): these functions only lay it out.

const LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** Text with line breaks as Word line breaks, so a pasted multi-line quote keeps its lines. */
export function textRuns(
  text: string,
  options: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {},
): TextRun[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ text: line, ...options, ...(i > 0 ? { break: 1 } : {}) }));
}

export function heading(
  level: 1 | 2 | 3,
  text: string,
  options: { color?: string; pageBreakBefore?: boolean } = {},
): Paragraph {
  return new Paragraph({
    heading: LEVELS[level],
    children: [new TextRun({ text, ...(options.color ? { color: options.color } : {}) })],
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}

export function paragraph(
  text: string,
  options: { italics?: boolean; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    children: textRuns(text, { italics: options.italics }),
    ...(options.keepNext ? { keepNext: true } : {}),
  });
}

export function richParagraph(
  children: ParagraphChild[],
  options: { style?: string; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({ children, ...options });
}

export function quote(text: string): Paragraph {
  return new Paragraph({ style: QUOTE_STYLE_ID, children: textRuns(quoted(text)) });
}

export function meta(text: string, options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ style: META_STYLE_ID, children: textRuns(text), ...options });
}

export function warning(text: string): Paragraph {
  return new Paragraph({ style: WARNING_STYLE_ID, children: [new TextRun(text)] });
}

export function caption(text: string): Paragraph {
  return new Paragraph({ style: 'Caption', children: [new TextRun(text)], keepNext: false });
}

export interface TableSpec {
  header: string[];
  rows: string[][];
  /** Relative column widths; equal when absent. */
  widths?: number[];
  /** The last row is a totals row (bold, rule above). */
  totals?: boolean;
  /** Columns whose cells are numbers, right-aligned. */
  numeric?: number[];
  /** A coloured marker (hex) before the first cell of each body row, e.g. a theme's colour. */
  markers?: (string | null)[];
  /** Header cells of numeric columns set vertically: a matrix with many narrow columns. */
  rotateHeader?: boolean;
  /** Table width in twips; the portrait text width when absent. */
  width?: number;
}

/**
 * Cells set their own spacing: LibreOffice lets the document's paragraph spacing win over the
 * table style's. (word-raw-table.ts writes the same spacing as text.)
 */
const CELL_SPACING = { before: 30, after: 30, line: 240, lineRule: LineRuleType.AUTO };

/** A table this short stays on one page together with the caption below it. */
const KEEP_TOGETHER_ROWS = 30;

/** Usable width of an A4 page with 2.5 cm margins, in twips. */
export const CONTENT_WIDTH = 9026;

/** Table text (the table style's w:sz, set on header runs too so LibreOffice uses it as well). */
export const TABLE_TEXT_SIZE = 19;
/** Header text set vertically, a size smaller: the row is as high as its longest word. */
export const ROTATED_TEXT_SIZE = 17;
/** Cell margins (the table style's tblCellMar) plus the cell paragraphs' spacing, in twips. */
const CELL_PADDING_ALONG = 2 * 40;
const CELL_PADDING_ACROSS = 2 * 100 + 2 * 30;
const HEADER_LINE_HEIGHT = Math.ceil(ROTATED_TEXT_SIZE * 10 * 1.25);
const MIN_ROTATED_HEIGHT = 1200;

/**
 * The height of a header row whose cells are set vertically (bottom to top). A rotated line is
 * as long as the row is high, and neither Word nor LibreOffice grows the row for it: they break
 * inside a word instead. So the row is made as high as the longest word, and higher where a
 * header needs more lines than its column is wide enough for.
 */
export function rotatedHeaderHeight(headers: { text: string; width: number }[]): number {
  let height = MIN_ROTATED_HEIGHT;
  for (const { text } of headers)
    height = Math.max(height, longestWordWidth(text, ROTATED_TEXT_SIZE) + CELL_PADDING_ALONG);
  for (const { text, width } of headers) {
    const room = Math.max(1, Math.floor((width - CELL_PADDING_ACROSS) / HEADER_LINE_HEIGHT));
    while (lineCount(text, ROTATED_TEXT_SIZE, height - CELL_PADDING_ALONG) > room) height += 100;
  }
  return height;
}

/** What a data table's spec comes to: the same for docx objects and for raw XML (word-raw-table.ts). */
export interface TableLayout {
  /** Table width and column widths, in twips. */
  total: number;
  widths: number[];
  /** Short enough to keep on one page with what follows: every paragraph keeps with the next. */
  together: boolean;
  /** Whether the header cell of this column is set vertically. */
  rotated(col: number): boolean;
  /** The header row's height when rotated, else 0. */
  headerHeight: number;
  align(col: number): 'left' | 'right';
}

export function tableLayout(spec: TableSpec): TableLayout {
  const weights = spec.widths ?? spec.header.map(() => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const total = spec.width ?? CONTENT_WIDTH;
  const widths = weights.map((w) => Math.round((w / sum) * total));
  const rotated = (col: number) =>
    (spec.rotateHeader ?? false) && (spec.numeric?.includes(col) ?? false);
  return {
    total,
    widths,
    together: spec.rows.length <= KEEP_TOGETHER_ROWS,
    rotated,
    headerHeight: spec.rotateHeader
      ? rotatedHeaderHeight(
          spec.header
            .map((text, col) => ({ text, width: widths[col] ?? 0, col }))
            .filter(({ col }) => rotated(col)),
        )
      : 0,
    align: (col) => (spec.numeric?.includes(col) ? 'right' : 'left'),
  };
}

/**
 * A table in the native table style, with the header row also formatted directly: LibreOffice
 * applies only part of a Word table style, and the header must look right everywhere.
 */
export function dataTable(spec: TableSpec, h: WordHouseStyle): Table {
  const { total, widths, together, rotated, headerHeight, align } = tableLayout(spec);
  const cell = (
    text: string,
    col: number,
    kind: 'header' | 'body' | 'total',
    band: boolean,
    marker: string | null,
  ) =>
    new TableCell({
      width: { size: widths[col] ?? 0, type: WidthType.DXA },
      verticalAlign:
        kind === 'header' && rotated(col) ? VerticalAlignTable.BOTTOM : VerticalAlignTable.CENTER,
      ...(kind === 'header' && rotated(col)
        ? { textDirection: TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT }
        : {}),
      ...(kind === 'header'
        ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: h.primary } }
        : band
          ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: h.tint } }
          : {}),
      children: [
        new Paragraph({
          alignment: align(col),
          keepNext: kind === 'header' || together,
          spacing: CELL_SPACING,
          children: [
            ...(marker ? [new TextRun({ text: '■ ', color: marker })] : []),
            ...textRuns(
              text,
              kind === 'header'
                ? {
                    bold: true,
                    color: h.onPrimary,
                    size: rotated(col) ? ROTATED_TEXT_SIZE : TABLE_TEXT_SIZE,
                  }
                : kind === 'total'
                  ? { bold: true }
                  : {},
            ),
          ],
        }),
      ],
    });
  const last = spec.rows.length - 1;
  return new Table({
    style: TABLE_STYLE_ID,
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    tableLook: {
      firstRow: true,
      lastRow: spec.totals ?? false,
      noHBand: false,
      noVBand: true,
      firstColumn: false,
      lastColumn: false,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        ...(spec.rotateHeader ? { height: { value: headerHeight, rule: HeightRule.ATLEAST } } : {}),
        children: spec.header.map((text, col) => cell(text, col, 'header', false, null)),
      }),
      ...spec.rows.map((row, r) => {
        const kind = spec.totals && r === last ? 'total' : 'body';
        return new TableRow({
          cantSplit: true,
          children: row.map((text, col) =>
            cell(
              text,
              col,
              kind,
              kind === 'body' && r % 2 === 1,
              col === 0 ? (spec.markers?.[r] ?? null) : null,
            ),
          ),
        });
      }),
    ],
  });
}

/** Label/value pairs as a two-column table without a coloured header: meta data of an interview. */
export function keyValueTable(pairs: [string, string][], h: WordHouseStyle): Table {
  const widths = [Math.round(CONTENT_WIDTH * 0.3), CONTENT_WIDTH - Math.round(CONTENT_WIDTH * 0.3)];
  return new Table({
    style: TABLE_STYLE_ID,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    tableLook: {
      firstRow: false,
      lastRow: false,
      noHBand: true,
      noVBand: true,
      firstColumn: true,
      lastColumn: false,
    },
    rows: pairs.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: widths[0] ?? 0, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: h.tint },
              children: [
                new Paragraph({
                  spacing: CELL_SPACING,
                  children: [new TextRun({ text: label, bold: true })],
                }),
              ],
            }),
            new TableCell({
              width: { size: widths[1] ?? 0, type: WidthType.DXA },
              children: [new Paragraph({ spacing: CELL_SPACING, children: textRuns(value) })],
            }),
          ],
        }),
    ),
  });
}
