import type { ScanContext } from './context';
import { dateWords, monthNumber, validDay } from './dates';

/**
 * Dates that start with a digit: "2024-01-05", "1/5/2024" (order from `dateOrder`), "5 January
 * 2024", "5th of January". Month-first dates ("Jan. 5th") start with a letter and live in
 * month-dates.ts.
 * @internal
 */

const ISO = /(\d{4})-(\d{2})-(\d{2})(?![\d])/y;
const SLASH = /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/y;
const SHORT_SLASH = /(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d)/y;
/** Words before which a bare "11/15" or "3/4" is a date rather than a fraction. */
const DATE_CUES: ReadonlySet<string> = new Set(['on', 'by', 'since', 'until', 'till', 'from', 'before', 'after', 'due', 'dated', 'through', 'thru']);
const DAY_MONTH = /(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ \u00a0]([A-Z][a-z]{2,8})(\.?)(?:,?[ \u00a0](\d{4}))?(?![\dA-Za-z])/y;

/** A numeric or day-first date at `i`. Returns the end, or -1. @internal */
export function dateRule(ctx: ScanContext, i: number): number {
  const { text, opts } = ctx;
  ISO.lastIndex = i;
  let m = ISO.exec(text);
  if (m) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month >= 1 && month <= 12 && validDay(month, day)) return emit(ctx, i, ISO.lastIndex, dateWords(month, day, m[1]!, opts.dateOrder));
  }
  SLASH.lastIndex = i;
  m = SLASH.exec(text);
  if (m) {
    const [month, day] = slashOrder(m, opts.dateOrder);
    if (month >= 1 && month <= 12 && validDay(month, day)) return emit(ctx, i, SLASH.lastIndex, dateWords(month, day, m[3]!, opts.dateOrder));
  }
  // A month/day without a year ("shipped on 11/15"): a date after a cue word, or when the day cannot be a common
  // fraction's denominator (13..31 except 16; "3/4" and "5/16" stay fractions) and it does not read like one
  // ("1/20", "7/20 of").
  SHORT_SLASH.lastIndex = i;
  m = SHORT_SLASH.exec(text);
  if (m) {
    const [month, day] = slashOrder(m, opts.dateOrder);
    const cued = DATE_CUES.has(ctx.prevWord.toLowerCase());
    const fractionLike = Number(m[1]) === 1 || /^[ \u00a0]of\b/.test(text.slice(SHORT_SLASH.lastIndex, SHORT_SLASH.lastIndex + 4));
    if (month >= 1 && month <= 12 && validDay(month, day) && (cued || (day >= 13 && day !== 16 && !fractionLike))) {
      return emit(ctx, i, SHORT_SLASH.lastIndex, dateWords(month, day, '', opts.dateOrder));
    }
  }
  DAY_MONTH.lastIndex = i;
  m = DAY_MONTH.exec(text);
  if (m) {
    const day = Number(m[1]);
    const month = monthNumber(m[2]!);
    if (month > 0 && validDay(month, day)) {
      // Only abbreviations ("Jan.") take a dot; after "May." or "June." the dot is a full stop.
      const abbreviated = m[2]!.length <= 4 && m[2] !== 'May' && m[2] !== 'June' && m[2] !== 'July';
      const dotIsStop = m[3] === '.' && (!abbreviated || m[4] === undefined);
      const end = dotIsStop && m[4] === undefined ? DAY_MONTH.lastIndex - 1 : DAY_MONTH.lastIndex;
      if (m[3] === '.' && !abbreviated && m[4] !== undefined) return -1;
      let words = dateWords(month, day, m[4] ?? '', 'dmy');
      // "the 1st of May" already has its article.
      if (ctx.prevWord.toLowerCase() === 'the') words = words.slice(4);
      return emit(ctx, i, end, words);
    }
  }
  return -1;
}

/** [month, day] of a slash date's first two numbers, in the configured order. */
function slashOrder(m: RegExpExecArray, order: 'mdy' | 'dmy'): [number, number] {
  const a = Number(m[1]);
  const b = Number(m[2]);
  return order === 'dmy' ? [b, a] : [a, b];
}

function emit(ctx: ScanContext, start: number, end: number, words: string): number {
  ctx.out.word(words, start, end);
  ctx.prevWord = '1';
  return end;
}
