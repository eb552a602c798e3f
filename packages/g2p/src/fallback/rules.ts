import { arpabetToMisaki, type Dialect } from '../lexicon/arpabet';
import { predictArpabet } from './lts';
import { primaryStressIndex } from './stress';
import { isVowelLetter, suffixUnits, type Unit } from './units';

/**
 * Rule-based letter-to-sound for words no lexicon knows, so no word is ever dropped. It reads common English
 * spelling patterns (digraphs, magic e, open syllables, soft c/g, doubled consonants, fixed suffix readings in
 * units.ts), places stress by suffix and syllable count (stress.ts), and writes the result as ARPAbet through the
 * CMU -> misaki conversion. It is a safety net, not a lexicon: expect rough but pronounceable output.
 */

const CONSONANT_GRAPHEMES: ReadonlyArray<readonly [string, string]> = [
  ['tch', 'ʧ'], ['sch', 'sk'], ['ch', 'ʧ'], ['sh', 'ʃ'], ['th', 'θ'], ['ph', 'f'], ['wh', 'w'], ['ck', 'k'],
  ['rh', 'ɹ'], ['ng', 'ŋ'], ['qu', 'kw'], ['dg', 'ʤ'], ['gh', ''], ['kn', 'n'], ['wr', 'ɹ'],
  ['b', 'b'], ['d', 'd'], ['f', 'f'], ['h', 'h'], ['j', 'ʤ'], ['k', 'k'], ['l', 'l'], ['m', 'm'], ['n', 'n'],
  ['p', 'p'], ['q', 'k'], ['r', 'ɹ'], ['s', 's'], ['t', 't'], ['v', 'v'], ['w', 'w'], ['x', 'ks'], ['z', 'z'],
];

const VOWEL_GRAPHEMES: ReadonlyArray<readonly [string, string, boolean]> = [
  ['eau', 'O', true], ['igh', 'I', true], ['augh', 'ɔ', true], ['ough', 'O', true], ['eigh', 'A', true],
  ['ee', 'i', true], ['ea', 'i', true], ['oo', 'u', true], ['ou', 'W', true], ['oi', 'Y', true], ['oy', 'Y', true],
  ['ai', 'A', true], ['ay', 'A', true], ['au', 'ɔ', true], ['aw', 'ɔ', true], ['ei', 'A', true], ['ey', 'A', true],
  ['ie', 'i', true], ['ue', 'u', true], ['ui', 'u', true], ['eu', 'u', true], ['ew', 'ju', true], ['oa', 'O', true], ['ow', 'O', true],
];

const SHORT: Readonly<Record<string, string>> = { a: 'æ', e: 'ɛ', i: 'ɪ', o: 'ɑ', u: 'ʌ', y: 'ɪ' };
const LONG: Readonly<Record<string, string>> = { a: 'A', e: 'i', i: 'I', o: 'O', u: 'u', y: 'I' };


/** Long reading of a vowel letter; u is ju after consonants that keep the glide (music, fume, cute). */
function longVowel(c: string, w: string, i: number): string {
  if (c !== 'u') return LONG[c] ?? 'ə';
  const prev = w[i - 1];
  if (prev === 'h' && w[i - 2] === 'r') return 'u'; // rhubarb
  return prev === undefined || 'bcfghkmpv'.includes(prev) ? 'ju' : 'u';
}


