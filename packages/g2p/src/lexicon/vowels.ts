/** Every misaki vowel symbol, US and GB (A I O Q W Y are diphthongs). @internal */
export const VOWEL_SYMBOLS = 'AIOQWYaiuæɑɒɔəɛɜɪʊʌᵻᵊ';

/**
 * GB -ness echoes the vowel before it: nɪs after a syllable with ɪ or i (selfishness, sensitiveness, readiness), nəs
 * otherwise (darkness, callousness). On misaki's GB gold: 149 of 176 -ness words after ɪ/i are nɪs, 145 of 148
 * after any other vowel are nəs. `before` is the pronunciation up to the n.
 * @internal
 */
export function gbNess(before: string): 'nɪs' | 'nəs' {
  const vowel = lastVowel(before);
  return vowel === 'ɪ' || vowel === 'i' ? 'nɪs' : 'nəs';
}

/**
 * GB -less is lɪs after A, I, Y or ɪ (shameless ʃˈAmlɪs, noiseless, limitless) and ləs after other vowels (useless,
 * homeless, careless): 19 of 22 and 49 of 52 on misaki's GB gold. `before` is the pronunciation up to the l.
 * @internal
 */
export function gbLess(before: string): 'lɪs' | 'ləs' {
  const vowel = lastVowel(before);
  return vowel !== '' && 'AIYɪ'.includes(vowel) ? 'lɪs' : 'ləs';
}

/** The last vowel symbol of a pronunciation, or '' when it has none. */
function lastVowel(phonemes: string): string {
  for (let i = phonemes.length - 1; i >= 0; i--) {
    const ch = phonemes[i] ?? '';
    if (VOWEL_SYMBOLS.includes(ch)) return ch;
  }
  return '';
}

/**
 * misaki's GB lexicon marks no secondary stress after the primary (gingerbread ʤˈɪnʤəbɹɛd), and a destressed ɜː there
 * becomes əː (password pˈɑːswəːd, lungworm). `keepLast` spares the last secondary (the head of peacemaker pˈiːsmˌAkə,
 * the longer last part of glass-blower).
 * @internal
 */
export function gbAfterPrimary(phonemes: string, keepLast = false): string {
  const primary = phonemes.indexOf('ˈ');
  if (primary < 0) return phonemes;
  const tail = phonemes.slice(primary);
  const keepAt = keepLast ? tail.lastIndexOf('ˌ') : -1;
  return phonemes.slice(0, primary) + tail.replace(/ˌɜː|ˌ/g, (m: string, offset: number) => (offset === keepAt ? m : m === 'ˌ' ? '' : 'əː'));
}

/**
 * misaki's GB lexicon writes a short i only at the end of a word, before a vowel or in a final -ies/-ied: before a
 * consonant it is ɪ (gerrymander ʤˈɛɹɪmandə, unequivocally), and a short u there is uː (glucosamine, lucidity).
 * @internal
 */
export function gbShortVowels(phonemes: string): string {
  return phonemes.replace(/i(?=[^AIOQWYaiuæɑəɛɜɪʊʌᵻɔɒᵊːˈˌ])(?![zd]$)/g, 'ɪ').replace(/u(?=[^AIOQWYaiuæɑəɛɜɪʊʌᵻɔɒᵊːˈˌ])/g, 'uː');
}

/** Vowels that are never reduced: a first syllable with one of these can carry a secondary stress. */
const FULL_VOWELS = 'AIOQWYaiuæɑɒɔɛɜɪʊʌ';

/**
 * misaki marks a full first vowel with a secondary stress when the primary falls two or more syllables later
 * (heptahedral hˌɛptəhˈidɹəl, nosological nˌOsəlˈɑʤəkᵊl); the letter-to-sound model, trained on CMUdict's sparser
 * secondaries, leaves it out, and so does CMUdict itself for some words (automation, thanatology).
 * @internal
 */
export function pretonicSecondary(phonemes: string): string {
  const primary = phonemes.indexOf('ˈ');
  if (primary < 0 || phonemes.lastIndexOf('ˌ', primary) >= 0) return phonemes;
  const vowels = vowelsBefore(phonemes, primary);
  const first = vowels[0] ?? -1;
  if (vowels.length < 2 || !FULL_VOWELS.includes(phonemes[first] ?? '')) return phonemes;
  return `${phonemes.slice(0, first)}ˌ${phonemes.slice(first)}`;
}

/** Positions of the vowel symbols before `end`. */
function vowelsBefore(phonemes: string, end: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < end; i++) if (VOWEL_SYMBOLS.includes(phonemes[i] ?? '')) out.push(i);
  return out;
}

/**
 * GB spellings misaki's GB lexicon reads its own way, for lexicon and derived words alike (each fixed more words than
 * it broke on misaki's GB development pages):
 * - -ied and -ies after a consonant end in ɪd / ɪz (candied kˈandɪd, species spˈiːʃɪz: 18 of 21), decades keep iz
 *   (nineties nˈIntiz);
 * - -ersion and -ursion have ʃ (aversion əvˈɜːʃᵊn, incursion);
 * - -led after a consonant keeps the syllabic l (bottled bˈɒtᵊld, nickelled);
 * - an unstressed u before a vowel is ʊ (attenuation, habituate həbˈɪʧʊAt).
 * @internal
 */
export function gbSpelledEndings(phonemes: string, spelling: string): string {
  let out = phonemes;
  if (/[^aeiou](ied|ies)$/.test(spelling) && !/(twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies$/.test(spelling)) {
    out = out.replace(/(?<![ˈˌ])i([dz])$/, 'ɪ$1');
  }
  out = out.replace(/ɜːʒ(?=[ᵊə]n)/, 'ɜːʃ');
  if (/[^aeiou]l?led$/.test(spelling)) out = out.replace(/([^AIOQWYaiuæɑɒɔəɛɜɪʊʌᵻᵊːˈˌ])əld$/, '$1ᵊld');
  return out.replace(/(?<![ˈˌ])u(?=[ˈˌ]?[AIOQWYaiuæɑɒɔəɛɜɪʊʌᵻᵊ])/g, 'ʊ');
}

/**
 * US: an æ or ɛ in a closed syllable right before the primary keeps a secondary stress when it is not the first
 * syllable (expectation ˌɛkspˌɛktˈAʃən, sentimentality, antispasmodic ˌæntispˌæzmˈɑdɪk), where CMUdict and the
 * letter-to-sound model leave it unstressed (misaki's US development pages: 20 fixed, 6 broken; GB gold does not
 * do this).
 * @internal
 */
export function closedPretonicSecondary(phonemes: string, spelling: string): string {
  const primary = phonemes.indexOf('ˈ');
  if (primary < 0) return phonemes;
  const vowels = vowelsBefore(phonemes, primary);
  const last = vowels[vowels.length - 1] ?? -1;
  if (vowels.length < 2 || !'æɛ'.includes(phonemes[last] ?? '') || 'ˈˌ'.includes(phonemes[last - 1] ?? '')) return phonemes;
  // A prefix alone before it does not count (inactivity ˌɪnæktˈɪvəɾi, indentation ˌɪndɛntˈAʃən).
  if (vowels.length === 2 && /^(in|un|non|re|dis|mis|im|de|pre)/.test(spelling)) return phonemes;
  // Closed: two consonants between it and the primary.
  const consonants = phonemes.slice(last + 1, primary).replace(/ˌ/g, '').length;
  return consonants >= 2 ? `${phonemes.slice(0, last)}ˌ${phonemes.slice(last)}` : phonemes;
}
