import type { ScanContext } from './context';
import { digitRunEnd, isAlnum, isDigit, isLatinLetter, isSpace } from './chars';
import { assertLength } from './errors';
import { type OffsetMap, OutputBuilder } from './offset-map';
import { type NormalizeOptions, resolveNormalizeOptions } from './options';
import { numberRule, startsNumber } from './numbers';
import { symbolRule } from './symbols';
import { wordRule } from './words';

/** Result of {@link normalize}: the spoken-form text and a map back to the input. */
export interface NormalizedText {
  /** Text in spoken form: numbers, symbols and abbreviations written as words. */
  text: string;
  /** Maps any span of `text` back to the span of the input it came from. */
  map: OffsetMap;
}

/**
 * Rewrites English text into the words a reader would say ("$5.50" -> "five dollars and fifty
 * cents", "Dr. Smith" -> "Doctor Smith") and keeps the punctuation that shapes prosody
 * (`, . ! ? ; : — … " ( )`). Whitespace collapses to single spaces; blank lines become "\n\n".
 *
 * One left-to-right pass with bounded look-ahead: linear in the input length, never throws on
 * any string (binary garbage, lone surrogates, emoji, 10,000-digit numbers).
 *
 * @throws `KOKORO_G2P_INPUT_TOO_LONG` only when `options.maxChars` is set and exceeded.
 */
export function normalize(text: string, options?: Partial<NormalizeOptions>): NormalizedText {
  const opts = resolveNormalizeOptions(options);
  assertLength(text, opts.maxChars);
  const ctx: ScanContext = {
    text,
    opts,
    out: new OutputBuilder(),
    and: opts.lang === 'en-gb',
    prevWord: '',
    noEmailBefore: 0,
    noDomainBefore: 0,
    linkLabelEnd: -1,
    linkEnd: 0,
    nextCloseBracket: 0,
    inHeading: false,
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let next: number;
    if (isSpace(c)) {
      next = whitespace(ctx, i);
    } else if (isLatinLetter(c)) {
      next = wordRule(ctx, i);
    } else if (startsNumber(ctx, i)) {
      next = numberRule(ctx, i);
      if (next < 0) next = isDigit(c) ? verbatimDigits(ctx, i) : symbolRule(ctx, i);
    } else {
      next = symbolRule(ctx, i);
    }
    // Every rule consumes input; this guard keeps a future rule bug from hanging the caller.
    i = next > i ? next : i + 1;
  }
  return ctx.out.finish();
}

/** {@link normalize} without the offset map. */
export function normalizeText(text: string, options?: Partial<NormalizeOptions>): string {
  return normalize(text, options).text;
}

/** A Markdown list marker at `j`: "- ", "* ", "+ " or "1. ". */
function startsListItem(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if ((c === 45 || c === 42 || c === 43) && text.charCodeAt(j + 1) === 32) return true;
  let k = j;
  while (k < text.length && k - j < 3 && isDigit(text.charCodeAt(k))) k++;
  return k > j && text.charCodeAt(k) === 46 && text.charCodeAt(k + 1) === 32;
}

function whitespace(ctx: ScanContext, i: number): number {
  const { text } = ctx;
  let j = i;
  let newlines = 0;
  while (j < text.length && isSpace(text.charCodeAt(j))) {
    if (text.charCodeAt(j) === 10) newlines++;
    j++;
  }
  const paragraph = newlines >= 2;
  // A Markdown heading or list item ends at its line break: close it with a period so it is read as its own
  // sentence, not run into the next line ("## Setup\n- Install Node").
  if (newlines > 0 && (ctx.inHeading || startsListItem(text, j)) && isAlnum(ctx.out.lastChar())) ctx.out.close('.', i, i);
  if (newlines > 0) ctx.inHeading = false;
  ctx.out.space(i, j, paragraph, j - i === 1 && text.charCodeAt(i) === 32);
  if (paragraph) ctx.prevWord = '';
  return j;
}

function verbatimDigits(ctx: ScanContext, i: number): number {
  const j = digitRunEnd(ctx.text, i);
  ctx.out.word(ctx.text.slice(i, j), i, j, true);
  ctx.prevWord = '1';
  return j;
}
