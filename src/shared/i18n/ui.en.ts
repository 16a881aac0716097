// Every text the renderer shows, in English, as one tree (see ui.nl.ts).
import { UI_NAMESPACES } from './resources.js';
import type { UiMessages } from './ui.nl.js';

export const uiEn: UiMessages = Object.assign(
  {},
  ...Object.values(UI_NAMESPACES).map((texts) => texts.en),
) as UiMessages;