function toUnits(word: string): Unit[] {
  const units: Unit[] = [];
  const w = word;
  let i = 0;
  const consonant = (ph: string): void => {
    if (ph) units.push({ ph, vowel: false, full: false });
  };
  while (i < w.length) {
    const rest = w.slice(i);
    const c = w[i] ?? '';
    // Suffixes with fixed readings.
    if (/^(tion|sion|cian)s?$/.test(rest) || rest === 'tial' || rest === 'cial') {
      const sh = rest.startsWith('si') && isVowelLetter(w[i - 1]) ? 'ʒ' : 'ʃ';
      consonant(sh);
      units.push({ ph: rest.endsWith('al') ? 'əl' : 'ən', vowel: true, full: false });
      if (rest.endsWith('s')) consonant('z');
      break;
    }
    const suffix = suffixUnits(w, i, rest);
    if (suffix) {
      units.push(...suffix);
      break;
    }
    if (rest === 'ful' && i > 0) {
      consonant('f');
      units.push({ ph: 'ᵊl', vowel: true, full: false });
      break;
    }
    if (rest === 'ture' || rest === 'tures') {
      consonant('ʧ');
      units.push({ ph: 'əɹ', vowel: true, full: false });
      if (rest.endsWith('s')) consonant('z');
      break;
    }
    if ((rest === 'le' || rest === 'les') && i > 0 && !isVowelLetter(w[i - 1])) {
      units.push({ ph: 'ᵊl', vowel: true, full: false });
      if (rest.endsWith('s')) consonant('z');
      break;
    }
    if (rest === 'e' && i > 0) break; // silent final e
    if ((rest === 'es' || rest === 'ed') && i > 1 && !isVowelLetter(w[i - 1])) {
      const prev = w[i - 1] ?? '';
      if (rest === 'es') {
        if ('sxzh'.includes(prev)) units.push({ ph: 'ᵻ', vowel: true, full: false });
        consonant('z');
      } else if (prev === 't' || prev === 'd') {
        units.push({ ph: 'ᵻ', vowel: true, full: false });
        consonant('d');
      } else {
        consonant('pkfsxc'.includes(prev) ? 't' : 'd');
      }
      break;
    }
    if (rest === 'ing' || rest === 'ings') {
      units.push({ ph: 'ɪ', vowel: true, full: false });
      consonant('ŋ');
      if (rest.endsWith('s')) consonant('z');
      break;
    }
    if (i === 0 && /^ex[aeiouh]/.test(w) && w.length > 5) {
      // exact, examine, exist: an unstressed ex- before a vowel is ɪɡz.
      units.push({ ph: 'ɪ', vowel: true, full: false, fixed: 0 });
      consonant('ɡz');
      i += w[2] === 'h' ? 3 : 2;
      continue;
    }
    if (isVowelLetter(c) && !(c === 'y' && i === 0)) {
      const r = w[i + 1];
      if (r === 'r' && !isVowelLetter(w[i + 2]) && w[i + 2] !== 'r') {
        const rc = c === 'a' ? (w[i - 1] === 'w' ? 'ɔɹ' : 'ɑɹ') : c === 'o' ? 'ɔɹ' : 'ɜɹ';
        // -ar/-or/-ard/-ord in a final syllable are unstressed schwa + r (doctor, mustard, Stafford).
        const finalSyllable = !/[aeiouy]/.test(w.slice(i + 2));
        units.push({ ph: rc, vowel: true, full: rc !== 'ɜɹ' && !(finalSyllable && i > 1) });
        i += 2;
        continue;
      }
      if (rest.startsWith('ear') && w[i + 3] !== undefined && !isVowelLetter(w[i + 3]) && w[i + 3] !== 'r') {
        units.push({ ph: 'ɜɹ', vowel: true, full: false });
        i += 3;
        continue;
      }
      if (/^ull/.test(rest) && 'fpb'.includes(w[i - 1] ?? '#')) {
        units.push({ ph: 'ʊ', vowel: true, full: true });
        i += 1;
        continue;
      }
      const digraph = VOWEL_GRAPHEMES.find(([g]) => rest.startsWith(g));
      if (digraph) {
        const [g, ph] = digraph;
        const final = i + g.length === w.length;
        let chosen = g === 'ie' && final && w.length <= 4 ? 'I' : g === 'ow' && !final && w[i + 2] === 'n' ? 'W' : g === 'ey' && final ? 'i' : ph;
        if (g === 'ea' && /^(d[^e]|d$|lth|ther|sure|vy|ven|th$|sant|ther|thy)/.test(w.slice(i + 2))) chosen = 'ɛ';
        if (g === 'ou' && /^(ble|ple|ntry|ch$|ng|rish|sin|rage)/.test(w.slice(i + 2))) chosen = 'ʌ';
        // A final -ow/-ey is an unstressed ending (yellow, valley), never a secondary stress.
        units.push({ ph: chosen, vowel: true, full: true, ...(final && (g === 'ow' || g === 'ey') ? { fixed: 0 as const } : {}) });
        i += g.length;
        continue;
      }
      // Magic e: vowel + one consonant + e (+ optional s/d at the end) is long.
      const magic = (!isVowelLetter(w[i + 1]) && w[i + 1] !== undefined && w[i + 2] === 'e' && (i + 3 === w.length || (i + 4 === w.length && 'sd'.includes(w[i + 3] ?? '')))) || /^gues?$/.test(w.slice(i + 1));
      const finalOpen = i === w.length - 1;
      // nation, motion, solution: a, o, u before -tion/-sion/-cian are long.
      // table, noble, title: a single consonant before final -le leaves the vowel long.
      const beforeLe = !isVowelLetter(w[i + 1]) && w[i + 1] !== undefined && w[i + 1] !== w[i + 2] && w.slice(i + 2) === 'le' && i + 1 > 0 && w[i + 1] !== 'l';
      const beforeIon = /^[tsc]i(on|an|al)s?$/.test(w.slice(i + 1)) && 'aou'.includes(c);
      if (c === 'y' && finalOpen) {
        units.push({ ph: units.some((u) => u.vowel) ? 'i' : 'I', vowel: true, full: true });
      } else if (c === 'e' && finalOpen) {
        units.push({ ph: 'i', vowel: true, full: true });
      } else if (finalOpen && (c === 'o' || c === 'i' || c === 'a')) {
        units.push({ ph: c === 'o' ? 'O' : c === 'i' ? 'i' : 'ə', vowel: true, full: c !== 'a', fixed: 0 });
      } else if (magic || beforeIon || beforeLe) {
        units.push({ ph: longVowel(c, w, i), vowel: true, full: true });
      } else if (isVowelLetter(w[i + 1]) && c !== 'y') {
        // Two vowels in hiatus (riot, diet, poet): the first is long.
        if (c === 'i') units.push({ ph: 'i', vowel: true, full: true, fixed: 0, open: 'I' });
        else if (c === 'e') units.push({ ph: 'i', vowel: true, full: true, fixed: 0 });
        else units.push({ ph: c === 'u' ? 'u' : (LONG[c] ?? 'ə'), vowel: true, full: c !== 'e' });
      } else {
        const single = w[i + 1] !== undefined && !isVowelLetter(w[i + 1]) && w[i + 1] !== 'x' && w[i + 1] !== w[i + 2] && isVowelLetter(w[i + 2]) && !(w[i + 1] === 'r');
        const afterW = c === 'a' && (w[i - 1] === 'w' || (w[i - 1] === 'u' && w[i - 2] === 'q')) && !'kgx'.includes(w[i + 1] ?? 'k');
        const prevConsonant = w[i - 1] !== undefined && !isVowelLetter(w[i - 1]) && !'rlj'.includes(w[i - 1] ?? '');
        if (c === 'u' && single && w[i + 1] === 'l' && prevConsonant) {
          // -ular, -ulate, -ulous: an unstressed u before l keeps its glide (muscular mˈʌskjələɹ).
          consonant('j');
          units.push({ ph: 'ʌ', vowel: true, full: false, open: 'u' });
        } else if (c === 'u' && single && w[i + 1] !== 'l') {
          units.push({ ph: longVowel(c, w, i), vowel: true, full: true });
        } else if ((c === 'o' && /^(l[dt]|lls?$)/.test(w.slice(i + 1))) || (c === 'i' && /^(nds?$|lds?$|gns?$)/.test(w.slice(i + 1)))) {
          units.push({ ph: c === 'o' ? 'O' : 'I', vowel: true, full: true });
        } else if (c === 'o' && w[i + 1] === 'r' && isVowelLetter(w[i + 2]) && w[i + 2] !== 'e') {
          units.push({ ph: 'ɔ', vowel: true, full: false });
        } else if (c === 'o' && /^n(t|th|ey|key)/.test(w.slice(i + 1))) {
          units.push({ ph: 'ʌ', vowel: true, full: false });
        } else {
          units.push({ ph: afterW ? 'ɑ' : (SHORT[c] ?? 'ə'), vowel: true, full: false, ...(single && c !== 'i' ? { open: longVowel(c, w, i) } : {}) });
        }
      }
      i += 1;
      continue;
    }
    if (c === 'y') {
      consonant('j');
      i += 1;
      continue;
    }
    if (rest.startsWith('chr') || rest.startsWith('chl')) {
      consonant('k');
      i += 2;
      continue;
    }
    if (c === 'g' && w[i + 1] === 'g') {
      consonant('ɡ');
      i += 2;
      continue;
    }
    if (c === 's' && w[i + 1] === 'c' && 'eiy'.includes(w[i + 2] ?? '#')) {
      consonant('s');
      i += 2;
      continue;
    }
    if (c === 'n' && w[i + 1] === 'g' && /^le(s|d)?$/.test(w.slice(i + 2))) {
      consonant('ŋɡ');
      i += 2;
      continue;
    }
    if (c === 'n' && w[i + 1] === 'g' && /^ge(s|d)?$/.test(w.slice(i + 2))) {
      consonant('nʤ');
      i += 2;
      continue;
    }
    if (i === 0 && /^(gn|ps|pn)/.test(rest)) {
      consonant(rest[1] === 's' ? 's' : 'n');
      i += 2;
      continue;
    }
    if ((rest === 'mb' || rest === 'mbs' || rest === 'mn') && i > 0) {
      consonant(rest === 'mbs' ? 'mz' : 'm');
      break;
    }
    if (rest.startsWith('thm')) {
      consonant('ð');
      if (i + 3 === w.length) units.push({ ph: 'ə', vowel: true, full: false });
      i += 2;
      continue;
    }
    if (rest.startsWith('th') && (/^th(er|e$|es$|ed$|ing$)/.test(rest) && i > 0)) {
      consonant('ð');
      i += 2;
      continue;
    }
    if ((c === 'c' || c === 'g') && w[i + 1] !== 'h') {
      const soft = 'eiy'.includes(w[i + 1] ?? '#');
      if (c === 'c' && (w[i + 1] === 'c' || w[i + 1] === 'k')) {
        if (w[i + 1] === 'k') {
          i += 1; // "ck": the k is read next
          continue;
        }
        consonant('k');
        i += 1;
        continue;
      }
      const softInitial = i === 0 && (w[1] === 'y' || /^e[nmrslo]/.test(w.slice(1)));
      consonant(c === 'c' ? (soft ? 's' : 'k') : soft && (i > 0 || softInitial) ? 'ʤ' : 'ɡ');
      i += 1;
      continue;
    }
    if (i === 0 && (rest.startsWith('kn') || rest.startsWith('wr'))) {
      consonant(rest.startsWith('kn') ? 'n' : 'ɹ');
      i += 2;
      continue;
    }
    const grapheme = CONSONANT_GRAPHEMES.find(([g]) => rest.startsWith(g));
    if (grapheme) {
      const [g, ph] = grapheme;
      // Double consonants sound once; s between vowels is voiced.
      if (g.length === 1 && w[i + 1] === c) {
        i += 1;
        continue;
      }
      if (g === 'n' && (w[i + 1] === 'k' || (w[i + 1] === 'c' && !'eiyh'.includes(w[i + 2] ?? '#')))) consonant('ŋ');
      else if (g === 's' && i === w.length - 1 && i > 0 && !'sptkfc'.includes(w[i - 1] ?? '') && w[i - 1] !== 'u' && w[i - 1] !== 'i') consonant('z');
      else if (g === 'th' && i === 0 && /^th(e|is|at|ey|em|en|ere|ose|ough|us)$/.test(w)) consonant('ð');
      else if (g === 's' && isVowelLetter(w[i - 1]) && isVowelLetter(w[i + 1]) && i > 0 && !(w.slice(i - 2, i) === 'ou' && /^ses?$/.test(w.slice(i)))) consonant('z');
      else if (g === 'x' && i === 0) consonant('z');
      else consonant(ph);
      i += g.length;
      continue;
    }
    i += 1; // letters with no English reading (non a-z) are skipped
  }
  return units;
}

