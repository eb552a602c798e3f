import type { ScanContext } from './context';
import { codeAt, followedByHyphenCode, isAlnum, isDigit, isLatinLetter, isSpace, isUpper, ledByHyphenCode } from './chars';
import { emojiName, isEmoji, isInvisible } from './emoji';
import { phoneRule } from './phone';
import { handleRule, hashtagRule } from './web';
import { decadeWords } from './years';
import { PER_WORDS } from './units';

/**
 * Punctuation, symbols, quotes, dashes, emoji, invisible characters and text in other scripts.
 * Always consumes at least one code unit.
 * @internal
 */

const SPOKEN: Readonly<Record<string, string>> = {
  '&': 'and', '+': 'plus', '=': 'equals', '@': 'at', '%': 'percent', '#': 'hash', '°': 'degrees', '×': 'times',
  '÷': 'divided by', '©': 'copyright', '§': 'section', '\\': 'backslash', '±': 'plus or minus', '≈': 'approximately',
  '≠': 'not equal to', '≤': 'less than or equal to', '≥': 'greater than or equal to', '→': 'to', '£': 'pounds',
  '$': 'dollars', '€': 'euros', '¥': 'yen',
};

const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0xab, 0xbb, 0x2033]);
const KEPT = new Set([44, 59, 58, 40, 41, 34, 39, 0x2014, 0x2026, 0x201c, 0x201d]);
const OTHER_SCRIPT = /[\p{L}\p{M}\p{N}]/u;
const APOSTROPHE_DECADE = /['\u2019](\d{2})s(?![A-Za-z])/y;

/** Handles the character at `i`; returns the position after what it consumed. @internal */
export function symbolRule(ctx: ScanContext, i: number): number {
  const { text, opts, out } = ctx;
  const c = text.charCodeAt(i);
  const prev = codeAt(text, i - 1);
  const next = codeAt(text, i + 1);

  // Markdown from chat models: a link or image reads as its text ("[the guide](https://…)" -> "the guide"), and
  // heading marks at the start of a line are not read.
  if (opts.urls && (c === 91 || (c === 33 && next === 91))) {
    const at = c === 33 ? i + 1 : i;
    // The next "]" is found once and reused, so runs of "[" stay linear.
    if (ctx.nextCloseBracket <= at) {
      const close = text.indexOf(']', at + 1);
      ctx.nextCloseBracket = close < 0 ? text.length : close;
    }
    const close = ctx.nextCloseBracket;
    if (close - at <= 301 && close > at + 1 && codeAt(text, close + 1) === 40 && !text.slice(at, close).includes('\n')) {
      LINK_TARGET.lastIndex = close + 1;
      if (LINK_TARGET.test(text)) {
        ctx.linkLabelEnd = close;
        ctx.linkEnd = LINK_TARGET.lastIndex;
        return at + 1;
      }
    }
  }
  if (c === 93 && ctx.linkLabelEnd === i) {
    ctx.linkLabelEnd = -1;
    ctx.out.space(i, ctx.linkEnd, false);
    return ctx.linkEnd;
  }
  if (c === 35 && opts.symbols && atLineStart(text, i)) {
    let j = i;
    while (codeAt(text, j) === 35 && j - i < 6) j++;
    if (codeAt(text, j) === 32) {
      ctx.inHeading = true;
      return j;
    }
  }
  if (c === 46 || c === 0x2026 || c === 33 || c === 63) return terminalRun(ctx, i);
  if ((c === 39 || c === 0x2019) && opts.decades && isDigit(next)) {
    APOSTROPHE_DECADE.lastIndex = i;
    const m = APOSTROPHE_DECADE.exec(text);
    const words = m ? decadeWords(m[1]!) : undefined;
    if (words) {
      out.word(words, i, APOSTROPHE_DECADE.lastIndex);
      return APOSTROPHE_DECADE.lastIndex;
    }
  }
  if (opts.quotes && SINGLE_QUOTES.has(c)) return attach(ctx, "'", i);
  if (opts.quotes && DOUBLE_QUOTES.has(c)) return attach(ctx, '"', i);
  if ((c === 40 || c === 43) && opts.phoneNumbers) {
    const end = phoneRule(ctx, i);
    if (end >= 0) return end;
  }
  if (KEPT.has(c)) {
    // Punctuation breaks the word context: after "fifth," a "Dr." is a title again.
    ctx.prevWord = '';
    if (c === 44 || c === 59 || c === 58 || c === 41) out.dropSyntheticSpace(); // "20+," -> "twenty plus,
    return attach(ctx, text[i]!, i, true);
  }
  if (c === 45 || c === 0x2013 || c === 0x2212) return dash(ctx, i);
  if (c === 64 && opts.handles) {
    const end = handleRule(ctx, i);
    if (end >= 0) return end;
  }
  if (c === 35 && opts.hashtags) {
    const end = hashtagRule(ctx, i);
    if (end >= 0) return end;
  }
  if (c === 91 || c === 123) return attach(ctx, '(', i);
  if (c === 93 || c === 125) return attach(ctx, ')', i);
  if (opts.symbols) {
    if (c === 42 || c === 0x2217) return spokenBetweenNumbers(ctx, i, 'times');
    if (c === 126) return isDigit(next) ? word(ctx, 'about', i) : skip(ctx, i);
    if (c === 47) return slash(ctx, i, prev, next);
    // A single note or language letter + # is "sharp" (C#, F# minor).
    if (c === 35 && prev >= 65 && prev <= 71 && !isLatinLetter(codeAt(text, i - 2)) && !isLatinLetter(next) && !isDigit(next)) return word(ctx, 'sharp', i);
    if (c === 95 || c === 124 || c === 0x2022 || c === 0xb7) return space(ctx, i);
    const spoken = SPOKEN[text[i]!];
    if (spoken) return word(ctx, spoken, i);
  }
  if (isInvisible(c)) return opts.controlChars ? skip(ctx, i) : attach(ctx, text[i]!, i, true);
  if (c >= 0xd800 && c <= 0xdfff) return surrogate(ctx, i);
  if (isEmoji(c)) return emoji(ctx, i, c, 1);
  if (OTHER_SCRIPT.test(text[i]!)) return otherScript(ctx, i);
  if (c < 128 && !opts.symbols) return attach(ctx, text[i]!, i, true);
  return space(ctx, i);
}

function attach(ctx: ScanContext, s: string, i: number, verbatim = false): number {
  ctx.out.attach(s, i, i + 1, verbatim);
  return i + 1;
}

function word(ctx: ScanContext, s: string, i: number): number {
  ctx.out.word(s, i, i + 1);
  ctx.out.space(i + 1, i + 1, false);
  return i + 1;
}

/** "(target)" of a Markdown "[label](target)": a URL or path (misaki's "[word](/phonemes/)" is split off before). */
const LINK_TARGET = /\([^()\s]{1,2048}\)/y;

/** True when only spaces separate `i` from the start of its line. */
function atLineStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 4 && text.charCodeAt(j) === 32) j--;
  return j < 0 || text.charCodeAt(j) === 10;
}

