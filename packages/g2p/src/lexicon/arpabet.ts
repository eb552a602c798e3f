import { closedPretonicSecondary, gbAfterPrimary, gbLess, gbNess, gbShortVowels, gbSpelledEndings, pretonicSecondary } from './vowels';
import { prefixStress } from './prefix-stress';
/**
 * CMUdict ARPAbet -> misaki phonemes (PHONEMES.md), with the refinements misaki's own lexicon uses:
 * stress before the vowel, reduced unstressed AH/ER, US t-flapping (ɾ) and glottal t before syllabic n (ʔn),
 * ᵊ in syllabic endings, ᵻ in -ed/-es/-est endings, r-coloured vowels, and GB non-rhotic forms with ː.
 */

/** Dialect of English. */
export type Dialect = 'en-us' | 'en-gb';

interface Phone {
  readonly base: string;
  /** -1 for consonants, else the CMU stress digit. */
  readonly stress: number;
}

const VOWELS = new Set(['AA', 'AE', 'AH', 'AO', 'AW', 'AY', 'EH', 'ER', 'EY', 'IH', 'IY', 'OW', 'OY', 'UH', 'UW']);

const CONSONANTS: Readonly<Record<string, string>> = {
  B: 'b', CH: 'ʧ', D: 'd', DH: 'ð', F: 'f', G: 'ɡ', HH: 'h', JH: 'ʤ', K: 'k', L: 'l', M: 'm', N: 'n',
  NG: 'ŋ', P: 'p', R: 'ɹ', S: 's', SH: 'ʃ', T: 't', TH: 'θ', V: 'v', W: 'w', Y: 'j', Z: 'z', ZH: 'ʒ',
};

/** Consonants after which an unstressed -AH L ending is written ᵊl (pixel, little, fuel). */
const SYLLABIC_L_AFTER = new Set(['P', 'B', 'T', 'D', 'K', 'G', 'F', 'V', 'S', 'Z', 'TH', 'DH', 'M', 'N', 'NG', 'UW', 'SH']);
/** Vowels that are never reduced, so an unstressed one in a final closed syllable keeps secondary stress. */
const FULL_VOWELS = new Set(['AY', 'OY', 'AW', 'UW', 'AE', 'AA', 'AO']);

function isLastSyllable(phones: Phone[], i: number): boolean {
  for (let k = i + 1; k < phones.length; k++) if (isVowel(phones[k])) return false;
  return true;
}

const NASALS = new Set(['M', 'N', 'NG']);

/**
 * misaki reduces unstressed ɪ to ə before the main stress (revolt ɹəvˈOlt, rigidity ɹəʤˈɪdəɾi, systemic) unless a
 * nasal cluster follows (symbolic sɪmbˈɑlɪk), and in a final -id/-it (rigid ɹˈɪʤəd, tacit tˈæsət).
 */
function reducesToSchwa(phones: Phone[], i: number, seenPrimary: boolean): boolean {
  const next = phones[i + 1];
  if (!seenPrimary) {
    if (i === 0 || !next) return false;
    const after = phones[i + 2];
    return !(NASALS.has(next.base) && after !== undefined && !isVowel(after));
  }
  if (i === phones.length - 2 && (next?.base === 'D' || next?.base === 'T')) return true;
  // After the primary, an unstressed ɪ in a non-final syllable is ə (humanity hjumˈænəɾi, fortify fˈɔɹɾəfˌI).
  // Suffix vowels stay ɪ: -ish-, -ive-, -ism, -ing (selfishness, attentively, defeatism).
  if (next?.base === 'V' && phones[i + 2]?.base === 'N') return false; // -iveness keeps ɪ (sensitiveness)
  return next !== undefined && !isVowel(next) && !['NG', 'SH', 'Z'].includes(next.base) && !isLastSyllable(phones, i);
}

/**
 * misaki writes a word-initial unstressed i before the main stress as ə (revolve ɹəvˈɔlv, ricotta ɹəkˈɑɾə) unless it
 * is re- on a known word (rewire ɹiwˈIəɹ, rework) or de-/pre- (present, verb, pɹizˈɛnt).
 */
function isPretonicPrefixI(phones: Phone[], i: number, spelling: string, isStem?: (word: string) => boolean): boolean {
  if (isVowel(phones[i + 1])) return false; // piano, create keep i before a vowel
  for (let k = 0; k < i; k++) if (isVowel(phones[k])) return false;
  if (!phones.slice(i + 1).some((p) => p.stress === 1)) return false;
  if (/^(de|pre)/.test(spelling)) return false; // present (verb) pɹizˈɛnt
  return !(spelling.startsWith('re') && spelling.length >= 5 && (isStem?.(spelling.slice(2)) ?? false));
}

const SIBILANTS = new Set(['S', 'Z', 'SH', 'ZH', 'CH', 'JH']);
/** Consonants after which a final unstressed -AH N is written ᵊn (sudden, person, muffin, mutant). */
const SYLLABIC_N_AFTER = new Set(['T', 'D', 'S', 'Z', 'F', 'V', 'TH', 'DH', 'P', 'JH']);

/**
 * Syllabic n in a final syllable (optionally followed by -s/-d/-t): after the consonants above, except -en
 * spellings after anything but t/d (frozen, often, seven keep ən).
 */
function isSyllabicN(prev: Phone, phones: Phone[], i: number, spelling: string, dialect: Dialect, spelledVowel?: string): boolean {
  // GB gold writes ᵊn after most consonants, -tion included (gestation ʤɛstˈAʃᵊn, given ɡˈɪvᵊn).
  // GB also before -ment, -t, -s, -d (increment ˈɪnkɹɪmᵊnt, inconstancy) and before a following syllable.
  if (dialect === 'en-gb') {
    if (prev.base === 'M' && phones[i + 2]?.base === 'T' && /ment(s|ly)?$/.test(spelling)) return true; // increment ˈɪnkɹɪmᵊnt
    if (isVowel(prev) || ['M', 'N', 'NG', 'R', 'L', 'W', 'Y'].includes(prev.base)) return false;
    if (isFinalCluster(phones, i + 2)) return prev.base !== 'B';
    return !isVowel(phones[i + 2]) && phones.slice(0, i).some((q) => q.stress === 1) && !/^(i|ai)$/.test(spelledVowel ?? '');
  }
  if (!SYLLABIC_N_AFTER.has(prev.base) || !isFinalCluster(phones, i + 2)) return false;
  if (/en[sd]?$|ened$/.test(spelling) && !['T', 'D', 'JH'].includes(prev.base)) return false;
  return true;
}

/** True when phones from `start` on are only inflection consonants (-s, -z, -d, -t), so a syllabic ending is word-final. */
function isFinalCluster(phones: Phone[], start: number): boolean {
  for (let k = start; k < phones.length; k++) {
    const base = phones[k]?.base ?? '';
    if (k - start >= 1 || (base !== 'Z' && base !== 'D' && base !== 'S' && base !== 'T')) return false;
  }
  return true;
}

function parse(arpabet: string): Phone[] {
  const phones: Phone[] = [];
  for (const raw of arpabet.trim().split(/\s+/)) {
    if (!raw) continue;
    const last = raw.charCodeAt(raw.length - 1);
    if (last >= 48 && last <= 57) phones.push({ base: raw.slice(0, -1), stress: last - 48 });
    else phones.push({ base: raw, stress: VOWELS.has(raw) ? 0 : -1 });
  }
  return phones;
}

const isVowel = (p: Phone | undefined): boolean => p !== undefined && p.stress >= 0;
const stressMark = (stress: number): string => (stress === 1 ? 'ˈ' : stress === 2 ? 'ˌ' : '');

