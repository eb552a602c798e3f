import { espeakUnavailable } from '../errors';
import type { Dialect } from '../lexicon/arpabet';
import { espeakToMisaki } from './espeak-map';

/**
 * Something that turns words into espeak-ng IPA. The default backend wraps the optional `phonemizer` npm package
 * (espeak-ng compiled to WebAssembly, GPL-3.0); tests and users can inject their own.
 */
export interface EspeakBackend {
  /** Returns espeak-ng IPA for each input word, in order. `language` is an espeak voice such as "en-us" or "en". */
  phonemize(words: readonly string[], language: string): Promise<string[]>;
}

interface PhonemizerModule {
  phonemize: (text: string, language?: string) => Promise<string[]>;
}

/**
 * Loads the default espeak-ng backend from the optional `phonemizer` package by dynamic import, so the GPL code is
 * only loaded when asked for.
 * @throws G2PError `KOKORO_G2P_ESPEAK_UNAVAILABLE` when the package is not installed or fails to load.
 */
export async function loadEspeakBackend(importer: () => Promise<unknown> = () => import('phonemizer')): Promise<EspeakBackend> {
  let module: PhonemizerModule;
  try {
    module = (await importer()) as PhonemizerModule;
  } catch (error) {
    throw espeakUnavailable(error);
  }
  if (typeof module.phonemize !== 'function') throw espeakUnavailable(new Error('phonemizer has no phonemize export'));
  const phonemize = module.phonemize;
  return {
    async phonemize(words, language) {
      // One call per word keeps the word <-> IPA alignment exact (espeak may merge or re-split phrases).
      const out: string[] = [];
      for (const word of words) {
        const lines = await phonemize(word, language);
        out.push(lines.join(' '));
      }
      return out;
    },
  };
}

/** espeak voice name for a dialect. @internal */
export function espeakLanguage(dialect: Dialect): string {
  return dialect === 'en-gb' ? 'en' : 'en-us';
}

/** Phonemizes words through a backend and maps the IPA to misaki symbols. @internal */
export async function espeakWords(backend: EspeakBackend, words: readonly string[], dialect: Dialect): Promise<string[]> {
  const ipa = await backend.phonemize(words, espeakLanguage(dialect));
  return words.map((_, i) => espeakToMisaki(ipa[i] ?? '', dialect));
}
