/** Character classes on UTF-16 code units, written out so the hot loops need no regex. @internal */

/** ASCII digit. @internal */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** ASCII A-Z. @internal */
export function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** ASCII a-z. @internal */
export function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Latin letter: ASCII or Latin-1/Extended-A/B letters (accented words stay words). @internal */
export function isLatinLetter(code: number): boolean {
  if (isUpper(code) || isLower(code)) return true;
  return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;
}

/** Whitespace, including no-break and typographic spaces. @internal */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x85;
}

/** Letter or digit (ASCII or Latin). @internal */
export function isAlnum(code: number): boolean {
  return isDigit(code) || isLatinLetter(code);
}

/**
 * True when the digits starting at `start` follow "X-" with X a letter or digit, as in an identifier ("CVE-2024",
 * the 456 of "123-456-789"): such a dash joins parts of a code, it is not a range. @internal
 */
export function ledByHyphenCode(text: string, start: number): boolean {
  return codeAt(text, start - 1) === 45 && isAlnum(codeAt(text, start - 2));
}

/**
 * True when the digits ending at `end` are followed by "-" and more digits ("123-456" of "123-456-789"); a letter
 * after the dash is a compound ("3-5-year-olds"), not a code. @internal
 */
export function followedByHyphenCode(text: string, end: number): boolean {
  return codeAt(text, end) === 45 && isDigit(codeAt(text, end + 1));
}

/** Code at `i`, or 0 outside the string (reads as "no character"). @internal */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : 0;
}

/** End of the run of ASCII digits starting at `i`. @internal */
export function digitRunEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j;
}

/** End of the run of Latin letters starting at `i`. @internal */
export function letterRunEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isLatinLetter(text.charCodeAt(j))) j++;
  return j;
}
