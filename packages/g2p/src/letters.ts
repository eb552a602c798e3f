import type { Dialect } from './lexicon/arpabet';

const US_LETTERS: Readonly<Record<string, string>> = {
  a: 'ˈA', b: 'bˈi', c: 'sˈi', d: 'dˈi', e: 'ˈi', f: 'ˈɛf', g: 'ʤˈi', h: 'ˈAʧ', i: 'ˈI', j: 'ʤˈA', k: 'kˈA',
  l: 'ˈɛl', m: 'ˈɛm', n: 'ˈɛn', o: 'ˈO', p: 'pˈi', q: 'kjˈu', r: 'ˈɑɹ', s: 'ˈɛs', t: 'tˈi', u: 'jˈu', v: 'vˈi',
  w: 'dˈʌbᵊljˌu', x: 'ˈɛks', y: 'wˈI', z: 'zˈi',
};
const GB_LETTERS: Readonly<Record<string, string>> = {
  ...US_LETTERS, o: 'ˈQ', r: 'ˈɑː', z: 'zˈɛd', w: 'dˈʌbᵊljˌuː', q: 'kjˈuː', u: 'jˈuː',
  b: 'bˈiː', c: 'sˈiː', d: 'dˈiː', e: 'ˈiː', g: 'ʤˈiː', p: 'pˈiː', t: 'tˈiː', v: 'vˈiː',
};

/** The name of one letter (a-z, case-insensitive) in misaki phonemes, or `undefined`. @internal */
export function letterName(letter: string, dialect: Dialect): string | undefined {
  return (dialect === 'en-gb' ? GB_LETTERS : US_LETTERS)[letter.toLowerCase()];
}

/**
 * Spells a word letter by letter (acronyms: "FBI" -> ˌɛfbˌiˈI). Like misaki, every letter's stress becomes
 * secondary except the last, which keeps primary. Non-letters are skipped; `undefined` if nothing is spellable.
 * @internal
 */
export function spellLetters(word: string, dialect: Dialect): string | undefined {
  let out = '';
  for (const ch of word) {
    const name = letterName(ch, dialect);
    if (name !== undefined) out += name;
  }
  if (!out) return undefined;
  const secondary = out.replace(/ˈ/g, 'ˌ');
  const last = secondary.lastIndexOf('ˌ');
  return last < 0 ? secondary : `${secondary.slice(0, last)}ˈ${secondary.slice(last + 1)}`;
}
