/** Currency names and "$5.50"-style readings. @internal */

/** How one currency is read. @internal */
export interface Currency {
  one: string;
  many: string;
  /** Minor unit (cents); undefined where none is spoken (yen). */
  minorOne: string | undefined;
  minorMany: string | undefined;
}

const DOLLAR: Currency = { one: 'dollar', many: 'dollars', minorOne: 'cent', minorMany: 'cents' };
const POUND: Currency = { one: 'pound', many: 'pounds', minorOne: 'penny', minorMany: 'pence' };
const EURO: Currency = { one: 'euro', many: 'euros', minorOne: 'cent', minorMany: 'cents' };
const YEN: Currency = { one: 'yen', many: 'yen', minorOne: undefined, minorMany: undefined };
const RUPEE: Currency = { one: 'rupee', many: 'rupees', minorOne: 'paisa', minorMany: 'paise' };
const WON: Currency = { one: 'won', many: 'won', minorOne: undefined, minorMany: undefined };

/** Currency for a symbol code unit, or undefined. @internal */
export function currencyForSymbol(code: number): Currency | undefined {
  switch (code) {
    case 0x24: return DOLLAR; // $
    case 0xa3: return POUND; // £
    case 0x20ac: return EURO; // €
    case 0xa5: return YEN; // ¥
    case 0x20b9: return RUPEE; // ₹
    case 0x20a9: return WON; // ₩
    default: return undefined;
  }
}

/** Scale suffixes written after an amount: "$5M", "3.2B", "10k", "2bn". @internal */
export const SCALE_SUFFIXES: Readonly<Record<string, string>> = Object.freeze({
  k: 'thousand', K: 'thousand', M: 'million', m: 'million', mn: 'million', B: 'billion', b: 'billion', bn: 'billion',
  T: 'trillion', tn: 'trillion',
});

/**
 * Words for an amount: `whole` already in words, `wholeIsOne` when it is exactly 1, `cents`
 * the two-digit minor part (or undefined), `scale` a scale word ("million") or ''.
 * @internal
 */
export function currencyWords(c: Currency, whole: string, wholeIsOne: boolean, wholeIsZero: boolean, cents: string | undefined, centsWords: string | undefined, scale: string): string {
  if (scale) return `${whole} ${scale} ${c.many}`;
  const major = `${whole} ${wholeIsOne ? c.one : c.many}`;
  if (cents === undefined || centsWords === undefined || c.minorOne === undefined || c.minorMany === undefined) return major;
  if (cents === '00') return major;
  const minor = `${centsWords} ${cents === '01' ? c.minorOne : c.minorMany}`;
  return wholeIsZero ? minor : `${major} and ${minor}`;
}
