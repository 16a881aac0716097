import { errorMessages } from '../../shared/i18n/errors.js';
import type { Language } from '../../shared/domain/common.js';
import type { ErrorCode, KoersErrorInfo } from '../../shared/result.js';

/** Fills the {{placeholders}} of the shared error texts; unknown ones become empty. */
export function errorInfo(
  code: ErrorCode,
  language: Language,
  params: Record<string, string> = {},
  path?: string,
): KoersErrorInfo {
  const message = errorMessages[language][code].replace(
    /\{\{(\w+)\}\}/g,
    (_, key: string) => params[key] ?? '',
  );
  return path === undefined ? { code, message } : { code, message, path };
}

// Shown before we know anything about the user (no valid session), so both languages at once.
export const NO_SESSION_NL = 'Open Koers via de link die in het terminalvenster staat.';
export const NO_SESSION_EN = 'Open Koers through the link shown in the terminal window.';

export const noSessionPage = (): string => `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Koers</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; line-height: 1.5">
<h1>Geen toegang</h1>
<p>${NO_SESSION_NL} Deze pagina is alleen bereikbaar met de geheime link die Koers bij het starten toont.</p>
<p lang="en">${NO_SESSION_EN}</p>
</body>
</html>
`;

export const wrongHostText = (): string =>
  'Koers is alleen bereikbaar via 127.0.0.1 of localhost. / Koers only answers on 127.0.0.1 or localhost.\n';
