import type { Dialect } from './lexicon/arpabet';
import { gbAfterPrimary, gbLess, gbNess, VOWEL_SYMBOLS } from './lexicon/vowels';

export { VOWEL_SYMBOLS };

/** Looks a lower-case word up in the lexicon stack (no morphology). @internal */
export type StemLookup = (word: string) => string | undefined;

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
  /** `undefined` when the stem does not end the way the suffix needs (a predicted acclive -Iv for -ivity). */
  readonly apply: (stem: string, dialect: Dialect) => string | undefined;
}

const dropped = (word: string, n: number): string => word.slice(0, word.length - n);
const undouble = (s: string): string[] => (s.length > 2 && s[s.length - 1] === s[s.length - 2] ? [s.slice(0, -1)] : []);
/** Stems for a vowel-initial suffix: after one vowel + one consonant the dropped-e stem comes first (riding: ride, not rid). */
const eStems = (s: string): string[] => (/[^aeiou][aeiou][^aeiouwxy]$/.test(s) ? [`${s}e`, s] : [s, `${s}e`]);

function izationSuffix(stem: string, dialect: Dialect): string {
  // The stem's stresses all become secondaries, a prefix's included (antiglobalization ˌæntiɡlˌObələzˈAʃən).
  const base = stem.replace(/ˌ?Iz$/, '').replace(/ˈ/g, 'ˌ');
  return vowelSuffix(unsyllabic(base), dialect === 'en-gb' ? 'IzˈAʃᵊn' : 'əzˈAʃən', dialect);
}

/** The -ity ending after the syllable that takes the primary stress. */
function ity(stem: string, ending: RegExp, stressed: string, dialect: Dialect, respell = (t: string): string => t): string | undefined {
  if (!ending.test(stem)) return undefined;
  return primaryAfter(respell(stem.replace(ending, '')), `${stressed}${dialect === 'en-gb' ? 'ɪti' : 'əɾi'}`, dialect);
}

/**
 * A suffix that brings the primary stress, keeping the stem's secondaries (unacceptable -> unacceptability
 * ˌʌnəksˌɛptəbˈɪləɾi, electric -> electricity əlˌɛktɹˈɪsəɾi, overstimulate -> overstimulation). A first-syllable
 * secondary right before the new primary is dropped, and a US ʌ there reduced (sublation səblˈAʃən); GB drops any
 * secondary there (photoelectricity fˌQtQɪlɛktɹˈɪsɪti). A flap before the new primary is a t again (motive mˈOɾɪv ->
 * motivity mOtˈɪvəɾi).
 */
function primaryAfter(stem: string, suffix: string, dialect: Dialect): string {
  // A stem left without a vowel keeps no stress mark of its own.
  let out = stem.replace(/ˈ/g, 'ˌ').replace(/ɾ$/, 't').replace(/[ˈˌ]$/, '');
  const lastVowel = lastVowelIndex(out);
  const mark = out.lastIndexOf('ˌ');
  if (mark >= 0 && mark === lastVowel - 1 && (dialect === 'en-gb' || !hasVowel(out.slice(0, mark)))) {
    out = `${out.slice(0, mark)}${out[lastVowel] === 'ʌ' && dialect === 'en-us' ? 'ə' : (out[lastVowel] ?? '')}${out.slice(lastVowel + 1)}`;
  }
  return out + suffix;
}

/** GB -ness: -ableness is əblnəs (reasonableness), and the suffix echoes the vowel before it (see gbNess). */
function gbNessWord(stem: string): string {
  if (stem.endsWith('bᵊl')) return `${stem.slice(0, -2)}lnəs`;
  const full = stem.endsWith('fᵊl') ? unsyllabic(stem) : stem;
  return full + gbNess(full);
}

/** Containers and body parts whose -ful is an amount (a cupful, two bucketfuls), not an adjective (prideful). */
const MEASURE_NOUNS = new Set([
  'arm', 'bag', 'barrel', 'basket', 'bath', 'bin', 'boat', 'bottle', 'bowl', 'box', 'bucket', 'can', 'cap', 'car', 'carton',
  'cart', 'case', 'chest', 'crate', 'cup', 'dish', 'drawer', 'eye', 'fist', 'flask', 'fork', 'glass', 'gut', 'hand', 'hat',
  'head', 'house', 'jar', 'jug', 'kettle', 'ladle', 'lap', 'lung', 'mouth', 'mug', 'pail', 'pan', 'plate', 'pocket', 'pot',
  'room', 'sack', 'scoop', 'shovel', 'skin', 'spade', 'spoon', 'table', 'tank', 'thimble', 'tin', 'tray', 'truck', 'trunk',
  'tub', 'van', 'wagon',
]);

function isMeasureNoun(stem: string): boolean {
  return MEASURE_NOUNS.has(stem) || /(spoon|glass)$/.test(stem);
}

