import type { ScanContext } from './context';
import { cardinalWords, ordinalWords } from './number-words';

/** "1/2" -> "one half", "3/4" -> "three quarters", "5/8" -> "five eighths". @internal */

/** Words for numerator/denominator digit strings (each 1-3 digits, denominator not zero). @internal */
export function fractionWords(ctx: ScanContext, num: string, den: string): string {
  const n = Number(num);
  const d = Number(den);
  const numWords = cardinalWords(num, 3, ctx.and);
  if (d === 1) return `${numWords} over one`;
  let denWords: string;
  if (d === 2) denWords = n === 1 ? 'half' : 'halves';
  else if (d === 4) denWords = n === 1 ? 'quarter' : 'quarters';
  else denWords = ordinalWords(den, 3, ctx.and) + (n === 1 ? '' : 's');
  return `${numWords} ${denWords}`;
}

/** Words after "and" in a mixed number: "1 1/2" -> "a half". @internal */
export function mixedFractionTail(ctx: ScanContext, num: string, den: string): string {
  const words = fractionWords(ctx, num, den);
  return num === '1' ? words.replace(/^one /, 'a ') : words;
}

const FRACTION = /(\d{1,3})\/(\d{1,3})(?![\d/])/y;
const MIXED_TAIL = /[ \u00a0](\d{1,3})\/(\d{1,3})(?![\d/])/y;

/** A fraction at `i`: returns numerator, denominator and end, or undefined. @internal */
export function matchFraction(text: string, i: number, mixed: boolean): { num: string; den: string; end: number } | undefined {
  const re = mixed ? MIXED_TAIL : FRACTION;
  re.lastIndex = i;
  const m = re.exec(text);
  if (!m) return undefined;
  const num = Number(m[1]);
  const den = Number(m[2]);
  // "50/50" and "4/4" are ratios or scores, and huge denominators are not read as fractions.
  if (den === 0 || num === den || den > 100) return undefined;
  // "24/7" and "9/11" are names, not fractions.
  if (!mixed && (m[0] === '24/7' || m[0] === '9/11')) return undefined;
  return { num: m[1]!, den: m[2]!, end: re.lastIndex };
}
