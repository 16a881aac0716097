import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result.js';
import type { HostRequest } from './core-protocol.js';
import { createCoreRelay, type HostChild } from './core-relay.js';

/** A stand-in for Electron's UtilityProcess: records messages, lets the test reply or crash. */
class StandInChild extends EventEmitter implements HostChild {
  sent: HostRequest[] = [];
  killed = false;
  postMessage(message: HostRequest): void {
    this.sent.push(message);
  }
  kill(): boolean {
    this.killed = true;
    // Like a real process: the exit comes a moment later.
    setImmediate(() => this.emit('exit', 0));
    return true;
  }
  reply(request: HostRequest | undefined, result: Result<unknown>): void {
    if (request === undefined) throw new Error('geen verzoek om op te antwoorden');
    this.emit('message', { id: request.id, result });
  }
  last(name: string): HostRequest | undefined {
    return this.sent.findLast((request) => request.name === name);
  }
}

const setup = (options: { restart?: boolean; language?: 'nl' | 'en' } = {}) => {
  const children: StandInChild[] = [];
  const exits: number[] = [];
  const relay = createCoreRelay({
    spawn: () => {
      const child = new StandInChild();
      children.push(child);
      return child;
    },
    language: () => options.language ?? 'nl',
    onUnexpectedExit: (code) => exits.push(code),
    ...(options.restart === undefined ? {} : { restart: options.restart }),
  });
  return { relay, children, exits };
};

describe('the core relay', () => {
  it('sends each call with a new id and resolves it with the reply carrying that id', async () => {
    const { relay, children } = setup();
    const info = relay.call('app:info', {});
    const list = relay.call('recent:list', {});
    const child = children[0]!;
    expect(children).toHaveLength(1);
    expect(child.sent).toEqual([
      { id: 1, name: 'app:info', input: {} },
      { id: 2, name: 'recent:list', input: {} },
    ]);
    // Out of order: the second call is answered first.
    child.reply(child.sent[1], { ok: true, value: ['recent'] });
    child.reply(child.sent[0], { ok: true, value: { version: '1' } });
    expect(await list).toEqual({ ok: true, value: ['recent'] });
    expect(await info).toEqual({ ok: true, value: { version: '1' } });
  });

  it('ignores replies with an unknown id or without a Result', async () => {
    const { relay, children } = setup();
    const call = relay.call('app:info', {});
    const child = children[0]!;
    child.emit('message', { id: 99, result: { ok: true, value: 'vreemd' } });
    child.emit('message', { id: 1, result: 'geen Result' });
    child.emit('message', 'rommel');
    child.reply(child.sent[0], { ok: true, value: 'echt' });
    expect(await call).toEqual({ ok: true, value: 'echt' });
  });

  it('sends the side doors as host messages with their paths', async () => {
    const { relay, children } = setup();
    void relay.openPath('/w/Dijkhaven.koers');
    void relay.saveAsPath('e1', '/w/Kopie.koers');
    void relay.writeDocumentToFile('e1', 'd1', '/tmp/koers-open-x/.koers-partial');
    void relay.saveExportToFile('j1', '/w/Rapport.docx');
    void relay.stagePath('/w/notulen.pdf');
    void relay.importInterchange('/w/t.json', '/w/T.koers');
    expect(children[0]!.sent.map(({ name, input }) => [name, input])).toEqual([
      ['host:openPath', { path: '/w/Dijkhaven.koers' }],
      ['host:saveAsPath', { engagementId: 'e1', path: '/w/Kopie.koers' }],
      [
        'host:writeDocumentToFile',
        { engagementId: 'e1', documentId: 'd1', filePath: '/tmp/koers-open-x/.koers-partial' },
      ],
      ['host:saveExportToFile', { jobId: 'j1', filePath: '/w/Rapport.docx' }],
      ['host:stagePath', { path: '/w/notulen.pdf' }],
      ['host:importInterchange', { jsonPath: '/w/t.json', targetPath: '/w/T.koers' }],
    ]);
  });

  it('fails every pending call when the host dies, reports it, and restarts on the next call', async () => {
    const { relay, children, exits } = setup();
    const first = relay.call('engagement:listOpen', {});
    const second = relay.call('export:status', { jobId: 'j' });
    children[0]!.emit('exit', 139);
    for (const result of [await first, await second]) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('INTERNAL');
      expect(result.error.message).toContain('stopte onverwacht');
    }
    expect(exits).toEqual([139]);

    const after = relay.call('app:info', {});
    expect(children).toHaveLength(2);
    const fresh = children[1]!;
    // A late reply of the dead host must not resolve anything.
    children[0]!.emit('message', { id: fresh.sent[0]!.id, result: { ok: true, value: 'oud' } });
    fresh.reply(fresh.sent[0], { ok: true, value: 'nieuw' });
    expect(await after).toEqual({ ok: true, value: 'nieuw' });
  });

  it('keeps failing after a crash when restarting is off, in the UI language', async () => {
    const { relay, children } = setup({ restart: false, language: 'en' });
    void relay.call('app:info', {});
    children[0]!.emit('exit', 1);
    const result = await relay.call('app:info', {});
    expect(children).toHaveLength(1);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(!result.ok && result.error.message).toContain('stopped unexpectedly');
  });

  it('says why when the host cannot be started at all', async () => {
    const relay = createCoreRelay({
      spawn: () => {
        throw new Error('core-host.js ontbreekt');
      },
      language: () => 'nl',
    });
    const result = await relay.start();
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(!result.ok && result.error.message).toContain(
      'kon niet starten: core-host.js ontbreekt',
    );
  });

  it('on quit waits for the host to close its engagements, then ends it', async () => {
    const { relay, children } = setup();
    const pendingCall = relay.call('finding:list', { engagementId: 'e' });
    const child = children[0]!;
    let outcome: string | undefined;
    const disposing = relay.dispose(5_000).then((value) => (outcome = value));
    const request = child.last('host:dispose');
    expect(request).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Still closing: not killed, not resolved.
    expect(outcome).toBeUndefined();
    expect(child.killed).toBe(false);
    // A call made while quitting is refused at once, without reaching the host.
    const late = await relay.call('app:info', {});
    expect(!late.ok && late.error.message).toContain('wordt afgesloten');
    child.reply(child.sent[0], { ok: true, value: [] });
    child.reply(request, { ok: true, value: null });
    await disposing;
    expect(outcome).toBe('disposed');
    expect(child.killed).toBe(true);
    expect(await pendingCall).toEqual({ ok: true, value: [] });
    expect(child.sent.map((sent) => sent.name)).toEqual(['finding:list', 'host:dispose']);
  });

  it('ends a host that does not finish closing within the timeout, without a crash report', async () => {
    const { relay, children, exits } = setup();
    await Promise.all([
      relay.call('app:info', {}),
      Promise.resolve(children[0]!.reply(children[0]!.sent[0], { ok: true, value: null })),
    ]);
    const started = Date.now();
    expect(await relay.dispose(50)).toBe('timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(children[0]!.killed).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(exits).toEqual([]);
  });

  it('reports a host that dies while closing as failed, without a crash report', async () => {
    const { relay, children, exits } = setup();
    void relay.call('app:info', {});
    const disposing = relay.dispose(5_000);
    children[0]!.emit('exit', 134);
    expect(await disposing).toBe('failed');
    expect(exits).toEqual([]);
  });

  it('has nothing to wait for when no host was started', async () => {
    const { relay, children } = setup();
    expect(await relay.dispose()).toBe('not-running');
    expect(children).toHaveLength(0);
  });
});