function skip(_ctx: ScanContext, i: number): number {
  return i + 1;
}

function space(ctx: ScanContext, i: number): number {
  ctx.out.space(i, i + 1, false);
  return i + 1;
}

/** Runs of ".", "!", "?", "…": "..." becomes "…", "?!" becomes "?"; the sentence context resets. */
function terminalRun(ctx: ScanContext, i: number): number {
  const { text, opts, out } = ctx;
  let j = i;
  let dots = 0;
  let first = 0;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 46) dots++;
    else if (c === 0x2026) dots += 3;
    else if (c !== 33 && c !== 63) break;
    if (first === 0 && (c === 33 || c === 63)) first = c;
    j++;
  }
  if (!opts.dashes) {
    out.attach(text.slice(i, j), i, j, true);
  } else if (first !== 0) {
    out.attach(String.fromCharCode(first), i, j);
  } else {
    out.attach(dots >= 2 ? '…' : '.', i, j, j - i === 1);
  }
  ctx.prevWord = '';
  return j;
}

/** Hyphens and dashes outside numbers: word-internal hyphens stay, spaced or doubled dashes become "—". */
function dash(ctx: ScanContext, i: number): number {
  const { text, opts, out } = ctx;
  let j = i;
  while (j < text.length && (text.charCodeAt(j) === 45 || text.charCodeAt(j) === 0x2013 || text.charCodeAt(j) === 0x2212)) j++;
  const prev = codeAt(text, i - 1);
  const next = codeAt(text, j);
  if (!opts.dashes) {
    out.attach(text.slice(i, j), i, j, true);
    return j;
  }
  // A dash between digits that the number rule did not take ("10:30-11:30") reads as a range, unless it joins the
  // parts of a hyphenated code ("CVE-2024-3094"), where it is a pause.
  if (opts.ranges && isDigit(prev) && isDigit(next)) {
    let s = i;
    while (isDigit(codeAt(text, s - 1))) s--;
    let e = j;
    while (isDigit(codeAt(text, e))) e++;
    if (ledByHyphenCode(text, s) || followedByHyphenCode(text, e)) out.space(i, j, false);
    else out.word('to', i, j);
    return j;
  }
  // A capital then digits ("CVE-2024", "COVID-19", "F-16") are two words; elsewhere a hyphen between word
  // characters stays (x-5, 3-year-old).
  if (j - i === 1 && text.charCodeAt(i) === 45 && isUpper(prev) && isDigit(next)) {
    out.space(i, j, false);
    return j;
  }
  if (j - i === 1 && text.charCodeAt(i) === 45 && isAlnum(prev) && isAlnum(next)) {
    out.attach('-', i, j, true);
    return j;
  }
  // A bullet at the start of a line is not spoken.
  if (prev === 0 || prev === 10) return j;
  out.attach('—', i, j);
  return j;
}

