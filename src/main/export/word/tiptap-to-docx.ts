import { HeadingLevel, Paragraph, TextRun, type IRunOptions } from 'docx';
import type { RichText } from '../../../shared/domain/interview.js';
import { BULLETS, META_STYLE_ID, NUMBERS, QUOTE_STYLE_ID } from './word-styles.js';

// Interview notes are Tiptap (ProseMirror) JSON from the editor. This turns them into Word
// paragraphs: headings, bold/italic/underline/strike/code, bullet and numbered lists as real Word
// numbering, blockquotes in the quote style, hard breaks. Anything unknown keeps its text, so no
// note is ever lost because the editor gained a node type this file does not know yet.

interface PmNode {
  type?: unknown;
  text?: unknown;
  attrs?: unknown;
  marks?: unknown;
  content?: unknown;
}

export interface NotesOptions {
  /** run.text.xml() */
  clean: (text: string) => string;
  /** One counter per document: every numbered list is its own Word list instance, restarting at 1. */
  listInstances: { next: number };
  /** Shown when the notes are empty. */
  emptyText: string;
}

/** Deeper nesting than this is a hostile document, not a note: its text is kept, flat. */
const MAX_DEPTH = 40;

interface Block {
  style?: string;
  list?: { reference: string; level: number; instance: number };
  inQuote: boolean;
}

function children(node: PmNode): PmNode[] {
  return Array.isArray(node.content)
    ? (node.content.filter((c) => typeof c === 'object' && c !== null) as PmNode[])
    : [];
}

function attr(node: PmNode, name: string): unknown {
  return typeof node.attrs === 'object' && node.attrs !== null
    ? (node.attrs as Record<string, unknown>)[name]
    : undefined;
}

function markTypes(node: PmNode): Set<string> {
  if (!Array.isArray(node.marks)) return new Set();
  return new Set(
    node.marks.flatMap((m: unknown) =>
      typeof m === 'object' && m !== null && typeof (m as PmNode).type === 'string'
        ? [(m as PmNode).type as string]
        : [],
    ),
  );
}

class NotesWriter {
  readonly out: Paragraph[] = [];

  constructor(private readonly options: NotesOptions) {}

  private runs(nodes: PmNode[], depth: number, base: IRunOptions = {}): TextRun[] {
    const runs: TextRun[] = [];
    for (const node of nodes) {
      if (node.type === 'text' && typeof node.text === 'string') {
        const marks = markTypes(node);
        const style: IRunOptions = {
          ...base,
          ...(marks.has('bold') ? { bold: true } : {}),
          ...(marks.has('italic') ? { italics: true } : {}),
          ...(marks.has('underline') || marks.has('link') ? { underline: {} } : {}),
          ...(marks.has('strike') ? { strike: true } : {}),
          ...(marks.has('code') ? { font: 'Consolas' } : {}),
        };
        // A newline inside a text node is not ProseMirror's, but pasted text can carry one.
        this.options
          .clean(node.text)
          .split(/\r\n|\r|\n/)
          .forEach((line, i) =>
            runs.push(new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) })),
          );
      } else if (node.type === 'hardBreak') {
        runs.push(new TextRun({ ...base, break: 1 }));
      } else if (depth < MAX_DEPTH) {
        runs.push(...this.runs(children(node), depth + 1, base));
      }
    }
    return runs;
  }

  private paragraph(
    runs: TextRun[],
    block: Block,
    extra: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel] } = {},
  ): void {
    // Empty paragraphs the editor keeps between blocks would show as gaps in the report.
    if (runs.length === 0) return;
    this.out.push(
      new Paragraph({
        children: runs,
        ...(extra.heading ? { heading: extra.heading } : block.style ? { style: block.style } : {}),
        ...(block.list ? { numbering: block.list } : {}),
      }),
    );
  }

  blocks(nodes: PmNode[], block: Block, depth: number): void {
    for (const node of nodes) this.block(node, block, depth);
  }

  private block(node: PmNode, block: Block, depth: number): void {
    if (depth >= MAX_DEPTH) {
      this.paragraph(this.runs([node], depth), block);
      return;
    }
    switch (node.type) {
      case 'paragraph':
        this.paragraph(this.runs(children(node), depth), block);
        return;
      case 'heading': {
        // The question is Heading 2; a heading inside its notes sits below it.
        const level = Number(attr(node, 'level'));
        this.paragraph(
          this.runs(children(node), depth),
          { ...block, list: undefined },
          { heading: level <= 1 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4 },
        );
        return;
      }
      case 'blockquote':
        this.blocks(children(node), { ...block, style: QUOTE_STYLE_ID, inQuote: true }, depth + 1);
        return;
      case 'bulletList':
      case 'orderedList':
      case 'taskList': {
        const level = block.list ? Math.min(block.list.level + 1, 8) : 0;
        const ordered = node.type === 'orderedList';
        const instance = ordered ? this.options.listInstances.next++ : 0;
        const list = { reference: ordered ? NUMBERS : BULLETS, level, instance };
        for (const item of children(node))
          this.blocks(children(item), { ...block, list }, depth + 2);
        return;
      }
      case 'codeBlock':
        this.paragraph(this.runs(children(node), depth, { font: 'Consolas', size: 19 }), block);
        return;
      case 'horizontalRule':
        return;
      default:
        if (typeof node.text === 'string' || node.type === 'hardBreak')
          this.paragraph(this.runs([node], depth), block);
        else this.blocks(children(node), block, depth + 1);
    }
  }
}

function parseDoc(json: string): PmNode | null {
  if (json.trim() === '') return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null && (parsed as PmNode).type === 'doc'
      ? (parsed as PmNode)
      : null;
  } catch {
    return null;
  }
}

/**
 * Word paragraphs for one set of notes. Unreadable JSON (an import, a damaged record) falls back
 * to the plain-text copy, one paragraph per line, as the editor itself does.
 */
export function notesToParagraphs(notes: RichText, options: NotesOptions): Paragraph[] {
  const writer = new NotesWriter(options);
  const doc = parseDoc(notes.json);
  if (doc) {
    writer.blocks(children(doc), { inQuote: false }, 0);
  } else {
    for (const line of notes.text.split(/\r\n|\r|\n/)) {
      if (line.trim() !== '')
        writer.out.push(new Paragraph({ children: [new TextRun(options.clean(line))] }));
    }
  }
  return writer.out.length > 0
    ? writer.out
    : [
        new Paragraph({
          style: META_STYLE_ID,
          children: [new TextRun({ text: options.emptyText, italics: true })],
        }),
      ];
}
