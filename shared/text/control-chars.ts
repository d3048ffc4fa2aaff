/**
 * Characters a name must not hold: control characters (NUL, tab, line breaks, DEL…) break the
 * tables, the PDF and the files other programs read, and bidirectional overrides can make a name
 * display as another one.
 */
const CONTROL = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/** "U+0000" for the first such character, to tell the user what was found. */
export function firstControlCharacter(text: string): string | null {
  const match = CONTROL.exec(text);
  return match ? `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
}
