/**
 * Splits a long sentence into clauses no longer than `maxChars`, preferring the strongest
 * break that fits: ";", ":", "—" first, then ", ", then before a conjunction, then any space.
 * A single word longer than `maxChars` is cut at `maxChars` (never inside a surrogate pair).
 */

/** A clause of a sentence; offsets are relative to the string given to {@link splitClauses}. */
export interface Clause {
  text: string;
  start: number;
  end: number;
}

/** Default clause length limit, in UTF-16 code units. */
export const DEFAULT_MAX_CLAUSE_CHARS = 200;

const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'nor', 'so', 'yet', 'because', 'although', 'though',
  'while', 'whereas', 'which', 'who', 'that', 'when', 'where', 'unless', 'until', 'since', 'however']);

const PRIORITIES = 4;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Break candidates by priority: each is the position where the next clause may start
 * (after the punctuation, or before the conjunction).
 */
function candidates(text: string): number[][] {
  const lists: number[][] = Array.from({ length: PRIORITIES }, () => []);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
    if ((c === 59 || c === 58 || c === 0x2014 || c === 0x2013) && isSpace(next)) lists[0]!.push(i + 1);
    else if (c === 0x2014) lists[0]!.push(i + 1);
    else if (c === 44 && isSpace(next)) lists[1]!.push(i + 1);
    else if (isSpace(c) && isLetter(next)) {
      let e = i + 1;
      while (e < n && e - i <= 9 && isLetter(text.charCodeAt(e))) e++;
      if (CONJUNCTIONS.has(text.slice(i + 1, e).toLowerCase())) lists[2]!.push(i);
      lists[3]!.push(i);
    } else if (isSpace(c)) {
      lists[3]!.push(i);
    }
  }
  return lists;
}

/**
 * Splits `sentence` into clauses of at most `maxChars` characters (default
 * {@link DEFAULT_MAX_CLAUSE_CHARS}); shorter sentences come back whole. Clauses are trimmed and
 * never empty; offsets point into `sentence`. Linear time.
 */
export function splitClauses(sentence: string, maxChars: number = DEFAULT_MAX_CLAUSE_CHARS): Clause[] {
  const limit = Number.isFinite(maxChars) && maxChars >= 1 ? Math.floor(maxChars) : DEFAULT_MAX_CLAUSE_CHARS;
  const out: Clause[] = [];
  const n = sentence.length;
  if (n <= limit) {
    push(sentence, 0, n, out);
    return out;
  }
  const lists = candidates(sentence);
  const cursor = new Array<number>(PRIORITIES).fill(0);
  let start = 0;
  while (n - start > limit) {
    const windowEnd = start + limit;
    let cut = -1;
    for (let p = 0; p < PRIORITIES && cut < 0; p++) {
      const list = lists[p]!;
      let k = cursor[p]!;
      while (k < list.length && list[k]! <= windowEnd) k++;
      cursor[p] = k;
      // The last candidate inside the window that leaves a non-empty clause.
      const best = k > 0 ? list[k - 1]! : -1;
      // Strong breaks must leave a clause of a useful length; any space will do as a last resort.
      const minimum = p < PRIORITIES - 1 ? limit / 4 : 1;
      if (best - start >= minimum && hasContent(sentence, start, best)) cut = best;
    }
    if (cut < 0) {
      cut = windowEnd;
      const c = sentence.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    push(sentence, start, cut, out);
    start = cut;
  }
  push(sentence, start, n, out);
  return out;
}

function hasContent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}

function push(text: string, from: number, to: number, out: Clause[]): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s < e) out.push({ text: text.slice(s, e), start: s, end: e });
}
