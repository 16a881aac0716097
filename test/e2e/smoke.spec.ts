import { afterAll, beforeAll, expect, it } from 'vitest';
import { e2eDescribe, startKoers, type KoersSession } from './harness.js';

e2eDescribe('browser mode: smoke', () => {
  let koers: KoersSession;

  beforeAll(async () => {
    koers = await startKoers();
  });

  afterAll(async () => {
    await koers?.close();
  });

  it('trades the secret for a cookie and leaves it out of the address bar', async () => {
    const url = new URL(koers.page.url());
    expect(url.origin).toBe(koers.server.origin);
    expect(url.search).toBe('');
    const cookies = await koers.context.cookies(koers.server.origin);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  });

  it('loads the app: title, a rendered root, no errors, no network', async () => {
    await expect.poll(() => koers.page.title()).toBe('Koers');
    await koers.page.locator('#root > *').first().waitFor({ state: 'attached', timeout: 15_000 });
    expect(await koers.page.locator('#root').innerText()).not.toBe('');
    expect(koers.pageErrors).toEqual([]);
    // CSP violations show up here: the page must live within the policy the server sends.
    expect(koers.consoleErrors).toEqual([]);
    expect(koers.blockedRequests).toEqual([]);
  });

  it('reaches the core through the page, and only with the session cookie', async () => {
    const answer = await koers.page.evaluate(async () => {
      const res = await fetch('./api/app:info', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Koers-Request': '1' },
        credentials: 'same-origin',
        body: '{}',
      });
      return (await res.json()) as { ok: boolean; value?: { shell: string } };
    });
    expect(answer).toMatchObject({ ok: true, value: { shell: 'browser' } });

    const withoutCookie = await fetch(`${koers.server.origin}/api/app:info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Koers-Request': '1' },
      body: '{}',
    });
    expect(withoutCookie.status).toBe(403);
  });
});
