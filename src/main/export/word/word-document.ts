import {
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageOrientation,
  PageNumber,
  Paragraph,
  TabStopType,
  TableOfContents,
  TextRun,
  type FileChild,
} from 'docx';
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/common.js';
import type { ExportRun } from '../builder-types.js';
import { exportTranslator } from '../export-i18n.js';
import { logoImage } from './word-logo.js';
import {
  tableStylesXml,
  wordHouseStyle,
  wordNumbering,
  wordStyles,
  readable,
  type WordHouseStyle,
} from './word-styles.js';
import { wordTextsEn, wordTextsNl } from './word-texts.js';
import { warning } from './word-blocks.js';
import { replacePart } from './word-package.js';

/** What every Word builder needs: the translator, the house style, clean text. */
export interface WordContext {
  run: ExportRun;
  t: TFunction;
  house: WordHouseStyle;
  /** run.text.xml(): every user string passes here. */
  x: (text: string) => string;
  /** What x has seen so far that makes laying out pages slow (see laysOutPages). */
  seen: TextSeen;
  /** A date or date-time as readers write it: "24 november 2026", "21 april 2026, 09:30". */
  date: (iso: string | null) => string;
}

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function formatDate(iso: string | null, language: Language): string {
  if (!iso) return '';
  const locale = LOCALES[language];
  // A bare date or a local date-time as typed has no zone: show it as written, not shifted.
  const local = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.exec(iso);
  const when = new Date(local ? `${iso.length === 10 ? `${iso}T12:00` : iso}:00Z` : iso);
  if (Number.isNaN(when.getTime())) return iso;
  const timeZone = local ? 'UTC' : 'Europe/Amsterdam';
  const day = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(when);
  if (!local?.[1]) return day;
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  }).format(when);
  return `${day}, ${time}`;
}

/** The longest stretch without a space, tab or line break in a text. */
function longestWord(text: string): number {
  let longest = 0;
  let current = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) current = 0;
    else if (++current > longest) longest = current;
  }
  return longest;
}

export function wordContext(run: ExportRun): WordContext {
  const seen: TextSeen = { longestWord: 0, pieces: 0 };
  // run.text also replaces known names when the export is made without them.
  const x = (text: string) => {
    seen.pieces++;
    seen.longestWord = Math.max(seen.longestWord, longestWord(text));
    return run.text.xml(text);
  };
  return {
    run,
    seen,
    t: exportTranslator(run.language, { nl: wordTextsNl, en: wordTextsEn }),
    house: wordHouseStyle(run.snapshot.engagement.houseStyle, x),
    x,
    date: (iso) => formatDate(iso, run.language),
  };
}

/** "Pagina X van Y" with real fields, from a translated template with {{current}} and {{total}}. */
function pageNumberRun(template: string): TextRun {
  const children: (string | (typeof PageNumber)[keyof typeof PageNumber])[] = [];
  for (const part of template.split(/(\{\{current\}\}|\{\{total\}\})/)) {
    if (part === '{{current}}') children.push(PageNumber.CURRENT);
    else if (part === '{{total}}') children.push(PageNumber.TOTAL_PAGES);
    else if (part) children.push(part);
  }
  return new TextRun({ children, size: 17, color: '57606A' });
}

export interface WordDocumentSpec {
  documentTitle: string;
  /** A line under the engagement title on the cover, e.g. who was interviewed. */
  coverLine?: string;
  /** Starts on a new page: its first heading has pageBreakBefore. */
  body: FileChild[];
  /** A landscape part after the body, for a table too wide for a portrait page. */
  wideBody?: FileChild[];
  /** Heading levels in the table of contents; '1-2' where Heading 3 would make it pages long. */
  tocLevels?: '1-2' | '1-3';
  /** Roughly how many characters of user text the body holds: decides whether pages are laid out here. */
  textSize: number;
  /** Parts of the body written as WordprocessingML: their placeholders are in `body`. */
  raw?: RawBody;
  /** Lay out the pages for the table of contents; by default only a small document is. */
  layout?: boolean;
}

/** Above these sizes laying out the pages for the table of contents costs more than it is worth. */
const LAYOUT_MAX_BLOCKS = 4000;
const LAYOUT_MAX_TEXT = 250_000;
/**
 * docx's layout breaks a word wider than the line character by character, in time that grows
 * with the square of its length: 5,000 characters took 25 s, 20,000 took 200 s (issue 10). A
 * pasted URL or hash of a few hundred characters is still quick.
 */
const LAYOUT_MAX_WORD = 300;
/** Each user text is about one run; a paragraph of 10,000 marked runs took tens of seconds. */
const LAYOUT_MAX_PIECES = 5000;

/** User text seen by a Word context's x(): what decides, besides the size, whether to lay out. */
export interface TextSeen {
  /** Longest stretch of characters without a space or line break. */
  longestWord: number;
  /** Number of texts passed through x(). */
  pieces: number;
}