/** Which vowel of the ending gets ᵻ (US) / ɪ (GB), decided from spelling; -1 when none. */
function reducedEndingIndex(phones: Phone[], spelling: string, isStem?: (word: string) => boolean): number {
  const n = phones.length;
  const v = phones[n - 2];
  const last = phones[n - 1];
  if (n < 3 || !v || !last || v.stress !== 0 || (v.base !== 'IH' && v.base !== 'AH')) {
    if (n >= 4 && spelling.endsWith('est')) {
      const vv = phones[n - 3];
      const stemOk = spelling.endsWith('iest') || (isStem?.(spelling.slice(0, -3)) ?? false) || (isStem?.(spelling.slice(0, -2)) ?? false);
      if (vv && vv.stress === 0 && (vv.base === 'IH' || vv.base === 'AH') && phones[n - 2]?.base === 'S' && last?.base === 'T' && stemOk) {
        return n - 3;
      }
    }
    return -1;
  }
  const before = phones[n - 3]?.base ?? '';
  if (last.base === 'D' && spelling.endsWith('ed') && (before === 'T' || before === 'D')) return n - 2;
  if (last.base === 'Z' && (spelling.endsWith('es') || spelling.endsWith("'s")) && SIBILANTS.has(before)) return n - 2;
  return -1;
}

/**
 * The "cloth" set: CMUdict's AA spelled o before f or th in a closed syllable is ɔ in misaki (cloth, soft), and before
 * g, ng or s in a final syllable (frog, long, cost, hedgehog) but not earlier (hostel hˈɑstᵊl, mongoose).
 */
function clothVowel(prev: Phone | undefined, next: Phone | undefined, afterNext: Phone | undefined, spelling: string, finalSyllable: boolean): boolean {
  if (!next) return false;
  if (prev?.base === 'W' && (next.base === 'SH' || next.base === 'CH')) return true; // swash, swatch
  const before = finalSyllable ? ['G', 'NG', 'F', 'TH', 'S'] : ['F', 'TH'];
  return /o/.test(spelling) && !/a/.test(spelling) && before.includes(next.base) && !isVowel(afterNext);
}

/** The vowel of fire, kept in -ire words before an r CMUdict writes as a consonant (wiring wˈIəɹɪŋ, inquire). */
function fireVowel(next: Phone | undefined, spelling: string): boolean {
  return next?.base === 'R' && /[iy]re(d|s|r|rs|ment|ments|less|line|man|men)?$|[iy]r(ing|ings|er|ers|able|ably|ed)$/.test(spelling);
}

function usVowel(p: Phone, prev: Phone | undefined, next: Phone | undefined, afterNext: Phone | undefined, spelling: string, finalSyllable: boolean, auSpelled = false): { sym: string; eatsR: boolean } {
  const rColoured = next?.base === 'R' && !isVowel(afterNext);
  switch (p.base) {
    // chalk ʧˈɔk, as talk and walk (CMUdict has AA for a few -alk words).
    case 'AA': return { sym: auSpelled || clothVowel(prev, next, afterNext, spelling, finalSyllable) || (next?.base === 'K' && /alk/.test(spelling)) ? 'ɔ' : 'ɑ', eatsR: false };
    // misaki's US lexicon merges marry with merry: æ before r + vowel is ɛ (apparel əpˈɛɹəl, charitable; 12 of 13 such
    // words on its development pages).
    case 'AE': return { sym: next?.base === 'R' && isVowel(afterNext) ? 'ɛ' : 'æ', eatsR: false };
    // A stressed ʌ before r is ɜ in misaki's US lexicon (curry kˈɜɹi, as hurry), which never writes ʌɹ.
    case 'AH': return { sym: p.stress === 0 ? 'ə' : next?.base === 'R' ? 'ɜ' : 'ʌ', eatsR: false };
    // want, wanted: CMUdict's AO is ɑ in misaki (unwanted ˌʌnwˈɑntᵻd).
    // CMUdict's AO spelled o before l or a single s is ɑ outside the final syllable (mixology mɪksˈɑləʤi, ostracism),
    // but not in -oss- words (bossy), a final -ost with a suffix (frosty), or with au/aw/al/ou spellings.
    // So is AO spelled o before ʤ or a stop, nasal or ʧ (seismological sˌIzməlˈɑʤəkᵊl, phlebotomy fləbˈɑɾəmi, mod):
    // the letter-to-sound model and a few CMUdict entries write AO there; misaki keeps ɔ for the cloth words (off,
    // loss, long, dog) and for on (oncoming).
    case 'AO': return { sym: (next?.base === 'JH' && !/au|aw/.test(spelling)) || (next !== undefined && ['T', 'D', 'N', 'P', 'B', 'K', 'CH', 'M'].includes(next.base) && !/au|aw|al|ough|oa|ou|wa|wo|or|^on|gone/.test(spelling)) || (prev?.base === 'W' && next?.base === 'N' && /wan/.test(spelling)) || (!finalSyllable && (next?.base === 'L' || (next?.base === 'S' && !/oss|ost(ed|ing|y|s|ly|ier|iest|er|ers)$/.test(spelling))) && /o/.test(spelling) && !/au|aw|al|ou|oa/.test(spelling)) ? 'ɑ' : 'ɔ', eatsR: false };
    // hour, power: CMUdict's AW R (hourly, overpowering) keeps the ə of AW ER (hourly ˈWəɹli).
    case 'AW': return { sym: next?.base === 'R' && /our(?![aeiouy])|ower/.test(spelling) ? 'Wə' : 'W', eatsR: false };
    case 'AY': return { sym: fireVowel(next, spelling) ? 'Iə' : 'I', eatsR: false };
    case 'EH': return { sym: 'ɛ', eatsR: false };
    case 'ER': return { sym: p.stress === 0 ? 'əɹ' : 'ɜɹ', eatsR: false };
    case 'EY': return rColoured ? { sym: 'ɛ', eatsR: false } : { sym: 'A', eatsR: false };
    case 'IH': return { sym: 'ɪ', eatsR: false };
    case 'IY': return rColoured ? { sym: 'ɪ', eatsR: false } : { sym: 'i', eatsR: false };
    case 'OW': return rColoured ? { sym: 'ɔ', eatsR: false } : { sym: 'O', eatsR: false };
    case 'OY': return { sym: 'Y', eatsR: false };
    case 'UH': return { sym: 'ʊ', eatsR: false };
    case 'UW': return rColoured ? { sym: 'ʊ', eatsR: false } : { sym: 'u', eatsR: false };
    default: return { sym: '', eatsR: false };
  }
}

/** GB vowels; `eatsR` means a following non-prevocalic R is absorbed (non-rhotic). */
/**
 * GB "broad a" (bath, fast, ask, after, class, photograph, glancing): AE with some stress before f, th, final -graph,
 * s + consonant (not -astic: plastic), -ass words and their compounds and inflections (not passage, passive), or a
 * final -ance/-anch/-ant (and their inflections).
 */
function gbBroadA(p: Phone, next: Phone | undefined, afterNext: Phone | undefined, spelling: string, phonesEnd: Phone | undefined): boolean {
  if (p.stress === 0 || !next) return false;
  // half, calf; not before a doubled f and a vowel (traffic, saffron; staff and giraffe keep it).
  if (next.base === 'F' || next.base === 'TH') return /a(l?f|th(?![aeiouy]))|aph(s|ed|ing)?$/.test(spelling) && !/aff[aiouy]|affe[^sd]/.test(spelling);
  if (next.base === 'S') return ((afterNext !== undefined && ['T', 'K', 'P'].includes(afterNext.base)) || (spelling.length >= 4 && /ass($|[^aeiouy]|e[sdr]|ing|abl[ey]$|y$|i(er|est|ly|ness)$)/.test(spelling))) && !/astic/.test(spelling);
  // dance, chant, branch and their derivatives (dancer, enchantment, chancellor); not cant/decant or cancer.
  if (next.base === 'N') {
    if (afterNext === undefined || !['S', 'T', 'CH'].includes(afterNext.base) || /(^|de|re|des)cant|cancer/.test(spelling)) return false;
    return afterNext === phonesEnd ? /a(u?n)(ce|ch|t)/.test(spelling) : /an(ce|ch|t)(s|d|ed|ing|er|ers|ments?)$|anc(ing|ements?|ers?)$|^chan[ct]/.test(spelling);
  }
  // rather ɹˈɑːðə, paths pˈɑːðz (but gather, lather keep a).
  if (next.base === 'DH') return /^rather$|[bp]aths$/.test(spelling);
  return false;
}

