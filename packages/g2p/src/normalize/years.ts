import { cardinalWords, pluralizeNumberWords, twoDigitWords } from './number-words';

/**
 * Year readings for four-digit numbers: "1999" -> "nineteen ninety-nine", "2005" -> "two
 * thousand five", "1900" -> "nineteen hundred", "2024" -> "twenty twenty-four".
 * @internal
 */

/** True for four-digit strings that read naturally as years (1000..2099, no leading zero). @internal */
export function looksLikeYear(digits: string): boolean {
  if (digits.length !== 4 || digits.charCodeAt(0) === 48) return false;
  const n = Number(digits);
  return n >= 1000 && n <= 2099;
}

/** Words for a year; the caller checks {@link looksLikeYear} first. @internal */
export function yearWords(digits: string): string {
  const n = Number(digits);
  const hi = Math.floor(n / 100);
  const lo = n % 100;
  if (n >= 2000 && n < 2010) return cardinalWords(digits, 4);
  if (lo === 0) return n % 1000 === 0 ? cardinalWords(digits, 4) : `${twoDigitWords(hi)} hundred`;
  if (lo < 10) return `${twoDigitWords(hi)} oh ${twoDigitWords(lo)}`;
  return `${twoDigitWords(hi)} ${twoDigitWords(lo)}`;
}

/**
 * Decade or century plurals: "1990" -> "nineteen nineties", "1900" -> "nineteen hundreds",
 * "90" -> "nineties", "2000" -> "two thousands". Returns undefined when the digits are not a
 * decade (the last digit must be 0).
 * @internal
 */
export function decadeWords(digits: string): string | undefined {
  if (!digits.endsWith('0')) return undefined;
  if (digits.length === 2) return digits === '00' ? 'hundreds' : pluralizeNumberWords(twoDigitWords(Number(digits)));
  if (digits.length === 4 && looksLikeYear(digits)) return pluralizeNumberWords(yearWords(digits));
  if (digits.length === 4 && digits.endsWith('000')) return pluralizeNumberWords(cardinalWords(digits, 4));
  return undefined;
}