const ARPA_CONSONANTS: Readonly<Record<string, string>> = {
  b: 'B', d: 'D', f: 'F', h: 'HH', j: 'Y', k: 'K', l: 'L', m: 'M', n: 'N', p: 'P', s: 'S', t: 'T', v: 'V', w: 'W', z: 'Z',
  ɡ: 'G', ŋ: 'NG', ɹ: 'R', ʃ: 'SH', ʒ: 'ZH', ð: 'DH', θ: 'TH', ʤ: 'JH', ʧ: 'CH',
};
const ARPA_VOWELS: Readonly<Record<string, string>> = {
  A: 'EY', I: 'AY', O: 'OW', W: 'AW', Y: 'OY', i: 'IY', u: 'UW', æ: 'AE', ɑ: 'AA', ɔ: 'AO', ɛ: 'EH', ɪ: 'IH', ʊ: 'UH',
  ʌ: 'AH', ə: 'AH', ᵊ: 'AH', ᵻ: 'IH',
};

/** Writes one unit as ARPAbet; the first vowel symbol carries the stress digit. */
function unitToArpabet(ph: string, stress: number): string[] {
  const out: string[] = [];
  let stressed = false;
  for (let k = 0; k < ph.length; k++) {
    const ch = ph[k] ?? '';
    if ((ch === 'ɜ' || ch === 'ə') && ph[k + 1] === 'ɹ') {
      out.push(`ER${stressed ? 0 : stress}`);
      stressed = true;
      k++;
      continue;
    }
    const vowel = ARPA_VOWELS[ch];
    if (vowel !== undefined) {
      out.push(`${vowel}${stressed ? 0 : stress}`);
      stressed = true;
      continue;
    }
    const consonant = ARPA_CONSONANTS[ch];
    if (consonant !== undefined) out.push(consonant);
  }
  return out;
}

