/** A suggestion beside the original ("Traject-2.koers"); the user edits it in the dialog. */
export function copyName(fileName: string): string {
  const match = /^(.*?)(\.koers)?$/i.exec(fileName);
  const base = match?.[1] || fileName;
  return `${base}-2${match?.[2] ?? '.koers'}`;
}