function gbVowel(p: Phone, prev: Phone | undefined, next: Phone | undefined, afterNext: Phone | undefined, spelling: string, last: Phone | undefined, auSpelled = false): { sym: string; eatsR: boolean } {
  const rDrop = next?.base === 'R' && !isVowel(afterNext);
  const unstressed = p.stress === 0;
  switch (p.base) {
    case 'AA':
      if (rDrop) return { sym: 'ɑː', eatsR: true };
      if (auSpelled) return { sym: 'ɔː', eatsR: false }; // audience ˈɔːdɪəns, awful
      if (prev?.base === 'W' && /wa/.test(spelling)) return { sym: next?.base === 'NG' ? 'a' : 'ɒ', eatsR: false }; // swan, swap
      if (next?.base === 'K' && /alk/.test(spelling)) return { sym: 'ɔː', eatsR: false }; // chalk ʧˈɔːk, as talk
      return { sym: /o/.test(spelling) ? 'ɒ' : 'ɑː', eatsR: false };
    case 'AE': return { sym: gbBroadA(p, next, afterNext, spelling, last) ? 'ɑː' : 'a', eatsR: false };
    case 'AH': return { sym: /^(some)?what/.test(spelling) ? 'ɒ' : unstressed ? 'ə' : 'ʌ', eatsR: false }; // whatever wɒtˈɛvə
    case 'AO':
      if (rDrop) return { sym: 'ɔː', eatsR: true };
      if (prev?.base === 'W' && next !== undefined && ['L', 'T', 'K'].includes(next.base)) return { sym: 'ɔː', eatsR: false };
      // A short o before a doubled r and a vowel, and in -ority, -oric, -orit-, -orest (lorry lˈɒɹi, sorry, majority,
      // historical, authoritative, forest).
      if (next?.base === 'R' && isVowel(afterNext) && /orr[aeiouy]|orit(y|ies)$|or(ic|it|est)/.test(spelling)) return { sym: 'ɒ', eatsR: false };
      if (next?.base === 'NG') return { sym: 'ɒ', eatsR: false }; // along əlˈɒŋ, as long (not the al of talk)
      return { sym: /au|aw|al|ough|oa|or/.test(spelling) ? 'ɔː' : 'ɒ', eatsR: false };
    case 'AW': return rDrop ? { sym: 'Wə', eatsR: true } : { sym: 'W', eatsR: false };
    case 'AY': return rDrop ? { sym: 'Iə', eatsR: true } : { sym: fireVowel(next, spelling) ? 'Iə' : 'I', eatsR: false };
    case 'EH':
      if (rDrop) return { sym: 'ɛː', eatsR: true };
      // "ar" before a vowel is the TRAP vowel (character kˈaɹɪktə, charity); are/air/ear and -e stems (daring) stay ɛː.
      // -arian, -arium, -arious keep ɛː (librarian lIbɹˈɛːɹɪən, various), as do where-/there- compounds (wherein).
      if (next?.base === 'R' && isVowel(afterNext) && !unstressed && /(^|[^e])arr?[aiouy]/.test(spelling) && !/are|air|ear|ar(ing|ish|ed|er|ers|y|ier|iest|ily)$|ari[aou]/.test(spelling)) return { sym: 'a', eatsR: false };
      return { sym: next?.base === 'R' && /ar[eiy]|air|ear|^(wh|th)ere/.test(spelling) ? 'ɛː' : 'ɛ', eatsR: false };
    case 'ER': {
      // A stressed r-vowel before another vowel is the STRUT vowel (courage kˈʌɹɪʤ, borough, surrogate).
      if (!unstressed && isVowel(next) && !/eur/.test(spelling)) return { sym: 'ʌɹ', eatsR: false };
      const sym = unstressed ? 'ə' : 'ɜː';
      return { sym: isVowel(next) ? `${sym}ɹ` : sym, eatsR: false };
    }
    case 'EY': return rDrop ? { sym: 'ɛː', eatsR: true } : { sym: 'A', eatsR: false };
    // A stressed ɪ or ʊ before r + vowel keeps the centring diphthong (serious sˈɪəɹɪəs, surety ʃˈʊəɹɪti).
    case 'IH': return rDrop ? { sym: 'ɪə', eatsR: true } : { sym: !unstressed && next?.base === 'R' && isVowel(afterNext) && /(er|eer|ear|ier)/.test(spelling) ? 'ɪə' : 'ɪ', eatsR: false };
    case 'IY':
      if (rDrop) return { sym: 'ɪə', eatsR: true };
      // A stressed ee/ear before r + vowel is the NEAR vowel too (peering pˈɪəɹɪŋ, endearing).
      if (!unstressed && next?.base === 'R' && isVowel(afterNext) && !/^(de|re|pre)r/.test(spelling)) return { sym: 'ɪə', eatsR: false };
      // Before another vowel an unstressed i is ɪ (serious sˈɪəɹɪəs), but a y stem keeps i before -iest, -ieth, -ish
      // (luckiest lˈʌkiɪst, ninetieth, babyish).
      return { sym: unstressed ? (isVowel(next) && !/(iest|ieth|yish)$/.test(spelling) ? 'ɪ' : 'i') : 'iː', eatsR: false };
    case 'OW': return rDrop ? { sym: 'ɔː', eatsR: true } : { sym: 'Q', eatsR: false };
    case 'OY': return { sym: 'Y', eatsR: false };
    case 'UH': return rDrop ? { sym: 'ʊə', eatsR: true } : { sym: !unstressed && next?.base === 'R' && isVowel(afterNext) ? 'ʊə' : 'ʊ', eatsR: false };
    // An unstressed u keeps its length at the end of a word (tofu tˈQfuː, undervalue).
    case 'UW': return rDrop ? { sym: 'ʊə', eatsR: true } : { sym: unstressed && next !== undefined ? 'u' : 'uː', eatsR: false };
    default: return { sym: '', eatsR: false };
  }
}

const withStress = (p: Phone, stress: number): Phone => ({ base: p.base, stress });

/**
 * Re-stresses a CMUdict pronunciation the way misaki's lexicons stress words (the un-/mis-, over- and re-/de- parts
 * are US only; GB gold writes those prefixes unstressed):
 * - a final -y never carries secondary stress (ability əbˈɪləɾi, so its t flaps);
 * - un- and mis- before a consonant keep secondary stress (unable ˌʌnˈAbᵊl, mislead mˌɪslˈid), where CMUdict
 *   often has them unstressed;
 * - other secondary stress right before the primary is dropped (infect ɪnfˈɛkt, typhoon tIfˈun, however hWˈɛvəɹ).
 */