const SUFFIXES: readonly Suffix[] = [
  { spelling: "'s", stems: (w) => [dropped(w, 2)], apply: suffixS },
  { spelling: "s'", stems: (w) => [dropped(w, 2), dropped(w, 1)], apply: (s, d) => (/[sz]$/.test(s) ? s : suffixS(s, d)) },
  { spelling: 'ies', stems: (w) => [`${dropped(w, 3)}y`], apply: suffixS },
  // -es is its own syllable only after a sibilant; otherwise the e belongs to the stem (popes: pope, not pop).
  // Plurals of -sis are -ses with a long e (antitheses ˌæntˈɪθəsˌiz, GB -siːz).
  { spelling: 'ses', stems: (w) => [`${dropped(w, 2)}is`], apply: (s, d) => s.replace(/[ɪəᵻ]s$/, d === 'en-gb' ? 'iːz' : 'ˌiz') },
  { spelling: 'es', stems: (w) => (/(s|x|z|ch|sh)$/.test(dropped(w, 2)) ? [dropped(w, 2), dropped(w, 1)] : [dropped(w, 1), dropped(w, 2)]), apply: suffixS },
  { spelling: 's', stems: (w) => (w.endsWith('ss') ? [] : [dropped(w, 1)]), apply: suffixS },
  // A verb in -c takes a k before -ing and -ed (picnic -> picnicking pˈɪknˌɪkɪŋ, magicked, shellacking).
  { spelling: 'cking', stems: (w) => [dropped(w, 4)], apply: suffixIng },
  { spelling: 'cked', stems: (w) => [dropped(w, 3)], apply: suffixEd },
  { spelling: 'ied', stems: (w) => [`${dropped(w, 3)}y`], apply: suffixEd },
  { spelling: 'ed', stems: (w) => [...eStems(dropped(w, 2)), ...undouble(dropped(w, 2))], apply: (s, d) => suffixEd(unsyllabic(s), d) },
  { spelling: 'ing', stems: (w) => [...eStems(dropped(w, 3)), ...undouble(dropped(w, 3))], apply: suffixIng },
  // Diminutive -ling after a noun or adjective, unstressed (greenling ɡɹˈinlɪŋ, spiderling); tried after -ing.
  { spelling: 'ling', stems: (w) => [dropped(w, 4)], apply: (s) => `${s}lɪŋ` },
  // A stem ending in a said I (gratify, supply) keeps it before -er: gratifier ɡɹˈæɾəfˌIəɹ.
  { spelling: 'ier', stems: (w) => [`${dropped(w, 3)}y`], apply: (s, d) => (s.endsWith('I') ? s + (d === 'en-gb' ? 'ə' : 'əɹ') : vowelSuffix(s.replace(/i$/, ''), d === 'en-gb' ? 'iə' : 'iəɹ', d)) },
  { spelling: 'iest', stems: (w) => [`${dropped(w, 4)}y`], apply: (s, d) => vowelSuffix(s.replace(/i$/, ''), d === 'en-gb' ? 'iɪst' : 'iᵻst', d) },
  { spelling: 'er', stems: (w) => [...eStems(dropped(w, 2)), ...undouble(dropped(w, 2))], apply: (s, d) => vowelSuffix(s, d === 'en-gb' ? 'ə' : 'əɹ', d) },
  { spelling: 'est', stems: (w) => [dropped(w, 3), dropped(w, 2), ...undouble(dropped(w, 3))], apply: (s, d) => vowelSuffix(s, d === 'en-gb' ? 'ɪst' : 'ᵻst', d) },
  // GB keeps the y stem's vowel as ɪ (giddily ɡˈɪdɪli: 47 of 47 on GB gold); US reduces it (ɡˈɪdəli).
  // US too after a stressed ɪ or i (kinkily kˈɪŋkɪli, greasily: 17 of 25 there), əli elsewhere (spookily spˈʊkəli).
  { spelling: 'ily', stems: (w) => [`${dropped(w, 3)}y`], apply: (s, d) => `${s.replace(/i$/, '')}${d === 'en-gb' || /ˈ[ɪi][^ˈˌ]*$/.test(s.replace(/i$/, '')) ? 'ɪli' : 'əli'}` },
  { spelling: 'ically', stems: (w) => [dropped(w, 4)], apply: (s, d) => (d === 'en-us' ? `${s.replace(/ɪk$/, 'ək')}ᵊli` : `${s}li`) },
  // US -edly and -edness have ə (unabatedly, conceitedness: 20 of 23 derived -edly words on US gold), not the ᵻ of
  // the past tense, except after d (crowdedness kɹˈWdᵻdnəs).
  { spelling: 'ly', stems: (w) => [dropped(w, 2)], apply: (s, d) => (s.endsWith('l') ? `${s.endsWith('kᵊl') ? s : unsyllabic(s)}i` : `${d === 'en-us' ? s.replace(/ɪ([vʃ])$/, 'ə$1').replace(/(?<!d)ᵻd$/, 'əd') : s}li`) },
  // Adjectives in -y from a noun or verb (frosty, rainy, funny, noisy); tried after every longer suffix.
  { spelling: 'y', stems: (w) => (/(ly|ity|ogy|phy|ary|ory|ery|ncy|acy|ny|my)$/.test(w) ? [] : [...eStems(dropped(w, 1)), ...undouble(dropped(w, 1))]), apply: (s, d) => vowelSuffix(s, 'i', d) },
  { spelling: 'iness', stems: (w) => [`${dropped(w, 5)}y`], apply: (s, d) => (d === 'en-gb' ? `${s.replace(/i$/, 'ɪ')}nɪs` : `${s}nəs`) },
  // -fulness and -bleness unfold the syllabic l (peacefulness pˈisfəlnəs, humbleness hˈʌmbəlnəs).
  // US -ingness has nɪs (unwittingness ˌʌnwˈɪɾɪŋnɪs: 16 of 17 derived words on US gold).
  { spelling: 'ness', stems: (w) => [dropped(w, 4)], apply: (s, d) => (d === 'en-gb' ? gbNessWord(s) : `${/[fb]ᵊl$/.test(s) ? unsyllabic(s) : s.replace(/(?<!d)ᵻd$/, 'əd')}${s.endsWith('ɪŋ') ? 'nɪs' : 'nəs'}`) },
  { spelling: 'less', stems: (w) => [dropped(w, 4)], apply: (s, d) => `${s}${d === 'en-gb' ? gbLess(s) : 'ləs'}` },
  // GB -ful is fʊl everywhere; US fᵊl, but the measure of a container is fˌʊl (cupful kˈʌpfˌʊl, bucketful).
  { spelling: 'ful', stems: (w) => (isMeasureNoun(dropped(w, 3)) ? [dropped(w, 3)] : []), apply: (s, d) => `${s}${d === 'en-gb' ? 'fʊl' : 'fˌʊl'}` },
  { spelling: 'ful', stems: (w) => [dropped(w, 3)], apply: (s, d) => `${s}${d === 'en-gb' ? 'fʊl' : 'fᵊl'}` },
  // GB gold writes -ment mᵊnt throughout (79 of 79 derived words); US only after a vowel.
  { spelling: 'ment', stems: (w) => [dropped(w, 4)], apply: (s, d) => `${s}${d === 'en-gb' || VOWEL_SYMBOLS.includes(s[s.length - 1] ?? '') ? 'mᵊnt' : 'mənt'}` },
  { spelling: 'able', stems: (w) => [dropped(w, 4), `${dropped(w, 4)}e`, ...undouble(dropped(w, 4))], apply: (s, d) => vowelSuffix(s, 'əbᵊl', d) },
  { spelling: 'ably', stems: (w) => [dropped(w, 4), `${dropped(w, 4)}e`, ...undouble(dropped(w, 4))], apply: (s, d) => vowelSuffix(s, 'əbli', d) },
  { spelling: 'ship', stems: (w) => [dropped(w, 4)], apply: (s) => `${s}ʃˌɪp` },
  { spelling: 'hood', stems: (w) => [dropped(w, 4)], apply: (s) => `${s}hˌʊd` },
  { spelling: 'like', stems: (w) => [dropped(w, 4)], apply: (s) => `${s}lˌIk` },
  { spelling: 'wise', stems: (w) => [dropped(w, 4)], apply: (s) => `${s}wˌIz` },
  // Plant names in -wort: GB əː, as its destressed ɜː elsewhere (lungwort lˈʌŋwəːt: 13 of 13 on GB gold).
  { spelling: 'wort', stems: (w) => [dropped(w, 4)], apply: (s, d) => `${s}${d === 'en-gb' ? 'wəːt' : 'wəɹt'}` },
  { spelling: 'ward', stems: (w) => [dropped(w, 4)], apply: (s, d) => `${s}${d === 'en-gb' ? 'wəd' : 'wəɹd'}` },
  { spelling: 'wards', stems: (w) => [dropped(w, 5)], apply: (s, d) => `${s}${d === 'en-gb' ? 'wədz' : 'wəɹdz'}` },
  // Adjectives in -some (gladsome ɡlˈadsəm, toothsome); -osome is the biology word (ribosome ɹˈIbəsˌOm).
  { spelling: 'some', stems: (w) => (w.endsWith('osome') ? [] : [dropped(w, 4)]), apply: (s) => `${s.replace(/s$/, '')}səm` },
  { spelling: 'dom', stems: (w) => [dropped(w, 3)], apply: (s) => `${s}dəm` },
  { spelling: 'ism', stems: (w) => [dropped(w, 3), `${dropped(w, 3)}e`, `${dropped(w, 3)}y`], apply: (s, d) => `${beforeIze(beforeIs(s.replace(/i$/, '').replace(/[ɪə]k$/, 'ɪs'), d), d)}ˌɪzəm` },
  { spelling: 'ist', stems: (w) => [dropped(w, 3), `${dropped(w, 3)}e`, `${dropped(w, 3)}y`], apply: (s, d) => vowelSuffix(unsyllabic(beforeIs(s.replace(/i$/, '').replace(/ʃᵊnəl$/, 'ʃənᵊl'), d)), 'ɪst', d) },
  { spelling: 'ize', stems: (w) => [dropped(w, 3), `${dropped(w, 3)}e`, `${dropped(w, 3)}y`], apply: (s, d) => `${beforeIze(s.replace(/i$/, ''), d)}ˌIz` },
  { spelling: 'ish', stems: (w) => [dropped(w, 3), `${dropped(w, 3)}e`, ...undouble(dropped(w, 3))], apply: (s, d) => vowelSuffix(s, 'ɪʃ', d) },
  // GB reduces an -ate stem after the primary (germinative ʤˈɜːmɪnətɪv; see the same rule for CMUdict words).
  { spelling: 'ive', stems: (w) => [dropped(w, 3), `${dropped(w, 3)}e`], apply: (s, d) => vowelSuffix(d === 'en-gb' ? s.replace(/(ˈ[^ˈ]*[^ˈˌ])At$/, '$1ət') : s, 'ɪv', d) },
  // -ification from -ify: the stem's stresses become secondary (humidify -> humidification hjumˌɪdəfəkˈAʃən).
  { spelling: 'ification', stems: (w) => [`${dropped(w, 9)}ify`], apply: (s, d) => primaryAfter(s.replace(/fˌ?I$/, ''), d === 'en-gb' ? 'fɪkˈAʃᵊn' : 'fəkˈAʃən', d) },
  // -ity puts the primary on the syllable before it and keeps the stem's stresses as secondaries
  // (notable -> notability nˌOɾəbˈɪləɾi, sentimental -> sentimentality, electric -> electricity).
  { spelling: 'bility', stems: (w) => [`${dropped(w, 5)}le`], apply: (s, d) => ity(s, /b[ᵊə]l$/, 'bˈɪl', d) },
  { spelling: 'ality', stems: (w) => [dropped(w, 3)], apply: (s, d) => ity(s, /[əᵊ]?l$/, d === 'en-gb' ? 'ˈal' : 'ˈæl', d, (t) => t.replace(/ᵊn$/, 'ən').replace(/([ʃʧʒ])$/, '$1i').replace(/u$/, 'əw')) },
  { spelling: 'icity', stems: (w) => [dropped(w, 3)], apply: (s, d) => ity(s, /[ɪə]k$/, 'ˈɪs', d) },
  { spelling: 'arity', stems: (w) => [dropped(w, 3)], apply: (s, d) => ity(s, /əɹ?$/, d === 'en-gb' ? 'ˈaɹ' : 'ˈɛɹ', d) },
  { spelling: 'osity', stems: (w) => [`${dropped(w, 5)}ous`], apply: (s, d) => ity(s, /əs$/, d === 'en-gb' ? 'ˈɒs' : 'ˈɑs', d) },
  { spelling: 'ivity', stems: (w) => [`${dropped(w, 3)}e`], apply: (s, d) => ity(s, /ɪv$/, 'ˈɪv', d) },
  { spelling: 'idity', stems: (w) => [dropped(w, 3)], apply: (s, d) => ity(s, /[ɪə]d$/, 'ˈɪd', d) },
  // Adjectives built on a listed -ion, -ic, -ist or -or word (inflectional, hemispherical, modernistic,
  // inquisitorial ɪnkwˌɪzətˈɔɹiəl).
  { spelling: 'ional', stems: (w) => [dropped(w, 2)], apply: (s) => (/[ʃʒ][əᵊ]n$/.test(s) ? `${s.slice(0, -2)}ənᵊl` : `${s}ᵊl`) },
  { spelling: 'ical', stems: (w) => [dropped(w, 2)], apply: (s, d) => `${d === 'en-gb' ? s : s.replace(/ɪk$/, 'ək')}ᵊl` },
  { spelling: 'istic', stems: (w) => [dropped(w, 2)], apply: (s, d) => primaryAfter(s.replace(/ɪst$/, ''), 'ˈɪstɪk', d) },
  { spelling: 'orial', stems: (w) => [dropped(w, 3)], apply: (s, d) => primaryAfter(s.replace(/ɔ?ɹ?$/, '').replace(/ə$/, ''), d === 'en-gb' ? 'ˈɔːɹɪəl' : 'ˈɔɹiəl', d) },
  { spelling: 'ization', stems: (w) => [`${dropped(w, 5)}e`], apply: izationSuffix },
  // British -isation: the stem is looked up through its American spelling (socialise -> socialize).
  { spelling: 'isation', stems: (w) => [`${dropped(w, 5)}e`], apply: izationSuffix },
  { spelling: 'ation', stems: (w) => [`${dropped(w, 5)}ate`, dropped(w, 5), `${dropped(w, 5)}e`], apply: (s, d) => primaryAfter(s.replace(/[ˈˌ]?[Aə]t$/, ''), d === 'en-gb' ? 'ˈAʃᵊn' : 'ˈAʃən', d) },
];

