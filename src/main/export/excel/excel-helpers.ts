import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ExportRun } from '../builder-types.js';
import { checkAborted } from '../export-i18n.js';
import { fitExcelCell, looksLikeFormula, sheetName, TextCleaner } from '../safe-text.js';

export type CellValue = string | number | Date | null;

export interface TableColumn {
  header: string;
  /** In characters, as Excel counts column widths. */
  width: number;
  /** long: wrapped text; date / dateTime: real Excel dates; percent: a fraction shown as 48%. */
  type: 'text' | 'long' | 'date' | 'dateTime' | 'number' | 'percent';
}

export interface TableSheet {
  /** Wanted sheet name; made valid and unique by sheetName(). */
  name: string;
  columns: TableColumn[];
  rows: CellValue[][];
  /** Lines above the header row (e.g. the personal-data warning). */
  notes?: string[];
  /**
   * Drop-down lists: the column's cells (the rows written and room for more below them) accept
   * only these values, e.g. a status someone keeps up to date in the workbook.
   */
  lists?: { column: number; values: string[] }[];
  /**
   * A background colour (hex, 'RRGGBB') per row and column, or null: a timeline's quarter cells
   * coloured by kind. Rows and columns without an entry keep the column's style.
   */
  fills?: (string | null)[][];
}

/** Rows below the last one written that a drop-down list still covers, for rows added by hand. */
const LIST_SPARE_ROWS = 200;

export interface InfoSheet {
  name: string;
  /** Label and value pairs, written as two columns. */
  lines: [string, CellValue][];
}

/** A picture on a sheet of its own, e.g. a chart drawn as PNG (exceljs makes no native charts). */
export interface SheetImage {
  /** The line above the picture; already passed cellText(). */
  title: string;
  png: Uint8Array;
  /** Size on the sheet, in pixels. */
  width: number;
  height: number;
}

export interface ImageSheet {
  /** Wanted sheet name; made valid and unique by sheetName(). */
  name: string;
  images: SheetImage[];
  /** The line the sheet shows when there are no pictures. */
  empty: string;
}

export interface WorkbookSpec {
  sheet: TableSheet;
  /** Further data sheets after the first, each with its own header row and autofilter. */
  moreSheets?: TableSheet[];
  /** A sheet of pictures after the data sheet. */
  images?: ImageSheet;
  info: InfoSheet;
  primaryColor: string;
  fontName: string;
  /** ISO instant; the workbook's creation date, so a rebuild from one snapshot is the same. */
  createdAt: string;
  /** Title in the page footer, and the footer's page number text (Excel codes &P, &N). */
  title: string;
  pageFooter: string;
  /** Excel number formats for dates, in the reader's convention. */
  dateFormat: string;
  dateTimeFormat: string;
}

/*
 * Every workbook is written with exceljs's streaming writer and an autofilter on the header row,
 * not with an Excel table. The table needs exceljs's in-memory writer, which hands each XML part
 * to JSZip as a string; JSZip encodes strings in 16K-character chunks and turns a surrogate pair
 * cut by a chunk boundary into two U+FFFD (an emoji in a long quote came back broken in the
 * property test). The streaming writer encodes whole characters, and it is also the fast one:
 * ~1.5 s and ~150 MB for 30,000 findings, against 4–6 s and ~500 MB with a table.
 */
const ROWS_PER_TICK = 500;

// Excel reads _xHHHH_ in a string as an escaped character. User text that happens to contain
// such a sequence gets its underscore escaped (_x005F_), CR is written as _x000D_ (a raw CR
// would be normalised to LF by every XML parser), and DEL as _x007F_ (exceljs drops a raw one).
const ESCAPE_LIKE = /_(x[0-9A-Fa-f]{4}_)/g;

const CR_OR_DEL = /[\r\u007F]/g;

const NEEDS_ENCODING = /[_\r\u007F]/;

