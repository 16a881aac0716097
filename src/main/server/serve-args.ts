/** `--port N` for `npm run serve`; 0 (the default) lets the system pick a free port. */
export function parsePort(argv: readonly string[]): number | Error {
  const at = argv.indexOf('--port');
  if (at < 0) return 0;
  const value = argv[at + 1];
  const port = Number(value);
  if (
    value === undefined ||
    value.trim() === '' ||
    !Number.isInteger(port) ||
    port < 0 ||
    port > 65535
  ) {
    return new Error(`Ongeldige poort "${value ?? ''}": geef een getal van 0 tot en met 65535.`);
  }
  return port;
}
