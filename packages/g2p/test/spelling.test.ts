import { beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedLexicon, loadCmuDictionary } from '../src/lexicon/embedded';
import { WordResolver } from '../src/resolver';
import { spellingVariants } from '../src/spelling';

let us: WordResolver;
let gb: WordResolver;
let cmu: Readonly<Record<string, string>>;
beforeAll(async () => {
  cmu = await loadCmuDictionary();
  us = new WordResolver('en-us', new EmbeddedLexicon(cmu, 'en-us'), undefined, []);
  gb = new WordResolver('en-gb', new EmbeddedLexicon(cmu, 'en-gb'), undefined, []);
});

describe('British spellings CMUdict lacks', () => {
  it('reads a whole word as its American twin (each word below is missing from CMUdict as spelled)', () => {
    for (const [british, american] of [
      ['sombre', 'somber'],
      ['calibre', 'caliber'],
      ['epicentre', 'epicenter'],
      ['succour', 'succor'],
      ['primaeval', 'primeval'],
      ['outmanoeuvre', 'outmaneuver'],
      ['penalise', 'penalize'],
    ] as const) {
      expect(Object.hasOwn(cmu, british), british).toBe(false);
      expect(us.resolve(british).phonemes, british).toBe(us.resolve(american).phonemes);
      expect(gb.resolve(british).phonemes, british).toBe(gb.resolve(american).phonemes);
    }
  });

  it('finds the stem of a derived word through its American spelling', () => {
    expect(us.resolve('socialising').phonemes).toBe('sˈOʃəlˌIzɪŋ'); // socialize + -ing
    expect(us.resolve('socialisation').phonemes).toBe(us.resolve('socialization').phonemes);
    expect(gb.resolve('capitalised').phonemes).toBe('kˈapɪtəlIzd');
  });

  it('keeps a reading morphology already finds from the spelling as written', () => {
    // hospital + -ise is a known stem plus a suffix; the variant is only a fallback.
    expect(us.resolve('hospitalise').source).toBe('morphology');
  });

  it('offers candidates only: a rule that fires on an unrelated word changes nothing', () => {
    expect(spellingVariants('blorgour', true)).toEqual(['blorgor']);
    expect(us.resolve('blorgour').source).toBe('rules');
    // -re is a whole-word rule: a stem guessed by morphology (fr + inged) never becomes "fer".
    expect(spellingVariants('fre', false)).toEqual([]);
    expect(us.resolve('fringed').phonemes).toBe('fɹˈɪnʤd');
    expect(spellingVariants('acre', true)).toEqual([]);
    expect(spellingVariants('four', true)).toEqual([]);
  });

  it('combines rules when a word needs several (manoeuvre -> maneuver)', () => {
    expect(spellingVariants('manoeuvre', true)).toContain('maneuver');
    expect(spellingVariants('travelling', true)).toEqual(['traveling']);
    expect(spellingVariants('defence', true)).toEqual(['defense']);
    expect(spellingVariants('palaeontology', true)).toEqual(['paleontology']);
  });
});
