/**
 * Primary stress placement for the rule-based fallback: English words are read with initial stress unless a
 * prefix, a stress-fixing suffix or the syllable count says otherwise.
 */

const UNSTRESSED_PREFIXES = ['be', 'de', 're', 'con', 'com', 'pre', 'pro', 'ex', 'en', 'em', 'un', 'dis', 'mis', 'a'];
const TWO_SYLLABLE_PREFIX = /^(a([bcdfglnprst])\2|ab|ad|be|con|com|de|dis|en|em|ex|im|in|ob|op|per|pro|re|sub|sur|trans|mis)[^aeiouy]*[aeiouy]/;
const HEAVY_END = /([aeiouy][^aeiouy]*[^aeiouy]{2}|[aeiouy][^aeiouy]e|[aeiou]{2}[^aeiouy]*)$/;

/** Index of the vowel that takes primary stress, from prefixes, suffixes and syllable count. @internal */
export function primaryStressIndex(clean: string, vowels: number): number {
  // Stress-neutral endings: stress the word as if they were not there.
  const neutral = /(ments?|ness|less|ful|ly|ings?|ers?)$/.exec(clean);
  const core = neutral && vowels > 1 ? vowels - 1 : vowels;
  let stressIndex = core >= 4 ? core - 3 : 0;
  if (core > 2 && core < 4 && UNSTRESSED_PREFIXES.some((p) => clean.startsWith(p) && clean.length > p.length + 3)) stressIndex = 1;
  if (core >= 3 && /(ous|ize|izes|ized|ate|ates|ated|ity|ities|ical|ically|ify|ian|ology|ologist|ography|ia|ium|io|ior|ient|ience|iant)$/.test(clean)) stressIndex = core - 3;
  if (/^ex[aeiouh]/.test(clean) && clean.length > 5 && stressIndex === 0 && core >= 2) stressIndex = 1;
  // Two-syllable words of a Latin prefix + heavy root are verb-like and end-stressed (attract, denounce, oppose).
  if (core === 2 && !neutral && TWO_SYLLABLE_PREFIX.test(clean) && HEAVY_END.test(clean)) stressIndex = 1;
  if (core >= 4 && /(ary|ory)$/.test(clean)) stressIndex = core - 4;
  // -tion/-ic/-ial on the syllable before.
  if (core >= 2 && /([tsc]i(on|ons|an|al)|ic|ics|[ct]ious|itis|osis)$/.test(clean)) stressIndex = core - 2;
  return Math.max(0, stressIndex);
}
