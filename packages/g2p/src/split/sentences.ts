import { DEFAULT_MAX_SENTENCE_CHARS, isSpaceCode, scanBoundaries } from './boundaries';

/** A sentence found by {@link splitSentences}. */
export interface Sentence {
  /** The sentence text, trimmed of surrounding whitespace. */
  text: string;
  /** Start offset in the input (UTF-16 code units). */
  start: number;
  /** End offset in the input, exclusive. */
  end: number;
  /**
   * What follows the sentence: `'paragraph'` when a blank line follows, `'sentence'` for an
   * ordinary boundary, `'length'` when the sentence was cut at `maxSentenceChars`, `'end'` for
   * the last sentence of the input.
   */
  boundary: 'sentence' | 'paragraph' | 'length' | 'end';
}

/** Options for {@link splitSentences} and {@link createSentenceSplitter}. */
export interface SplitOptions {
  /**
   * Longest sentence, in UTF-16 code units: a longer one is cut at its last whitespace before
   * the limit (or at the limit when it has none) and reported with boundary `'length'`. Keeps
   * streaming memory and time bounded. `Infinity` turns the limit off. Default
   * {@link DEFAULT_MAX_SENTENCE_CHARS} (2000).
   */
  maxSentenceChars?: number;
}

/** Validated sentence length limit. @internal */
export function resolveMaxSentenceChars(options: SplitOptions | undefined): number {
  const max = options?.maxSentenceChars;
  if (max === Number.POSITIVE_INFINITY) return max;
  return max !== undefined && Number.isFinite(max) && max >= 1 ? Math.floor(max) : DEFAULT_MAX_SENTENCE_CHARS;
}

/**
 * Splits text into sentences. Robust to abbreviations and titles ("Dr. Smith", "e.g.", "No. 5"),
 * decimals ("3.14"), initials ("J. R. R. Tolkien"), ellipses ("Wait... what"), quotes and
 * brackets after the full stop ('"Go." She left.'), URLs and emails (no space after their dots)
 * and paragraphs (a blank line always ends a sentence and is reported as `'paragraph'`).
 * Linear time; never throws; whitespace-only input gives no sentences.
 */
export function splitSentences(text: string, options?: SplitOptions): Sentence[] {
  const { boundaries } = scanBoundaries(text, 0, true, 0, resolveMaxSentenceChars(options));
  const out: Sentence[] = [];
  let start = 0;
  for (const b of boundaries) {
    pushSentence(text, start, b.end, b.kind === 'word' ? 'length' : b.kind, out);
    start = b.end;
  }
  pushSentence(text, start, text.length, 'end', out);
  if (out.length > 0) out[out.length - 1]!.boundary = 'end';
  return out;
}

/** Adds the trimmed span `[from, to)` unless it is blank; a blank span passes its paragraph mark back. @internal */
export function pushSentence(text: string, from: number, to: number, boundary: Sentence['boundary'], out: Sentence[]): void {
  let s = from;
  let e = to;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (s === e) {
    const last = out[out.length - 1];
    if (last && boundary === 'paragraph') last.boundary = 'paragraph';
    return;
  }
  out.push({ text: text.slice(s, e), start: s, end: e, boundary });
}
