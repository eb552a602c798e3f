import type { Dialect } from './lexicon/arpabet';

/** Looks a lower-case word up in the lexicon stack (no morphology). @internal */
export type StemLookup = (word: string) => string | undefined;

const VOWEL_SYMBOLS = 'AIOQWYaiuæɑɒɔəɛɜɪʊʌᵻᵊ';
const US_TAUS = 'AIOWYiuæɑəɛɪɹʊʌɔɜ';

/** -s / -'s after a pronounced stem (misaki's rule: s after voiceless, ᵻz/ɪz after sibilants, else z). @internal */
export function suffixS(stem: string, dialect: Dialect): string {
  const last = stem[stem.length - 1] ?? '';
  if ('ptkfθ'.includes(last)) return `${stem}s`;
  if ('szʃʒʧʤ'.includes(last)) return `${stem}${dialect === 'en-gb' ? 'ɪ' : 'ᵻ'}z`;
  return `${stem}z`;
}

/** -ed after a pronounced stem (t after voiceless, ᵻd after t/d with US flapping, else d). @internal */
export function suffixEd(stem: string, dialect: Dialect): string {
  const last = stem[stem.length - 1] ?? '';
  if ('pkfθʃsʧ'.includes(last)) return `${stem}t`;
  if (last === 'd') return `${stem}${dialect === 'en-gb' ? 'ɪ' : 'ᵻ'}d`;
  if (last !== 't') return `${stem}d`;
  if (dialect === 'en-gb' || stem.length < 2) return `${stem}ɪd`;
  if (US_TAUS.includes(stem[stem.length - 2] ?? '')) return `${stem.slice(0, -1)}ɾᵻd`;
  return `${stem}ᵻd`;
}

/** Appends a suffix that starts with a vowel, flapping a US stem-final t after a vowel (sweet -> sweeter). */
function vowelSuffix(stem: string, suffix: string, dialect: Dialect): string {
  if (dialect === 'en-us' && stem.length > 1 && stem.endsWith('t') && US_TAUS.includes(stem[stem.length - 2] ?? '')) {
    return `${stem.slice(0, -1)}ɾ${suffix}`;
  }
  return stem + suffix;
}

/** -ing after a pronounced stem. @internal */
export function suffixIng(stem: string, dialect: Dialect): string {
  return vowelSuffix(stem, 'ɪŋ', dialect);
}

interface Suffix {
  readonly spelling: string;
  readonly stems: (word: string) => string[];
  readonly apply: (stem: string, dialect: Dialect) => string;
}

const dropped = (word: string, n: number): string => word.slice(0, word.length - n);
const undouble = (s: string): string[] => (s.length > 2 && s[s.length - 1] === s[s.length - 2] ? [s.slice(0, -1)] : []);

const SUFFIXES: readonly Suffix[] = [
  { spelling: "'s", stems: (w) => [dropped(w, 2)], apply: suffixS },
  { spelling: "s'", stems: (w) => [dropped(w, 2), dropped(w, 1)], apply: (s, d) => (/[sz]$/.test(s) ? s : suffixS(s, d)) },
  { spelling: 'ies', stems: (w) => [`${dropped(w, 3)}y`], apply: suffixS },
  { spelling: 'es', stems: (w) => [dropped(w, 2), dropped(w, 1)], apply: suffixS },
  { spelling: 's', stems: (w) => (w.endsWith('ss') ? [] : [dropped(w, 1)]), apply: suffixS },
  { spelling: 'ied', stems: (w) => [`${dropped(w, 3)}y`], apply: suffixEd },
  { spelling: 'ed', stems: (w) => [dropped(w, 2), dropped(w, 1), ...undouble(dropped(w, 2))], apply: suffixEd },
  { spelling: 'ing', stems: (w) => [dropped(w, 3), `${dropped(w, 3)}e`, ...undouble(dropped(w, 3))], apply: suffixIng },
  { spelling: 'ier', stems: (w) => [`${dropped(w, 3)}y`], apply: (s, d) => vowelSuffix(s.replace(/i$/, ''), d === 'en-gb' ? 'iə' : 'iəɹ', d) },
  { spelling: 'iest', stems: (w) => [`${dropped(w, 4)}y`], apply: (s, d) => vowelSuffix(s.replace(/i$/, ''), d === 'en-gb' ? 'iɪst' : 'iᵻst', d) },
  { spelling: 'er', stems: (w) => [dropped(w, 2), dropped(w, 1), ...undouble(dropped(w, 2))], apply: (s, d) => vowelSuffix(s, d === 'en-gb' ? 'ə' : 'əɹ', d) },
  { spelling: 'est', stems: (w) => [dropped(w, 3), dropped(w, 2), ...undouble(dropped(w, 3))], apply: (s, d) => vowelSuffix(s, d === 'en-gb' ? 'ɪst' : 'ᵻst', d) },
  { spelling: 'ily', stems: (w) => [`${dropped(w, 3)}y`], apply: (s) => `${s.replace(/i$/, '')}əli` },
  { spelling: 'ly', stems: (w) => [dropped(w, 2)], apply: (s) => `${s}li` },
  { spelling: 'iness', stems: (w) => [`${dropped(w, 5)}y`], apply: (s) => `${s}nəs` },
  { spelling: 'ness', stems: (w) => [dropped(w, 4)], apply: (s) => `${s}nəs` },
  { spelling: 'less', stems: (w) => [dropped(w, 4)], apply: (s) => `${s}ləs` },
  { spelling: 'ful', stems: (w) => [dropped(w, 3)], apply: (s) => `${s}fᵊl` },
  { spelling: 'ment', stems: (w) => [dropped(w, 4)], apply: (s) => `${s}mənt` },
  { spelling: 'able', stems: (w) => [dropped(w, 4), `${dropped(w, 4)}e`], apply: (s, d) => vowelSuffix(s, 'əbᵊl', d) },
];

