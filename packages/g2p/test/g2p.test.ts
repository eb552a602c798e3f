import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createG2P, loadLexiconFile, VOCAB, type G2P } from '../src/index';

let us: G2P;
let gb: G2P;
const ph = (text: string): string => us.phonemize(text).phonemes;

beforeAll(async () => {
  us = await createG2P();
  gb = await createG2P({ lang: 'en-gb' });
});

describe('function words', () => {
  it('reads "the" as ðə before consonants and ði before vowels', () => {
    expect(ph('the cat')).toBe('ðə kˈæt');
    expect(ph('the apple')).toBe('ði ˈæpᵊl');
    expect(ph('the hour')).toBe('ði ˈWəɹ');
  });

  it('reduces a, an, to, of, and', () => {
    expect(ph('a cat and a dog')).toBe('ɐ kˈæt ænd ɐ dˈɔɡ');
    expect(ph('an egg')).toBe('ɐn ˈɛɡ');
    expect(ph('to go to eat')).toBe('tə ɡˈO tʊ ˈit');
    expect(ph('out of time')).toBe('ˈWt ʌv tˈIm');
  });

  it('stresses an auxiliary at the end of a phrase', () => {
    expect(ph('yes, we can.')).toBe('jˈɛs, wi kˈæn.');
    expect(ph('we can go')).toBe('wi kæn ɡˈO');
  });
});

describe('heteronyms', () => {
  it('picks read by tense', () => {
    expect(ph('I will read')).toContain('ɹˈid');
    expect(ph('she read it')).toContain('ɹˈɛd');
    expect(ph('I have read it')).toContain('ɹˈɛd');
  });

  it('picks noun/verb/adjective readings', () => {
    expect(ph('a record')).toBe('ɐ ɹˈɛkəɹd');
    expect(ph('to record')).toBe('tə ɹəkˈɔɹd');
    expect(ph('we live here')).toContain('lˈɪv');
    expect(ph('a live show')).toContain('lˈIv');
    expect(ph('the wind')).toBe('ðə wˈɪnd');
    expect(ph('to wind')).toBe('tə wˈInd');
    expect(ph('it is close to me')).toContain('klˈOs');
    expect(ph('please close it')).toContain('klˈOz');
    expect(ph('the use of it')).toContain('jˈus');
    expect(ph('we use it')).toContain('jˈuz');
    expect(ph('I used to go')).toContain('jˈust');
    expect(ph('a tear fell')).toContain('tˈɪɹ');
    expect(ph('to tear it')).toContain('tˈɛɹ');
    expect(ph('lead poisoning')).toContain('lˈɛd');
    expect(ph('to present it')).toContain('pɹizˈɛnt');
    expect(ph('the present')).toBe('ðə pɹˈɛzᵊnt');
    expect(ph('to object')).toContain('əbʤˈɛkt');
    expect(ph('I object to that')).toContain('əbʤˈɛkt'); // a verb after a subject, even before "to"
    expect(ph('not close to done')).toContain('klˈOs');
  });
});

describe('words', () => {
  it('handles possessives, plurals and hyphenated words', () => {
    expect(ph("the cat's toy")).toBe('ðə kˈæts tˈY');
    expect(ph("the boss's desk")).toBe('ðə bˈɔsᵻz dˈɛsk');
    expect(ph('free-range')).toBe('fɹˌiɹˈAnʤ');
  });

  it('spells unknown acronyms and keeps known words', () => {
    expect(ph('XYZ')).toBe('ˌɛkswˌIzˈi');
    expect(ph('NASA')).toBe('nˈæsə');
    expect(ph('PDFs')).toBe('pˌidˌiˈɛfs'); // a plural acronym takes -s, not the letter S
    expect(ph('IPv6')).toBe('ˌIpˌivˈi sˈɪks');
  });

  it('gives capitalised function words secondary stress, as misaki does', () => {
    expect(ph('And so')).toBe('ˌænd sˌO');
  });

  it('reads camelCase product names as compounds, spelling all-caps parts', () => {
    expect(ph('TypeScript')).toBe('tˈIpskɹˌɪpt');
    expect(ph('ChatGPT')).toBe('ʧˌætʤˌipˌitˈi');
    expect(ph('iOS')).toBe('ˌIˌOˈɛs');
  });

  it('never drops an unknown word', () => {
    const out = us.phonemize('blorptastic zibberwock');
    expect(out.words.map((w) => w.phonemes.length > 0)).toEqual([true, true]);
  });

  it('uses morphology on stems from a custom lexicon', async () => {
    const g = await createG2P({ lexicon: { blick: 'blˈɪk', frob: 'fɹˈɑb' } });
    expect(g.phonemize('blicks blicked blicking unblick frobbed').phonemes).toBe('blˈɪks blˈɪkt blˈɪkɪŋ ˌʌnblˈɪk fɹˈɑbd');
  });

  it('emits only vocabulary symbols for ordinary text', () => {
    const text = 'The quick brown fox jumps over the lazy dog; it was 3:30 pm on Jan. 5th, 2024 — “really?” (yes)…';
    for (const g of [us, gb]) {
      const { phonemes } = g.phonemize(text);
      for (const ch of phonemes) expect(VOCAB.has(ch), `symbol ${ch} in ${phonemes}`).toBe(true);
    }
  });
});

