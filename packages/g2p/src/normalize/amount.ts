import type { ScanContext } from './context';
import { codeAt, digitRunEnd, isDigit } from './chars';
import { cardinalWords, decimalWords } from './number-words';

/** A number as written: integer digits (separators removed) and optional fraction digits. @internal */
export interface Amount {
  int: string;
  frac: string | undefined;
  /** True when thousands separators were present. */
  grouped: boolean;
  end: number;
}

/**
 * Parses "1,234,567.89", "3.14", ".5", "42" at `p`. Commas count as thousands separators only
 * with groups of exactly three digits; otherwise parsing stops before the comma.
 * @internal
 */
export function parseAmount(ctx: ScanContext, p: number): Amount | undefined {
  const { text, opts } = ctx;
  let q = digitRunEnd(text, p);
  let int = text.slice(p, q);
  let grouped = false;
  if (opts.thousandsSeparators && q - p >= 1 && q - p <= 3) {
    const parts: string[] = [int];
    while (codeAt(text, q) === 44 && isDigit(codeAt(text, q + 1)) && isDigit(codeAt(text, q + 2)) && isDigit(codeAt(text, q + 3)) && !isDigit(codeAt(text, q + 4))) {
      parts.push(text.slice(q + 1, q + 4));
      q += 4;
      grouped = true;
    }
    if (grouped) int = parts.join('');
  }
  let frac: string | undefined;
  if (opts.decimals && codeAt(text, q) === 46 && isDigit(codeAt(text, q + 1))) {
    const r = digitRunEnd(text, q + 1);
    frac = text.slice(q + 1, r);
    q = r;
  }
  if (int.length === 0 && frac === undefined) return undefined;
  return { int, frac, grouped, end: q };
}

/** Cardinal or decimal words for an amount. @internal */
export function amountWords(ctx: ScanContext, a: Amount): string {
  const max = ctx.opts.maxNumberDigits;
  if (a.frac !== undefined) return decimalWords(a.int, a.frac, max, ctx.and);
  return cardinalWords(a.int, max, ctx.and);
}

/** True when the amount is exactly one ("1", "1.0" is not). @internal */
export function isOne(a: Amount): boolean {
  if (a.frac !== undefined || !a.int.endsWith('1')) return false;
  for (let k = 0; k < a.int.length - 1; k++) if (a.int.charCodeAt(k) !== 48) return false;
  return true;
}