/**
 * Whether a document of this many body blocks and characters of user text gets its pages laid
 * out; a document that is not leaves its page numbers to Word, which updates them on open.
 */
export function laysOutPages(
  blocks: number,
  textSize: number,
  seen: TextSeen = { longestWord: 0, pieces: 0 },
): boolean {
  return (
    blocks < LAYOUT_MAX_BLOCKS &&
    textSize < LAYOUT_MAX_TEXT &&
    seen.longestWord <= LAYOUT_MAX_WORD &&
    seen.pieces <= LAYOUT_MAX_PIECES
  );
}

/** What a raw part writes its XML to; pieces are collected and deflated about a megabyte at a time. */
export type RawSink = (xml: string) => void;

/**
 * Parts of a large body written as WordprocessingML text instead of docx objects (see
 * word-raw.ts). Each part is a placeholder paragraph in the body; when the document is packed,
 * docx writes everything else and each placeholder is replaced by what its writer writes, one
 * part at a time, so the body is never held whole as objects or as one string.
 */
export class RawBody {
  private readonly writers: ((out: RawSink) => void)[] = [];

  /** A paragraph to put in the body where `write` will write its paragraphs. */
  add(write: (out: RawSink) => void): Paragraph {
    const marker = rawMarker(this.writers.length);
    this.writers.push(write);
    return new Paragraph({ children: [new TextRun(marker)] });
  }

  get size(): number {
    return this.writers.length;
  }

  /** Writes document.xml: docx's text with every placeholder paragraph replaced by its part. */
  write(documentXml: string, out: RawSink): void {
    let from = 0;
    this.writers.forEach((write, i) => {
      const placeholder = `<w:p><w:r><w:t xml:space="preserve">${rawMarker(i)}</w:t></w:r></w:p>`;
      const at = documentXml.indexOf(placeholder, from);
      if (at < 0) throw new Error(`raw part ${i} has no placeholder in document.xml`);
      out(documentXml.slice(from, at));
      write(out);
      from = at + placeholder.length;
    });
    out(documentXml.slice(from));
  }
}

/** U+FFFF cannot be in user text (run.text.xml() removes it) and docx writes it as it is. */
const rawMarker = (i: number) => `\uFFFFkoers-raw-${i}\uFFFF`;

function cover(ctx: WordContext, spec: WordDocumentSpec): Paragraph[] {
  const { run, t, house, x } = ctx;
  const engagement = run.snapshot.engagement;
  const logo = logoImage(engagement.houseStyle.logo, 220, 120, house);
  const consultants = engagement.consultants.map(x).join(', ');
  const line = (label: string, value: string) =>
    new Paragraph({
      spacing: { after: 40 },
      children: [
        new TextRun({ text: `${label}  `, color: '57606A', size: 20 }),
        new TextRun({ text: value, size: 20, bold: true }),
      ],
    });
  return [
    new Paragraph({ children: logo ? [logo] : [], spacing: { after: 0 } }),
    new Paragraph({
      spacing: { before: 2800, after: 120 },
      children: [
        new TextRun({
          text: x(engagement.clientName).toUpperCase(),
          bold: true,
          color: readable(house.primary),
          size: 24,
          characterSpacing: 30,
        }),
      ],
    }),
    new Paragraph({ heading: 'Title', children: [new TextRun(spec.documentTitle)] }),
    new Paragraph({
      spacing: { after: 120 },
      children: [new TextRun({ text: x(engagement.title), size: 30, color: '3D444D' })],
    }),
    ...(spec.coverLine
      ? [
          new Paragraph({
            spacing: { after: 120 },
            children: [new TextRun({ text: spec.coverLine, size: 26, color: '3D444D' })],
          }),
        ]
      : []),
    new Paragraph({
      spacing: { before: 240, after: 360 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 24, color: house.secondary, space: 1 } },
      children: [],
    }),
    line(t('common.client'), x(engagement.clientName)),
    line(t('common.date'), ctx.date(run.snapshot.takenAt)),
    line(t('common.version'), run.options.version ? x(run.options.version) : t('common.draft')),
    ...(run.options.confidential
      ? [
          new Paragraph({
            spacing: { before: 360 },
            children: [
              new TextRun({
                text: t('common.confidential').toUpperCase(),
                bold: true,
                color: 'B42318',
                size: 24,
                characterSpacing: 40,
              }),
            ],
          }),
        ]
      : []),
    ...(consultants
      ? [
          new Paragraph({
            spacing: { before: 1600 },
            children: [
              new TextRun({
                text: t('common.madeWith', { consultants }),
                size: 18,
                color: '57606A',
              }),
            ],
          }),
        ]
      : []),
  ];
}

