import type { Dialect } from './arpabet';

/**
 * Stress of the negative and reversing prefixes (GB: dis-, mis-, non-, un-, in-, im-; US: in-, im-, as misaki's US lexicon
 * keeps un- and mis- stressed everywhere): misaki's lexicons give the prefix a secondary stress when an unstressed syllable follows it (disconnect dˌɪskənˈɛkt, indentation ˌɪndɛntˈAʃᵊn), and
 * none when a stressed one does (discolour dɪskˈʌlə, uneaten ʌnˈiːtᵊn, incorporation ɪnkˌɔːpəɹˈAʃᵊn, US initiation
 * ɪnˌɪʃiˈAʃən: 19 of 27 US words where CMUdict stresses both).
 * @internal
 */
export function prefixStress(phonemes: string, spelling: string, dialect: Dialect): string {
  const m = (dialect === 'en-gb' ? /^(dis|mis|non|un|in|im)/ : /^(in|im)/).exec(spelling);
  if (!m) return phonemes;
  const shape = PREFIX_SHAPES[m[1] ?? ''];
  const head = shape?.exec(phonemes);
  if (!shape || !head) return phonemes;
  const rest = phonemes.slice(head[0].length);
  const nextVowel = rest.search(/[AIOQWYaiuæɑɒɔəɛɜɪʊʌᵻ]/);
  if (nextVowel < 0 || rest.includes('ˈ') === false) return phonemes;
  const stressedNext = rest[nextVowel - 1] === 'ˈ' || rest[nextVowel - 1] === 'ˌ';
  const [, onset = '', , vowelAndCoda = ''] = head;
  return `${onset}${stressedNext ? '' : 'ˌ'}${vowelAndCoda}${rest}`;
}

/** onset, optional secondary mark, vowel + coda of each prefix as the converter writes it. */
const PREFIX_SHAPES: Readonly<Record<string, RegExp>> = {
  dis: /^(d)(ˌ?)(ɪs)/,
  non: /^(n)(ˌ?)(ɒn|ɑn)/,
  mis: /^(m)(ˌ?)(ɪs)/,
  un: /^()(ˌ?)(ʌn)/,
  in: /^()(ˌ?)(ɪn|ɪŋ)/,
  im: /^()(ˌ?)(ɪm)/,
};