function misakiStress(phones: Phone[], spelling: string, us: boolean, isStem?: (word: string) => boolean): Phone[] {
  const out = phones.slice();
  const last = out.length - 1;
  const final = out[last];
  if (final && (final.base === 'IY' || final.base === 'OW') && final.stress === 2) out[last] = withStress(final, 0);
  const vowels: number[] = [];
  for (let i = 0; i < out.length; i++) if (isVowel(out[i])) vowels.push(i);
  let keep = -1;
  const first = out[0];
  // anti- and multi- before a word stressed after them end in a plain unstressed i, whatever CMUdict gives
  // (anticancer ˌæntikˈænsəɹ, multilateral; but antidote ˈæntədˌOt); semi- before a consonant ends in ˌI
  // (semifinal sˌɛmˌIfˈInᵊl).
  const combining = us ? /^(anti|multi|semi)/.exec(spelling)?.[1] : undefined;
  const linkVowel = vowels[1];
  if (combining && linkVowel !== undefined && vowels.length > 2 && (isStem?.(spelling.slice(combining.length)) ?? false)) {
    const v = out[linkVowel];
    if (v && v.stress !== 1 && out[vowels[0] ?? 0]?.stress !== 1) {
      if (combining !== 'semi' && (v.base === 'AY' || v.base === 'IH')) out[linkVowel] = { base: 'IY', stress: 0 };
      if (combining === 'semi' && v.base === 'IY' && !/^semi[aeiouy]/.test(spelling)) {
        out[linkVowel] = { base: 'AY', stress: 2 };
        keep = linkVowel;
      }
    }
  }
  // -teen numbers keep a secondary stress on their first syllable, even right before the primary (fifteen fˌɪftˈin).
  if (/^(thir|four|fif|six|seven|eigh|nine)teen(th|s|ths)?$/.test(spelling) && vowels[0] !== undefined) keep = vowels[0];
  // GB writes un- as ˌʌn, or plain ʌn right before the primary (unfair ʌnfˈɛː): stressed here, then the adjacency
  // rule below may unstress it, and the vowel keeps its full quality (see arpabetToMisaki).
  if (!us && first?.base === 'AH' && first.stress === 0 && out[1]?.base === 'N' && /^un/.test(spelling) && vowels.length > 1) out[0] = withStress(first, 2);
  // GB: an in-/im- secondary right before another secondary is dropped (incorporation ɪnkˌɔːpəɹˈAʃᵊn).
  const v0 = out[vowels[0] ?? -1];
  if (!us && v0?.base === 'IH' && v0.stress === 2 && out[vowels[1] ?? -1]?.stress === 2 && /^i[nm]/.test(spelling)) out[vowels[0] ?? 0] = withStress(v0, 0);
  // GB re-/de- on a known word: ˌiː, kept even right before the primary (reconnect ɹˌiːkənˈɛkt, debug dˌiːbˈʌɡ).
  if (!us && vowels[0] === 1 && vowels.length > 1 && /^(re|de)[^aeiouy]/.test(spelling) && (isStem?.(spelling.slice(2)) ?? false)) {
    const v = out[1];
    if (v && v.stress === 0 && v.base === 'IY') {
      out[1] = withStress(v, 2);
      keep = 1;
    }
  }
  if (us && first && out[1]?.base === 'N' && first.base === 'AH' && /^un/.test(spelling) && (/^un[^aeiouy]/.test(spelling) || (isStem?.(spelling.slice(2)) ?? false)) && vowels.length > 1) keep = 0;
  if (us && first?.base === 'M' && out[1]?.base === 'IH' && out[2]?.base === 'S' && /^mis/.test(spelling) && !/^mist(ak|oo)/.test(spelling) && vowels.length > 1 && (isStem?.(spelling.slice(3)) ?? false)) keep = 1;
  // over- and under- compounds stress the second element (overstep ˌOvəɹstˈɛp, undermine ˌʌndəmˈIn).
  const overUnder = (spelling.startsWith('over') && first?.base === 'OW') || (spelling.startsWith('under') && first?.base === 'AH');
  if (overUnder && first?.stress === 1) {
    const second = vowels.find((i) => i > 2 && out[i]?.stress === 2);
    if (second !== undefined) {
      out[0] = withStress(first, 2);
      out[second] = withStress(out[second] as Phone, 1);
    }
  }
  if (keep >= 0) {
    const v = out[keep];
    if (v && v.stress === 0) out[keep] = withStress(v, 2);
  }
  // re- before a stressed stem is unstressed where CMUdict gives both a primary (recheck ɹiʧˈɛk, reborn ɹibˈɔɹn).
  const firstV = out[vowels[0] ?? -1];
  if (us && firstV && firstV.base === 'IY' && firstV.stress === 1 && spelling.startsWith('re') && vowels.slice(1).some((i) => out[i]?.stress === 1)) {
    out[vowels[0] ?? 0] = withStress(firstV, 0);
  }
  // re-/de-/pre- on a known word two or more syllables before the primary take a secondary stress (realign ɹˌiəlˈIn,
  // preconception).
  const prefixLength = /^(re|de|pre)/.exec(spelling)?.[1]?.length ?? 0;
  if (us && firstV && firstV.base === 'IY' && firstV.stress === 0 && prefixLength > 0 && vowels[0] === prefixLength - 1 && (isStem?.(spelling.slice(prefixLength)) ?? false)) {
    const nextV = out[vowels[1] ?? -1];
    if (nextV && nextV.stress === 0 && vowels.slice(2).some((i) => out[i]?.stress === 1)) out[vowels[0]] = withStress(firstV, 2);
  }
  // sub- two or more syllables before the primary is ˌʌ (subterranean sˌʌbtəɹˈAniən, subcutaneous).
  if (us && firstV && firstV.base === 'AH' && firstV.stress === 0 && vowels[0] === 1 && spelling.startsWith('sub') && out[2]?.base === 'B') {
    const nextV = out[vowels[1] ?? -1];
    if (nextV && nextV.stress === 0 && vowels.slice(2).some((i) => out[i]?.stress === 1)) {
      out[1] = withStress(firstV, 2);
      keep = 1;
    }
  }
  // out- verbs stress the stem and keep ˌWt even where CMUdict leaves out- unstressed (outrun ˌWtɹˈʌn, outnumber).
  if (us && first?.base === 'AW' && first.stress !== 1 && /^out(?!rag)[^aeiouy]/.test(spelling) && vowels.slice(1).some((i) => out[i]?.stress === 1)) out[0] = withStress(first, 2);
  // Prefixes that are words of their own keep their stress (nonstop, subzero, malformed, northwest).
  const stressedPrefix = /^(non|sub|mal|north|south|post|out(?=[^aeiouy])(?!rag)|pre(?=[^aeiouy]))/.test(spelling) ? (vowels[0] ?? -1) : -1;
  for (let k = 0; k + 1 < vowels.length; k++) {
    const i = vowels[k] ?? 0;
    const v = out[i];
    if (v && v.stress === 2 && i !== keep && i !== stressedPrefix && out[vowels[k + 1] ?? 0]?.stress === 1) out[i] = withStress(v, 0);
  }
  return out;
}

/**
 * Unstressed first vowels that misaki writes by spelling, counted on its US lexicon: e- before f, p, l, j, d (effect
 * əfˈɛkt, elapse) but not before k, n, g (eco- is i: ecology); ex- before gz (existence ɪɡzˈɪstᵊns); di- before j, l (digestion dəʤˈɛsʧən); pre- before
 * z, v (prevent pɹivˈɛnt).
 */
