import type { ScanContext } from './context';
import { codeAt, isAlnum, isDigit, isLatinLetter, isUpper } from './chars';
import { digitWords } from './number-words';

/** URLs, bare domains, emails, @handles and #hashtags. @internal */

const SCHEME = /(?:https?|ftp):\/\/|www\./iy;
const TLDS: ReadonlySet<string> = new Set(['com', 'org', 'net', 'io', 'dev', 'ai', 'edu', 'gov', 'co', 'uk', 'us', 'de',
  'fr', 'app', 'info', 'biz', 'me', 'tv', 'ca', 'au', 'jp', 'ly', 'gg', 'so', 'sh', 'xyz', 'tech', 'blog']);

const SPOKEN_CHARS: Readonly<Record<string, string>> = {
  '.': 'dot', '/': 'slash', '-': 'dash', _: 'underscore', ':': 'colon', '?': 'question mark', '=': 'equals', '&': 'and',
  '#': 'hash', '@': 'at', '%': 'percent', '~': 'tilde', '+': 'plus',
};

/** Speaks a URL, host or email part: letters as words, digits one by one, symbols by name. */
function speakAddress(text: string, start: number, end: number): string {
  const words: string[] = [];
  let j = start;
  while (j < end) {
    const c = text.charCodeAt(j);
    let k = j + 1;
    if (isLatinLetter(c)) {
      while (k < end && isLatinLetter(text.charCodeAt(k))) k++;
      const w = text.slice(j, k);
      words.push(w.toLowerCase() === 'www' ? 'W W W' : w);
    } else if (isDigit(c)) {
      while (k < end && isDigit(text.charCodeAt(k))) k++;
      words.push(digitWords(text.slice(j, k)));
    } else {
      const name = SPOKEN_CHARS[text[j]!];
      if (name) words.push(name);
    }
    j = k;
  }
  return words.join(' ');
}

function isUrlChar(c: number): boolean {
  return c > 32 && c < 127 && c !== 34 && c !== 60 && c !== 62 && c !== 96 && c !== 123 && c !== 125 && c !== 124;
}

function trimTrailingPunctuation(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 39 || c === 47) e--;
    else break;
  }
  return e;
}

/** "https://example.com/docs" at `i` -> "example dot com slash docs". Returns the end, or -1. @internal */
export function urlRule(ctx: ScanContext, i: number): number {
  const { text } = ctx;
  SCHEME.lastIndex = i;
  const m = SCHEME.exec(text);
  if (!m) return -1;
  const bodyStart = m[0].toLowerCase() === 'www.' ? i : SCHEME.lastIndex;
  let j = SCHEME.lastIndex;
  while (j < text.length && isUrlChar(text.charCodeAt(j))) j++;
  const end = trimTrailingPunctuation(text, bodyStart, j);
  if (end <= bodyStart) return -1;
  ctx.out.word(speakAddress(text, bodyStart, end), i, end);
  ctx.prevWord = 'url';
  return end;
}

function isHostChar(c: number): boolean {
  return isAlnum(c) || c === 45 || c === 46;
}

/** A bare domain such as "example.com" or "docs.kokoro.dev/guide" at `i`. Returns the end, or -1. @internal */
export function domainRule(ctx: ScanContext, i: number): number {
  const { text } = ctx;
  if (i < ctx.noDomainBefore) return -1;
  let j = i;
  while (j < text.length && isHostChar(text.charCodeAt(j))) j++;
  const hostEnd = trimTrailingPunctuation(text, i, j);
  let lastDot = hostEnd - 1;
  while (lastDot > i && text.charCodeAt(lastDot) !== 46) lastDot--;
  const tld = lastDot > i ? text.slice(lastDot + 1, hostEnd) : '';
  if (!TLDS.has(tld.toLowerCase()) || codeAt(text, hostEnd) === 64) {
    ctx.noDomainBefore = j;
    return -1;
  }
  let end = hostEnd;
  if (codeAt(text, end) === 47) {
    let k = end;
    while (k < text.length && isUrlChar(text.charCodeAt(k))) k++;
    end = trimTrailingPunctuation(text, end, k);
  }
  ctx.out.word(speakAddress(text, i, end), i, end);
  ctx.prevWord = 'url';
  return end;
}

function isLocalChar(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

/** "jo.doe@example.com" at `i` -> "jo dot doe at example dot com". Returns the end, or -1. @internal */
export function emailRule(ctx: ScanContext, i: number): number {
  const { text } = ctx;
  if (i < ctx.noEmailBefore) return -1;
  let j = i;
  while (j < text.length && isLocalChar(text.charCodeAt(j))) j++;
  if (codeAt(text, j) !== 64 || !isAlnum(codeAt(text, j + 1))) {
    ctx.noEmailBefore = j;
    return -1;
  }
  let k = j + 1;
  while (k < text.length && isHostChar(text.charCodeAt(k))) k++;
  const end = trimTrailingPunctuation(text, j + 1, k);
  const domain = text.slice(j + 1, end);
  if (!domain.includes('.') || domain.endsWith('.')) {
    ctx.noEmailBefore = j;
    return -1;
  }
  ctx.out.word(`${speakAddress(text, i, j)} at ${speakAddress(text, j + 1, end)}`, i, end);
  ctx.prevWord = 'email';
  return end;
}

function isHandleChar(c: number): boolean {
  return isAlnum(c) || c === 95;
}

/** "@kokoro_tts" -> "at kokoro tts". `i` is at "@". Returns the end, or -1. @internal */
export function handleRule(ctx: ScanContext, i: number): number {
  const { text } = ctx;
  if (!isHandleChar(codeAt(text, i + 1)) || isAlnum(codeAt(text, i - 1))) return -1;
  let j = i + 1;
  while (j < text.length && isHandleChar(text.charCodeAt(j))) j++;
  ctx.out.word(`at ${splitIdentifier(text, i + 1, j)}`, i, j);
  ctx.prevWord = 'handle';
  return j;
}

/** "#HelloWorld" -> "hashtag Hello World". `i` is at "#". Returns the end, or -1. @internal */
export function hashtagRule(ctx: ScanContext, i: number): number {
  const { text } = ctx;
  if (!isLatinLetter(codeAt(text, i + 1)) || isAlnum(codeAt(text, i - 1))) return -1;
  let j = i + 1;
  while (j < text.length && isHandleChar(text.charCodeAt(j))) j++;
  ctx.out.word(`hashtag ${splitIdentifier(text, i + 1, j)}`, i, j);
  ctx.prevWord = 'hashtag';
  return j;
}

/** Splits camelCase, snake_case and digits: "HelloWorld_2" -> "Hello World two". */
function splitIdentifier(text: string, start: number, end: number): string {
  const words: string[] = [];
  let j = start;
  while (j < end) {
    const c = text.charCodeAt(j);
    let k = j + 1;
    if (isDigit(c)) {
      while (k < end && isDigit(text.charCodeAt(k))) k++;
      words.push(digitWords(text.slice(j, k)));
    } else if (isLatinLetter(c)) {
      const upperRun = isUpper(c);
      while (k < end && isLatinLetter(text.charCodeAt(k)) && !(isUpper(text.charCodeAt(k)) && !isUpper(text.charCodeAt(k - 1)))) k++;
      // "HTMLParser": an upper-case run ends before the capital that starts the next word.
      if (upperRun && k - j > 1 && k < end && isUpper(text.charCodeAt(k - 1)) && !isUpper(text.charCodeAt(k)) && isLatinLetter(text.charCodeAt(k))) k--;
      words.push(text.slice(j, k));
    }
    j = k;
  }
  return words.join(' ');
}
