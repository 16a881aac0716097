import type { EngagementApi } from '../../shared/contract';
import type { ShellApi } from '../../shared/shell-contract';
import { createHttpApi } from './http-transport';

/** The one door to the core: IPC in Electron, fetch to the loopback server in browser mode. */
export const api: EngagementApi & ShellApi = window.koers ?? createHttpApi();
