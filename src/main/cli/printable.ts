// Names, paths and text in a CLI message come from outside: a file name may hold a newline,
// a carriage return or an ESC sequence, and the text inside a file anything at all. Printed raw,
// they forge extra lines ("OK  fake.koers"), move the cursor or recolour the terminal. Every
// such value passes through printable(), which writes those characters as visible escapes,
// the way a C or JavaScript string would: \n, \r, \t, \x1b, \u{202e}.

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

// C0 controls, DEL, C1 controls, the line and paragraph separators and the bidirectional
// overrides and isolates (which can make a name read backwards on screen).
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.codePointAt(0)!;
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u{${code.toString(16).padStart(4, '0')}}`;
}

/** `text` on one line with every control character written as a visible escape. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeOne);
}

/** The same options with every string value made printable (numbers and the rest untouched). */
export function printableOptions(
  options: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!options) return options;
  return Object.fromEntries(
    Object.entries(options).map(([k, v]) => [k, typeof v === 'string' ? printable(v) : v]),
  );
}
