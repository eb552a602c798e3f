import type { ScanContext } from './context';
import { dateWords, monthName, monthNumber, validDay } from './dates';

/** Month-first dates: "Jan. 5th", "January 5", "March 3rd, 2024". @internal */

const AFTER_MONTH = /(\.?)[ \u00a0](\d{1,2})(?:st|nd|rd|th)?(?![\dA-Za-z:/.,]\d|[\dA-Za-z:])(?:,?[ \u00a0](\d{4})(?![\d]))?/y;

const MONTH_THEN_YEAR = /\.[ \u00a0]\d{4}(?!\d)/y;

/** A date whose month word spans `[i, wordEnd)`. Returns the end, or -1. @internal */
export function monthDateRule(ctx: ScanContext, i: number, word: string, wordEnd: number): number {
  const month = monthNumber(word);
  if (month === 0) return -1;
  const { text } = ctx;
  AFTER_MONTH.lastIndex = wordEnd;
  const m = AFTER_MONTH.exec(text);
  if (!m) {
    // An abbreviated month before a year ("Dec. 2020") is the month's name; the number rule reads the year.
    MONTH_THEN_YEAR.lastIndex = wordEnd;
    if (word.length > 4 || word === 'May' || !MONTH_THEN_YEAR.test(text)) return -1;
    ctx.out.word(monthName(month), i, wordEnd + 1);
    ctx.prevWord = monthName(month);
    return wordEnd + 1;
  }
  // Only abbreviations take a dot: "May. 5" is not a date form.
  if (m[1] === '.' && (word.length > 4 || word === 'May')) return -1;
  const day = Number(m[2]);
  if (!validDay(month, day)) return -1;
  const end = AFTER_MONTH.lastIndex;
  ctx.out.word(dateWords(month, day, m[3] ?? '', 'mdy'), i, end);
  ctx.prevWord = '1';
  return end;
}