describe('inline pronunciations and lexicon stacking', () => {
  it('uses misaki link syntax as written', () => {
    const out = us.phonemize('[Kokoro](/kˈOkəɹO/) is fast');
    expect(out.phonemes).toBe('kˈOkəɹO ɪz fˈæst');
    expect(out.words[0]).toEqual({ text: 'Kokoro', start: 1, end: 7, phonemes: 'kˈOkəɹO' });
  });

  it('ranks user lexicon > misaki lexicons > embedded', async () => {
    const g = await createG2P({
      lexicon: { tomato: 'təmˈɑtO' },
      lexicons: [{ tomato: 'WRONG', potato: 'pətˈAɾO', read: { DEFAULT: 'ɹˈid', VBD: 'ɹˈɛd' } }],
    });
    expect(g.phonemize('tomato potato').phonemes).toBe('təmˈɑtO pətˈAɾO');
    expect(g.phonemize('she read').phonemes).toBe('ʃi ɹˈɛd');
  });

  it('loads misaki-format JSON files with string, null and part-of-speech values', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'g2p-lex-'));
    const path = join(dir, 'us_gold.json');
    await writeFile(path, JSON.stringify({ zorb: 'zˈɔɹb', wug: { DEFAULT: 'wˈʌɡ', VERB: 'wˈuɡ' }, the: null }));
    const lex = await loadLexiconFile(path);
    const g = await createG2P({ lexicons: [lex] });
    expect(g.phonemize('a zorb, to wug, the wug').phonemes).toBe('ɐ zˈɔɹb, tə wˈuɡ, ðə wˈʌɡ');
  });

  it('rejects malformed lexicons with KOKORO_G2P_BAD_LEXICON', async () => {
    await expect(loadLexiconFile('x.json', { readFile: () => Promise.resolve('[1,2]') })).rejects.toMatchObject({ code: 'KOKORO_G2P_BAD_LEXICON' });
    await expect(loadLexiconFile('x.json', { readFile: () => Promise.resolve('{bad') })).rejects.toMatchObject({ code: 'KOKORO_G2P_BAD_LEXICON' });
    await expect(loadLexiconFile('x.json', { readFile: () => Promise.resolve('{"a":{"VERB":"x"}}') })).rejects.toMatchObject({ code: 'KOKORO_G2P_BAD_LEXICON' });
    await expect(createG2P({ lexicon: { a: 5 } as never })).rejects.toMatchObject({ code: 'KOKORO_G2P_BAD_LEXICON' });
  });
});

describe('word spans', () => {
  it('point into the original input, also through normalization', () => {
    const text = 'Dr. Smith paid $5.50 today.';
    const { words } = us.phonemize(text);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(words.map((w) => w.text)).toEqual(['Dr.', 'Smith', 'paid', '$5.50', 'today']);
    expect(words[3]?.phonemes).toBe('fˈIv dˈɑləɹz ænd fˈɪfti sˈɛnts');
  });
});

describe('GB', () => {
  it('produces GB forms', () => {
    expect(gb.phonemize('the water is hot').phonemes).toBe('ðə wˈɔːtə ɪz hˈɒt');
  });
});

describe('options', () => {
  it('rejects bad options with KOKORO_G2P_BAD_OPTION', async () => {
    await expect(createG2P({ lang: 'fr' as never })).rejects.toMatchObject({ code: 'KOKORO_G2P_BAD_OPTION' });
    await expect(createG2P({ cacheSize: -1 })).rejects.toMatchObject({ code: 'KOKORO_G2P_BAD_OPTION' });
    expect(() => us.segments('hi', { maxTokens: 600 })).toThrow(expect.objectContaining({ code: 'KOKORO_G2P_BAD_OPTION' }));
  });

  it('throws KOKORO_G2P_INPUT_TOO_LONG only past a caller-set limit', async () => {
    const g = await createG2P({ maxInputChars: 10 });
    expect(g.phonemize('short').phonemes).toBe('ʃˈɔɹt');
    expect(() => g.phonemize('this is far too long')).toThrow(expect.objectContaining({ code: 'KOKORO_G2P_INPUT_TOO_LONG' }));
  });

  it('can write Kokoro v1.0 symbols (T for flaps, t for glottal stops)', async () => {
    const g = await createG2P({ kokoroV1Symbols: true });
    expect(g.phonemize('better button').phonemes).toBe('bˈɛTəɹ bˈʌtn');
    expect(ph('better button')).toBe('bˈɛɾəɹ bˈʌʔn');
  });

  it('counts cache hits and misses', async () => {
    const g = await createG2P({ cacheSize: 100 });
    g.phonemize('apple banana apple');
    const { cache } = g.stats();
    expect(cache.misses).toBe(2);
    expect(cache.hits).toBe(1);
  });
});
