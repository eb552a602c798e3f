import { beforeAll, describe, expect, it } from 'vitest';
import { joinHyphenated, linkReading } from '../src/hyphenated';
import { EmbeddedLexicon, loadCmuDictionary } from '../src/lexicon/embedded';
import { WordResolver } from '../src/resolver';

/** Expected values are misaki's own gold entries (US and GB lexicons). */
let us: WordResolver;
let gb: WordResolver;
beforeAll(async () => {
  const cmu = await loadCmuDictionary();
  us = new WordResolver('en-us', new EmbeddedLexicon(cmu, 'en-us'), undefined, []);
  gb = new WordResolver('en-gb', new EmbeddedLexicon(cmu, 'en-gb'), undefined, []);
});
const ph = (word: string): string => us.resolve(word).phonemes;

describe('hyphenated words', () => {
  it('keeps one primary stress, on the first part when the second is not longer', () => {
    expect(ph('gun-shy')).toBe('ɡˈʌnʃˌI');
    expect(ph('gravel-blind')).toBe('ɡɹˈævᵊlblˌInd');
    expect(ph('heart-rending')).toBe('hˈɑɹtɹˌɛndɪŋ'); // -ing does not count
    expect(ph('horse-trader')).toBe('hˈɔɹstɹˌAdəɹ');
  });

  it('moves the primary to a longer second part, and after self-, great-, non- and free-', () => {
    expect(ph('heavy-handed')).toBe('hˌɛvihˈændᵻd');
    expect(ph('free-range')).toBe('fɹˌiɹˈAnʤ');
    expect(ph('self-made')).toBe('sˌɛlfmˈAd');
    expect(ph('great-niece')).toBe('ɡɹˌAtnˈis');
  });

  it('stresses a function word at either end, and puts the primary after in-, on-, up-', () => {
    expect(ph('must-read')).toBe('mˈʌstɹˌid');
    expect(ph('in-depth')).toBe('ˌɪndˈɛpθ');
    expect(ph('up-close')).toBe('ˌʌpklˈOz');
  });

  it('reads re-, pre- and de- as prefixes of the rest (re-election ɹˌiəlˈɛkʃən, re-cap ɹikˈæp)', () => {
    expect(ph('re-election')).toBe('ɹˌiəlˈɛkʃən');
    expect(ph('re-cap')).toBe('ɹikˈæp');
  });

  it('leaves the primary on the verb before a particle, and stresses the particle', () => {
    expect(ph('mix-up')).toBe('mˈɪksˌʌp');
    expect(ph('mail-in')).toBe('mˈAlˌɪn');
  });

  it('reduces linking words and stresses the last content part of longer compounds', () => {
    expect(ph('heart-to-heart')).toBe('hˌɑɹttəhˈɑɹt');
    expect(ph('mother-of-pearl')).toBe('mˌʌðəɹəvpˈɜɹl');
    expect(ph('lighter-than-air')).toBe('lˌIɾəɹðənˈɛɹ');
    expect(ph('son-in-law')).toBe('sˈʌnənlˌɔ');
  });

  it('writes GB compounds without a secondary stress after the primary, except on a longer last part', () => {
    expect(gb.resolve('get-up').phonemes).toBe('ɡˈɛtʌp');
    expect(gb.resolve('glass-blower').phonemes).toBe('ɡlˈɑːsblˌQə'); // blower: two syllables, keeps its secondary
    expect(gb.resolve('non-alcoholic').phonemes).toBe('nˌɒnalkəhˈɒlɪk'); // after non- the word's own secondary goes
    // GB Q (goat vowel) counts as a syllable: three in afterglow, so it holds the primary and party keeps a secondary.
    expect(joinHyphenated(['ˈaftəɡlQ', 'pˈɑːti'], ['afterglow', 'party'], 'en-gb')).toBe('ˈaftəɡlQpˌɑːti');
  });

  it('reduces only linking words between two other parts', () => {
    expect(linkReading('to', 1, 3, 'en-us')).toBe('tə');
    expect(linkReading('to', 0, 3, 'en-us')).toBeUndefined();
    expect(linkReading('for', 1, 3, 'en-gb')).toBe('fə');
    expect(linkReading('heart', 1, 3, 'en-us')).toBeUndefined();
  });

  it('keeps every part, stressing unstressed end parts with a secondary', () => {
    expect(joinHyphenated(['ˈɛks', 'ɹA'], ['x', 'ray'], 'en-us')).toBe('ˈɛksɹˌA');
    expect(joinHyphenated(['ə', 'b', 'sˈi'], ['a', 'b', 'c'], 'en-us')).toBe('ˌəbsˈi');
  });
});