function initialVowel(phones: Phone[], i: number, spelling: string): string | undefined {
  const p = phones[i];
  if (!p) return undefined;
  const next = phones[i + 1]?.base ?? '';
  if (i === 0 && p.base === 'IH' && spelling.startsWith('e') && ['F', 'P', 'L', 'JH', 'D'].includes(next)) return 'ə';
  if (i === 0 && p.base === 'IH' && spelling.startsWith('eco')) return 'i'; // ecology ikˈɑləʤi, economy
  // An unstressed word-initial ɛ or æ before the primary is reduced (enrage ɪnɹˈAʤ, expressly; accept əksˈɛpt).
  if (i === 0 && p.base === 'EH' && !isVowel(phones[1])) return 'ɪ';
  if (i === 0 && p.base === 'AE' && !isVowel(phones[1]) && !['L', 'N', 'NG'].includes(next)) return 'ə';
  if (i === 1 && p.stress === 0 && p.base === 'AY' && phones[0]?.base === 'D' && spelling.startsWith('di') && (next === 'JH' || next === 'L')) return 'ə';
  // de- before d is dᵻ (deduct dᵻdˈʌkt, deduction) and before h is di (dehydrate dihˈIdɹˌAt).
  if (i === 1 && p.base === 'IH' && phones[0]?.base === 'D' && spelling.startsWith('de')) {
    if (next === 'D' && spelling.startsWith('ded')) return 'ᵻ';
    if (next === 'HH' && spelling.startsWith('deh')) return 'i';
  }
  // pre- is pɹi before a consonant (predict pɹidˈɪkt, precise, prefer), CMUdict's IH0 or AH0 alike, except AH0 before
  // z (preserve pɹəzˈɜɹv).
  if (i === 2 && (p.base === 'IH' || (p.base === 'AH' && next !== 'Z')) && phones[0]?.base === 'P' && phones[1]?.base === 'R' && spelling.startsWith('pre') && next !== '' && next !== 'R' && !isVowel(phones[i + 1])) return 'i';
  return undefined;
}

/** A spelled vowel group and the letters that follow it up to the next vowel group. */
interface VowelLetters {
  readonly vowel: string;
  readonly after: string;
}

/**
 * The spelled vowel group behind each vowel phone, when the two line up one to one (after dropping a silent final e
 * and splitting vowel letters in hiatus); `undefined` otherwise. Used where misaki's GB lexicon spells reduced vowels
 * (ɪ for i/e/y, ə else).
 */
function vowelLetterGroups(spelling: string, vowelPhones: number): VowelLetters[] | undefined {
  // u after q is a consonant (physique).
  const all: VowelLetters[] = [...spelling.replace(/qu/g, 'qw').matchAll(/([aeiou]+y?|(?<=[^aeiou])y)([^aeiouy]*)/g)].map((m) => ({ vowel: m[1] ?? '', after: m[2] ?? '' }));
  const silentE = /[^aeiou](e|ed|es)$/.test(spelling) && !/[^aeiou]le$/.test(spelling);
  for (const base of silentE ? [all.slice(0, -1), all] : [all]) {
    let groups = base;
    // Vowel letters in hiatus are two syllables (industrialize: i-a).
    for (let k = 0; k < groups.length && groups.length < vowelPhones; k++) {
      const g = groups[k];
      if (g && /^(ia|io|iu|eo|ua|uo|ea|ie|ue|ui)$/.test(g.vowel)) {
        groups = [...groups.slice(0, k), { vowel: g.vowel[0] ?? '', after: '' }, { vowel: g.vowel[1] ?? '', after: g.after }, ...groups.slice(k + 1)];
      }
    }
    if (groups.length === vowelPhones) return groups;
  }
  return undefined;
}

/** Words CMUdict leaves without a primary that stay that way (function words are unstressed by the lexicon). */
const FUNCTION_LIKE: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Options for {@link arpabetToMisaki}. @internal */
export interface ArpabetOptions {
  /** Predicate telling whether a spelling is a known word, used to confirm -est superlatives. */
  readonly isStem?: (word: string) => boolean;
}

/**
 * Converts one CMUdict pronunciation to misaki phonemes.
 * @param spelling lower-case spelling of the word; spelling decides the -ed/-es/-est ᵻ and some GB vowels.
 * @internal
 */
