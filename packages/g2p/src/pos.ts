import type { PosTag } from './lexicon/types';

const VERB_BEFORE = new Set([
  'to', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'cannot', "can't", "won't",
  "wouldn't", "couldn't", "shouldn't", "don't", "doesn't", "didn't", 'do', 'did', "let's", 'please', "i'll",
  "you'll", "we'll", "they'll", "he'll", "she'll", 'i', 'you', 'we', 'they', 'not', 'never', 'always', 'often',
]);
/** Words in VERB_BEFORE that also come before an adjective ("not close to", "never late to"). */
const ADVERBS_BEFORE_ADJ = new Set(['to', 'not', 'never', 'always', 'often']);
const PAST_BEFORE = new Set(['have', 'has', 'had', 'having', "i've", "you've", "we've", "they've", "i'd", 'he', 'she', 'it', 'who', 'already', 'just']);
const BE_BEFORE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "it's", "he's", "she's", "that's", "they're", "we're", "you're", "i'm", 'get', 'got', 'go', 'goes', 'going', 'went', 'gone', 'stay', 'stays', 'feel', 'feels', 'felt', 'seem', 'seems']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'no', 'every', 'each', 'some', 'any', 'another', 'whose', 'of', 'in', 'on', 'for', 'with', 'from', 'at', 'by']);
const INTENSIFIERS = new Set(['very', 'so', 'too', 'more', 'most', 'quite', 'really', 'pretty', 'extremely', 'less', 'least', 'fairly', 'rather']);
const NOT_NOUNS = new Set(['of', 'to', 'and', 'or', 'but', 'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'with', 'is', 'was', 'are', 'were']);

/**
 * A light part-of-speech guess for heteronyms from the neighbouring words (lower-case; `undefined` at a phrase
 * boundary). Not a tagger: it only needs to separate verb / past / noun / adjective readings of the common cases.
 * @internal
 */
export function guessTag(prev: string | undefined, next: string | undefined, hasAdjective: boolean, prevIsName = false): PosTag {
  // After a subject pronoun or a modal, "X to" is a verb ("I object to", "we close to the public"), not "close to".
  if (prev !== undefined && VERB_BEFORE.has(prev) && !ADVERBS_BEFORE_ADJ.has(prev)) return 'VERB';
  if (hasAdjective && next === 'to') return 'ADJ';
  if (prev === undefined) return 'DEFAULT';
  if (INTENSIFIERS.has(prev)) return 'ADJ';
  if (BE_BEFORE.has(prev)) return 'VBN';
  if (PAST_BEFORE.has(prev)) return 'VBD';
  if (VERB_BEFORE.has(prev)) return 'VERB';
  if (DETERMINERS.has(prev) || prev.endsWith("'s")) {
    return hasAdjective && next !== undefined && !NOT_NOUNS.has(next) ? 'ADJ' : 'NOUN';
  }
  // After a name a bare verb form is past tense ("Anna read it"); the present would be "reads".
  if (prevIsName) return 'VBD';
  return 'DEFAULT';
}

const LEAD_METAL_NEXT = new Set(['poisoning', 'pipe', 'pipes', 'paint', 'pencil', 'pencils', 'weight', 'weights', 'bullet', 'bullets', 'shot', 'oxide', 'acetate', 'crystal', 'balloon']);

/**
 * Extra tags for two words misaki also treats specially: "used" before "to" (jˈust) and "lead" the metal.
 * Returns the lexicon key to prefer, or `undefined`.
 * @internal
 */
export function specialTag(word: string, prev: string | undefined, next: string | undefined): string | undefined {
  if (word === 'used') return next === 'to' ? 'TO' : 'DEFAULT';
  if (word === 'lead' && ((next !== undefined && LEAD_METAL_NEXT.has(next)) || (prev === 'of' && next === undefined))) return 'METAL';
  return undefined;
}
