// Every text the renderer shows, in Dutch, as one tree: the namespaces of ./ui/ merged. For
// the core's Excel texts and the tests that compare both languages; the renderer registers the
// namespaces themselves (resources.ts). Derived from UI_NAMESPACES, so a new area's namespace
// is listed once, there.
import type { DeepStrings } from './ui/deep-strings.js';
import { UI_NAMESPACES } from './resources.js';

type Namespaces = (typeof UI_NAMESPACES)[keyof typeof UI_NAMESPACES];
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

export const uiNl = Object.assign(
  {},
  ...Object.values(UI_NAMESPACES).map((texts) => texts.nl),
) as Intersection<Namespaces['nl']>;

export type UiMessages = DeepStrings<typeof uiNl>;
