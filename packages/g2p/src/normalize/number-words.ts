/**
 * Digit strings to English words. Works on strings, not JS numbers, so that any length up to
 * the configured limit is exact; longer strings are read digit by digit.
 * @internal
 */

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Short-scale names; index k names 1000^k. */
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion', 'quintillion', 'sextillion',
  'septillion', 'octillion', 'nonillion', 'decillion'];

/** The largest digit count that has a scale name (up to 999 decillion). @internal */
export const MAX_NAMED_DIGITS = SCALES.length * 3;

/** Words for 0..99. @internal */
export function twoDigitWords(n: number): string {
  if (n < 20) return ONES[n]!;
  const t = TENS[Math.floor(n / 10)]!;
  const o = n % 10;
  return o === 0 ? t : `${t}-${ONES[o]!}`;
}

/** Words for 0..999; `and` inserts British "and" after hundred. @internal */
export function threeDigitWords(n: number, and = false): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0) return twoDigitWords(rest);
  const head = `${ONES[h]!} hundred`;
  if (rest === 0) return head;
  return `${head}${and ? ' and ' : ' '}${twoDigitWords(rest)}`;
}

/** Reads every digit: "405" -> "four zero five". @internal */
export function digitWords(digits: string, zero = 'zero'): string {
  const parts: string[] = [];
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) parts.push(d === 0 ? zero : ONES[d]!);
  }
  return parts.join(' ');
}

/**
 * Cardinal words for a string of ASCII digits. Leading zeros are ignored ("007" -> "seven").
 * Beyond `maxDigits` (capped at {@link MAX_NAMED_DIGITS}) the digits are read one by one.
 * @internal
 */
export function cardinalWords(digits: string, maxDigits: number, and = false): string {
  let s = 0;
  while (s < digits.length - 1 && digits.charCodeAt(s) === 48) s++;
  const d = s === 0 ? digits : digits.slice(s);
  if (d.length > Math.min(maxDigits, MAX_NAMED_DIGITS)) return digitWords(d);
  if (d.length <= 3) return threeDigitWords(Number(d), and);
  const groups: string[] = [];
  const first = d.length % 3 || 3;
  const count = Math.ceil(d.length / 3);
  for (let g = 0; g < count; g++) {
    const from = g === 0 ? 0 : first + (g - 1) * 3;
    const to = g === 0 ? first : from + 3;
    const value = Number(d.slice(from, to));
    if (value === 0) continue;
    const scale = SCALES[count - 1 - g]!;
    const words = threeDigitWords(value, and);
    groups.push(scale ? `${words} ${scale}` : words);
  }
  if (groups.length === 0) return 'zero';
  // British style keeps "and" before a final group below one hundred: "one thousand and five".
  if (and && groups.length > 1) {
    const lastValue = Number(d.slice(-3));
    if (lastValue > 0 && lastValue < 100) groups[groups.length - 1] = `and ${groups[groups.length - 1]!}`;
  }
  return groups.join(' ');
}

const ORDINAL_IRREGULAR: Record<string, string> = {
  one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth',
};

/** Turns the last word of cardinal words into its ordinal: "twenty-two" -> "twenty-second". @internal */
export function ordinalize(words: string): string {
  const cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-'));
  const head = words.slice(0, cut + 1);
  const last = words.slice(cut + 1);
  const irregular = ORDINAL_IRREGULAR[last];
  if (irregular) return head + irregular;
  if (last.endsWith('y')) return `${head}${last.slice(0, -1)}ieth`;
  return `${head}${last}th`;
}

/** Plural of the last word of number words: "ninety" -> "nineties", "six" -> "sixes". @internal */
export function pluralizeNumberWords(words: string): string {
  if (words.endsWith('y')) return `${words.slice(0, -1)}ies`;
  if (words.endsWith('x')) return `${words}es`;
  return `${words}s`;
}

/** Ordinal words for a digit string: "22" -> "twenty-second". @internal */
export function ordinalWords(digits: string, maxDigits: number, and = false): string {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (trimmed.length > Math.min(maxDigits, MAX_NAMED_DIGITS)) return `number ${digitWords(trimmed)}`;
  return ordinalize(cardinalWords(trimmed, maxDigits, and));
}

/** "3" + "14" -> "three point one four"; an empty integer part reads "point five". @internal */
export function decimalWords(intDigits: string, fracDigits: string, maxDigits: number, and = false): string {
  const head = intDigits.length > 0 ? `${cardinalWords(intDigits, maxDigits, and)} ` : '';
  return `${head}point ${digitWords(fracDigits)}`;
}
