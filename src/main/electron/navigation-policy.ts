// Which URLs the window may show, which links may leave the app, and which frames may call
// the core. Pure functions over strings so they can be tested with hostile input without the
// Electron binary.

const parse = (url: unknown): URL | null => {
  if (typeof url !== 'string' || url.length === 0 || url.length > 4000) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/**
 * True when `url` is the app's own renderer: the same file:// document (any #route), or the
 * same http(s) origin when the renderer is served (a development server). Everything else,
 * including other files on disk, is refused.
 */
export const isAllowedNavigation = (url: unknown, rendererUrl: string): boolean => {
  const target = parse(url);
  const own = parse(rendererUrl);
  if (!target || !own) return false;
  if (own.protocol === 'file:') {
    return (
      target.protocol === 'file:' &&
      target.host === own.host &&
      target.pathname === own.pathname &&
      target.search === own.search
    );
  }
  if (own.protocol === 'http:' || own.protocol === 'https:') {
    return target.origin === own.origin && target.username === '' && target.password === '';
  }
  return false;
};

const ROOM_DISPLAY_HASH = /^#\/e\/[0-9a-f-]{36}\/sessions\/[0-9a-f-]{36}\/room$/i;

/**
 * The one window the renderer may open: a work session's room display (the app's own page,
 * `#/e/<engagement>/sessions/<session>/room`), to drag onto the projector.
 */
export const isRoomDisplayUrl = (url: unknown, rendererUrl: string): boolean => {
  if (!isAllowedNavigation(url, rendererUrl)) return false;
  return ROOM_DISPLAY_HASH.test(parse(url)?.hash ?? '');
};

/**
 * A frame may call the core only when it shows the app's own renderer. A frame that was
 * navigated elsewhere (or a frame that no longer exists: url null) is refused.
 */
export const isTrustedSender = (
  frameUrl: string | null | undefined,
  expectedRendererUrl: string,
): boolean => isAllowedNavigation(frameUrl, expectedRendererUrl);

const EXTERNAL_MAX_LENGTH = 2000;
// Whitespace or control characters anywhere are a sign of smuggling (a URL parser strips
// some of them, the operating system's handler may not).
// eslint-disable-next-line no-control-regex
const SUSPICIOUS = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/;

/**
 * The only links Koers hands to the operating system: https: with a real host and no
 * credentials, and mailto: with an address. Returns the normalised URL, or null when refused.
 */
export const parseExternalUrl = (url: unknown): string | null => {
  if (typeof url !== 'string' || url.length > EXTERNAL_MAX_LENGTH || SUSPICIOUS.test(url)) {
    return null;
  }
  const parsed = parse(url);
  if (!parsed) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.protocol === 'https:') {
    // new URL accepts "https:example.org"; insist on the written-out form.
    if (!/^https:\/\//i.test(url) || parsed.hostname === '') return null;
    return parsed.href;
  }
  if (parsed.protocol === 'mailto:') {
    const address = decodeURIComponentSafe(parsed.pathname);
    if (address === null || !/^[^@\s/\\]+@[^@\s/\\]+$/.test(address)) return null;
    return parsed.href;
  }
  return null;
};

const decodeURIComponentSafe = (text: string): string | null => {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
};

/**
 * Which requests the renderer's session may make at all. Koers makes no network request
 * (ARCHITECTURE.md, rule 7): files only from the renderer's own folder, inline data and blobs
 * (logo previews), the developer tools' own scheme, and nothing from the network unless the
 * renderer itself is served from that origin (development server).
 */
export const isAllowedRequest = (url: unknown, rendererUrl: string): boolean => {
  const target = parse(url);
  const own = parse(rendererUrl);
  if (!target || !own) return false;
  switch (target.protocol) {
    case 'data:':
    case 'blob:':
    case 'devtools:':
      return true;
    case 'file:': {
      if (own.protocol !== 'file:' || target.host !== own.host) return false;
      const folder = own.pathname.slice(0, own.pathname.lastIndexOf('/') + 1);
      // pathname is normalised by the URL parser, so "../" cannot climb out of the folder.
      return target.pathname.startsWith(folder);
    }
    case 'http:':
    case 'https:':
    case 'ws:':
    case 'wss:':
      return (
        (own.protocol === 'http:' || own.protocol === 'https:') &&
        target.host === own.host &&
        target.username === '' &&
        target.password === ''
      );
    default:
      return false;
  }
};
