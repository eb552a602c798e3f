import { createG2P, createSentenceSplitter, tokenize, validateLexicon, VOCAB, type G2P, type G2POptions, type Lexicon, type NormalizeOptions } from '@kokoro-ts/g2p';

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



/** Most G2P instances kept for per-call normalization switch sets (each holds its own lexicon index). */
export const SWITCHED_G2P_LIMIT = 8;

const SYMBOLS = new Map([...VOCAB].map(([symbol, id]) => [id, symbol]));
const MAX_ID = Math.max(...VOCAB.values());
const SPACE_ID = VOCAB.get(' ') ?? 16;

/**
 * @internal G2P instances per language, created on first use with misaki's gold and silver
 * lexicons ahead of the embedded one (found in or downloaded into the cache). A missing
 * lexicon is a warning, not an error: G2P still works, with lower quality for rare words.
 */
export class G2PRegistry {
  readonly #byKey = new Map<string, Promise<LanguageG2P>>();
  readonly #lexicons = new Map<EngineLanguage, Promise<Lexicon[]>>();
  readonly #o: G2PRegistryOptions;

  constructor(o: G2PRegistryOptions) {
    this.#o = o;
  }

  /** The engine's normalization setting (`g2p.normalize`), the base of per-call switches. */
  get normalize(): boolean | Partial<NormalizeOptions> | undefined {
    return this.#o.g2pOptions.normalize;
  }

  /**
   * The language's G2P for a normalization configuration. `normalizeKey` `''` is the engine's own
   * (kept for the engine's life); any other key (a call's canonical switch set, see
   * `normalizeKey()`) gets its own instance with `normalize`, kept in an LRU of
   * {@link SWITCHED_G2P_LIMIT} across languages. g2p applies normalization while it scans (word
   * grouping follows the normalized spans), so a different switch set needs its own instance;
   * the lexicon files are read and parsed once per language and shared.
   */
  get(lang: EngineLanguage, normalizeKey = '', normalize?: false | Partial<NormalizeOptions>): Promise<LanguageG2P> {
    const key = `${lang}|${normalizeKey}`;
    let p = this.#byKey.get(key);
    if (p !== undefined && normalizeKey !== '') {
      // Refresh its place in the LRU order.
      this.#byKey.delete(key);
      this.#byKey.set(key, p);
    }
    if (p === undefined) {
      p = this.#create(lang, normalizeKey === '' ? undefined : normalize ?? {});
      this.#byKey.set(key, p);
      const created = p;
      p.catch(() => { if (this.#byKey.get(key) === created) this.#byKey.delete(key); });
      if (normalizeKey !== '') this.#evict();
    }
    return p;
  }

  /** Switched instances alive now (for tests and metrics). */
  get switchedCount(): number {
    let n = 0;
    for (const key of this.#byKey.keys()) if (!key.endsWith('|')) n++;
    return n;
  }

  #evict(): void {
    const switched = [...this.#byKey.keys()].filter((k) => !k.endsWith('|'));
    for (let i = 0; i < switched.length - SWITCHED_G2P_LIMIT; i++) this.#byKey.delete(switched[i] ?? '');
  }

  #loadLexicons(lang: EngineLanguage): Promise<Lexicon[]> {
    let p = this.#lexicons.get(lang);
    if (p === undefined) {
      p = this.#readLexicons(lang);
      this.#lexicons.set(lang, p);
      p.catch(() => this.#lexicons.delete(lang));
    }
    return p;
  }

  async #create(lang: EngineLanguage, normalize: false | Partial<NormalizeOptions> | undefined): Promise<LanguageG2P> {
    const lexicons = await this.#loadLexicons(lang);
    const g2p: G2P = await createG2P({ ...this.#o.g2pOptions, lang, ...(normalize !== undefined ? { normalize } : {}), ...(lexicons.length > 0 ? { lexicons } : {}) });
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

  async #readLexicons(lang: EngineLanguage): Promise<Lexicon[]> {
    const lexicons: Lexicon[] = [];
    if (this.#o.lexicons !== false) {
      const commit = typeof this.#o.lexicons === 'object' ? this.#o.lexicons.commit : undefined;
      const found = await resolveLexicons({ lang, cacheDir: this.#o.cacheDir, download: this.#o.download, fs: this.#o.fs, ...(commit !== undefined ? { commit } : {}) });
      for (const path of found.paths) lexicons.push(validateLexicon(JSON.parse(new TextDecoder().decode(await this.#o.fs.readFile(path))), path));
      if (found.missing.length > 0) this.#o.warn({ code: 'LEXICON_UNAVAILABLE', message: `misaki lexicons for ${lang} not available, using the embedded lexicon: ${found.missing.join('; ')}` });
    }
    return lexicons;
  }
}