function encodeForExcel(text: string): string {
  if (!NEEDS_ENCODING.test(text)) return text;
  return text
    .replace(ESCAPE_LIKE, '_x005F_$1')
    .replace(CR_OR_DEL, (c) => (c === '\r' ? '_x000D_' : '_x007F_'));
}

/**
 * A user string made safe for a cell: XML-forbidden characters removed (and counted), cut at
 * Excel's 32,767 characters with a marker (and counted), escaped so it reads back exactly.
 * The result is always written as a string cell, never as a formula.
 */
export function cellText(run: ExportRun, text: string): string {
  const fitted = fitExcelCell(run.text.xml(text));
  if (fitted.truncated) run.counters.truncatedCells++;
  return encodeForExcel(fitted.text);
}

/**
 * A second copy of a user text that another cell writes (and counts): cleaned and fitted as
 * cellText does, names hidden as there, but not counted again.
 */
export function cellTextAgain(run: ExportRun, text: string): string {
  return encodeForExcel(fitExcelCell(run.text.uncounted().xml(text)).text);
}

/**
 * Cleans a second copy of text that is also written (and counted) elsewhere, such as the client
 * name in a sheet or file name, so the export reports each removed character once.
 */
export function uncounted(text: string): string {
  return new TextCleaner().xml(text);
}

/**
 * A date-only instant as Excel shows it: the calendar day in Dutch local time, because Excel
 * dates carry no time zone and exceljs writes a Date as its UTC day.
 */
export function excelDay(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) return null;
  // Time zones change offset on whole hours, so one Intl look-up per hour serves 30,000 rows.
  const hour = Math.floor(ms / 3_600_000);
  let day = DAY_BY_HOUR.get(hour);
  if (day === undefined) {
    const parts = DAY_FORMAT.formatToParts(new Date(ms));
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    day = Date.UTC(part('year'), part('month') - 1, part('day'));
    if (DAY_BY_HOUR.size > 100_000) DAY_BY_HOUR.clear();
    DAY_BY_HOUR.set(hour, day);
  }
  return new Date(day);
}

const DAY_BY_HOUR = new Map<number, number>();

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A local date-time as typed (yyyy-mm-ddThh:mm) as an Excel date with time. */
export function excelLocalDateTime(local: string | null): Date | null {
  const m = local ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local) : null;
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi));
}

/** Dark or light header text, whichever reads better on the house colour. */
function headerFontColor(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return luminance > 0.4 ? 'FF1A1A1A' : 'FFFFFFFF';
}

function argb(hex: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(hex) ? `FF${hex.slice(1).toUpperCase()}` : 'FF1F4E79';
}

interface Styles {
  header: Partial<ExcelJS.Style>;
  note: Partial<ExcelJS.Style>;
  /** Per column: the style for ordinary values and for text Excel would take for a formula. */
  columns: { plain: Partial<ExcelJS.Style>; asText: Partial<ExcelJS.Style> }[];
  label: Partial<ExcelJS.Style>;
}

/**
 * Style objects are shared between cells on purpose: exceljs caches a style id per style object
 * (a WeakMap), so one object per column keeps 30,000 rows from hashing 270,000 styles.
 */
function makeStyles(spec: WorkbookSpec): Styles {
  const font = { name: spec.fontName, size: 10 };
  const top = { vertical: 'top' } as const;
  return {
    header: {
      font: { ...font, bold: true, color: { argb: headerFontColor(spec.primaryColor) } },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(spec.primaryColor) } },
      alignment: { vertical: 'middle', wrapText: true },
    },
    note: { font: { ...font, bold: true, color: { argb: 'FF9C0006' } } },
    label: { font: { ...font, bold: true }, alignment: top },
    columns: columnStyles(spec, spec.sheet.columns),
  };
}

