import type { ScanContext } from './context';
import { abbreviationRule, dottedAbbreviationRule } from './abbreviations';
import { defaultIsKnownWord, isAllCaps, shouldSpell, spellLetters } from './acronyms';
import { codeAt, isDigit, isLatinLetter, letterRunEnd } from './chars';
import { isInvisible } from './emoji';
import { monthDateRule } from './month-dates';
import { cardinalWords, ordinalize } from './number-words';
import { romanReading, romanValue } from './roman';
import { versionRule } from './versions';
import { domainRule, emailRule, urlRule } from './web';

/**
 * Words: URLs, emails and domains that start with a letter, abbreviations, month dates,
 * "v2.1" versions, Roman numerals and acronyms; anything else is copied as written.
 * @internal
 */

/** Letter words with a fixed spoken form that letter spelling would get wrong. */
const SPOKEN_WORDS: Readonly<Record<string, string>> = {
  WWI: 'World War One', WWII: 'World War Two', YoY: 'year over year', QoQ: 'quarter over quarter', MoM: 'month over month',
};

/** Handles the Latin word starting at `i`; always consumes at least one character. @internal */
export function wordRule(ctx: ScanContext, i: number): number {
  const { text, opts, out } = ctx;
  if (opts.urls) {
    const end = urlRule(ctx, i);
    if (end >= 0) return end;
  }
  if (opts.emails) {
    const end = emailRule(ctx, i);
    if (end >= 0) return end;
  }
  let j = letterRunEnd(text, i);
  let hidden = false;
  for (;;) {
    const c = codeAt(text, j);
    if (!isLatinLetter(codeAt(text, j + 1))) break;
    if (c === 39 || c === 0x2019) j = letterRunEnd(text, j + 1);
    else if (opts.controlChars && isInvisible(c)) {
      // Soft hyphens and zero-width characters inside a word do not split it.
      hidden = true;
      j = letterRunEnd(text, j + 1);
    } else break;
  }
  const word = hidden ? stripInvisible(text.slice(i, j)) : text.slice(i, j);
  const after = codeAt(text, j);

  if (after === 46 && isLatinLetter(codeAt(text, j + 1))) {
    // JavaScript library names: "Node.js" -> "Node J S" (not a sentence end before "js").
    if (text.startsWith('js', j + 1) && !isLatinLetter(codeAt(text, j + 3)) && !isDigit(codeAt(text, j + 3))) {
      out.word(`${word} J S`, i, j + 3);
      ctx.prevWord = word;
      return j + 3;
    }
    if (j - i <= 2) {
      const end = dottedAbbreviationRule(ctx, i);
      if (end >= 0) return end;
    }
    if (opts.urls) {
      const end = domainRule(ctx, i);
      if (end >= 0) return end;
    }
  }
  if ((word === 'v' || word === 'V') && isDigit(after) && opts.versions) {
    const end = versionRule(ctx, j, true);
    if (end >= 0) return end;
  }
  if (j - i <= 6) {
    const end = abbreviationRule(ctx, i, word, j);
    if (end >= 0) return end;
  }
  if (opts.dates && j - i <= 9) {
    const end = monthDateRule(ctx, i, word, j);
    if (end >= 0) return end;
  }
  const { stem, tail } = splitPossessive(word);
  const spoken = SPOKEN_WORDS[stem];
  if (spoken !== undefined && opts.abbreviations) {
    out.word(spoken + tail, i, j);
    ctx.prevWord = stem;
    return j;
  }
  if (opts.romanNumerals && stem.length <= 15) {
    const value = romanValue(stem);
    const reading = value > 0 ? romanReading(ctx.prevWord) : undefined;
    if (reading) {
      const words = cardinalWords(String(value), 4, ctx.and);
      out.word(reading === 'ordinal' ? `the ${ordinalize(words)}${tail}` : words + tail, i, j);
      ctx.prevWord = stem;
      return j;
    }
  }
  if (opts.acronyms && isAllCaps(stem) && shouldSpell(stem, opts.isKnownWord ?? defaultIsKnownWord)) {
    out.word(spellLetters(stem) + tail, i, j);
    ctx.prevWord = stem;
    return j;
  }
  const curly = opts.quotes && word.includes('\u2019');
  out.word(curly ? word.replace(/\u2019/g, "'") : word, i, j, !curly && !hidden);
  ctx.prevWord = j - i <= 32 ? word : word.slice(0, 32);
  return j;
}

function splitPossessive(word: string): { stem: string; tail: string } {
  const n = word.length;
  if (n > 2 && (word.charCodeAt(n - 2) === 39 || word.charCodeAt(n - 2) === 0x2019) && word.charCodeAt(n - 1) === 115) {
    return { stem: word.slice(0, n - 2), tail: "'s" };
  }
  return { stem: word, tail: '' };
}

function stripInvisible(word: string): string {
  let out = '';
  for (let k = 0; k < word.length; k++) if (!isInvisible(word.charCodeAt(k))) out += word[k]!;
  return out;
}
