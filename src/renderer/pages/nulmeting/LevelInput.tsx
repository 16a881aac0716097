import { forwardRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLevel, parseLevelInput } from './level-input';
import classes from './nulmeting.module.css';
import { useDraft } from './use-draft';

/** Where a key asks the grid to go after the cell committed its value. */
export type CellMove = 'up' | 'down' | 'left' | 'right' | 'next';

interface Props {
  /** The stored level. */
  value: number | null;
  /** The accessible name: respondent, dimension and which level. */
  label: string;
  /** A valid, changed level (null: cleared). */
  onCommit(value: number | null): void;
  /** What was typed is not a level: nothing is saved; the caller says why. */
  onInvalid(typed: string): void;
  /** The cell holds a valid level again (or its typing was abandoned). */
  onValid?(): void;
  /** Arrow keys and Enter: commit, then let the grid move the focus. Absent: Enter commits only. */
  onMove?(move: CellMove, shift: boolean): void;
  onFocus?(): void;
  /** A cell with a different look (the agreed levels beside the spread). */
  size?: 'grid' | 'wide';
}

/**
 * A level cell for fast entry in a workshop: focus selects the text so a digit replaces it;
 * ".", "," or "+" after a digit is the half step; Delete clears; Escape takes back what was
 * typed. The value is saved when the cell is left (Tab, Enter, an arrow or a click elsewhere).
 */
export const LevelInput = forwardRef<HTMLInputElement, Props>(function LevelInput(
  { value, label, onCommit, onInvalid, onValid, onMove, onFocus, size = 'grid' },
  ref,
) {
  const { i18n } = useTranslation();
  const shown = formatLevel(value, i18n.language);
  const draftState = useDraft(shown);
  const draft = draftState.value;
  const [invalid, setInvalid] = useState(false);

  /** True when the cell may be left: empty, a valid level, or unchanged. */
  const commit = (text: string): boolean => {
    const parsed = parseLevelInput(text);
    if (!parsed.ok) {
      setInvalid(true);
      onInvalid(text.trim());
      return false;
    }
    setInvalid(false);
    onValid?.();
    draftState.settle(formatLevel(parsed.value, i18n.language));
    if (parsed.value !== value) onCommit(parsed.value);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const key = event.key;
    if (key === 'Delete') {
      event.preventDefault();
      commit('');
      return;
    }
    if (key === 'Escape') {
      draftState.reset();
      setInvalid(false);
      onValid?.();
      // The stored value, selected at once so the next digit replaces it; React then renders
      // the same value and leaves the selection alone.
      event.currentTarget.value = shown;
      event.currentTarget.select();
      return;
    }
    const move: CellMove | null =
      key === 'ArrowUp'
        ? 'up'
        : key === 'ArrowDown'
          ? 'down'
          : key === 'ArrowLeft'
            ? 'left'
            : key === 'ArrowRight'
              ? 'right'
              : key === 'Enter'
                ? 'next'
                : null;
    if (key === 'Tab' || move) {
      // Refused input keeps the focus here, so the consultant sees what to fix.
      if (!commit(draft)) {
        event.preventDefault();
        return;
      }
      if (move && onMove) {
        event.preventDefault();
        onMove(move, event.shiftKey);
      }
    }
  };

  return (
    <input
      ref={ref}
      className={size === 'grid' ? classes.levelCell : classes.levelWide}
      aria-label={label}
      aria-invalid={invalid || undefined}
      data-invalid={invalid || undefined}
      inputMode="decimal"
      autoComplete="off"
      maxLength={4}
      value={draft}
      onChange={(e) => draftState.edit(e.currentTarget.value)}
      onFocus={(e) => {
        e.currentTarget.select();
        onFocus?.();
      }}
      onBlur={() => {
        if (draftState.typing) commit(draft);
      }}
      onKeyDown={onKeyDown}
    />
  );
});