/** The cell styles of a data sheet's columns: see Styles.columns. */
function columnStyles(spec: WorkbookSpec, columns: readonly TableColumn[]): Styles['columns'] {
  const font = { name: spec.fontName, size: 10 };
  const top = { vertical: 'top' } as const;
  return columns.map((column) => {
    const alignment = { ...top, wrapText: column.type === 'long' };
    const numFmt =
      column.type === 'date'
        ? spec.dateFormat
        : column.type === 'dateTime'
          ? spec.dateTimeFormat
          : column.type === 'percent'
            ? '0%'
            : undefined;
    const plain: Partial<ExcelJS.Style> = { font, alignment, ...(numFmt ? { numFmt } : {}) };
    // exceljs cannot write Excel's quotePrefix attribute; the Text number format ('@') is the
    // other way Excel marks a cell as text: the string cell stays text, also when edited.
    const asText: Partial<ExcelJS.Style> = { font, alignment, numFmt: '@' };
    return { plain, asText };
  });
}

/** looksLikeFormula on text that passed cellText(), where a leading CR is written _x000D_. */
function looksLikeFormulaEncoded(text: string): boolean {
  return looksLikeFormula(text) || /^\s*_x000D_/.test(text);
}

function styleFor(styles: Styles, column: number, value: CellValue): Partial<ExcelJS.Style> {
  const styled = styles.columns[column];
  if (!styled) throw new Error(`no style for column ${column}`);
  return typeof value === 'string' && looksLikeFormulaEncoded(value) ? styled.asText : styled.plain;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Writes a workbook of one data sheet (frozen header in the house colour, autofilter) and an
 * info sheet. Every string in `spec` must already have passed cellText().
 */
export async function writeWorkbook(run: ExportRun, spec: WorkbookSpec): Promise<Uint8Array> {
  checkAborted(run.signal);
  const used = new Set<string>();
  const names = {
    data: sheetName(spec.sheet.name, used),
    more: (spec.moreSheets ?? []).map((s) => sheetName(s.name, used)),
    ...(spec.images ? { images: sheetName(spec.images.name, used) } : {}),
    info: sheetName(spec.info.name, used),
  };
  return writeStreaming(run, spec, names);
}

interface SheetNames {
  data: string;
  more: string[];
  images?: string;
  info: string;
}

/** Frozen header, A4 landscape one page wide, and a footer with the title and page numbers. */
function sheetOptions(spec: WorkbookSpec, headerRow: number): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, activeCell: `A${headerRow + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    headerFooter: { oddFooter: `&L${headerFooterText(spec.title)}&R${spec.pageFooter}` },
  };
}

/** '&' starts a code in Excel's header and footer language; a literal one is doubled. */
function headerFooterText(text: string): string {
  return Array.from(text.replace(/&/g, '&&')).slice(0, 100).join('');
}

const LINE_HEIGHT = 13;

/**
 * Neither Excel nor LibreOffice sizes rows of wrapped text when opening a file written by a
 * library, so each row gets a height from its longest wrapped cell (at most Excel's 409 pt).
 */
function rowHeight(columns: TableColumn[], values: CellValue[]): number | undefined {
  let lines = 1;
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c];
    const value = values[c];
    if (column?.type !== 'long' || typeof value !== 'string' || value.length < column.width)
      continue;
    const perLine = Math.max(1, Math.floor(column.width * 1.1));
    let count = 0;
    for (const part of value.split('\n')) count += Math.max(1, Math.ceil(part.length / perLine));
    lines = Math.max(lines, count);
  }
  return lines > 1 ? Math.min(409, lines * LINE_HEIGHT + 3) : undefined;
}

function setWorkbookProperties(workbook: ExcelJS.Workbook, spec: WorkbookSpec): void {
  const created = new Date(spec.createdAt);
  workbook.creator = 'Koers';
  workbook.lastModifiedBy = 'Koers';
  workbook.created = created;
  workbook.modified = created;
}

async function writeStreaming(
  run: ExportRun,
  spec: WorkbookSpec,
  names: SheetNames,
): Promise<Uint8Array> {
  const styles = makeStyles(spec);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: true,
    useStyles: true,
  });
  setWorkbookProperties(workbook, spec);
  await addTableSheet(run, workbook, spec, spec.sheet, names.data, styles);
  for (const [i, more] of (spec.moreSheets ?? []).entries())
    await addTableSheet(
      run,
      workbook,
      spec,
      more,
      names.more[i]!,
      { ...styles, columns: columnStyles(spec, more.columns) },
      false,
    );
  let anchors: ImageAnchor[] = [];
  if (spec.images && names.images) {
    const sheet = workbook.addWorksheet(names.images, {
      pageSetup: {
        paperSize: 9,
        orientation: 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
      headerFooter: { oddFooter: `&L${headerFooterText(spec.title)}&R${spec.pageFooter}` },
    });
    anchors = addImageSheet(sheet, spec.images, styles);
    sheet.commit();
  }
  const info = workbook.addWorksheet(names.info);
  addInfoSheet(info, spec, styles);
  info.commit();
  await workbook.commit();
  await finished(out);
  const bytes = new Uint8Array(Buffer.concat(chunks));
  // The streaming writer has no pictures on a sheet: they are added to the package afterwards.
  return anchors.length > 0 ? addSheetDrawing(bytes, 2 + names.more.length, anchors) : bytes;
}

/** One data sheet: notes, the header row in the house colour, an autofilter, the rows. */
async function addTableSheet(
  run: ExportRun,
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: WorkbookSpec,
  sheet: TableSheet,
  name: string,
  styles: Styles,
  reportProgress = true,
): Promise<void> {
  const notes = sheet.notes ?? [];
  const headerRow = notes.length > 0 ? notes.length + 2 : 1;
  const ws = workbook.addWorksheet(name, sheetOptions(spec, headerRow));
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));
  for (let i = 0; i < headerRow - 1; i++) {
    const row = ws.addRow(i < notes.length ? [notes[i]] : []);
    if (i < notes.length) row.getCell(1).style = styles.note;
    row.commit();
  }
  const header = ws.addRow(sheet.columns.map((c) => c.header));
  for (let c = 1; c <= sheet.columns.length; c++) header.getCell(c).style = styles.header;
  header.commit();
  const total = sheet.rows.length;
  ws.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow + Math.max(total, 1), column: sheet.columns.length },
  };
  // The streaming writer has the sheet's data validations; exceljs's types list them only on the
  // in-memory worksheet.
  const validations = (
    ws as unknown as {
      dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
    }
  ).dataValidations;
  for (const list of sheet.lists ?? []) {
    const column = columnLetter(list.column);
    // A list in the formula itself: no hidden sheet to keep in step. Excel reads it as
    // comma-separated, quotes doubled; labels are fixed texts, never user text.
    validations.add(`${column}${headerRow + 1}:${column}${headerRow + total + LIST_SPARE_ROWS}`, {
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      formulae: [`"${list.values.join(',').replace(/"/g, '""')}"`],
    });
  }
  // One style object per column and colour: see makeStyles on why they are shared.
  const filled = new Map<string, Partial<ExcelJS.Style>>();
  const fillStyle = (c: number, color: string, value: CellValue) => {
    const key = `${c}|${color}|${typeof value === 'string' && looksLikeFormulaEncoded(value)}`;
    let style = filled.get(key);
    if (!style) {
      const plain = styleFor(styles, c, value);
      style = {
        ...plain,
        // Text in a filled cell (a milestone's ◆) reads on a dark fill too.
        font: { ...plain.font, color: { argb: headerFontColor(`#${color}`) } },
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(`#${color}`) } },
      };
      filled.set(key, style);
    }
    return style;
  };
  for (let i = 0; i < total; i++) {
    const values = sheet.rows[i] ?? [];
    const fills = sheet.fills?.[i];
    const row = ws.addRow(values);
    const height = rowHeight(sheet.columns, values);
    if (height) row.height = height;
    const width = Math.max(values.length, fills?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const color = fills?.[c];
      row.getCell(c + 1).style = color
        ? fillStyle(c, color, values[c] ?? null)
        : styleFor(styles, c, values[c] ?? null);
    }
    row.commit();
    if ((i + 1) % ROWS_PER_TICK === 0) {
      if (reportProgress) run.progress((0.9 * (i + 1)) / total);
      // Let a cancel request (and everything else on the event loop) through.
      await yieldToEventLoop();
      checkAborted(run.signal);
    }
  }
  ws.commit();
}

