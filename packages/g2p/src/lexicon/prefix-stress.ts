/**
 * GB stress of the negative and reversing prefixes dis-, mis-, un-, in-, im-: misaki's GB lexicon gives the prefix a
 * secondary stress when an unstressed syllable follows it (disconnect dˌɪskənˈɛkt, indentation ˌɪndɛntˈAʃᵊn), and
 * none when a stressed one does (discolour dɪskˈʌlə, uneaten ʌnˈiːtᵊn, incorporation ɪnkˌɔːpəɹˈAʃᵊn).
 * @internal
 */
export function gbPrefixStress(phonemes: string, spelling: string): string {
  const m = /^(dis|mis|un|in|im)/.exec(spelling);
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
  mis: /^(m)(ˌ?)(ɪs)/,
  un: /^()(ˌ?)(ʌn)/,
  in: /^()(ˌ?)(ɪn|ɪŋ)/,
  im: /^()(ˌ?)(ɪm)/,
};
