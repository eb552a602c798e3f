import type { ScanContext } from './context';
import { cardinalWords, twoDigitWords } from './number-words';
import { isUpper } from './chars';

/** Clock times: "3:30 pm", "14:05", "3pm", "12:00:30". @internal */

const CLOCK = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])/y;
const MERIDIEM = /[ \u00a0]?([AaPp])(\.?)[Mm](\.?)(?![A-Za-z])/y;

/** Reads "am"/"pm" at `i`; returns the words, the end, and whether a final dot may end the sentence. @internal */
export function matchMeridiem(text: string, i: number): { words: string; end: number; dotEnds: boolean } | undefined {
  MERIDIEM.lastIndex = i;
  const m = MERIDIEM.exec(text);
  if (!m) return undefined;
  // "3 a.m" or "3 am" are fine, but "3 a.m" with only one dot is unusual; accept any.
  const words = m[1] === 'a' || m[1] === 'A' ? 'A M' : 'P M';
  return { words, end: MERIDIEM.lastIndex, dotEnds: m[3] === '.' };
}

/** Words for hour and minute digits of a clock time. @internal */
export function clockWords(hour: number, minute: number, meridiem: boolean): string {
  const h = twoDigitWords(hour);
  if (minute === 0) {
    if (meridiem) return h;
    if (hour >= 1 && hour <= 12) return `${h} o'clock`;
    return `${hour === 0 ? 'zero' : h} hundred`;
  }
  const hh = hour === 0 ? 'zero' : h;
  return minute < 10 ? `${hh} oh ${twoDigitWords(minute)}` : `${hh} ${twoDigitWords(minute)}`;
}

/** Emits a meridiem that may carry the sentence's full stop. @internal */
export function emitMeridiemDot(ctx: ScanContext, end: number): void {
  const next = nextNonSpace(ctx.text, end);
  if (next === 0 || isUpper(next)) ctx.out.attach('.', end - 1, end);
}

function nextNonSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < 8 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 10)) j++;
  return j < text.length ? text.charCodeAt(j) : 0;
}

/** "3:30 pm" style times at `i` (a digit). Returns the end, or -1. @internal */
export function timeRule(ctx: ScanContext, i: number): number {
  const { text } = ctx;
  CLOCK.lastIndex = i;
  const m = CLOCK.exec(text);
  if (!m) return -1;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? -1 : Number(m[3]);
  if (hour > 24 || minute > 59 || second > 59) return -1;
  let end = CLOCK.lastIndex;
  const mer = hour >= 1 && hour <= 12 ? matchMeridiem(text, end) : undefined;
  let words = clockWords(hour, minute, mer !== undefined);
  if (second >= 0) words += ` and ${cardinalWords(String(second), 2)} ${second === 1 ? 'second' : 'seconds'}`;
  if (mer) {
    words += ` ${mer.words}`;
    end = mer.end;
  }
  ctx.out.word(words, i, end);
  if (mer?.dotEnds) emitMeridiemDot(ctx, end);
  ctx.prevWord = '1';
  return end;
}