function tableOfContents(ctx: WordContext, levels: string): FileChild[] {
  return [
    new Paragraph({
      pageBreakBefore: true,
      spacing: { after: 240 },
      children: [
        new TextRun({
          text: ctx.t('common.contents'),
          bold: true,
          size: 34,
          color: readable(ctx.house.primary),
        }),
      ],
    }),
    new TableOfContents(ctx.t('common.contents'), { hyperlink: true, headingStyleRange: levels }),
  ];
}

function header(ctx: WordContext, documentTitle: string, width: number): Header {
  const { run, house, x, t } = ctx;
  const engagement = run.snapshot.engagement;
  const logo = logoImage(engagement.houseStyle.logo, 90, 30, house);
  const label = [
    x(engagement.clientName),
    documentTitle,
    ...(run.options.confidential ? [t('common.confidential')] : []),
  ].join('  ·  ');
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        border: {
          bottom: { style: BorderStyle.SINGLE, size: 6, color: house.secondary, space: 4 },
        },
        children: [
          new TextRun({ text: label, size: 17, color: '57606A' }),
          ...(logo ? [new TextRun({ text: '\t' }), logo] : []),
        ],
      }),
    ],
  });
}

function footer(ctx: WordContext, width: number): Footer {
  const { run, x, t } = ctx;
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        children: [
          new TextRun({ text: x(run.snapshot.engagement.title), size: 17, color: '57606A' }),
          new TextRun({ text: '\t' }),
          pageNumberRun(t('common.page')),
        ],
      }),
    ],
  });
}

/** The visible line that a document carries names instead of pseudonyms, or the note that it does not. */
export function privacyLine(ctx: WordContext): Paragraph {
  return ctx.run.options.useNames
    ? warning(ctx.t('common.namesWarning'))
    : new Paragraph({
        style: 'KoersMeta',
        children: [new TextRun(ctx.t('common.pseudonymsNote'))],
      });
}

const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1418, bottom: 1418, left: 1440, right: 1440, header: 709, footer: 709 };
/** Pieces of a raw body are deflated once this many characters have been collected. */
const RAW_PIECE = 1 << 20;

/**
 * Cover, table of contents, then the body; header and footer on every page after the cover. The
 * page numbers of the table of contents are laid out here, so a reader that does not update
 * fields (LibreOffice, a PDF made from it, a phone's viewer) shows them; Word updates them anyway
 * on open (updateFields). A large document skips that layout and leaves the numbers to Word.
 */
export async function packWordDocument(
  ctx: WordContext,
  spec: WordDocumentSpec,
): Promise<Uint8Array> {
  const { run, house, x } = ctx;
  const engagement = run.snapshot.engagement;
  const portraitWidth = A4.width - MARGIN.left - MARGIN.right;
  const landscapeWidth = A4.height - MARGIN.left - MARGIN.right;
  // A raw body is never laid out: its paragraphs are not objects to measure.
  const small = spec.raw?.size
    ? false
    : (spec.layout ??
      laysOutPages(spec.body.length + (spec.wideBody?.length ?? 0), spec.textSize, ctx.seen));
  // The layout engine (≈10 MB once loaded) only for a document that is laid out.
  const layout = small ? await import('docx/layout') : null;
  const doc = new Document({
    creator: engagement.consultants.map(x).join(', ') || 'Koers',
    title: `${spec.documentTitle} - ${x(engagement.clientName)}`,
    subject: x(engagement.title),
    description: 'Koers',
    features: { updateFields: true },
    ...(layout ? { pageNumbers: layout.estimatePageNumbersWith({ guess: true }) } : {}),
    externalStyles: tableStylesXml(house),
    styles: wordStyles(house),
    numbering: wordNumbering(),
    sections: [
      {
        properties: { titlePage: true, page: { size: A4, margin: MARGIN } },
        headers: {
          default: header(ctx, spec.documentTitle, portraitWidth),
          first: new Header({ children: [new Paragraph('')] }),
        },
        footers: {
          default: footer(ctx, portraitWidth),
          first: new Footer({ children: [new Paragraph('')] }),
        },
        children: [
          ...cover(ctx, spec),
          ...tableOfContents(ctx, spec.tocLevels ?? '1-3'),
          ...spec.body,
        ],
      },
      ...(spec.wideBody
        ? [
            {
              properties: {
                page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN },
              },
              headers: { default: header(ctx, spec.documentTitle, landscapeWidth) },
              footers: { default: footer(ctx, landscapeWidth) },
              children: spec.wideBody,
            },
          ]
        : []),
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  const zip = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const raw = spec.raw;
  if (!raw?.size) return zip;
  return replacePart(zip, 'word/document.xml', (documentXml, deflater) => {
    let pending: string[] = [];
    let length = 0;
    const flush = () => {
      deflater.add(pending.join(''));
      pending = [];
      length = 0;
    };
    raw.write(documentXml, (xml) => {
      pending.push(xml);
      length += xml.length;
      if (length >= RAW_PIECE) flush();
    });
    flush();
  });
}
