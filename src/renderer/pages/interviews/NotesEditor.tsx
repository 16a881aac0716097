import { useEffect, useRef } from 'react';
import { EditorContent, Extension, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { RichText } from '../../../shared/domain/interview';
import { EditorToolbar } from './EditorToolbar';
import { notesToDoc } from './notes-content';
import { QuoteMarks, setQuoteMarks, type QuoteMark } from './quote-marks';
import classes from './notes.module.css';

interface Props {
  /** Accessible name of the text area, e.g. "Aantekeningen bij vraag 3". */
  label: string;
  /** Read once, when the editor mounts: later changes to the prop never overwrite typing. */
  initial: RichText;
  onChange: (notes: RichText) => void;
  onBlur: () => void;
  /** "Bevinding maken": the selected text (maybe empty) becomes the finding's quote. */
  onMakeFinding: (quote: string) => void;
  /** Lets the page focus this editor (the search palette opens a question). */
  editorRef?: (editor: Editor | null) => void;
  /** Quotes of the findings made from these notes: marked where they stand in the text. */
  quoteMarks?: readonly QuoteMark[];
}

const NO_MARKS: readonly QuoteMark[] = [];

export const readNotes = (editor: Editor): RichText => ({
  json: JSON.stringify(editor.getJSON()),
  text: editor.getText(),
});

export const selectedText = (editor: Editor): string => {
  const { from, to } = editor.state.selection;
  return editor.state.doc.textBetween(from, to, '\n').trim();
};

export function NotesEditor({
  label,
  initial,
  onChange,
  onBlur,
  onMakeFinding,
  editorRef,
  quoteMarks = NO_MARKS,
}: Props) {
  // The editor is built once; callbacks reach it through refs so it never has to be rebuilt.
  const callbacks = useRef({ onChange, onBlur, onMakeFinding });
  useEffect(() => {
    callbacks.current = { onChange, onBlur, onMakeFinding };
  });

  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        // Notes are prose: links would open the network, code has no place here.
        link: false,
        code: false,
        codeBlock: false,
      }),
      QuoteMarks.configure({ className: classes.quoteMark ?? '', initial: quoteMarks }),
      Extension.create({
        name: 'makeFinding',
        addKeyboardShortcuts() {
          return {
            'Mod-Shift-f': ({ editor: e }) => {
              callbacks.current.onMakeFinding(selectedText(e));
              return true;
            },
          };
        },
      }),
    ],
    content: notesToDoc(initial),
    editorProps: {
      attributes: {
        'aria-label': label,
        'aria-multiline': 'true',
        role: 'textbox',
        spellcheck: 'true',
      },
    },
    onUpdate: ({ editor: e }) => callbacks.current.onChange(readNotes(e)),
    onBlur: () => callbacks.current.onBlur(),
    // Toolbar state comes from useEditorState; re-rendering the page per keystroke is waste.
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
  });

  // A new list when a finding is made, edited or deleted (the page memoises it per question).
  useEffect(() => setQuoteMarks(editor, quoteMarks), [editor, quoteMarks]);

  useEffect(() => {
    editorRef?.(editor);
    return () => editorRef?.(null);
  }, [editor, editorRef]);

  return (
    <div className={classes.frame}>
      <EditorToolbar
        editor={editor}
        label={label}
        onMakeFinding={() => onMakeFinding(selectedText(editor))}
      />
      <EditorContent editor={editor} className={classes.content} />
    </div>
  );
}
