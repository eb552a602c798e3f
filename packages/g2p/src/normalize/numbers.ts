import type { ScanContext } from './context';
import { type Amount, amountWords, isOne, parseAmount } from './amount';
import { codeAt, followedByHyphenCode, isDigit, isLatinLetter, ledByHyphenCode } from './chars';
import { type Currency, SCALE_SUFFIXES, currencyForSymbol, currencyWords } from './currency';
import { dateRule } from './numeric-dates';
import { fractionWords, matchFraction, mixedFractionTail } from './fractions';
import { cardinalWords, ordinalWords } from './number-words';
import { phoneRule } from './phone';
import { emitMeridiemDot, matchMeridiem, timeRule } from './times';
import { matchUnit } from './units';
import { versionRule } from './versions';
import { decadeWords, looksLikeYear, yearWords } from './years';

/**
 * Numbers and everything glued to them: signs, currency, ranges, ordinals, decades, scales,
 * percentages, units, fractions, and the special shapes (phones, dates, times, versions).
 * @internal
 */

const ORDINAL_SUFFIX = /(?:st|nd|rd|th|ST|ND|RD|TH)(?![A-Za-z])/y;
const DECADE_SUFFIX = /['\u2019]?s(?![A-Za-z])/y;
const SCALE_SUFFIX = /(bn|mn|tn|[kKmMbBT])(?![A-Za-z0-9])/y;
const DIAL_WORDS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling', 'dial', 'dials', 'dialed', 'dialled', 'dialing', 'dialling', 'text', 'texting']);
/** After a dialled number: punctuation, the end, or a word that cannot be what the number counts ("call 911 now"). */
function dialEnds(text: string, end: number): boolean {
  const m = /^ ?([A-Za-z]+)/.exec(text.slice(end, end + 16));
  return m === null || /^(or|now|and|for|to|if|immediately|right|first|then|anytime|instead|asap)$/i.test(m[1]!);
}
const FEET_INCHES = /^['\u2019\u2032](\d{1,2})(?:"|''|\u2033|\u201d)/;
const SCALE_WORD = /[ \u00a0](thousand|million|billion|trillion)(?![A-Za-z])/y;

/** True when `code` can start {@link numberRule} at `i`. @internal */
export function startsNumber(ctx: ScanContext, i: number): boolean {
  const { text, opts } = ctx;
  const c = text.charCodeAt(i);
  if (isDigit(c)) return true;
  const next = codeAt(text, i + 1);
  const prev = codeAt(text, i - 1);
  if ((c === 45 || c === 0x2212) && opts.negatives && !isWordish(prev)) {
    return isDigit(next) || (currencyForSymbol(next) !== undefined && isDigit(codeAt(text, i + 2)));
  }
  if (currencyForSymbol(c) !== undefined && opts.currency) return isDigit(next) || (next === 46 && isDigit(codeAt(text, i + 2)));
  if (c === 46 && opts.decimals && !isWordish(prev) && prev !== 46) return isDigit(next);
  if (c === 35 && opts.symbols && !isWordish(prev)) return isDigit(next);
  return false;
}

function isWordish(code: number): boolean {
  return isDigit(code) || isLatinLetter(code) || code === 46;
}

/** Reads a number starting at `i` (see {@link startsNumber}). Returns the end, or -1. @internal */
export function numberRule(ctx: ScanContext, i: number): number {
  const { text, opts } = ctx;
  let p = i;
  let prefix = '';
  let c = text.charCodeAt(p);
  if (c === 45 || c === 0x2212) {
    prefix = 'minus ';
    c = text.charCodeAt(++p);
  }
  if (c === 35) {
    prefix = 'number ';
    c = text.charCodeAt(++p);
  }
  const cur = opts.currency ? currencyForSymbol(c) : undefined;
  if (cur) c = text.charCodeAt(++p);

  if (p === i) {
    const special = specialShapes(ctx, i);
    if (special >= 0) return special;
  }
  const a = parseAmount(ctx, p);
  if (!a) return -1;
  return finishAmount(ctx, i, prefix, cur, a);
}

function specialShapes(ctx: ScanContext, i: number): number {
  const { opts } = ctx;
  let r = -1;
  if (opts.phoneNumbers) r = phoneRule(ctx, i);
  if (r < 0 && opts.dates) r = dateRule(ctx, i);
  if (r < 0 && opts.times) r = timeRule(ctx, i);
  if (r < 0 && opts.versions) r = versionRule(ctx, i, false);
  return r;
}

function finishAmount(ctx: ScanContext, i: number, prefix: string, cur: Currency | undefined, a: Amount): number {
  const { text, opts } = ctx;
  let end = a.end;
  const plainInt = a.frac === undefined && !a.grouped;

  // Range: "10-20", "$10-20", "1999–2005", "10-20%".
  let b: Amount | undefined;
  const dash = codeAt(text, end);
  // Not inside a hyphenated code ("CVE-2024-3094", "123-456-789"), whose dashes join parts.
  if (opts.ranges && (dash === 45 || dash === 0x2013) && !ledByHyphenCode(text, i)) {
    let q = end + 1;
    if (cur && currencyForSymbol(codeAt(text, q)) === cur) q++;
    if (isDigit(codeAt(text, q))) {
      b = parseAmount(ctx, q);
      if (b && followedByHyphenCode(text, b.end)) b = undefined;
      if (b) end = b.end;
    }
  }
  const last = b ?? a;
  const lastPlain = last.frac === undefined && !last.grouped;

  if (!cur && !b && plainInt) {
    const special = suffixForms(ctx, i, prefix, a);
    if (special >= 0) return special;
  }

  // Inside an alphanumeric token ("B2B", "H2O") suffix letters are not scales or units.
  const glued = isLatinLetter(codeAt(text, i - 1));
  let scale = '';
  SCALE_SUFFIX.lastIndex = end;
  const sm = glued ? null : SCALE_SUFFIX.exec(text);
  // Without a currency, a capital M/B/T is a scale only after a decimal ("3.2B") or before a lower-case word
  // ("7B parameters"); "221B Baker Street" and "Room 12B" are labels.
  const scaleOk = sm !== null && (cur !== undefined || (sm[1] !== 'm' && sm[1] !== 'b' && sm[1] !== 'k' && sm[1] !== 'K' &&
    (sm[1]!.length > 1 || last.frac !== undefined || followedByLowerWord(text, SCALE_SUFFIX.lastIndex))));
  if (sm && scaleOk) {
    scale = SCALE_SUFFIXES[sm[1]!] ?? '';
    end = SCALE_SUFFIX.lastIndex;
  } else if (cur) {
    SCALE_WORD.lastIndex = end;
    const wm = SCALE_WORD.exec(text);
    if (wm) {
      scale = wm[1]!;
      end = SCALE_WORD.lastIndex;
    }
  }

  const numWords = (x: Amount): string => {
    if (!opts.cardinals && x.frac === undefined) return '';
    const asYear = opts.years && !cur && !scale && !prefix && x.frac === undefined && !x.grouped && looksLikeYear(x.int);
    return asYear ? yearWords(x.int) : amountWords(ctx, x);
  };

  if (cur) {
    const centsOk = last.frac !== undefined && last.frac.length === 2 && !scale;
    const whole: Amount = centsOk ? { ...last, frac: undefined } : last;
    const wholeWords = amountWords(ctx, whole);
    const cents = centsOk ? last.frac : undefined;
    const centsWords = cents !== undefined ? cardinalWords(cents, 2) : undefined;
    const zero = whole.frac === undefined && isZero(whole.int);
    const money = currencyWords(cur, wholeWords, isOne(whole), zero, cents, centsWords, scale);
    const head = b ? `${amountWords(ctx, a)} to ` : '';
    ctx.out.word(prefix + head + money, i, end);
    ctx.prevWord = '1';
    return end;
  }

  // Short numbers after "call"/"dial" are dialled digit by digit ("call 911" -> nine one one).
  if (!b && !scale && !prefix && lastPlain && a.int.length >= 3 && a.int.length <= 4 && DIAL_WORDS.has(ctx.prevWord.toLowerCase()) && dialEnds(text, end)) {
    ctx.out.word(a.int.split('').map((d) => cardinalWords(d, 1)).join(' '), i, end);
    ctx.prevWord = '1';
    return end;
  }
  const first = numWords(a);
  const second = b ? numWords(b) : '';
  if (!first || (b && !second)) return -1;
  let words = b ? `${first} to ${second}` : first;
  if (scale) words += ` ${scale}`;

  if (opts.percentages && codeAt(text, end) === 37) {
    words += ' percent';
    end++;
  } else if (opts.percentages && codeAt(text, end) === 32 && codeAt(text, end + 1) === 37) {
    words += ' percent';
    end += 2;
  } else if (opts.units && !scale && !glued && (codeAt(text, end) === 120 || codeAt(text, end) === 0xd7) && !isLatinLetter(codeAt(text, end + 1)) && !isDigit(codeAt(text, end + 1))) {
    // A multiplier: "3x faster", "10× zoom".
    words += ' times';
    end++;
  } else if (opts.units && !scale && !glued && (codeAt(text, end) === 120 || codeAt(text, end) === 0xd7) && isDigit(codeAt(text, end + 1)) && !(a.int === '0' && codeAt(text, end) === 120)) {
    // Dimensions: "1920x1080", "2x2 grid" -> "by" (not "0x1F", a hex literal).
    words += ' by';
    end++;
  } else if (opts.units && !scale && !glued) {
    const gluedUnit = matchUnit(text, end, false);
    // A single capital letter glued to a number is a unit only before a lower-case word ("a 5A fuse"), not in a
    // label ("Room 4A", "221B").
    const glued = gluedUnit && /^[A-Z]$/.test(text.slice(end, gluedUnit.end)) && !followedByLowerWord(text, gluedUnit.end) ? undefined : gluedUnit;
    const unit = glued ?? (codeAt(text, end) === 32 ? matchUnit(text, end + 1, true) : undefined);
    if (unit) {
      words += ` ${isOne(last) && !b ? unit.one : unit.many}`;
      end = unit.end;
    }
  }
  if (opts.fractions && !b && !scale && lastPlain && a.int.length <= 6) {
    const mixed = matchFraction(text, end, true);
    if (mixed && mixed.end <= text.length) {
      words += ` and ${mixedFractionTail(ctx, mixed.num, mixed.den)}`;
      end = mixed.end;
    }
  }
  ctx.out.word(prefix + words, i, end);
  ctx.prevWord = '1';
  return end;
}

/** True when `text[i]` is a space followed by a lower-case letter. */
function followedByLowerWord(text: string, i: number): boolean {
  const next = codeAt(text, i + 1);
  return codeAt(text, i) === 32 && next >= 97 && next <= 122;
}

/** Forms that only make sense for a bare integer: ordinals, decades, "3pm", fractions. */
function suffixForms(ctx: ScanContext, i: number, prefix: string, a: Amount): number {
  const { text, opts } = ctx;
  const end = a.end;
  if (opts.ordinals) {
    ORDINAL_SUFFIX.lastIndex = end;
    if (ORDINAL_SUFFIX.test(text)) {
      const stop = ORDINAL_SUFFIX.lastIndex;
      ctx.out.word(prefix + ordinalWords(a.int, opts.maxNumberDigits, ctx.and), i, stop);
      ctx.prevWord = '1';
      return stop;
    }
  }
  if (opts.decades && !prefix) {
    DECADE_SUFFIX.lastIndex = end;
    if (DECADE_SUFFIX.test(text)) {
      const words = decadeWords(a.int);
      if (words) {
        const stop = DECADE_SUFFIX.lastIndex;
        ctx.out.word(words, i, stop);
        ctx.prevWord = '1';
        return stop;
      }
    }
  }
  // Height in feet and inches: 6'2" (also with primes ′ ″ or two apostrophes).
  if (opts.units && !prefix && a.int.length <= 2) {
    const m = FEET_INCHES.exec(text.slice(end, end + 6));
    if (m) {
      const feet = cardinalWords(a.int, 2);
      const inches = cardinalWords(m[1]!, 2);
      const stop = end + m[0].length;
      ctx.out.word(`${feet} ${a.int === '1' ? 'foot' : 'feet'} ${inches} ${m[1] === '1' ? 'inch' : 'inches'}`, i, stop);
      ctx.prevWord = '1';
      return stop;
    }
  }
  if (opts.times && !prefix && a.int.length <= 2) {
    const hour = Number(a.int);
    const mer = hour >= 1 && hour <= 12 ? matchMeridiem(text, end) : undefined;
    if (mer) {
      ctx.out.word(`${cardinalWords(a.int, 2)} ${mer.words}`, i, mer.end);
      if (mer.dotEnds) emitMeridiemDot(ctx, mer.end);
      ctx.prevWord = '1';
      return mer.end;
    }
  }
  if (opts.fractions && codeAt(text, end) === 47) {
    const frac = matchFraction(text, prefix ? i + 1 : i, false);
    if (frac) {
      ctx.out.word(prefix + fractionWords(ctx, frac.num, frac.den), i, frac.end);
      ctx.prevWord = '1';
      return frac.end;
    }
  }
  return -1;
}

function isZero(digits: string): boolean {
  for (let k = 0; k < digits.length; k++) if (digits.charCodeAt(k) !== 48) return false;
  return true;
}
