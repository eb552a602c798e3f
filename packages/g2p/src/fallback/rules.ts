import type { Dialect } from '../lexicon/arpabet';

/**
 * Rule-based letter-to-sound for words no lexicon knows, so no word is ever dropped. It reads common English
 * spelling patterns (digraphs, silent e, soft c/g, -tion, -le) and stresses the first syllable (the second after a
 * common unstressed prefix). It is a safety net, not a lexicon: expect rough but pronounceable output.
 */

interface Unit {
  /** Phonemes for this grapheme. */
  ph: string;
  /** True when `ph` is a vowel nucleus (gets stress or reduction). */
  vowel: boolean;
  /** Full (tense) vowel that should not be reduced when unstressed. */
  full: boolean;
}

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
  ['ie', 'i', true], ['ue', 'u', true], ['ew', 'ju', true], ['oa', 'O', true], ['ow', 'O', true],
];

const SHORT: Readonly<Record<string, string>> = { a: 'æ', e: 'ɛ', i: 'ɪ', o: 'ɑ', u: 'ʌ', y: 'ɪ' };
const LONG: Readonly<Record<string, string>> = { a: 'A', e: 'i', i: 'I', o: 'O', u: 'u', y: 'I' };
const UNSTRESSED_PREFIXES = ['be', 'de', 're', 'con', 'com', 'pre', 'pro', 'ex', 'en', 'em', 'un', 'dis', 'mis', 'a'];

const isVowelLetter = (c: string | undefined): boolean => c !== undefined && 'aeiouy'.includes(c);

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
    if (isVowelLetter(c) && !(c === 'y' && i === 0)) {
      const r = w[i + 1];
      if (r === 'r' && !isVowelLetter(w[i + 2])) {
        const rc = c === 'a' ? 'ɑɹ' : c === 'o' ? 'ɔɹ' : 'ɜɹ';
        units.push({ ph: rc, vowel: true, full: rc !== 'ɜɹ' });
        i += 2;
        continue;
      }
      const digraph = VOWEL_GRAPHEMES.find(([g]) => rest.startsWith(g));
      if (digraph) {
        const [g, ph] = digraph;
        const final = i + g.length === w.length;
        units.push({ ph: g === 'ie' && final && w.length <= 4 ? 'I' : g === 'ow' && !final && w[i + 2] === 'n' ? 'W' : g === 'ey' && final ? 'i' : ph, vowel: true, full: true });
        i += g.length;
        continue;
      }
      // Magic e: vowel + one consonant + e (+ optional s/d at the end) is long.
      const magic = !isVowelLetter(w[i + 1]) && w[i + 1] !== undefined && w[i + 2] === 'e' && (i + 3 === w.length || (i + 4 === w.length && 'sd'.includes(w[i + 3] ?? '')));
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
        units.push({ ph: c === 'o' ? 'O' : c === 'i' ? 'i' : 'ə', vowel: true, full: c !== 'a' });
      } else if (magic || beforeIon || beforeLe) {
        units.push({ ph: LONG[c] ?? 'ə', vowel: true, full: true });
      } else {
        units.push({ ph: SHORT[c] ?? 'ə', vowel: true, full: false });
      }
      i += 1;
      continue;
    }
    if (c === 'y') {
      consonant('j');
      i += 1;
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
      consonant(c === 'c' ? (soft ? 's' : 'k') : soft && i > 0 ? 'ʤ' : 'ɡ');
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
      if (g === 'n' && (w[i + 1] === 'k' || (w[i + 1] === 'c' && !'eiy'.includes(w[i + 2] ?? '#')))) consonant('ŋ');
      else if (g === 's' && i === w.length - 1 && i > 0 && !'sptkfc'.includes(w[i - 1] ?? '') && w[i - 1] !== 'u' && w[i - 1] !== 'i') consonant('z');
      else if (g === 'th' && i === 0 && /^th(e|is|at|ey|em|en|ere|ose|ough|us)$/.test(w)) consonant('ð');
      else if (g === 's' && isVowelLetter(w[i - 1]) && isVowelLetter(w[i + 1]) && i > 0) consonant('z');
      else if (g === 'x' && i === 0) consonant('z');
      else consonant(ph);
      i += g.length;
      continue;
    }
    i += 1; // letters with no English reading (non a-z) are skipped
  }
  return units;
}

const NOT_BEFORE_VOWEL = '(?![AIOQWYaiuæɑɒɔəɛɜɪʊʌᵻᵊ])';
const GB_R = [
  [new RegExp(`ɑɹ${NOT_BEFORE_VOWEL}`, 'g'), 'ɑː'], [new RegExp(`ɔɹ${NOT_BEFORE_VOWEL}`, 'g'), 'ɔː'],
  [new RegExp(`ɜɹ${NOT_BEFORE_VOWEL}`, 'g'), 'ɜː'], [new RegExp(`əɹ${NOT_BEFORE_VOWEL}`, 'g'), 'ə'],
] as const;

function usToGb(ph: string): string {
  let out = ph;
  for (const [pattern, replacement] of GB_R) out = out.replace(pattern, replacement);
  return out
    .replace(/æ/g, 'a').replace(/O/g, 'Q').replace(/ᵻ/g, 'ɪ');
}

/**
 * Pronounces a lower-case a-z word by rule. Always returns a non-empty string for input with at least one letter.
 * @internal
 */
export function ruleBasedPhonemes(word: string, dialect: Dialect): string {
  const clean = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!clean) return '';
  const units = toUnits(clean);
  const vowels = units.filter((u) => u.vowel);
  let stressIndex = 0;
  if (vowels.length > 2 && UNSTRESSED_PREFIXES.some((p) => clean.startsWith(p) && clean.length > p.length + 3)) stressIndex = 1;
  // Suffixes that fix the stress: -tion/-ic/-ial on the syllable before, -ity/-ical/-ify one further back.
  if (vowels.length >= 2 && /([tsc]i(on|an|al)|ic|ics|ious|eous)$/.test(clean)) stressIndex = vowels.length - 2;
  if (vowels.length >= 3 && /(ity|ities|ical|ically|ify|ian)$/.test(clean)) stressIndex = vowels.length - 3;
  let v = 0;
  let out = '';
  for (const unit of units) {
    if (!unit.vowel) {
      out += unit.ph;
      continue;
    }
    if (v === stressIndex) out += `ˈ${unit.ph}`;
    else if (unit.ph === 'ɜɹ') out += 'əɹ';
    else if (!unit.full && unit.ph !== 'ᵊl' && unit.ph !== 'ᵻ' && unit.ph !== 'ɪ' && unit.ph.length === 1) out += 'ə';
    else out += unit.ph;
    v++;
  }
  return dialect === 'en-gb' ? usToGb(out) : out;
}