export function arpabetToMisaki(arpabet: string, spelling: string, dialect: Dialect, options: ArpabetOptions = {}): string {
  const us = dialect === 'en-us';
  const phones = misakiStress(parse(arpabet), spelling, us, options.isStem);
  const reduced = reducedEndingIndex(phones, spelling, options.isStem);
  const gbLetters = us ? undefined : vowelLetterGroups(spelling, phones.filter(isVowel).length);
  let vowelIndex = -1;
  // CMUdict merges caught with cot; misaki keeps ɔ where the spelling says au, aw or ough (caught, awful, bought).
  const firstVowel = phones.findIndex(isVowel);
  const auFirst = /^[^aeiouy]*(au|aw|ough)/.test(spelling);
  const ically = spelling.endsWith('ically') || spelling.endsWith('ical');
  let seenPrimary = false;
  let out = '';
  for (let i = 0; i < phones.length; i++) {
    const p = phones[i];
    if (!p) continue;
    const prev = phones[i - 1];
    const next = phones[i + 1];
    const afterNext = phones[i + 2];
    if (p.stress >= 0) {
      vowelIndex++;
      if (i === reduced) {
        out += us ? 'ᵻ' : 'ɪ';
        continue;
      }
      const lTrigger = prev !== undefined && SYLLABIC_L_AFTER.has(prev.base) && !(prev.base === 'UW' && prev.stress !== 1);
      // misaki keeps a full əl before the -d of a past tense (muddled mˈʌdəld, muffled).
      const pastL = phones[i + 2]?.base === 'D' && spelling.endsWith('led');
      // -alize and -alism keep the syllabic l after n or t (penalize pˈinᵊlˌIz, sensationalism).
      const ize = us && (prev?.base === 'N' || prev?.base === 'T') && ((/al(ize|ism)$/.test(spelling) && i === phones.length - (spelling.endsWith('ize') ? 4 : 6)) || (prev.base === 'T' && afterNext?.base === 'AY' && /tali[sz]/.test(spelling)));
      // A t + syllabic l keeps its ᵊ before a consonant-initial part (rattlesnake ɹˈæɾᵊlsnˌAk, subtlety, cuttlefish).
      const tleCompound = us && prev?.base === 'T' && afterNext !== undefined && !isVowel(afterNext) && /t(t?le|al)[^aeiouy]/.test(spelling);
      const gbFul = !us && prev?.base === 'F' && /ful(ly|ness)?$/.test(spelling);
      if (p.base === 'AH' && p.stress === 0 && next?.base === 'L' && lTrigger && !pastL && !gbFul && (ize || tleCompound || isFinalCluster(phones, i + 2) || (ically && i === phones.length - 3) || (us && /ling$/.test(spelling) && i === phones.length - 4))) {
        out += 'ᵊ';
        continue;
      }
      // US -ment is mᵊnt after a vowel (movement mˈuvmᵊnt) but mostly mənt after a consonant (enjoyment is an
      // exception; bombardment, infringement): counted on misaki's gold lexicon.
      const ment = us && prev?.base === 'M' && afterNext?.base === 'T' && /ments?$/.test(spelling) && isFinalCluster(phones, i + 3) && isVowel(phones[i - 2]);
      if (p.base === 'AH' && p.stress === 0 && next?.base === 'N' && prev && (ment || isSyllabicN(prev, phones, i, spelling, dialect, gbLetters?.[vowelIndex]?.vowel))) {
        out += 'ᵊ';
        continue;
      }
      if (us && ically && p.stress === 0 && p.base === 'IH' && next?.base === 'K' && phones[i + 2]?.base === 'AH' && phones[i + 3]?.base === 'L') {
        out += 'ə';
        continue;
      }
      // Unstressed u before another vowel is written əw (mutual mjˈuʧəwəl, actually), and in US after ʧ/ʤ/ʃ also
      // before a stressed one (infatuation ɪnfˌæʧəwˈAʃən, sensuality).
      const palatal = prev !== undefined && ['CH', 'JH', 'SH', 'ZH'].includes(prev.base);
      if (p.base === 'UW' && (p.stress === 0 || (p.stress === 2 && palatal)) && isVowel(next) && (next?.stress === 0 || (us && palatal)) && i > 0) {
        out += us ? 'əw' : 'ʊ';
        continue;
      }
      if (us && p.base === 'IY' && p.stress === 0 && !seenPrimary && isPretonicPrefixI(phones, i, spelling, options.isStem)) {
        out += 'ə';
        continue;
      }
      if (!us && i === 0 && p.stress === 0 && p.base === 'AH' && next?.base === 'N' && spelling.startsWith('un')) {
        out += 'ʌ';
        continue;
      }
      if (!us && (i === 0 || (i === 2 && /^une[mn]/.test(spelling))) && p.stress === 0 && p.base === 'EH' && !isVowel(next)) {
        out += 'ɪ'; // enrich ɪnɹˈɪʧ, as in US, also after un- (unemployed ˌʌnɪmplˈYd)
        continue;
      }
      if (us && i <= 2 && p.stress === 0 && !seenPrimary) {
        const initial = initialVowel(phones, i, spelling);
        if (initial !== undefined) {
          out += initial;
          continue;
        }
      }
      if (us && p.base === 'IH' && p.stress === 0 && reducesToSchwa(phones, i, seenPrimary)) {
        out += 'ə';
        continue;
      }
      // After the primary, unstressed u in a non-final syllable is ə (ambulance-like regular ˈɹɛɡjələɹ).
      if (us && p.base === 'UW' && p.stress === 0 && seenPrimary && !isVowel(next) && !isLastSyllable(phones, i)) {
        out += 'ə';
        continue;
      }
      const letters = gbLetters?.[vowelIndex];
      // GB: an unstressed re-/de-/pre- that is not a prefix on a word is rɪ/dɪ/prɪ (react ɹɪˈakt, rebuke, decapitate,
      // pretend pɹɪtˈɛnd).
      if (!us && p.base === 'IY' && p.stress === 0 && !seenPrimary && ((i === 1 && /^(re|de)/.test(spelling)) || (i === 2 && /^pre/.test(spelling)))) {
        // Before an unstressed vowel it is the prefix re- with its own stress (realign ɹˌiːəlˈIn, rearrangement).
        out += isVowel(next) && next?.stress === 0 && /^re[aeiou]/.test(spelling) ? 'ˌiː' : 'ɪ';
        continue;
      }
      // GB: unstressed er/ir before a vowel, ahead of the primary, is ɪɹ (serene sɪɹˈiːn, giraffe); ir even after a
      // secondary (indirect ˌɪndɪɹˈɛkt), er only without one (alteration ˌɔːltəɹˈAʃᵊn).
      if (!us && p.base === 'ER' && p.stress === 0 && !seenPrimary && isVowel(next) && (letters?.vowel === 'i' || (!phones.slice(0, i).some((q) => q.stress === 2) && letters?.vowel === 'e'))) {
        out += 'ɪɹ';
        continue;
      }
      // CMUdict's secondary ER after the primary, before a vowel, is a plain əɹ (liberal lˈɪbəɹəl, ovary, liberate
      // lˈɪbəɹˌAt; GB severance sˈɛvəɹəns).
      if (p.base === 'ER' && p.stress === 2 && seenPrimary && isVowel(next)) {
        out += 'əɹ';
        continue;
      }
      // -age is ɪʤ in both dialects (manage mˈænɪʤ, luggage); GB also writes -ace as ɪs (surface sˈɜːfɪs).
      const ageOrAce = /[^aeiou]age$/.test(spelling) ? 'JH' : !us && /[^aeiou]ace$/.test(spelling) ? 'S' : undefined;
      if (ageOrAce !== undefined && p.base === 'AH' && p.stress === 0 && seenPrimary && i === phones.length - 2 && next?.base === ageOrAce) {
        out += 'ɪ';
        continue;
      }
      // GB: a consonant + -ling/-list/-ler has no vowel before the l (dazzling dˈazlɪŋ, cyclist sˈIklɪst).
      if (!us && p.base === 'AH' && p.stress === 0 && next?.base === 'L' && prev !== undefined && !isVowel(prev) && /[^aeiouy](ling|list|ler)s?$/.test(spelling) && /^(IH NG|IH S T|ER)( Z)?$/.test(phones.slice(i + 2).map((q) => q.base).join(' '))) {
        continue;
      }
      // GB: CMUdict's yod + schwa for a spelled i/e + vowel is ɪə (inconvenient ˌɪnkənvˈiːnɪənt, unfamiliar, azalea),
      // except in -ion (rebellion ɹɪbˈɛljən).
      if (!us && (p.base === 'AH' || (p.base === 'ER' && !isVowel(next))) && p.stress === 0 && prev?.base === 'Y' && out.endsWith('j') && /^(ia|ie|io|ea|eo)$/.test(letters?.vowel ?? '') && !/ions?$/.test(spelling)) {
        out = `${out.slice(0, -1)}ɪə`;
        continue;
      }
      // GB: u + vowel written AH W AH in CMUdict is ʊ (individual ˌɪndɪvˈɪʤʊəl, graduate).
      if (!us && p.base === 'AH' && p.stress === 0 && next?.base === 'W' && isVowel(afterNext) && afterNext?.stress === 0 && letters?.vowel.startsWith('u') === true) {
        out += 'ʊ';
        i++;
        continue;
      }
      // GB: unstressed u after a yod is ʊ (globular ɡlˈɒbjʊlə), and -ful is fʊl (awful ˈɔːfʊl).
      if (!us && p.stress === 0 && (p.base === 'AH' || p.base === 'UH' || p.base === 'UW') && ((prev?.base === 'Y' && letters?.vowel === 'u' && !isVowel(next)) || (prev?.base === 'F' && next?.base === 'L' && /ful(ly|ness)?$/.test(spelling) && (letters === undefined || letters.vowel === 'u')))) {
        out += 'ʊ';
        continue;
      }
      // GB writes an unstressed vowel spelled i, e or y as ɪ (philosophy fɪlˈɒsəfi, audible ˈɔːdɪbᵊl), except in
      // syllabic -en/-el/-ent/-ence endings.
      if (!us && p.stress === 0 && (p.base === 'AH' || p.base === 'IH') && !['IY', 'AY', 'EY', 'IH'].includes(prev?.base ?? '') && letters !== undefined && /^(i|e|y|ie|ei|ai)$/.test(letters.vowel) && !(letters.vowel === 'e' && letters.after.startsWith('ss')) && next?.base !== 'R' && !((next?.base === 'N' || next?.base === 'L') && isFinalCluster(phones, i + 2) && !(next.base === 'N' && letters.vowel === 'i' && !['S', 'Z', 'T', 'D'].includes(prev?.base ?? ''))) && !(next?.base === 'N' && afterNext?.base === 'T' && isFinalCluster(phones, i + 3)) && !(next?.base === 'N' && afterNext?.base === 'S')) {
        out += 'ɪ';
        continue;
      }
      // GB keeps ɪ for a final unstressed vowel spelled i, ai or e before -d, -t, -st (wicked wˈɪkɪd, service, certain).
      if (!us && p.stress === 0 && (p.base === 'AH' || p.base === 'IH') && seenPrimary && isLastSyllable(phones, i) && next !== undefined && !isVowel(next) && (/(?:[^aeiouy]i|ai)[^aeiouy]+$/.test(spelling) || (/[^aeiouy]e(?:d|t|st)$/.test(spelling) && (next.base === 'D' || next.base === 'T' || next.base === 'S'))) && !/sm$/.test(spelling)) {
        out += 'ɪ';
        continue;
      }
      const v = us ? usVowel(p, prev, next, afterNext, spelling, isLastSyllable(phones, i), i === firstVowel && auFirst) : gbVowel(p, prev, next, afterNext, spelling, phones[phones.length - 1], i === firstVowel && auFirst);
      // A word-final "-y" never carries secondary stress in misaki's lexicon (probably, not probablˌy).
      let stress = p.base === 'IY' && p.stress === 2 && i === phones.length - 1 ? 0 : p.stress;
      // misaki gives the second element of a compound secondary stress where CMUdict has none (mushroom, tabloid).
      if (stress === 0 && seenPrimary && isLastSyllable(phones, i) && next !== undefined && (FULL_VOWELS.has(p.base) || (us && (p.base === 'EY' || (p.base === 'OW' && !(i === phones.length - 2 && (next.base === 'Z' || next.base === 'D'))))) || (p.base === 'IH' && spelling.endsWith('ship')))) stress = 2;
      if (p.stress === 1) seenPrimary = true;
      out += stressMark(stress) + v.sym;
      if (v.eatsR) i++;
      continue;
    }
    if (p.base === 'T' && us && i > 0 && prev) {
      const afterVowel = isVowel(prev) || (prev.base === 'R' && isVowel(phones[i - 2]));
      if (afterVowel && next && next.stress === 0) {
        // Glottal t before syllabic n right after a stressed vowel (button, frighten); flap elsewhere.
        if (isVowel(prev) && prev.stress > 0 && next.base === 'AH' && afterNext?.base === 'N' && !((phones[i + 3]?.stress ?? 0) > 0) && phones[i + 3]?.base !== 'T' && /t(e|o|ai)n/.test(spelling)) {
          out += 'ʔn';
          i += 2;
          continue;
        }
        if (!(next.base === 'AH' && afterNext?.base === 'N' && !isVowel(phones[i + 3]))) {
          out += 'ɾ';
          continue;
        }
      }
    }
    // GB keeps the yod after t, d, n, th, z before a stressed u spelled u/ew/eu (new njˈuː, attitude ˈatɪtjuːd, presume
    // pɹɪzjˈuːm). After l and s misaki's GB lexicon has it only word by word (lucid ljˈuːsɪd, lunar lˈuːnə).
    const nextLetters = gbLetters?.[vowelIndex + 1];
    if (!us && ['T', 'D', 'N', 'TH', 'Z'].includes(p.base) && next?.base === 'UW' && next.stress > 0 && nextLetters !== undefined && (/^(u|ue|ui|eu)$/.test(nextLetters.vowel) || (nextLetters.vowel === 'e' && nextLetters.after.startsWith('w')))) {
      out += `${CONSONANTS[p.base] ?? ''}j`;
      continue;
    }
    // -ntial, -ntion, -ntious: misaki writes nʧ (attention ətˈɛnʧən, essential).
    if (us && p.base === 'SH' && prev?.base === 'N' && /nti/.test(spelling)) {
      out += 'ʧ';
      continue;
    }
    out += CONSONANTS[p.base] ?? '';
  }
  // A word needs a primary stress: CMUdict gives a few only a secondary (greedier G R IY2 D IY0 ER0).
  if (!out.includes('ˈ') && out.includes('ˌ') && !FUNCTION_LIKE.has(spelling)) out = out.replace('ˌ', 'ˈ');
  // One primary stress per word: CMUdict gives some words two (thirteen, well-known); keep the last, as misaki does.
  const firstPrimary = out.indexOf('ˈ');
  if (firstPrimary >= 0 && out.indexOf('ˈ', firstPrimary + 1) >= 0) {
    const last = out.lastIndexOf('ˈ');
    out = out.slice(0, last).replace(/ˈ/g, 'ˌ') + out.slice(last);
  }
  // GB gold marks no secondary stress after the primary (see gbAfterPrimary); an agent-noun head of a compound keeps
  // its own (peacemaker pˈiːsmˌAkə, gentlewoman, wicketkeeper).
  if (!us) {
    out = gbAfterPrimary(out, AGENT_HEAD.test(spelling));
    // -isation/-ization is Iz (globalization ɡlˌQbəlIzˈAʃᵊn: 88 of 88 on GB gold) and -ically ɪkli (physically
    // fˈɪzɪkli, 74 of 107).
    if (/i[sz]ations?$/.test(spelling)) out = out.replace(/[ɪə]z(ˈAʃᵊnz?)$/, 'Iz$1');
    if (spelling.endsWith('ically')) out = out.replace(/[ɪə]k[ᵊə]?li$/, 'ɪkli');
    // real ɹˈɪəl (really, realise, realistic: CMUdict's IY + schwa or IH), -mony məni (ceremony sˈɛɹɪməni), -ern ᵊn
    // (western wˈɛstᵊn), au- ɔː even unstressed (authority ɔːθˈɒɹɪti), and when-/wher- reduced before -ever/-as
    // (whenever wənˈɛvə, whereas wəɹˈaz).
    if (/^real(?!m|ign|loc)/.test(spelling)) out = out.replace(/^ɹ([ˈˌ]?)(?:iːə|iː|ɪ)l/, 'ɹ$1ɪəl');
    if (spelling.endsWith('mony')) out = out.replace(/mQni$/, 'məni');
    if (/[^aeiou]erns?$/.test(spelling)) out = out.replace(/ən(z?)$/, 'ᵊn$1');
    if (spelling.startsWith('au')) out = out.replace(/^ə(?=[^ɹAIOWYaiuæɑɒɔəɛɜɪʊʌᵻᵊ])/, 'ɔː');
    if (/^wh(en|er)e?(ever|as)$/.test(spelling)) out = out.replace(/^wɛː?/, 'wə');
    // -less echoes the vowel before it too (see gbLess), before -ness looks at it (shapelessness ʃˈAplɪsnɪs).
    if (/less(ly|ness)?$/.test(spelling)) out = out.replace(/l[əɪ]s(li|n[əɪ]s)?$/, (_m, tail: string | undefined, offset: number) => gbLess(out.slice(0, offset)) + (tail ?? ''));
    // -iness is ɪnɪs (readiness ɹˈɛdɪnɪs, 36 of 39 on GB gold); any -ness echoes the vowel before it (see gbNess).
    if (/iness$/.test(spelling)) out = out.replace(/i(nəs|nɪs)$/, 'ɪnɪs');
    else if (/ness$/.test(spelling)) out = out.replace(/n[əɪ]s$/, (_m, offset: number) => gbNess(out.slice(0, offset)));
    // After the primary, -ory, -ary and -ative are reduced (discriminatory dɪskɹˈɪmɪnətəɹi, reactionary ɹɪˈakʃənəɹi,
    // authoritative ɔːθˈɒɹɪtətɪv): CMUdict's secondary AO2/EH2/EY2 there is US only (41 of 44 -ory and 20 of 27 -ative
    // derived words on GB gold).
    if (/or(y|ies)$/.test(spelling)) out = out.replace(/(ˈ[^ˈ]*[^ˈˌ])ɔːɹi(z?)$/, '$1əɹi$2');
    if (/ar(y|ies)$/.test(spelling)) out = out.replace(/(ˈ[^ˈ]*[^ˈˌ])ɛːɹi(z?)$/, '$1əɹi$2');
    // -cial/-tial end in a plain ʃl (special spˈɛʃl, partial, financial: 12 of 17 on GB gold).
    if (/[ct]ial$/.test(spelling)) out = out.replace(/ʃᵊl$/, 'ʃl');
    // process has the GOAT vowel in GB (pɹˈQsɛs, processor).
    if (/^process(es|ed|ing|ors?)?$/.test(spelling)) out = out.replace(/^pɹˈɒs/, 'pɹˈQs');
    // seven- before another syllable has a plain n (seventy sˈɛvnti, seventeen, seventh); seven itself keeps ᵊn.
    if (/^seven./.test(spelling)) out = out.replace(/^sˈɛvᵊn|^sˌɛvᵊn/, (m) => m.replace('ᵊ', ''));
    out = prefixStress(gbSpelledEndings(gbShortVowels(out), spelling), spelling, dialect);
    // An unstressed pro- before a consonant is pɹə (procure pɹəkjˈʊə, probation, proclaim), not pɹQ.
    if (/^pro[^aeiouy]/.test(spelling)) out = out.replace(/^pɹQ(?=[^ˈˌ]*ˈ)/, 'pɹə');
    // -body after a pronoun part is reduced (nobody nˈQbədi, somebody).
    if (/^(any|every|no|some)body$/.test(spelling)) out = out.replace(/bɒdi$/, 'bədi');
    // figure is fˈɪɡə, without CMUdict's yod (configure, figurative, figurine).
    if (spelling.includes('figur')) out = out.replace(/ɡjə/, 'ɡə');
    // A final -ee keeps its length unstressed (settee sɛtˈiː is stressed; employee, pedigree pˈɛdɪɡɹiː are not).
    if (spelling.endsWith('ee')) out = out.replace(/i$/, 'iː');
    // in-/un-/con-/en- keep n before c or k unless they carry the primary (incomprehensible ɪnkˌɒmpɹɪhˈɛnsɪbᵊl,
    // but income ˈɪŋkʌm).
    if (/^(in|un|con|en)[ck]/.test(spelling)) out = out.replace(/^(ˌ?[ɪʌɒɛə])ŋk/, '$1nk');
    if (/atives?$/.test(spelling)) out = out.replace(/(ˈ[^ˈ]*[^ˈˌ])Atɪv(z?)$/, '$1ətɪv$2');
  }
  if (us) {
    out = prefixStress(out, spelling, dialect);
    // when-/wher- reduce before -ever/-as as in GB (whenever wənˈɛvəɹ, whereas wəɹˈæz); whatever flaps its t
    // (wəɾˈɛvəɹ) and whichever keeps a secondary ɪ (wˌɪʧˈɛvəɹ), as misaki's US lexicon writes them.
    if (/^wh(en|er)e?(ever|as)$/.test(spelling)) out = out.replace(/^wɛː?/, 'wə');
    if (spelling === 'whatever') out = out.replace(/^wət/, 'wəɾ');
    if (spelling === 'whichever') out = out.replace(/^wə/, 'wˌɪ');
    // product keeps a full secondary ʌ (pɹˈɑdˌʌkt), where CMUdict reduces it.
    if (/^products?$/.test(spelling)) out = out.replace(/dəkt/, 'dˌʌkt');
    // real, really, realty, realization: ɹˈiᵊl (misaki's US gold; CMUdict has R IH1 L for really).
    if (/^real(ly|ness|ty|tors?|i[sz]ations?)?$/.test(spelling)) {
      out = out.replace(/^ɹ[ˈˌ]?(?:iə|i|ɪ|ə)l/, (m) => `ɹ${!m.includes('ˈ') && out.includes('ˈ') ? 'ˌ' : 'ˈ'}iᵊl`);
    }
    // -ness and -ist keep their spelled vowels (kindness kˈIndnəs, artist ˈɑɹɾɪst); -tional is ʃᵊnəl.
    if (/ness(es)?$/.test(spelling)) out = out.replace(/nɪs(ᵻz)?$/, (_m, plural: string | undefined) => `nəs${plural ?? ''}`);
    // -less is ləs even where CMUdict has IH0 (guiltless ɡˈɪltləs, peerless).
    if (/less(ly|ness(es)?)?$/.test(spelling)) out = out.replace(/lɪs(li|nəs|nəsᵻz)?$/, (_m, tail: string | undefined) => `ləs${tail ?? ''}`);
    if (/ists?$/.test(spelling)) out = out.replace(/əst(s?)$/, 'ɪst$1');
    // rationalize ʃənᵊlˌIz, rationalistic, rationalization (15 of 20 suffixed -tional words on US gold).
    out = out.replace(/ʃən[əᵊ]l(?!ˌ?[ɪI]z|ˈɪst|[əI]zˈA)/g, 'ʃᵊnəl').replace(/ʃən[əᵊ]l(?=ˌ?[ɪI]z|ˈɪst|[əI]zˈA)/g, 'ʃənᵊl');
    if (spelling.endsWith('sis')) out = out.replace(/səs$/, 'sɪs'); // thesis θˈisɪs
    // A final unstressed -in after the primary is ən (heparin hˈɛpəɹən, bodkin, lignin: 34 of 39 changed words on
    // misaki's US development pages), where CMUdict writes IH0 N.
    out = out.replace(/(ˈ.*[^ˈˌ])ɪn$/, '$1ən');
    out = closedPretonicSecondary(reduceInnerYu(out), spelling);
    // -ance/-ence/-ant/-ent after t and an unstressed vowel flap the t and keep ə (impotent ˈɪmpəɾənt, inhabitancy
    // ɪnhˈæbəɾənsi: 20 of 22 changed words on misaki's development pages), where CMUdict's T AH0 N reads tᵊn.
    if (/t(ance|ence|ancy|ency|ant|ent)(ly|s)?$/.test(spelling)) out = out.replace(/(?<![ˈˌ])([əɪᵻi])t[ᵊə]n(?=(s|t|si|tli|ts)?$)/, '$1ɾən');
  }
  // -sman compounds reduce their man (guardsman ɡˈɑɹdzmən, kinsman: 22 of 23 on misaki's US pages).
  if (/sm[ae]n(ship|ly)?$/.test(spelling) && !/business/.test(spelling)) out = out.replace(/zmˌ[æa]n(?=(ʃˌ?ɪp|li)?$)/, 'zmən');
  // in- before gr keeps its n (ingrain ɪnɡɹˈAn, ingress, ingratiate), where CMUdict assimilates it to NG.
  if (/^ingr/.test(spelling)) out = out.replace(/^([ˈˌ]?ɪ)ŋɡ/, '$1nɡ');
  // -ism always has its schwa (realism ɹˈiəlˌɪzəm), where CMUdict sometimes writes a syllabic m (Z M).
  if (/isms?$/.test(spelling)) out = out.replace(/zm(z?)$/, 'zəm$1');
  // eighth is ˈAθ: the t of eight is not said before th.
  if (/^eighths?$/.test(spelling)) out = out.replace('Atθ', 'Aθ');
  // -ically: misaki writes əkᵊli even where CMUdict drops the a (musically M Y UW1 Z IH0 K L IY0).
  if (us && spelling.endsWith('ically') && (out.endsWith('ɪkli') || out.endsWith('əkli'))) out = `${out.slice(0, -4)}əkᵊli`;
  return pretonicSecondary(out);
}

