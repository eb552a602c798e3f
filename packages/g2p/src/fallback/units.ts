/**
 * Pronunciation units of the rule-based fallback and the word endings whose reading is fixed by spelling.
 */

/** One grapheme's reading. @internal */
export interface Unit {
  /** Phonemes for this grapheme. */
  ph: string;
  /** True when `ph` is a vowel nucleus (gets stress or reduction). */
  vowel: boolean;
  /** Full (tense) vowel that should not be reduced when unstressed. */
  full: boolean;
  /** Reading used when this vowel takes the primary stress in an open syllable (rodent, music, rival). */
  open?: string;
  /** Reading when this vowel takes the primary stress (-age is ɪʤ unstressed, Aʤ stressed). */
  stressed?: string;
  /** Suffix vowels with a fixed stress: 2 = secondary (-ism, -ary), 0 = never stressed (-tual). */
  fixed?: 0 | 2;
}

/** True for a, e, i, o, u, y. @internal */
export const isVowelLetter = (c: string | undefined): boolean => c !== undefined && 'aeiouy'.includes(c);

const reduced = (ph: string): Unit => ({ ph, vowel: true, full: false });

/** Word endings with a fixed reading; `undefined` when `rest` is not one of them. @internal */
export function suffixUnits(w: string, i: number, rest: string): Unit[] | undefined {
  if (i < 2) return undefined;
  const prev = w[i - 1] ?? '';
  const plural = rest.endsWith('s') && !rest.endsWith('ss') && !rest.endsWith('ous') && !rest.endsWith('is');
  const base = plural ? rest.slice(0, -1) : rest;
  const z: Unit[] = plural ? [{ ph: 'z', vowel: false, full: false }] : [];
  const c = (ph: string): Unit => ({ ph, vowel: false, full: false });
  if (rest === 'ity' || rest === 'ities') {
    return [reduced('ə'), c('t'), { ph: 'i', vowel: true, full: true, fixed: 0 }, ...(rest === 'ities' ? [c('z')] : [])];
  }
  if ((rest === 'gue' || rest === 'que') && isVowelLetter(prev)) return [c(rest === 'gue' ? 'ɡ' : 'k')];
  switch (base) {
    case 'ive':
      return [{ ph: 'ɪ', vowel: true, full: false }, c('v'), ...z];
    case 'ous':
      return [reduced('ə'), c('s')];
    case 'itis':
      return [{ ph: 'I', vowel: true, full: true }, c('t'), reduced('ɪ'), c('s')];
    case 'osis':
      return [{ ph: 'O', vowel: true, full: true }, c('s'), reduced('ɪ'), c('s')];
    case 'sis':
      return isVowelLetter(prev) ? [c('s'), reduced('ɪ'), c('s')] : undefined;
    case 'age':
      return [{ ph: 'ɪ', vowel: true, full: false, stressed: 'A' }, c('ʤ'), ...z];
    case 'ace':
      return [{ ph: 'ə', vowel: true, full: false, stressed: 'A' }, c('s'), ...z];
    case 'sm':
      return [c('z'), reduced('ə'), c('m'), ...z];
    case 'gious':
      return [c('ʤ'), reduced('ə'), c('s')];
    case 'sual':
      return [c('ʒ'), { ph: 'u', vowel: true, full: true, fixed: 0 }, reduced('ə'), c('l'), ...z];
    case 'ice':
      return i >= 3 && !isVowelLetter(prev) ? [reduced('ə'), c('s')] : undefined;
    case 'cious': case 'tious':
      return [c('ʃ'), reduced('ə'), c('s')];
    case 'ism':
      return [{ ph: 'ɪ', vowel: true, full: true, fixed: 2 }, c('z'), reduced('ə'), c('m'), ...z];
    case 'tual':
      return [c('ʧ'), { ph: 'u', vowel: true, full: true, fixed: 0 }, reduced('ə'), c('l'), ...z];
    case 'able': case 'ible':
      return isVowelLetter(prev) ? undefined : [reduced('ə'), c('b'), reduced('ᵊl'), ...z];
    case 'ary': case 'ory':
      return isVowelLetter(prev) ? undefined : [{ ph: base === 'ory' ? 'ɔ' : 'ɛ', vowel: true, full: true, fixed: 2 }, c('ɹ'), { ph: 'i', vowel: true, full: true }];
    case 'sure':
      return [c(isVowelLetter(prev) ? 'ʒ' : 'ʃ'), reduced('əɹ'), ...z];
    default:
      return undefined;
  }
}
