import { describe, expect, it } from 'vitest';
import { dictionary } from 'cmu-pronouncing-dictionary';
import { isHeldOut, LTS_PHONES } from '../src/fallback/lts-core';
import { predictArpabet } from '../src/fallback/lts';
import { fallbackPhonemes } from '../src/fallback/rules';
import { VOCAB } from '../src/index';

/** CMUdict words in the trainer's 5% test bucket: the model never saw them. */
const HELD_OUT = [
  'abductee', 'albeit', 'apprehend', 'aureole', 'bookman', 'concisely', 'customized', 'devoid', 'dimming', 'effect',
  'epithelial', 'forged', 'greyhound', 'headsman', 'horizon', 'hustler', 'insecurity', 'krone', 'mitral', 'notify',
  'painter', 'peeler', 'presentable', 'producing', 'rhizoid', 'rocketry', 'sodomy', 'subsystem', 'theatre', 'twiddle',
];

const VALID = new Set(LTS_PHONES.filter((p) => p !== ''));

/** Valid ARPAbet with exactly one primary stress. */
function checkArpabet(arpabet: string): void {
  const phones = arpabet.split(' ');
  for (const p of phones) expect(VALID.has(p), `${p} in ${arpabet}`).toBe(true);
  expect(phones.filter((p) => p.endsWith('1'))).toHaveLength(1);
}

describe('letter-to-sound model', () => {
  it('reads held-out CMUdict words (18 of these 30 exactly with the committed model; floor 50%)', () => {
    let exact = 0;
    for (const word of HELD_OUT) {
      expect(isHeldOut(word), word).toBe(true);
      const expected = dictionary[word];
      expect(expected, word).toBeDefined();
      const got = predictArpabet(word);
      expect(got, word).toBeDefined();
      checkArpabet(got ?? '');
      if (got === expected) exact++;
    }
    expect(exact / HELD_OUT.length).toBeGreaterThanOrEqual(0.5);
  });

  it('never throws on odd input and declines what it cannot read', () => {
    const odd = ['', 'zzzzzz', 'a'.repeat(40), 'supercalifragilisticexpialidociousnessly', "o'neill", "'tis", "rock'n'roll", "'", "''", 'naïve', 'ABC', 'x-ray', '123', ' ', 'q', 'y', 'b'.repeat(65)];
    for (const word of odd) {
      const got = predictArpabet(word);
      if (got !== undefined) checkArpabet(got);
    }
    expect(predictArpabet('')).toBeUndefined();
    expect(predictArpabet('naïve')).toBeUndefined();
    expect(predictArpabet('ABC')).toBeUndefined();
    expect(predictArpabet("'")).toBeUndefined();
    expect(predictArpabet("o'neill")).toBeDefined();
    expect(predictArpabet('supercalifragilisticexpialidociousnessly')).toBeDefined();
  });

  it('always writes valid ARPAbet with exactly one primary stress', () => {
    // Every 97th CMUdict word, training words included: the stress constraint must hold whatever the model says.
    const words = Object.keys(dictionary).filter((w, i) => i % 97 === 0 && /^[a-z']+$/.test(w) && /[aeiouy]/.test(w));
    expect(words.length).toBeGreaterThan(1000);
    for (const word of words) {
      const got = predictArpabet(word);
      expect(got, word).toBeDefined();
      checkArpabet(got ?? '');
      for (const dialect of ['en-us', 'en-gb'] as const) {
        for (const ch of fallbackPhonemes(word, dialect)) expect(VOCAB.has(ch), `${word} ${ch}`).toBe(true);
      }
    }
  });

  it('reads a word-initial ph and wh as one sound and hema-/hemo- with the vowel of heme', () => {
    for (const word of ['phial', 'phat', 'phorbol']) expect(predictArpabet(word)?.startsWith('F '), word).toBe(true);
    for (const word of ['whin', 'whinger', 'whatsit']) expect(predictArpabet(word)?.startsWith('W '), word).toBe(true);
    expect(fallbackPhonemes('phial', 'en-us')).toBe('fˈIəl');
    for (const word of ['hematology', 'haemagglutinate']) expect(predictArpabet(word)?.startsWith('HH IY'), word).toBe(true);
    for (const word of ['cystitis', 'cytological', 'cystotomy', 'cedilla', 'cerulean']) expect(predictArpabet(word)?.startsWith('S '), word).toBe(true);
    expect(predictArpabet('hemorrhoidal')?.startsWith('HH EH')).toBe(true); // hemorrh- and hemi- keep e
  });

  it('feeds the fallback, which still answers where the model declines', () => {
    expect(fallbackPhonemes('customized', 'en-us')).toBe('kˈʌstəmˌIzd');
    for (const word of ['zzzzzz', 'x1y', 'a'.repeat(40), 'b'.repeat(65), "rock'n'roll", 'supercalifragilisticexpialidociousnessly']) {
      for (const dialect of ['en-us', 'en-gb'] as const) {
        const got = fallbackPhonemes(word, dialect);
        expect(got.length, word).toBeGreaterThan(0);
        for (const ch of got) expect(VOCAB.has(ch), `${word} ${ch}`).toBe(true);
      }
    }
  });
});
