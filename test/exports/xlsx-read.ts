import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const FORBIDDEN_RAW =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function forbiddenReference(xml: string): RegExpExecArray | null {
  const refs = /&#(x[0-9a-fA-F]+|[0-9]+);/g;
  for (let m = refs.exec(xml); m; m = refs.exec(xml)) {
    const raw = m[1] ?? '';
    const code = raw.startsWith('x') ? parseInt(raw.slice(1), 16) : parseInt(raw, 10);
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) return m;
  }
  return null;
}

/** Every XML part of an OOXML package, parsed strictly: any XML error throws with the part's name. */
export async function parseAllXmlParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(name)) continue;
    // Strict UTF-8: a lone surrogate written as bytes would be invalid here.
    const xml = new TextDecoder('utf-8', { fatal: true }).decode(await entry.async('uint8array'));
    // xmldom checks well-formedness but not XML 1.0's Char production, so that is checked here,
    // for raw characters and for character references alike.
    const forbidden = FORBIDDEN_RAW.exec(xml) ?? forbiddenReference(xml);
    if (forbidden)
      throw new Error(
        `${name}: character XML 1.0 forbids at ${forbidden.index}: ${JSON.stringify(forbidden[0])}`,
      );
    new DOMParser({
      errorHandler: (level: string, message: unknown) => {
        throw new Error(`${name}: XML ${level}: ${String(message)}`);
      },
    }).parseFromString(xml, 'application/xml');
    parts.set(name, xml);
  }
  if (parts.size === 0) throw new Error('no XML parts');
  return parts;
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's load wants a Node Buffer; its type says ArrayBuffer-like.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** All cells of a sheet as rows of exceljs cells, header row first. */
export function sheetRows(ws: ExcelJS.Worksheet): ExcelJS.Cell[][] {
  const rows: ExcelJS.Cell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: ExcelJS.Cell[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(row.getCell(c));
    rows[number - 1] = cells;
  });
  return rows;
}

/** Every string value of a workbook, for checks such as "no name anywhere". */
export function allStrings(workbook: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  workbook.eachSheet((ws) => {
    out.push(ws.name);
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === 'string') out.push(v);
        else if (v && typeof v === 'object' && 'richText' in v)
          out.push(v.richText.map((r) => r.text).join(''));
      }),
    );
  });
  return out;
}

/** Fails when any cell of any sheet is a formula, in the model or as an <f> element in the XML. */
export function formulaCells(workbook: ExcelJS.Workbook, parts: Map<string, string>): string[] {
  const found: string[] = [];
  workbook.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) {
          found.push(`${ws.name}!${cell.address}`);
        }
      }),
    ),
  );
  for (const [name, xml] of parts)
    if (/^xl\/worksheets\//.test(name) && /<f[\s>]/.test(xml)) found.push(`${name}: <f>`);
  return found;
}
