import type { ScanContext } from './context';
import { codeAt, digitRunEnd, isDigit } from './chars';
import { cardinalWords } from './number-words';

/**
 * Dotted versions and addresses: "2.1.3" -> "two point one point three"; after a "v" prefix
 * ("v2.1", "v3") the reading starts with "version". Three or more groups are needed without
 * the prefix, since "2.5" is a decimal.
 * @internal
 */

/** Version at `i` (a digit). `prefixed` when a "v" preceded it. Returns the end, or -1. @internal */
export function versionRule(ctx: ScanContext, i: number, prefixed: boolean): number {
  const { text } = ctx;
  const groups: string[] = [];
  let j = i;
  for (;;) {
    const k = digitRunEnd(text, j);
    // Bounded so a failed attempt never rescans a long dotted run (keeps the pass linear).
    if (k === j || k - j > 6 || groups.length >= 8) return -1;
    groups.push(cardinalWords(text.slice(j, k), 6, ctx.and));
    j = k;
    if (codeAt(text, j) === 46 && isDigit(codeAt(text, j + 1))) j++;
    else break;
  }
  if (!prefixed && groups.length < 3) return -1;
  const start = prefixed ? i - 1 : i;
  ctx.out.word(`${prefixed ? 'version ' : ''}${groups.join(' point ')}`, start, j);
  ctx.prevWord = '1';
  return j;
}
