/**
 * The text the user selected inside `element`; the element's whole text when nothing (or
 * something elsewhere) is selected, since a passage is already a quote.
 */
export function quoteFrom(element: HTMLElement | null, selection: Selection | null): string {
  if (!element) return '';
  if (
    selection &&
    !selection.isCollapsed &&
    selection.anchorNode &&
    selection.focusNode &&
    element.contains(selection.anchorNode) &&
    element.contains(selection.focusNode)
  ) {
    const text = selection.toString().trim();
    if (text !== '') return text;
  }
  return (element.textContent ?? '').trim();
}

/** Text selected inside one page of a document's text view, and the page it starts on. */
export interface PageSelection {
  text: string;
  page: number;
}

/**
 * What the user selected in the document's text: the words and the page where the selection
 * starts (a passage has one page; a selection running into the next page still starts there).
 * Null when nothing is selected, or the selection lies (partly) outside `container`.
 */
export function pageSelectionIn(
  container: HTMLElement | null,
  selection: Selection | null,
): PageSelection | null {
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
    return null;
  }
  const start =
    range.startContainer instanceof Element
      ? range.startContainer
      : range.startContainer.parentElement;
  const page = Number(start?.closest<HTMLElement>('[data-page]')?.dataset.page);
  const text = selection.toString().trim();
  if (!Number.isInteger(page) || page < 1 || text === '') return null;
  return { text, page };
}
