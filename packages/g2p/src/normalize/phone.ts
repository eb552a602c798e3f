import type { ScanContext } from './context';
import { digitWords } from './number-words';

/**
 * Phone numbers, read digit by digit with a pause between groups: "555-123-4567" -> "five five
 * five, one two three, four five six seven". Only shapes that are unlikely to be anything else:
 * ten-digit North American forms, "(555) 123-4567", "1-800-555-0199", and "+" international.
 * @internal
 */

const PATTERNS: readonly RegExp[] = [
  /\(\d{3}\)[ \u00a0]?\d{3}[-. \u00a0]\d{4}(?![\d])/y,
  /(?:1[-. ])?\d{3}[-.]\d{3}[-.]\d{4}(?![\d])/y,
  /\+\d{1,3}(?:[-. \u00a0]?\(?\d{1,4}\)?){2,5}(?![\d])/y,
];

/** Phone number at `i` (a digit, "(" or "+"). Returns the end, or -1. @internal */
export function phoneRule(ctx: ScanContext, i: number): number {
  const { text } = ctx;
  for (const re of PATTERNS) {
    re.lastIndex = i;
    if (!re.test(text)) continue;
    const end = re.lastIndex;
    const groups: string[] = [];
    let j = i;
    while (j < end) {
      let k = j;
      while (k < end && isDigitCode(text.charCodeAt(k))) k++;
      if (k > j) {
        groups.push(digitWords(text.slice(j, k)));
        j = k;
      } else {
        j++;
      }
    }
    const plus = text.charCodeAt(i) === 43 ? 'plus ' : '';
    ctx.out.word(plus + groups.join(', '), i, end);
    ctx.prevWord = '1';
    return end;
  }
  return -1;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
