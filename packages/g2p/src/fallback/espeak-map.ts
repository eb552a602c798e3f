import type { Dialect } from '../lexicon/arpabet';
import { VOCAB } from '../vocab';

/**
 * Maps espeak-ng IPA (as printed by `espeak-ng --ipa`) to misaki's symbol set, following PHONEMES.md:
 * tied pairs merged into misaki's single-letter diphthongs and affricates, r -> ɹ, ɚ -> əɹ, syllabic consonants
 * -> ᵊ + consonant, non-English sounds folded to their nearest English phoneme, and length marks kept only for GB.
 */
const SHARED: ReadonlyArray<readonly [string, string]> = [
  ['ʲ', ''], ['\u0303', ''], ['\u0361', ''], ['^', ''], ['-', ''],
  ['aɪ', 'I'], ['aʊ', 'W'], ['eɪ', 'A'], ['ɔɪ', 'Y'], ['dʒ', 'ʤ'], ['tʃ', 'ʧ'],
  ['r', 'ɹ'], ['ɚ', 'əɹ'], ['ɐ', 'ə'], ['x', 'k'], ['ç', 'k'], ['ɬ', 'l'], ['ʔ', 't'], ['ɫ', 'l'], ['g', 'ɡ'],
  ['ɾ', 'ɾ'], ['e', 'A'], ['o', 'O'], ['ɵ', 'O'], ['ʏ', 'ʊ'], ['y', 'i'], ['ø', 'ə'], ['œ', 'ɛ'], ['ɨ', 'ɪ'],
];
const US_FIRST: ReadonlyArray<readonly [string, string]> = [['oʊ', 'O'], ['ɜːɹ', 'ɜɹ'], ['ɜː', 'ɜɹ'], ['ɪə', 'iə'], ['əʊ', 'O']];
const US_LAST: ReadonlyArray<readonly [string, string]> = [['ɒ', 'ɑ'], ['a', 'æ'], ['ː', '']];
const GB_FIRST: ReadonlyArray<readonly [string, string]> = [['əʊ', 'Q'], ['oʊ', 'Q'], ['eə', 'ɛː'], ['iə', 'ɪə']];
const GB_LAST: ReadonlyArray<readonly [string, string]> = [['ɾ', 't'], ['æ', 'a'], ['ᵻ', 'ɪ']];

function replaceAll(text: string, table: ReadonlyArray<readonly [string, string]>): string {
  let out = text;
  for (const [from, to] of table) out = out.split(from).join(to);
  return out;
}

/**
 * Converts espeak-ng IPA for one word or phrase to misaki phonemes valid in Kokoro's vocabulary (symbols with no
 * mapping are dropped).
 */
export function espeakToMisaki(ipa: string, dialect: Dialect): string {
  let out = ipa.normalize('NFD').replace(/([a-zɹlmnŋ])\u0329/g, 'ᵊ$1');
  // Dialect diphthongs first (so "oʊ" wins over bare "o"), then shared merges, then dialect single symbols
  // (so US "a" -> "æ" only sees an a that is not part of aɪ/aʊ).
  const gb = dialect === 'en-gb';
  out = replaceAll(out, gb ? GB_FIRST : US_FIRST);
  out = replaceAll(out, SHARED);
  out = replaceAll(out, gb ? GB_LAST : US_LAST);
  let clean = '';
  for (const ch of out) if (ch === ' ' || VOCAB.has(ch)) clean += ch;
  return clean.trim();
}
