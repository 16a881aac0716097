const HEX = /^#[0-9a-fA-F]{6}$/;

/** Black or white text, whichever reads better on the given background (WCAG luminance). */
export function textOn(hex: string): '#000000' | '#ffffff' {
  if (!HEX.test(hex)) return '#000000';
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // 0.179 is where black and white text have equal contrast ratios against the background.
  return luminance > 0.179 ? '#000000' : '#ffffff';
}
