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
