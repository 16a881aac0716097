// .js extensions: its test is type-checked under NodeNext; Vite maps them to the .ts sources.
import { Extension, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { locateQuote } from '../../../shared/text/locate-quote.js';

/** A passage of the notes a finding was made from: its quote, and what to show on hover. */
export interface QuoteMark {
  quote: string;
  title: string;
}

/**
 * The notes as one text, the way the editor copies a selection (a line break between blocks),
 * with for every character its position in the document (-1 for the breaks between blocks).
 */
export function docText(doc: PmNode): { text: string; positions: number[] } {
  let text = '';
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock && text !== '') {
      text += '\n';
      positions.push(-1);
    }
    if (node.isText) {
      const value = node.text ?? '';
      text += value;
      for (let i = 0; i < value.length; i++) positions.push(pos + i);
    } else if (node.type.name === 'hardBreak') {
      text += '\n';
      positions.push(-1);
    }
    return true;
  });
  return { text, positions };
}

/** Document ranges [from, to) of each quote found in the notes; a quote not found has none. */
export function quoteRanges(
  doc: PmNode,
  marks: readonly QuoteMark[],
): { from: number; to: number; mark: QuoteMark }[] {
  if (marks.length === 0) return [];
  const { text, positions } = docText(doc);
  const out: { from: number; to: number; mark: QuoteMark }[] = [];
  for (const mark of marks) {
    const range = locateQuote(text, mark.quote);
    if (!range) continue;
    // One range per run of consecutive positions: a quote over two paragraphs gives two.
    let from = -1;
    let to = -1;
    for (let i = range.start; i < range.end; i++) {
      const pos = positions[i] ?? -1;
      if (pos >= 0 && pos === to) {
        to = pos + 1;
        continue;
      }
      if (from >= 0) out.push({ from, to, mark });
      from = pos >= 0 ? pos : -1;
      to = pos >= 0 ? pos + 1 : -1;
    }
    if (from >= 0) out.push({ from, to, mark });
  }
  return out;
}

const quoteMarksKey = new PluginKey<DecorationSet>('quoteMarks');

interface QuoteMarksOptions {
  className: string;
  /** The marks when the editor is made; later ones arrive through setQuoteMarks. */
  initial: readonly QuoteMark[];
}

interface QuoteMarksStorage {
  marks: readonly QuoteMark[];
}

/**
 * Highlights in the notes the passages findings were made from, as <mark> decorations: never
 * part of the notes themselves, so typing, saving and exports are untouched. The marks follow
 * the text: after every change they are looked up again, and a quote edited away loses its mark.
 */
export const QuoteMarks = Extension.create<QuoteMarksOptions, QuoteMarksStorage>({
  name: 'quoteMarks',
  addOptions: () => ({ className: '', initial: [] }),
  addStorage() {
    return { marks: this.options.initial };
  },
  addProseMirrorPlugins() {
    const { storage, options } = this;
    const decorate = (doc: PmNode) =>
      DecorationSet.create(
        doc,
        quoteRanges(doc, storage.marks).map(({ from, to, mark }) =>
          Decoration.inline(from, to, {
            nodeName: 'mark',
            class: options.className,
            title: mark.title,
          }),
        ),
      );
    return [
      new Plugin<DecorationSet>({
        key: quoteMarksKey,
        state: {
          init: (_, state) => decorate(state.doc),
          apply: (tr, old) => (tr.docChanged || tr.getMeta(quoteMarksKey) ? decorate(tr.doc) : old),
        },
        props: {
          decorations: (state) => quoteMarksKey.getState(state),
        },
      }),
    ];
  },
});

/** Gives the editor a new list of marks (a finding made, edited or deleted) and shows them. */
export function setQuoteMarks(editor: Editor, marks: readonly QuoteMark[]): void {
  if (editor.isDestroyed) return;
  const storage = (editor.storage as unknown as Record<string, QuoteMarksStorage | undefined>)
    .quoteMarks;
  if (!storage || storage.marks === marks) return;
  storage.marks = marks;
  editor.view.dispatch(editor.state.tr.setMeta(quoteMarksKey, true).setMeta('addToHistory', false));
}