function slash(ctx: ScanContext, i: number, prev: number, next: number): number {
  if (isDigit(prev) && isDigit(next)) return space(ctx, i);
  if (isLatinLetter(prev) && isLatinLetter(next)) return word(ctx, 'slash', i);
  // An amount per something: "$3.50/month", "20/hour" -> "per", with short time words spelled out ("$19.99/mo").
  if (isDigit(prev) && isLatinLetter(next)) {
    const { text } = ctx;
    let j = i + 1;
    while (j < text.length && j - i <= 4 && isLatinLetter(text.charCodeAt(j))) j++;
    const written = text.slice(i + 1, j);
    const unit = isLatinLetter(codeAt(text, j)) || written.length > 3 ? undefined : written === 'ea' ? 'each' : PER_WORDS[written];
    if (unit !== undefined) {
      ctx.out.word(unit === 'each' ? unit : `per ${unit}`, i, j);
      return j;
    }
    return word(ctx, 'per', i);
  }
  return space(ctx, i);
}


function spokenBetweenNumbers(ctx: ScanContext, i: number, spoken: string): number {
  const { text } = ctx;
  let before = i - 1;
  while (before >= 0 && i - before < 3 && text.charCodeAt(before) === 32) before--;
  let after = i + 1;
  while (after < text.length && after - i < 3 && text.charCodeAt(after) === 32) after++;
  if (isDigit(codeAt(text, before)) && isDigit(codeAt(text, after))) return word(ctx, spoken, i);
  return skip(ctx, i);
}

function surrogate(ctx: ScanContext, i: number): number {
  const { text, opts } = ctx;
  const c = text.charCodeAt(i);
  const next = codeAt(text, i + 1);
  if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
    const cp = text.codePointAt(i)!;
    if (isEmoji(cp)) return emoji(ctx, i, cp, 2);
    if (OTHER_SCRIPT.test(text.slice(i, i + 2))) return otherScript(ctx, i);
    ctx.out.space(i, i + 2, false);
    return i + 2;
  }
  // A lone surrogate is not text; it is dropped (or kept when control characters are kept).
  return opts.controlChars ? skip(ctx, i) : attach(ctx, text[i]!, i, true);
}

function emoji(ctx: ScanContext, i: number, cp: number, width: number): number {
  const { opts, out, text } = ctx;
  if (opts.emoji === 'keep') {
    out.attach(text.slice(i, i + width), i, i + width, true);
    return i + width;
  }
  const name = opts.emoji === 'describe' ? emojiName(cp) : undefined;
  if (name) {
    out.word(name, i, i + width);
    out.space(i + width, i + width, false);
  } else {
    out.space(i, i + width, false);
  }
  return i + width;
}

/** A run of letters, marks and digits of another script (Cyrillic, Hebrew, CJK, ...), kept verbatim. */
function otherScript(ctx: ScanContext, i: number): number {
  const { text } = ctx;
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < 0x80 || isSpace(c)) break;
    const width = c >= 0xd800 && c <= 0xdbff && j + 1 < text.length ? 2 : 1;
    if (!OTHER_SCRIPT.test(text.slice(j, j + width))) break;
    j += width;
  }
  if (j === i) j = i + 1;
  ctx.out.word(text.slice(i, j), i, j, true);
  ctx.prevWord = text.slice(i, Math.min(j, i + 32));
  return j;
}