/** Long vowels and diphthongs keep a secondary stress away from the primary, as CMUdict and misaki write them. */
const LONG_SYMBOLS = new Set(['A', 'I', 'O', 'W', 'Y', 'u', 'ju']);

/**
 * Pronounces a word no lexicon knows: the letter-to-sound model (lts.ts) when it gives an answer, else the hand
 * rules ({@link ruleBasedPhonemes}: characters outside a-z and the apostrophe, no vowel read). Always returns a
 * non-empty string for input with at least one letter a-z. Either way the result is ARPAbet run through the same
 * CMU -> misaki conversion as lexicon words.
 * @internal
 */
export function fallbackPhonemes(word: string, dialect: Dialect, letterToSound = true): string {
  const lower = word.toLowerCase();
  const clean = lower.replace(/[^a-z]/g, '');
  if (!clean) return '';
  // The CMUdict-trained model reads about 64% of held-out CMU words exactly (the hand rules: about 20%), and on
  // misaki's gold words outside CMUdict it beats the rules too; the rules keep what the model declines.
  const predicted = letterToSound ? predictArpabet(/^[a-z']+$/.test(lower) ? lower : clean) : undefined;
  if (predicted !== undefined) return arpabetToMisaki(predicted, clean, dialect);
  return ruleBasedPhonemes(clean, dialect);
}

/**
 * Pronounces a lower-case a-z word by the hand-written spelling rules. Always returns a non-empty string for input
 * with at least one letter. The units are stressed, written as ARPAbet and run through the same CMU -> misaki
 * conversion as lexicon words, so flapping, syllabic endings, ᵻ and the GB forms follow the same conventions.
 * @internal
 */
export function ruleBasedPhonemes(word: string, dialect: Dialect): string {
  const clean = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!clean) return '';
  const units = toUnits(clean);
  const vowelCount = units.filter((u) => u.vowel).length;
  const stressIndex = primaryStressIndex(clean, vowelCount);
  let v = 0;
  const arpabet: string[] = [];
  for (const unit of units) {
    if (!unit.vowel) {
      arpabet.push(...unitToArpabet(unit.ph, -1));
      continue;
    }
    let stress = 0;
    let ph = unit.ph;
    if (v === stressIndex) {
      stress = 1;
      if (unit.stressed !== undefined) ph = unit.stressed;
      // A stressed vowel before one consonant and a final syllable is long (rodent, music, rival).
      const penult = v === vowelCount - 2 || (v === vowelCount - 3 && /[ie](a|an|ans|um|us|al|o)$/.test(clean));
      if (unit.open !== undefined && penult && (unit.open === 'ju' || unit.open === 'u' || !/(ic|ics|ical|ity|ish)$/.test(clean))) ph = unit.open;
    } else if (unit.fixed !== undefined) stress = unit.fixed;
    else if (v === 0 && stressIndex >= 2) {
      stress = 2;
      if (unit.open === 'O' || unit.open === 'I') ph = unit.open; // photo-, hypo-, cyto- before the main stress
    }
    else if (unit.full && LONG_SYMBOLS.has(unit.ph) && Math.abs(v - stressIndex) >= 2 - (v > stressIndex && v === vowelCount - 1 ? 1 : 0)) stress = 2;
    else if (v === 0 && (stressIndex >= 2 || (stressIndex === 1 && /^i[nm][^aeiouy]/.test(clean)))) stress = 2;
    if (stress === 0 && !unit.full && ph.length === 1 && ph !== 'ᵻ' && (ph !== 'ɪ' || (v > stressIndex && v < vowelCount - 1))) ph = 'ə';
    if (stress === 0 && !unit.full && (ph === 'ɑɹ' || ph === 'ɔɹ')) ph = 'əɹ';
    arpabet.push(...unitToArpabet(ph, stress));
    v++;
  }
  return arpabetToMisaki(arpabet.join(' '), clean, dialect);
}
