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