/** 0 → A, 25 → Z, 26 → AA. */
function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Default row height of a sheet, in pixels (15 pt). */
const ROW_PIXELS = 20;

/** A title line, then the picture below it, then two empty rows. */
function addImageSheet(ws: ExcelJS.Worksheet, sheet: ImageSheet, styles: Styles): ImageAnchor[] {
  ws.columns = [{ width: 12 }];
  const anchors: ImageAnchor[] = [];
  let row = 0;
  if (sheet.images.length === 0) {
    ws.addRow([sheet.empty]).commit();
    return anchors;
  }
  for (const image of sheet.images) {
    const title = ws.addRow([image.title]);
    title.getCell(1).style = styles.label;
    title.commit();
    row++;
    anchors.push({ ...image, row });
    const rows = Math.ceil(image.height / ROW_PIXELS) + 2;
    for (let i = 0; i < rows; i++) ws.addRow([]).commit();
    row += rows;
  }
  return anchors;
}

interface ImageAnchor extends SheetImage {
  /** Zero-based row the picture's top-left corner sits in (column A). */
  row: number;
}

const EMU_PER_PIXEL = 9525;

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * The workbook with a drawing of `anchors` on sheet number `sheet`: the PNGs as media parts, a
 * DrawingML part that places them, its relationships, the sheet's <drawing> element and the
 * content types. What Excel itself writes for a picture on a sheet.
 */
