import type { InterchangeDocument } from './interchange-schema.js';

/**
 * The text of an interchange file: 2-space indent, a final newline, keys in the order the
 * records are built in (src/main/interchange/interchange-rows.ts) and lists in creation order,
 * so the same engagement always gives the same bytes and a diff shows only what changed.
 */
export function serializeInterchange(doc: InterchangeDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
