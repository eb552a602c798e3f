import type { Dialect } from './lexicon/arpabet';
import { gbAfterPrimary } from './lexicon/vowels';
import { demote, vowelCount, VOWEL_SYMBOLS } from './morphology';

/**
 * Hyphenated words (heart-rending, self-made, son-in-law): one primary stress for the whole word, placed where
 * misaki's lexicon places it, with linking function words reduced.
 *
 * The placement rules were counted on misaki's US gold entries whose parts each carry a primary stress (573
 * two-part words): the word-length rule below puts the primary on the same part as misaki for 72% of them, where
 * keeping the heavier part (misaki's rule for tokens it has no entry for) agrees for 53%.
 */

/**
 * First parts after which the second part carries the primary (self-made, great-niece, non-stick, free-range,
 * in-depth, on-site, up-close, all-round, low-key; all- and low- counted on the GB gold, where they hold 20 of 21 and
 * 12 of 15).
 */
const LEADING_MODIFIERS: ReadonlySet<string> = new Set(['self', 'great', 'non', 'pro', 'free', 'anti', 'ultra', 'semi', 'quasi', 'pseudo', 'co', 'ex', 'well', 'ill', 'half', 'in', 'on', 'up', 'all', 'low']);

/** Adverb particles that end phrasal compounds and leave the primary on the verb (mix-up, mail-in, heads-up). */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'in', 'on', 'off', 'down', 'over', 'away', 'back', 'by', 'about', 'through', 'all']);

/** Last parts that leave the primary on the first part of a longer compound (son-in-law, know-it-all, pick-me-up). */
const TRAILING_WEAK: ReadonlySet<string> = new Set([...PARTICLES, 'law']);

/** Linking words inside a compound, in their weak forms (heart-to-heart hˌɑɹttəhˈɑɹt, mother-of-pearl). */
const LINKS: Readonly<Record<string, string>> = {
  to: 'tə',
  and: 'ən',
  of: 'əv',
  in: 'ən',
  at: 'ət',
  or: 'əɹ',
  for: 'fəɹ',
  than: 'ðən',
  a: 'ə',
  an: 'ən',
  the: 'ðə',
  as: 'əz',
  de: 'də',
};

/**
 * Weak form of a linking word between two other parts of a hyphenated word, or `undefined` for any other part.
 * @internal
 */
export function linkReading(part: string, index: number, count: number, dialect: Dialect): string | undefined {
  if (index === 0 || index === count - 1) return undefined;
  const weak = LINKS[part.toLowerCase()];
  return weak !== undefined && dialect === 'en-gb' ? weak.replace('əɹ', 'ə') : weak;
}

// One vowel symbol set for the whole package: a copy here once missed GB Q and miscounted GB syllables.
const VOWELS = new RegExp(`[${VOWEL_SYMBOLS}]+`, 'g');
const syllables = (phonemes: string): number => phonemes.match(VOWELS)?.length ?? 0;

/**
 * Which part of a two-part word keeps the primary when both have one: modifiers such as self- and great- give it
 * to the second part, a particle leaves it on the first, and otherwise the first keeps it unless the second is
 * longer, not counting an -ing or -er ending (gun-shy, heart-rending, but heavy-handed, well-intentioned).
 */
function firstHoldsPrimary(spellings: readonly string[], readings: readonly string[]): boolean {
  const [a = '', b = ''] = spellings;
  const [ra = '', rb = ''] = readings;
  if (LEADING_MODIFIERS.has(a)) return false;
  if (PARTICLES.has(b)) return true;
  // An agent or gerund ending does not count: heart-rending and horse-trader stress the first part.
  const second = syllables(rb) - (/(ing|ers?)$/.test(b) ? 1 : 0);
  return second <= 1 || second < syllables(ra);
}

/** Puts a secondary stress on the first vowel of an unstressed reading (a particle read alone: in -> ˌɪn). */
function withSecondary(phonemes: string): string {
  if (/[ˈˌ]/.test(phonemes)) return phonemes;
  const at = phonemes.search(VOWELS);
  return at < 0 ? phonemes : `${phonemes.slice(0, at)}ˌ${phonemes.slice(at)}`;
}

/**
 * Joins the readings of a hyphenated word's parts into one word with a single primary stress.
 * @param readings - each part's reading, linking words already reduced (see {@link linkReading})
 * @param spellings - each part's lower-case spelling
 * @param dialect - en-gb drops secondary stresses after the primary, as its gold lexicon does
 * @internal
 */
export function joinHyphenated(readings: readonly string[], spellings: readonly string[], dialect: Dialect): string {
  // A function word at either end is a full word there and takes stress (must-read, how-to, in-depth, and a
  // final particle: mail-in mˈAlˌɪn).
  const result = readings.map((r, k) => (k === 0 || k === readings.length - 1 ? withSecondary(r) : r));
  if (result.length === 2 && result.every((r) => /[ˈˌ]/.test(r))) {
    // Both parts stressed (a secondary counts: made is mˌAd alone, yet self-made is sˌɛlfmˈAd).
    const holder = firstHoldsPrimary(spellings, result) ? 0 : 1;
    const held = result[holder] ?? '';
    result[holder] = held.includes('ˈ') ? held : held.replace('ˌ', 'ˈ');
    const other = result[1 - holder] ?? '';
    result[1 - holder] = other.includes('ˈ') ? demote(other) : other;
  } else if (result.length > 2) {
    const primaries = result.flatMap((r, k) => (r.includes('ˈ') ? [k] : []));
    const last = primaries[primaries.length - 1] ?? 0;
    const holder = TRAILING_WEAK.has(spellings[last] ?? '') ? (primaries[0] ?? 0) : last;
    for (const k of primaries) if (k !== holder) result[k] = demote(result[k] ?? '');
  }
  if (dialect === 'en-gb') {
    // GB: after non- the word's own secondary goes (non-alcoholic nˌɒnalkəhˈɒlɪk; non- then takes the prefix rule).
    if (spellings[0] === 'non' && result.length === 2) result[1] = (result[1] ?? '').replace(/ˌ(?=[^ˈ]*ˈ)/g, '');
    // No secondary stress after the primary (get-up ɡˈɛtʌp), except on a last part of two or more syllables that
    // follows the primary (glass-blower ɡlˈɑːsblˌQə, loss-maker).
    const last = result[result.length - 1] ?? '';
    const keepLast = result.length > 1 && last.includes('ˌ') && !last.includes('ˈ') && vowelCount(last) >= 2;
    return gbAfterPrimary(result.join(''), keepLast);
  }
  return result.join('');
}
