import { beforeAll, describe, expect, it } from 'vitest';
import { createG2P, type G2P } from '../src/index';

/** Each expected form is misaki's own lexicon entry (its `DEFAULT`, or its `None` form at the end of a phrase). */
let us: G2P;
let gb: G2P;
beforeAll(async () => {
  us = await createG2P({ normalize: false });
  gb = await createG2P({ normalize: false, lang: 'en-gb' });
});
const inside = (g: G2P, word: string): string => g.phonemize(`I saw ${word} there`).phonemes.split(' ')[2] ?? '';
const atEnd = (g: G2P, word: string): string => g.phonemize(`I saw ${word}`).phonemes.split(' ')[2] ?? '';

describe('function words as misaki’s lexicon writes them', () => {
  it('keeps the secondary stress misaki gives but, on, our, up, us, him', () => {
    expect(inside(us, 'but')).toBe('bˌʌt');
    expect(inside(us, 'on')).toBe('ˌɔn');
    expect(inside(us, 'our')).toBe('ˌWəɹ');
    expect(inside(gb, 'us')).toBe('ˌʌs');
    expect(inside(gb, 'him')).toBe('hˌɪm');
    expect(inside(gb, 'than')).toBe('ðən');
  });

  it('uses the phrase-final form where misaki has one, and leaves plain entries alone', () => {
    expect(atEnd(us, 'by')).toBe('bˈI');
    expect(inside(us, 'by')).toBe('bI');
    expect(atEnd(us, 'been')).toBe('bˌɪn');
    expect(atEnd(us, 'are')).toBe('ɑɹ'); // a plain entry: no stress at the end either
    expect(atEnd(us, 'to')).toBe('tu');
    expect(atEnd(gb, 'his')).toBe('hˌɪz');
    expect(atEnd(gb, 'were')).toBe('wɜː');
    expect(atEnd(gb, 'shall')).toBe('ʃˌal');
    expect(atEnd(us, 'can')).toBe('kˈæn'); // other auxiliaries: stressed
  });

  it('stresses upon and onto like content words', () => {
    expect(inside(gb, 'upon')).toBe('əpˈɒn');
    expect(inside(us, 'onto')).toBe('ˈɑntˌu');
  });

  it('reads some- compounds and -ever words as misaki does', () => {
    expect(us.phonemize('something').phonemes).toBe('sˈʌmθˌɪŋ');
    expect(us.phonemize('sometimes').phonemes).toBe('sˈʌmtˌImz');
    expect(us.phonemize('somewhere').phonemes).toBe('sˈʌmhwˌɛɹ');
    expect(us.phonemize('whenever').phonemes).toBe('wənˈɛvəɹ');
    expect(us.phonemize('whatever').phonemes).toBe('wəɾˈɛvəɹ');
    expect(gb.phonemize('nobody').phonemes).toBe('nˈQbədi');
    expect(us.phonemize('product').phonemes).toBe('pɹˈɑdˌʌkt');
    expect(us.phonemize('fifteen').phonemes).toBe('fˌɪftˈin'); // -teen numbers: secondary on the first syllable
    expect(us.phonemize('eighteen').phonemes).toBe('ˌAtˈin');
    expect(gb.phonemize('nineteen').phonemes).toBe('nˌIntˈiːn');
    expect(us.phonemize('eighth').phonemes).toBe('ˈAθ');
    expect(gb.phonemize('seventy').phonemes).toBe('sˈɛvnti');
    expect(gb.phonemize('seven').phonemes).toBe('sˈɛvᵊn');
    expect(us.phonemize('wiring').phonemes).toBe('wˈIəɹɪŋ'); // the vowel of fire before r
    expect(us.phonemize('inquire').phonemes).toBe('ɪnkwˈIəɹ');
    expect(us.phonemize('virus').phonemes).toBe('vˈIɹəs');
  });

  it('reads real and really with ᵊ before the l (US)', () => {
    expect(us.phonemize('real').phonemes).toBe('ɹˈiᵊl');
    expect(us.phonemize('really').phonemes).toBe('ɹˈiᵊli');
    expect(us.phonemize('realization').phonemes).toBe('ɹˌiᵊləzˈAʃən');
    expect(us.phonemize('realize').phonemes).toBe('ɹˈiəlˌIz');
  });
});
