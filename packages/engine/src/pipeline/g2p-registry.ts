import { createG2P, createSentenceSplitter, tokenize, validateLexicon, VOCAB, type G2P, type G2POptions, type Lexicon } from '@kokoro-ts/g2p';

import type { AssetFs } from '../assets/asset-fs';
import { resolveLexicons, type DownloadSettings } from '../assets/resolve';
import type { G2PPort, SentenceSplitterPort } from './ports';
import type { EngineLanguage, SynthesisWarning } from './types';

/** @internal One language's G2P plus the vocabulary helpers the pipeline needs. */
export interface LanguageG2P {
  g2p: G2PPort;
  splitter: () => SentenceSplitterPort;
  tokenize: (phonemes: string) => { ids: number[]; dropped: number };
  spaceId: number;
  maxId: number;
  symbolOf: (id: number) => string;
}

/** @internal */
export interface G2PRegistryOptions {
  g2pOptions: Omit<G2POptions, 'lang' | 'lexicons'>;
  lexicons: boolean | { commit?: string };
  cacheDir: string;
  download: boolean | DownloadSettings | undefined;
  fs: AssetFs;
  warn: (w: SynthesisWarning) => void;
}



const SYMBOLS = new Map([...VOCAB].map(([symbol, id]) => [id, symbol]));
const MAX_ID = Math.max(...VOCAB.values());
const SPACE_ID = VOCAB.get(' ') ?? 16;

/**
 * @internal G2P instances per language, created on first use with misaki's gold and silver
 * lexicons ahead of the embedded one (found in or downloaded into the cache). A missing
 * lexicon is a warning, not an error: G2P still works, with lower quality for rare words.
 */
export class G2PRegistry {
  readonly #byLang = new Map<EngineLanguage, Promise<LanguageG2P>>();
  readonly #o: G2PRegistryOptions;

  constructor(o: G2PRegistryOptions) {
    this.#o = o;
  }

  get(lang: EngineLanguage): Promise<LanguageG2P> {
    let p = this.#byLang.get(lang);
    if (p === undefined) {
      p = this.#create(lang);
      this.#byLang.set(lang, p);
      p.catch(() => this.#byLang.delete(lang));
    }
    return p;
  }

  async #create(lang: EngineLanguage): Promise<LanguageG2P> {
    const lexicons: Lexicon[] = [];
    if (this.#o.lexicons !== false) {
      const commit = typeof this.#o.lexicons === 'object' ? this.#o.lexicons.commit : undefined;
      const found = await resolveLexicons({ lang, cacheDir: this.#o.cacheDir, download: this.#o.download, fs: this.#o.fs, ...(commit !== undefined ? { commit } : {}) });
      for (const path of found.paths) lexicons.push(validateLexicon(JSON.parse(new TextDecoder().decode(await this.#o.fs.readFile(path))), path));
      if (found.missing.length > 0) this.#o.warn({ code: 'LEXICON_UNAVAILABLE', message: `misaki lexicons for ${lang} not available, using the embedded lexicon: ${found.missing.join('; ')}` });
    }
    const g2p: G2P = await createG2P({ ...this.#o.g2pOptions, lang, ...(lexicons.length > 0 ? { lexicons } : {}) });
    // The first call pays one-time costs (lexicon indexes, JIT); pay them here, not in the first request.
    g2p.segments('Warm up, the engine.', { maxTokens: 24 });
    return {
      g2p,
      splitter: createSentenceSplitter,
      tokenize,
      spaceId: SPACE_ID,
      maxId: MAX_ID,
      symbolOf: (id) => SYMBOLS.get(id) ?? '',
    };
  }
}