interface Prefix {
  readonly spelling: string;
  readonly us: string;
  readonly gb: string;
}

const PREFIXES: readonly Prefix[] = [
  { spelling: 'un', us: 'ˌʌn', gb: 'ˌʌn' },
  { spelling: 're', us: 'ɹˌi', gb: 'ɹˌiː' },
  { spelling: 'non', us: 'nˌɑn', gb: 'nˌɒn' },
  { spelling: 'dis', us: 'dˌɪs', gb: 'dˌɪs' },
  { spelling: 'mis', us: 'mˌɪs', gb: 'mˌɪs' },
  { spelling: 'pre', us: 'pɹˌi', gb: 'pɹˌiː' },
  { spelling: 'over', us: 'ˌOvəɹ', gb: 'ˌQvə' },
  { spelling: 'under', us: 'ˌʌndəɹ', gb: 'ˌʌndə' },
  { spelling: 'out', us: 'ˌWt', gb: 'ˌWt' },
  { spelling: 'sub', us: 'sˌʌb', gb: 'sˌʌb' },
  { spelling: 'super', us: 'sˌupəɹ', gb: 'sˌuːpə' },
  { spelling: 'anti', us: 'ˌæntI', gb: 'ˌantI' },
  { spelling: 'multi', us: 'mˌʌlti', gb: 'mˌʌlti' },
  { spelling: 'co', us: 'kˌO', gb: 'kˌQ' },
];

/**
 * Pronounces a word from a known stem plus a suffix or prefix; `undefined` when no stem is known.
 * Stems must be at least 2 letters (suffixes) or 3 letters (prefixes) so short words are not mis-split.
 * @internal
 */
export function byMorphology(word: string, lookup: StemLookup, dialect: Dialect): string | undefined {
  for (const suffix of SUFFIXES) {
    if (word.length < suffix.spelling.length + 2 || !word.endsWith(suffix.spelling)) continue;
    for (const stem of suffix.stems(word)) {
      if (stem.length < 2) continue;
      const phonemes = lookup(stem);
      if (phonemes !== undefined) return suffix.apply(phonemes, dialect);
    }
  }
  for (const prefix of PREFIXES) {
    if (word.length < prefix.spelling.length + 3 || !word.startsWith(prefix.spelling)) continue;
    const phonemes = lookup(word.slice(prefix.spelling.length));
    if (phonemes !== undefined) return (dialect === 'en-gb' ? prefix.gb : prefix.us) + phonemes;
  }
  return undefined;
}

/** Demotes primary stress to secondary (second element of a compound). @internal */
export function demote(phonemes: string): string {
  return phonemes.replace(/ˌ/g, '').replace(/ˈ/g, 'ˌ');
}

/** misaki's stress weight: diphthongs and affricates count double. @internal */
export function stressWeight(phonemes: string): number {
  let weight = 0;
  for (const ch of phonemes) weight += 'AIOQWYʤʧ'.includes(ch) ? 2 : 1;
  return weight;
}

/**
 * Joins the parts of a hyphenated word the way misaki resolves sub-tokens: when more than half of the parts carry
 * primary stress, the lighter half is demoted to secondary; parts are written without spaces.
 * @internal
 */
export function joinHyphenated(parts: readonly string[]): string {
  const stressed = parts.map((p, i) => ({ i, primary: p.includes('ˈ'), weight: stressWeight(p) })).filter((x) => parts[x.i] !== '');
  const result = [...parts];
  const primaries = stressed.filter((x) => x.primary).length;
  if (stressed.length >= 2 && primaries > Math.floor((stressed.length + 1) / 2)) {
    const order = [...stressed].sort((a, b) => Number(a.primary) - Number(b.primary) || a.weight - b.weight || a.i - b.i);
    for (const x of order.slice(0, Math.floor(stressed.length / 2))) result[x.i] = demote(result[x.i] ?? '');
  }
  return result.join('');
}

/** True when a phoneme string has a vowel. @internal */
export function hasVowel(phonemes: string): boolean {
  for (const ch of phonemes) if (VOWEL_SYMBOLS.includes(ch)) return true;
  return false;
}
