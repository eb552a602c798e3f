import { describe, expect, it } from 'vitest';
import { createG2P, espeakToMisaki, loadEspeakBackend, VOCAB, type EspeakBackend } from '../src/index';

// IPA recorded from espeak-ng 1.52 (the `phonemizer` npm package) for these words.
const RECORDED_US: ReadonlyArray<readonly [string, string, string]> = [
  ['kokoro', 'kəkˈoːɹoʊ', 'kəkˈOɹO'],
  ['butter', 'bˈʌɾɚ', 'bˈʌɾəɹ'],
  ['pixel', 'pˈɪksəl', 'pˈɪksəl'],
  ['boxes', 'bˈɑːksᵻz', 'bˈɑksᵻz'],
  ['hello', 'həlˈoʊ', 'həlˈO'],
  ['water', 'wˈɔːɾɚ', 'wˈɔɾəɹ'],
  ['nation', 'nˈeɪʃən', 'nˈAʃən'],
  ['merchantship', 'mˈɜːtʃəntʃˌɪp', 'mˈɜɹʧənʧˌɪp'],
  ['button', 'bˈʌʔn̩', 'bˈʌtᵊn'],
  ['judge', 'dʒˈʌdʒ', 'ʤˈʌʤ'],
  ['time', 'tˈaɪm', 'tˈIm'],
  ['now', 'nˈaʊ', 'nˈW'],
  ['boy', 'bˈɔɪ', 'bˈY'],
];
const RECORDED_GB: ReadonlyArray<readonly [string, string, string]> = [
  ['hello', 'həlˈəʊ', 'həlˈQ'],
  ['world', 'wˈɜːld', 'wˈɜːld'],
  ['butter', 'bˈʌtə', 'bˈʌtə'],
  ['boxes', 'bˈɒksɪz', 'bˈɒksɪz'],
  ['hair', 'hˈeə', 'hˈɛː'],
];

describe('espeak-ng IPA -> misaki mapping', () => {
  it('maps recorded US espeak output per PHONEMES.md', () => {
    for (const [, ipa, expected] of RECORDED_US) expect(espeakToMisaki(ipa, 'en-us')).toBe(expected);
  });

  it('maps recorded GB espeak output per PHONEMES.md', () => {
    for (const [, ipa, expected] of RECORDED_GB) expect(espeakToMisaki(ipa, 'en-gb')).toBe(expected);
  });

  it('only emits vocabulary symbols, whatever espeak prints', () => {
    const out = espeakToMisaki('xçɬʔʲr̩ɐẽ˞ʁ', 'en-us');
    expect([...out].every((ch) => VOCAB.has(ch))).toBe(true);
  });
});

describe('espeak backend in the lexicon stack', () => {
  it('is used for out-of-lexicon words by phonemizeAsync, after the lexicon', async () => {
    const asked: string[] = [];
    const backend: EspeakBackend = {
      phonemize(words) {
        asked.push(...words);
        return Promise.resolve(words.map(() => 'zˈɔɹbəl'));
      },
    };
    const g = await createG2P({ espeak: backend });
    const out = await g.phonemizeAsync('the zxqorble is red');
    expect(asked).toEqual(['zxqorble']);
    expect(out.phonemes).toBe('ðə zˈɔɹbəl ɪz ɹˈɛd');
    expect(g.phonemize('zxqorble').phonemes).toBe('zˈɔɹbəl');
  });

  it('reports a missing optional package with KOKORO_G2P_ESPEAK_UNAVAILABLE', async () => {
    await expect(loadEspeakBackend(() => Promise.reject(new Error('Cannot find package')))).rejects.toMatchObject({ code: 'KOKORO_G2P_ESPEAK_UNAVAILABLE' });
  });

  it('runs the real espeak-ng WebAssembly build when the optional package is installed', async () => {
    let backend: EspeakBackend;
    try {
      backend = await loadEspeakBackend();
    } catch {
      return; // optional dependency left out: the rule-based fallback covers these words
    }
    const [ipa] = await backend.phonemize(['hello'], 'en-us');
    expect(espeakToMisaki(ipa ?? '', 'en-us')).toBe('həlˈO');
  });
});
