import { createContext, useContext } from 'react';

/** The app-wide actions: reachable from buttons, keyboard shortcuts and the Electron menu alike. */
export interface AppCommands {
  newEngagement(): void;
  open(): void;
  openDemo(): void;
  openRecent(recentId: string): void;
  /** Only meaningful inside an engagement; no-ops on the home page. */
  saveAs(): void;
  rename(): void;
  close(): void;
  busy: boolean;
}

export const CommandsContext = createContext<AppCommands | null>(null);

export function useCommands(): AppCommands {
  const commands = useContext(CommandsContext);
  if (!commands) throw new Error('useCommands outside CommandsProvider');
  return commands;
}