export function addSheetDrawing(
  xlsx: Uint8Array,
  sheet: number,
  anchors: readonly ImageAnchor[],
): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(xlsx);
  const sheetPath = `xl/worksheets/sheet${sheet}.xml`;
  const relsPath = `xl/worksheets/_rels/sheet${sheet}.xml.rels`;
  const sheetXml = files[sheetPath];
  if (!sheetXml) throw new Error(`xlsx: no ${sheetPath}`);
  // The names Excel itself uses; readers such as exceljs look for them (letters and digits only).
  const drawing = `drawing${sheet}`;
  const drawingPath = `xl/drawings/${drawing}.xml`;
  const pictures = anchors.map((a, i) => {
    const cx = Math.round(a.width * EMU_PER_PIXEL);
    const cy = Math.round(a.height * EMU_PER_PIXEL);
    files[`xl/media/${drawing}image${i + 1}.png`] = a.png;
    return (
      `<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${cx}" cy="${cy}"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${i + 2}" name="Picture ${i + 1}" descr="${escapeAttribute(a.title)}"/>` +
      `<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
      `<xdr:blipFill><a:blip r:embed="rId${i + 1}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
      `</xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`
    );
  });
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
  files[drawingPath] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">` +
      pictures.join('') +
      '</xdr:wsDr>',
  );
  files[`xl/drawings/_rels/${drawing}.xml.rels`] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Relationships xmlns="${PKG}">` +
      anchors
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/image" Target="../media/${drawing}image${i + 1}.png"/>`,
        )
        .join('') +
      '</Relationships>',
  );
  const relId = 'rIdKoersDrawing';
  const relation = `<Relationship Id="${relId}" Type="${REL}/drawing" Target="../drawings/${drawing}.xml"/>`;
  const rels = files[relsPath];
  files[relsPath] = strToU8(
    rels
      ? strFromU8(rels).replace('</Relationships>', `${relation}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}">${relation}</Relationships>`,
  );
  // <drawing> comes after the page setup and header/footer, and before legacyDrawing.
  let xml = strFromU8(sheetXml);
  if (!/xmlns:r=/.test(xml.slice(0, xml.indexOf('>', xml.indexOf('<worksheet')))))
    xml = xml.replace('<worksheet', `<worksheet xmlns:r="${REL}"`);
  const at = xml.search(/<legacyDrawing\b|<\/worksheet>/);
  files[sheetPath] = strToU8(`${xml.slice(0, at)}<drawing r:id="${relId}"/>${xml.slice(at)}`);
  const typesPath = '[Content_Types].xml';
  let types = strFromU8(files[typesPath] ?? new Uint8Array());
  if (!/Extension="png"/i.test(types))
    types = types.replace(
      '<Default ',
      '<Default Extension="png" ContentType="image/png"/><Default ',
    );
  types = types.replace(
    '</Types>',
    `<Override PartName="/${drawingPath}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
  );
  files[typesPath] = strToU8(types);
  const ordered: Record<string, Uint8Array> = { [typesPath]: files[typesPath] };
  for (const [name, data] of Object.entries(files)) if (name !== typesPath) ordered[name] = data;
  return zipSync(ordered, { level: 6 });
}

function addInfoSheet(ws: ExcelJS.Worksheet, spec: WorkbookSpec, styles: Styles): void {
  ws.columns = [{ width: 22 }, { width: 90 }];
  const valueStyle: Partial<ExcelJS.Style> = {
    font: { name: spec.fontName, size: 10 },
    alignment: { vertical: 'top', wrapText: true },
  };
  for (const [label, value] of spec.info.lines) {
    const row = ws.addRow([label, value]);
    row.getCell(1).style = styles.label;
    row.getCell(2).style =
      value instanceof Date
        ? { ...valueStyle, numFmt: spec.dateFormat }
        : typeof value === 'string' && looksLikeFormulaEncoded(value)
          ? { ...valueStyle, numFmt: '@' }
          : valueStyle;
    row.commit();
  }
}

/**
 * The parts every workbook shares: the info sheet (title, client, date, version, whether people
 * appear by name) and the house style.
 */
export function workbookSpec(
  run: ExportRun,
  parts: { title: string; sheet: TableSheet; labels: InfoLabels },
): WorkbookSpec {
  const { engagement, takenAt } = run.snapshot;
  const { labels } = parts;
  const lines: [string, CellValue][] = [
    // The title repeats the client name, which the next line counts.
    [labels.title, encodeForExcel(fitExcelCell(uncounted(parts.title)).text)],
    [labels.client, cellText(run, engagement.clientName)],
    [labels.engagement, cellText(run, engagement.title)],
    [labels.exportedOn, excelDay(takenAt)],
  ];
  if (run.options.version) lines.push([labels.version, cellText(run, run.options.version)]);
  if (run.options.confidential) lines.push([labels.confidential, labels.confidential]);
  lines.push([labels.rows, parts.sheet.rows.length]);
  lines.push([labels.people, run.options.useNames ? labels.names : labels.pseudonyms]);
  lines.push(['', labels.madeWith]);
  const notes = [...(parts.sheet.notes ?? [])];
  if (run.options.useNames) notes.unshift(labels.names);
  if (run.options.confidential) notes.unshift(labels.confidential);
  return {
    sheet: { ...parts.sheet, notes },
    info: { name: labels.sheet, lines },
    primaryColor: engagement.houseStyle.primaryColor,
    fontName: run.text.xml(engagement.houseStyle.fontName),
    createdAt: takenAt,
    title: uncounted(parts.title),
    pageFooter: labels.pageFooter,
    dateFormat: run.language === 'en' ? 'yyyy-mm-dd' : 'dd-mm-yyyy',
    dateTimeFormat: run.language === 'en' ? 'yyyy-mm-dd hh:mm' : 'dd-mm-yyyy hh:mm',
  };
}

export interface InfoLabels {
  sheet: string;
  title: string;
  client: string;
  engagement: string;
  exportedOn: string;
  version: string;
  rows: string;
  people: string;
  pseudonyms: string;
  names: string;
  confidential: string;
  madeWith: string;
  pageFooter: string;
}
