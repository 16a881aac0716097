import { describe, expect, it } from 'vitest';
import {
  isAllowedNavigation,
  isAllowedRequest,
  isRoomDisplayUrl,
  isTrustedSender,
  parseExternalUrl,
} from './navigation-policy.js';

const RENDERER = 'file:///opt/Koers/resources/app.asar/out/renderer/index.html';
const DEV_SERVER = 'http://localhost:5173/';

describe('isAllowedNavigation', () => {
  it('allows the renderer itself, with any #route', () => {
    expect(isAllowedNavigation(RENDERER, RENDERER)).toBe(true);
    expect(isAllowedNavigation(`${RENDERER}#/traject/1`, RENDERER)).toBe(true);
  });

  it.each([
    'file:///opt/Koers/resources/app.asar/out/renderer/other.html',
    'file:///etc/passwd',
    'file:///opt/Koers/resources/app.asar/out/renderer/../renderer/index.html?x=1',
    `${RENDERER}?next=https://evil.example`,
    'file://evil-host/opt/Koers/resources/app.asar/out/renderer/index.html',
    'https://example.org/',
    'http://localhost:5173/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url, RENDERER)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isAllowedNavigation(undefined, RENDERER)).toBe(false);
    expect(isAllowedNavigation(null, RENDERER)).toBe(false);
    expect(isAllowedNavigation({ href: RENDERER }, RENDERER)).toBe(false);
  });

  it('allows only its own origin when the renderer is served', () => {
    expect(isAllowedNavigation('http://localhost:5173/#/home', DEV_SERVER)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', DEV_SERVER)).toBe(false);
    expect(isAllowedNavigation('http://127.0.0.1:5173/', DEV_SERVER)).toBe(false);
    expect(isAllowedNavigation('http://user:pw@localhost:5173/', DEV_SERVER)).toBe(false);
    expect(isAllowedNavigation('https://localhost:5173/', DEV_SERVER)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only a frame that shows the renderer', () => {
    expect(isTrustedSender(RENDERER, RENDERER)).toBe(true);
    expect(isTrustedSender(`${RENDERER}#/instellingen`, RENDERER)).toBe(true);
  });

  it.each([null, undefined, '', 'about:blank', 'https://example.org/', 'file:///tmp/evil.html'])(
    'distrusts %s',
    (frameUrl) => {
      expect(isTrustedSender(frameUrl, RENDERER)).toBe(false);
    },
  );
});

describe('parseExternalUrl', () => {
  it.each([
    ['https://www.vng.nl/', 'https://www.vng.nl/'],
    ['https://example.org/pad?q=1#x', 'https://example.org/pad?q=1#x'],
    ['HTTPS://Example.ORG', 'https://example.org/'],
    ['mailto:info@gemeente.nl', 'mailto:info@gemeente.nl'],
    ['mailto:info@gemeente.nl?subject=Koers', 'mailto:info@gemeente.nl?subject=Koers'],
  ])('allows %s', (url, expected) => {
    expect(parseExternalUrl(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/x.koers',
    'http://example.org/',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:secret@example.org/',
    'https://user@example.org/',
    'https:example.org',
    'https:/example.org',
    'https://',
    'https://exa mple.org/',
    ' https://example.org/',
    'https://example.org/\n',
    'https://example.org/\u0000',
    '\u200bhttps://example.org/',
    'mailto:',
    'mailto:not-an-address',
    'mailto:a@b@c',
    'mailto:%E0%A4%A',
    'not a url',
    '',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses %j', (url) => {
    expect(parseExternalUrl(url)).toBeNull();
  });

  it('refuses non-strings', () => {
    expect(parseExternalUrl(undefined)).toBeNull();
    expect(parseExternalUrl(42)).toBeNull();
    expect(parseExternalUrl({ toString: () => 'https://example.org/' })).toBeNull();
  });
});

describe('isAllowedRequest', () => {
  it('allows the renderer folder, data and blob URLs', () => {
    expect(isAllowedRequest(RENDERER, RENDERER)).toBe(true);
    expect(
      isAllowedRequest(
        'file:///opt/Koers/resources/app.asar/out/renderer/assets/index-1.js',
        RENDERER,
      ),
    ).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', RENDERER)).toBe(true);
    expect(isAllowedRequest('blob:file:///1234', RENDERER)).toBe(true);
  });

  it.each([
    'file:///opt/Koers/resources/app.asar/out/renderer/../main/electron/main.js',
    'file:///opt/Koers/resources/app.asar/out/main/electron/main.js',
    'file:///opt/Koers/resources/app.asar/out/renderer-evil/x.js',
    'file:///home/consultant/.ssh/id_rsa',
    'https://fonts.googleapis.com/css',
    'http://127.0.0.1:8080/',
    'wss://example.org/',
    'ftp://example.org/',
  ])('blocks %s', (url) => {
    expect(isAllowedRequest(url, RENDERER)).toBe(false);
  });

  it('allows the development server and nothing next to it', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', DEV_SERVER)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', DEV_SERVER)).toBe(true);
    expect(isAllowedRequest('http://localhost:9999/', DEV_SERVER)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', DEV_SERVER)).toBe(false);
  });
});

describe('isRoomDisplayUrl', () => {
  const E = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';
  const S = '0b7e4c2a-1d3f-4a5b-9c8d-7e6f5a4b3c2d';
  it('allows only the own renderer showing a session room display', () => {
    expect(isRoomDisplayUrl(`${RENDERER}#/e/${E}/sessions/${S}/room`, RENDERER)).toBe(true);
    expect(isRoomDisplayUrl(`${DEV_SERVER}#/e/${E}/sessions/${S}/room`, DEV_SERVER)).toBe(true);
    for (const url of [
      `${RENDERER}#/e/${E}/sessions/${S}`,
      `${RENDERER}#/e/${E}/interviews/${S}/room`,
      `${RENDERER}#/e/${E}/sessions/${S}/room/x`,
      `file:///etc/passwd#/e/${E}/sessions/${S}/room`,
      `https://evil.example/#/e/${E}/sessions/${S}/room`,
      undefined,
    ]) {
      expect(isRoomDisplayUrl(url, RENDERER), String(url)).toBe(false);
    }
  });
});
