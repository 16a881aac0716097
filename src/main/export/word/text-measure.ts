// How wide a piece of bold table text is on paper, without a font engine: Word and LibreOffice do
// not grow a table row to fit text set vertically, so the header row of the matrix must be given
// a height its longest word fits in, or the word breaks ("Beleidsmede / werkers").
//
// The widths are DejaVu Sans Bold's advance widths (1/1000 em) for U+0020…U+007E. It is what
// LibreOffice falls back to when the house font (Open Sans, Calibri …) is not installed, and it is
// wider than those fonts, so a height measured with it fits in them too. A 10 % margin covers
// wider house fonts such as Verdana.

// prettier-ignore
const BOLD_WIDTHS = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696,
  696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683,
  683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771,
  724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665,
  343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];
/** For characters outside the table (CJK, symbols): as wide as the widest capitals. */
const OTHER_WIDTH = 1000;
const MARGIN = 1.1;

function charWidth(ch: string): number {
  // An accented letter is as wide as its base letter: "é" as "e".
  const base = ch.normalize('NFD').codePointAt(0) ?? 0;
  if (base >= 0x20 && base <= 0x7e) return BOLD_WIDTHS[base - 0x20] ?? OTHER_WIDTH;
  // Combining marks and joiners take no room of their own.
  if (/\p{M}|\u200d|\u00ad/u.test(ch)) return 0;
  return OTHER_WIDTH;
}

/** Width in twips of `text` set bold at `halfPoints` (Word's w:sz), with the margin included. */
export function boldTextWidth(text: string, halfPoints: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  // 1 em = the font size; a point is 20 twips and w:sz counts half points.
  return Math.ceil((em / 1000) * halfPoints * 10 * MARGIN);
}

/** The widest word of `text`: where a line may not break. */
export function longestWordWidth(text: string, halfPoints: number): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => boldTextWidth(word, halfPoints)));
}

/** How many lines `text` takes when lines may be `lineWidth` twips long, breaking at spaces. */
export function lineCount(text: string, halfPoints: number, lineWidth: number): number {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return 1;
  const space = boldTextWidth(' ', halfPoints);
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const width = boldTextWidth(word, halfPoints);
    if (used > 0 && used + space + width > lineWidth) {
      lines++;
      used = width;
    } else used += (used > 0 ? space : 0) + width;
  }
  return lines;
}
