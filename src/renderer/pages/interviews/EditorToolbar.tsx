import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ActionIcon, Button, Tooltip } from '@mantine/core';
import {
  IconBlockquote,
  IconBold,
  IconBulb,
  IconH2,
  IconH3,
  IconItalic,
  IconList,
  IconListNumbers,
} from '@tabler/icons-react';
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { modKeyLabel } from '../../components/platform';
import classes from './notes.module.css';

interface Props {
  editor: Editor;
  label: string;
  onMakeFinding: () => void;
}

interface Tool {
  key: string;
  label: string;
  shortcut: string;
  icon: ReactNode;
  active: boolean;
  run: () => void;
}

/**
 * The formatting buttons of one notes editor. A toolbar is one tab stop (arrow keys move
 * inside it), so a page of twenty editors does not cost two hundred tab presses.
 */
export function EditorToolbar({ editor, label, onMakeFinding }: Props) {
  const { t } = useTranslation();
  const mod = modKeyLabel();
  const [current, setCurrent] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
    }),
  });

  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    {
      key: 'bold',
      label: t('notes.bold'),
      shortcut: `${mod}+B`,
      icon: <IconBold size={16} aria-hidden />,
      active: active.bold,
      run: () => chain().toggleBold().run(),
    },
    {
      key: 'italic',
      label: t('notes.italic'),
      shortcut: `${mod}+I`,
      icon: <IconItalic size={16} aria-hidden />,
      active: active.italic,
      run: () => chain().toggleItalic().run(),
    },
    {
      key: 'h2',
      label: t('notes.heading2'),
      shortcut: `${mod}+Alt+2`,
      icon: <IconH2 size={16} aria-hidden />,
      active: active.h2,
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      key: 'h3',
      label: t('notes.heading3'),
      shortcut: `${mod}+Alt+3`,
      icon: <IconH3 size={16} aria-hidden />,
      active: active.h3,
      run: () => chain().toggleHeading({ level: 3 }).run(),
    },
    {
      key: 'bullet',
      label: t('notes.bulletList'),
      shortcut: `${mod}+Shift+8`,
      icon: <IconList size={16} aria-hidden />,
      active: active.bullet,
      run: () => chain().toggleBulletList().run(),
    },
    {
      key: 'ordered',
      label: t('notes.orderedList'),
      shortcut: `${mod}+Shift+7`,
      icon: <IconListNumbers size={16} aria-hidden />,
      active: active.ordered,
      run: () => chain().toggleOrderedList().run(),
    },
    {
      key: 'quote',
      label: t('notes.blockquote'),
      shortcut: `${mod}+Shift+B`,
      icon: <IconBlockquote size={16} aria-hidden />,
      active: active.quote,
      run: () => chain().toggleBlockquote().run(),
    },
  ];
  const count = tools.length + 1;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 };
    let next: number | null = null;
    if (event.key in moves) next = (current + (moves[event.key] ?? 0) + count) % count;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = count - 1;
    if (next === null) return;
    event.preventDefault();
    setCurrent(next);
    refs.current[next]?.focus();
  };

  // Keep the editor's selection: a mouse press on a button must not move focus away first.
  const keepSelection = (event: React.MouseEvent) => event.preventDefault();

  return (
    <div
      role="toolbar"
      aria-label={`${t('notes.toolbar')}: ${label}`}
      className={classes.toolbar}
      onKeyDown={onKeyDown}
    >
      {tools.map((tool, index) => (
        <Tooltip key={tool.key} label={`${tool.label} (${tool.shortcut})`} openDelay={400}>
          <ActionIcon
            ref={(node) => {
              refs.current[index] = node;
            }}
            variant={tool.active ? 'light' : 'subtle'}
            color={tool.active ? undefined : 'gray'}
            size="md"
            aria-label={tool.label}
            aria-pressed={tool.active}
            aria-keyshortcuts={tool.shortcut.replace(mod, mod === '⌘' ? 'Meta' : 'Control')}
            tabIndex={index === current ? 0 : -1}
            onMouseDown={keepSelection}
            onFocus={() => setCurrent(index)}
            onClick={tool.run}
          >
            {tool.icon}
          </ActionIcon>
        </Tooltip>
      ))}
      <span className={classes.spacer} />
      <Tooltip label={`${t('notes.makeFindingHint')} (${mod}+Shift+F)`} openDelay={300}>
        <Button
          ref={(node) => {
            refs.current[tools.length] = node;
          }}
          size="compact-sm"
          variant="light"
          leftSection={<IconBulb aria-hidden size={16} />}
          aria-keyshortcuts={mod === '⌘' ? 'Meta+Shift+F' : 'Control+Shift+F'}
          tabIndex={current === tools.length ? 0 : -1}
          onMouseDown={keepSelection}
          onFocus={() => setCurrent(tools.length)}
          onClick={onMakeFinding}
        >
          {t('notes.makeFinding')}
        </Button>
      </Tooltip>
    </div>
  );
}