/**
 * US: an unstressed ju inside a word, before the primary and before a consonant, is jə (computational
 * kˌɑmpjətˈAʃən, immunology ˌɪmjənˈɑləʤi: 20 of 22 changed words on misaki's development pages); a word-initial one
 * keeps its u (humanity hjumˈænəɾi).
 */
function reduceInnerYu(phonemes: string): string {
  const primary = phonemes.indexOf('ˈ');
  if (primary < 0) return phonemes;
  const head = phonemes.slice(0, primary).replace(/(?<=[AIOWYaiuæɑɔəɛɜɪʊʌᵻᵊ][^ˈˌ]*j)u(?=[^AIOWYaiuæɑɔəɛɜɪʊʌᵻᵊˈˌ])/g, 'ə');
  return head + phonemes.slice(primary);
}

/** Heads of agent-noun compounds whose secondary stress GB gold keeps after the primary (35 of 40 changed words). */
const AGENT_HEAD = /.{3}(makers?|making|wom[ae]n|keep(ers?|ing)|fight(ers?|ing)|hold(ers?|ing)|writers?|finders?|sellers?|runners?|worthy|sitters?|lighters?|liners?|workers?)('s|s')?$/;

/** Removes primary and secondary stress marks (function words are unstressed in misaki's lexicon). @internal */
export function stripStress(phonemes: string): string {
  return phonemes.replace(/[ˈˌ]/g, '');
}
