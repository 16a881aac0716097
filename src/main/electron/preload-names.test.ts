import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract.js';
import { MENU_CHANNEL } from '../../shared/menu-actions.js';
import { shellContract } from '../../shared/shell-contract.js';
import { STAGE_DROPPED_CHANNEL } from './document-files.js';

// The sandboxed preload cannot import the contract, so it carries a literal copy of the
// operation names. This test reads the source as text and keeps the copy honest.
const source = readFileSync(new URL('./preload.cts', import.meta.url), 'utf8');

/** The code alone: comments may talk about ipcRenderer without exposing it. */
const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

const namesInPreload = (): string[] => {
  const block = /\/\/ BEGIN OPERATION NAMES\n([\s\S]*?)\/\/ END OPERATION NAMES/.exec(source)?.[1];
  if (block === undefined) throw new Error('preload.cts has no BEGIN/END OPERATION NAMES block');
  return [...block.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? '');
};

describe('preload', () => {
  it('lists exactly the operations of the contract and the shell contract', () => {
    expect(namesInPreload()).toEqual([...Object.keys(contract), ...Object.keys(shellContract)]);
  });

  it('uses the shared menu channel and the dropped-file channel main listens on', () => {
    expect(source).toContain(`const MENU_CHANNEL = '${MENU_CHANNEL}';`);
    expect(source).toContain(`const STAGE_DROPPED_CHANNEL = '${STAGE_DROPPED_CHANNEL}';`);
  });

  it("looks up a dropped file's path inside the preload and sends only that to main", () => {
    expect(code.match(/webUtils\.\w+/g)).toEqual(['webUtils.getPathForFile']);
    expect(code).toContain('ipcRenderer.invoke(STAGE_DROPPED_CHANNEL, path)');
    // The channel is not one of the operations, so window.koers cannot reach it by name.
    expect(namesInPreload()).not.toContain(STAGE_DROPPED_CHANNEL);
  });

  it('never hands ipcRenderer itself to the page', () => {
    const exposed = [...code.matchAll(/exposeInMainWorld\(\s*'(\w+)',\s*([^)]*)/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(exposed.map(([name]) => name)).toEqual(['koers', 'koersMenu', 'koersFiles']);
    for (const [, value] of exposed) expect(value).not.toMatch(/^\s*ipcRenderer/);
    // Apart from taking it out of 'electron', ipcRenderer is only ever used for these calls.
    const uses = code
      .replace('const { contextBridge, ipcRenderer, webUtils } = electron;', '')
      .match(/ipcRenderer[^(]*/g);
    expect([...new Set(uses)].sort()).toEqual([
      'ipcRenderer.invoke',
      'ipcRenderer.on',
      'ipcRenderer.removeListener',
    ]);
    expect(code).not.toMatch(/require\((?!'electron'\))/);
  });
});
