import { cardinalWords, ordinalWords } from './number-words';
import { looksLikeYear, yearWords } from './years';

/** Month names and spoken dates. @internal */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map([
  ...MONTHS.map((m, i) => [m.toLowerCase(), i + 1] as const),
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9],
  ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Month number (1..12) for a written month ("Jan", "January", "Sept"), or 0. Case-insensitive; must start upper-case. @internal */
export function monthNumber(word: string): number {
  const first = word.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return 0;
  return MONTH_BY_NAME.get(word.toLowerCase()) ?? 0;
}

/** Full month name for 1..12. @internal */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** Year words for a 4-digit or 2-digit year. @internal */
export function yearForDate(digits: string): string {
  if (digits.length === 4 && looksLikeYear(digits)) return yearWords(digits);
  if (digits.length === 2) return digits.startsWith('0') ? `oh ${cardinalWords(digits, 2)}` : cardinalWords(digits, 2);
  return cardinalWords(digits, 4);
}

/** True when day fits the month (ignores leap years: 29 February is always accepted). @internal */
export function validDay(month: number, day: number): boolean {
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= days;
}

/**
 * Spoken date: "January fifth, twenty twenty-four" (mdy) or "the fifth of January, twenty
 * twenty-four" (dmy). `year` digits may be empty.
 * @internal
 */
export function dateWords(month: number, day: number, year: string, order: 'mdy' | 'dmy'): string {
  const dayWords = ordinalWords(String(day), 2);
  const head = order === 'dmy' ? `the ${dayWords} of ${monthName(month)}` : `${monthName(month)} ${dayWords}`;
  return year ? `${head}, ${yearForDate(year)}` : head;
}