/** US reduces the stem's last ɪ before -ism and -ist (exoticism ɪɡzˈɑɾəsˌɪzəm, subjectivist səbʤˈɛktəvɪst). */
function beforeIs(stem: string, dialect: Dialect): string {
  return dialect === 'en-us' ? stem.replace(/ɪ([sv])$/, 'ə$1') : stem;
}

/**
 * -ism and -ize keep a syllabic ᵊl after n or t (rationalism ɹˈæʃənᵊlˌɪzəm, sentimentalize) and make it a full əl
 * elsewhere (symbolism, initialize).
 */
function beforeIze(stem: string, dialect: Dialect): string {
  const s = stem.replace(/ʃᵊnəl$/, 'ʃənᵊl');
  // GB has a full əl before -ize and -ism everywhere (nominalize nˈɒmɪnəlIz).
  return dialect === 'en-us' && /[nt]ᵊl$/.test(s) ? s : unsyllabic(s);
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/** GB marks no secondary stress after the primary, in derived words as in CMUdict ones (philosophize fɪlˈɒsəfIz). @internal */
export function gbStress(phonemes: string, dialect: Dialect): string {
  return dialect === 'en-gb' ? gbAfterPrimary(phonemes) : phonemes;
}

/** A syllabic ᵊl before a suffix becomes a full əl syllable (muddle -> muddled, symbol -> symbolism). */
function unsyllabic(stem: string): string {
  if (stem.endsWith('ᵊl')) return `${stem.slice(0, -2)}əl`;
  // GB special spˈɛʃl -> specialism spˈɛʃəlɪzəm.
  return stem.endsWith('ʃl') ? `${stem.slice(0, -1)}əl` : stem;
}

function lastVowelIndex(phonemes: string): number {
  for (let i = phonemes.length - 1; i >= 0; i--) if (VOWEL_SYMBOLS.includes(phonemes[i] ?? '')) return i;
  return -1;
}

interface Prefix {
  readonly spelling: string;
  readonly us: string;
  readonly gb: string;
}

const PREFIXES: readonly Prefix[] = [
  { spelling: 'un', us: 'ˌʌn', gb: 'ˌʌn' },
  { spelling: 're', us: 'ɹi', gb: 'ɹiː' },
  { spelling: 'non', us: 'nˌɑn', gb: 'nˌɒn' },
  { spelling: 'dis', us: 'dˌɪs', gb: 'dˌɪs' },
  { spelling: 'mis', us: 'mˌɪs', gb: 'mˌɪs' },
  { spelling: 'pre', us: 'pɹˌi', gb: 'pɹˌiː' },
  { spelling: 'over', us: 'ˌOvəɹ', gb: 'ˌQvə' },
  { spelling: 'under', us: 'ˌʌndəɹ', gb: 'ˌʌndə' },
  { spelling: 'out', us: 'ˌWt', gb: 'ˌWt' },
  { spelling: 'sub', us: 'sˌʌb', gb: 'sˌʌb' },
  { spelling: 'super', us: 'sˌupəɹ', gb: 'sˌuːpə' },
  { spelling: 'anti', us: 'ˌænti', gb: 'ˌantI' },
  { spelling: 'multi', us: 'mˌʌlti', gb: 'mˌʌlti' },
  { spelling: 'co', us: 'kˌO', gb: 'kˌQ' },
  { spelling: 'inter', us: 'ˌɪntəɹ', gb: 'ˌɪntə' },
  { spelling: 'semi', us: 'sˌɛmˌI', gb: 'sˌɛmi' },
  { spelling: 'micro', us: 'mˌIkɹO', gb: 'mˌIkɹQ' },
  { spelling: 'macro', us: 'mˌækɹO', gb: 'mˌakɹQ' },
  { spelling: 'mega', us: 'mˌɛɡə', gb: 'mˌɛɡə' },
  { spelling: 'auto', us: 'ˌɔɾO', gb: 'ˌɔːtQ' },
  { spelling: 'bio', us: 'bˌIO', gb: 'bˌIQ' },
  { spelling: 'geo', us: 'ʤˌiO', gb: 'ʤˌiːQ' },
  { spelling: 'hyper', us: 'hˌIpəɹ', gb: 'hˌIpə' },
  { spelling: 'neo', us: 'nˌiO', gb: 'nˌiːQ' },
  { spelling: 'post', us: 'pˌOst', gb: 'pˌQst' },
  { spelling: 'tele', us: 'tˌɛlə', gb: 'tˌɛlɪ' },
  { spelling: 'poly', us: 'pˌɑli', gb: 'pˌɒli' },
  { spelling: 'mono', us: 'mˌɑnO', gb: 'mˌɒnQ' },
  { spelling: 'pseudo', us: 'sˌudO', gb: 'sjˌuːdQ' },
  { spelling: 'counter', us: 'kˌWntəɹ', gb: 'kˌWntə' },
  { spelling: 'fore', us: 'fˌɔɹ', gb: 'fˌɔː' },
  { spelling: 'mid', us: 'mˌɪd', gb: 'mˌɪd' },
  { spelling: 'extra', us: 'ˌɛkstɹə', gb: 'ˌɛkstɹə' },
  { spelling: 'ultra', us: 'ˌʌltɹə', gb: 'ˌʌltɹə' },
  { spelling: 'trans', us: 'tɹˌænz', gb: 'tɹˌanz' },
  { spelling: 'photo', us: 'fˌOɾO', gb: 'fˌQtQ' },
  { spelling: 'thermo', us: 'θˌɜɹmO', gb: 'θˌɜːmQ' },
  { spelling: 'psycho', us: 'sˌIkO', gb: 'sˌIkQ' },
  { spelling: 'hydro', us: 'hˌIdɹO', gb: 'hˌIdɹQ' },
  { spelling: 'electro', us: 'əlˌɛktɹO', gb: 'ɪlˌɛktɹQ' },
  { spelling: 'neuro', us: 'nˌʊɹO', gb: 'njˌʊəɹQ' },
  { spelling: 'cardio', us: 'kˌɑɹdiO', gb: 'kˌɑːdɪQ' },
  { spelling: 'aero', us: 'ˌɛɹO', gb: 'ˌɛːɹQ' },
  { spelling: 'astro', us: 'ˌæstɹO', gb: 'ˌastɹQ' },
  { spelling: 'cyber', us: 'sˌIbəɹ', gb: 'sˌIbə' },
  { spelling: 'proto', us: 'pɹˌOɾO', gb: 'pɹˌQtQ' },
  { spelling: 'retro', us: 'ɹˌɛtɹO', gb: 'ɹˌɛtɹQ' },
];

/** Greek endings that, after a combining form in -o, take the stress onto the syllable before them. */
const GREEK_ENDING = /^(lys[ie]s|lytic|tom(y|ies)|log(y|ies|ists?)|graph(y|ers?)|metr(y|ies)|scop(y|ies)|nom(y|ies)|path(y|ies)|phon(y|ies))$/;

/**
 * Pronounces a word from a known stem plus a suffix or prefix; `undefined` when no stem is known.
 * Stems must be at least 2 letters (suffixes) or 3 letters (prefixes) so short words are not mis-split.
 * @internal
 */
export function byMorphology(word: string, lookup: StemLookup, dialect: Dialect, depth = 1): string | undefined {
  // A stem may itself be derived once more (un + friend + ly, national + ize + ation).
  const stemOf: StemLookup = depth > 0 ? (w) => lookup(w) ?? (w.length >= 5 ? byMorphology(w, lookup, dialect, depth - 1) : undefined) : lookup;
  // -ographer, -ologist, -ometry move the stress onto the o (photographer fətˈɑɡɹəfəɹ): no stem + suffix reading gets
  // that right (a prefix + whole word still may: macro + economist), the letter-to-sound model mostly does.
  const greekSuffix = /o(graph(ers?|y|ies)|log(ists?|y|ies)|metr(y|ies)|nom(y|ies|ists?))$/.test(word);
  for (const suffix of greekSuffix ? [] : SUFFIXES) {
    if (word.length < suffix.spelling.length + 2 || !word.endsWith(suffix.spelling)) continue;
    // A listed stem beats a derived one (syringing: syringe + -ing, not syr- + -ing + -ing).
    // A stem needs a vowel letter (CMUdict lists letter names such as th, which would make thistly th + -ist + -ly),
    // and an article or pronoun is no stem (theist is not the, thee or they + -ist).
    const stems = suffix.stems(word).filter((stem) => stem.length >= 2 && /[aeiouy]/.test(stem) && !/^(the|thee|they|an)$/.test(stem));
    for (const find of depth > 0 ? [lookup, stemOf] : [lookup]) {
      for (const stem of stems) {
        const phonemes = find(stem);
        if (phonemes === undefined) continue;
        const applied = suffix.apply(linkingR(stressed(phonemes), stem, suffix.spelling, dialect), dialect);
        if (applied === undefined) continue;
        // GB: only a suffix that brings its own secondary needs the after-primary rule; an inflection keeps what the
        // stem has (shareholder's ʃˈɛːhˌQldəz).
        return countOf(applied, 'ˌ') > countOf(phonemes, 'ˌ') ? gbStress(applied, dialect) : applied;
      }
    }
  }
  for (const prefix of PREFIXES) {
    if (word.length < prefix.spelling.length + 3 || !word.startsWith(prefix.spelling)) continue;
    // A combining form before a Greek ending makes one word whose stress moves onto the prefix (photometry
    // fətˈɑmətɹi, hydrologist hIdɹˈɑləʤɪst), which the letter-to-sound model reads better than prefix + stem.
    if (/o$/.test(prefix.spelling) && GREEK_ENDING.test(word.slice(prefix.spelling.length))) continue;
    const phonemes = stemOf(word.slice(prefix.spelling.length));
    if (phonemes !== undefined) return joinPrefix(dialect === 'en-gb' ? prefix.gb : prefix.us, phonemes, prefix.spelling, dialect);
  }
  return undefined;
}

/** Suffixes that fix where the primary stress falls, whatever the stem: the ones worth reading on a predicted stem. */
const STRESS_SETTING: ReadonlySet<string> = new Set(['ification', 'bility', 'ality', 'icity', 'arity', 'osity', 'ivity', 'idity', 'ization', 'isation', 'ation']);

/**
 * Reads a word in one of the stress-setting suffixes (-ation, -ity, -ification) on a stem from `predict`, typically the
 * letter-to-sound model: the model places the stress of a short stem better than that of the long derived word
 * (horripilation from horripilate). `undefined` when no such suffix applies.
 * @internal
 */
export function byStressSettingSuffix(word: string, predict: StemLookup, dialect: Dialect): string | undefined {
  for (const suffix of SUFFIXES) {
    if (!STRESS_SETTING.has(suffix.spelling) || word.length < suffix.spelling.length + 3 || !word.endsWith(suffix.spelling)) continue;
    const stem = suffix.stems(word)[0];
    const phonemes = stem !== undefined && stem.length >= 5 ? predict(stem) : undefined;
    const applied = phonemes !== undefined && hasVowel(phonemes) ? suffix.apply(stressed(phonemes), dialect) : undefined;
    if (applied !== undefined) return gbStress(applied, dialect);
  }
  return undefined;
}

/**
 * Endings that always take the primary stress, fixed on a letter-to-sound reading: -ette (maisonette mˌAzənˈɛt) and
 * -itis (rhinitis ɹInˈIɾəs, GB ɹInˈItɪs). The rest of the word keeps its stresses as secondaries.
 * @internal
 */
export function stressedEnding(word: string, phonemes: string, dialect: Dialect): string {
  if (/ettes?$/.test(word)) {
    const m = /[ˈˌ]?ɛ(ts?)$/.exec(phonemes);
    if (m && hasVowel(phonemes.slice(0, m.index))) return primaryAfter(phonemes.slice(0, m.index), `ˈɛ${m[1] ?? 't'}`, dialect);
  }
  if (/itis$/.test(word)) {
    const m = /[ˈˌ]?[Iɪə][tɾ][ɪə]s$/.exec(phonemes);
    if (m && hasVowel(phonemes.slice(0, m.index))) return primaryAfter(phonemes.slice(0, m.index), dialect === 'en-gb' ? 'ˈItɪs' : 'ˈIɾəs', dialect);
  }
  return phonemes;
}

/**
 * GB drops a spelled final r before a consonant but says it before a vowel, so a suffix that starts with a vowel sound
 * brings it back (tailor tˈAlə, tailorable tˈAləɹəbᵊl; manicure, manicuring). -ed and -es start with a consonant sound
 * there (tailored tˈAləd).
 */
function linkingR(phonemes: string, stemSpelling: string, suffixSpelling: string, dialect: Dialect): string {
  if (dialect !== 'en-gb' || !/^[aeiouy]/.test(suffixSpelling) || /^e[ds]$/.test(suffixSpelling)) return phonemes;
  return /re?$/.test(stemSpelling) && /[əː]$/.test(phonemes) ? `${phonemes}ɹ` : phonemes;
}

/** Prefixes that take the primary stress before a one-syllable stem (see joinPrefix). */
const FRONT_STRESSED_PREFIXES = new Set(['fore', 'hydro', 'thermo', 'photo', 'auto', 'macro', 'micro', 'mono', 'poly', 'tele', 'aero', 'astro', 'neuro', 'psycho', 'proto', 'retro', 'cardio', 'electro']);

/** Vowel symbols in a pronunciation, not counting a syllabic ᵊ (roughly its syllables). @internal */
export function vowelCount(phonemes: string): number {
  let n = 0;
  for (const ch of phonemes) if (VOWEL_SYMBOLS.includes(ch) && ch !== 'ᵊ') n++;
  return n;
}

/** Prefixes whose secondary stress misaki drops right before the stem's primary (preshrink pɹiʃɹˈɪŋk). */
const UNSTRESSED_BEFORE_PRIMARY = new Set(['pre']);

/**
 * GB prefix forms: an r-final prefix says its r before a vowel (underexpose ˌʌndəɹɪkspˈQz); re- is ɹˌiː before a vowel
 * or an unstressed syllable (re-establish ɹˌiːɪstˈablɪʃ, re-up ɹˌiːˈʌp) and ɹiː right before the primary (rebuild).
 */
function gbPrefix(prefix: string, stem: string, spelling: string): string {
  const vowelFirst = /^[ˈˌ]?[AIOQWYaiuæɑɒɔəɛɜɪʊʌᵻ]/.test(stem);
  if (spelling.endsWith('r') && vowelFirst) return `${prefix}ɹ`;
  if (spelling === 're') return vowelFirst || !/^[^AIOQWYaiuæɑɒɔəɛɜɪʊʌᵻᵊˈˌ]*[ˈˌ]/.test(stem) ? 'ɹˌiː' : 'ɹiː';
  return prefix;
}

/**
 * US: pre- loses its secondary stress right before the stem's primary (most prefixes keep it: nonactive nˌɑnˈæktɪv,
 * overpack ˌOvəɹpˈæk), and photo- and mono- reduce their last vowel before a stressed stem syllable (photosensitive
 * fˌOɾəsˈɛnsəɾɪv, monographic mˌɑnəɡɹˈæfɪk).
 */
function joinPrefix(prefix: string, stem: string, spelling: string, dialect: Dialect): string {
  if (dialect !== 'en-us') return gbPrefix(prefix, stem, spelling) + stem;
  // After a prefix ending in a vowel, the stem's unstressed initial ɪ is ə (preexistent pɹˌiəɡzˈɪstᵊnt, photoemission).
  if (/[Oiə]$/.test(prefix) && stem.startsWith('ɪ')) stem = `ə${stem.slice(1)}`;
  const stressedOnset = /^[^AIOWYaiuæɑəɛɜɪʊʌᵻᵊˈˌ]*ˈ/.test(stem);
  // A one-syllable stem after fore- or a neoclassical prefix makes a noun-like compound stressed on the prefix
  // (forepart fˈɔɹpˌɑɹt, thermocline θˈɜɹməklˌIn, photocell fˈOɾəsˌɛl).
  if (FRONT_STRESSED_PREFIXES.has(spelling) && vowelCount(stem) === 1) {
    const front = prefix.replace('ˌ', 'ˈ');
    return (front.endsWith('O') && spelling !== 'fore' ? `${front.slice(0, -1)}ə` : front) + demote(stem);
  }
  // re- keeps a secondary stress when the stem's first syllable is unstressed (reacquaint ɹˌiəkwˈAnt).
  if (spelling === 're' && !stressedOnset && !/^[^AIOWYaiuæɑəɛɜɪʊʌᵻᵊ]*ˌ/.test(stem)) return `ɹˌi${stem}`;
  if (!stressedOnset) return prefix + stem;
  let out = prefix;
  if ((spelling === 'photo' || spelling === 'mono') && !/^ˈ/.test(stem)) out = `${out.slice(0, -1)}ə`;
  if (UNSTRESSED_BEFORE_PRIMARY.has(spelling)) out = out.replace('ˌ', '');
  return out + stem;
}

/** Function-word stems come unstressed from the lexicon; a derived word stresses their vowel (must -> muster). */
function stressed(phonemes: string): string {
  if (phonemes.includes('ˈ') || phonemes.includes('ˌ')) return phonemes;
  for (let i = 0; i < phonemes.length; i++) {
    const ch = phonemes[i] ?? '';
    if (VOWEL_SYMBOLS.includes(ch)) return `${phonemes.slice(0, i)}ˈ${ch === 'ə' ? 'ʌ' : ch}${phonemes.slice(i + 1)}`;
  }
  return phonemes;
}

/** Demotes primary stress to secondary (second element of a compound). @internal */
export function demote(phonemes: string): string {
  return phonemes.replace(/ˌ/g, '').replace(/ˈ/g, 'ˌ');
}

/** True when a phoneme string has a vowel. @internal */
export function hasVowel(phonemes: string): boolean {
  for (const ch of phonemes) if (VOWEL_SYMBOLS.includes(ch)) return true;
  return false;
}
