import { arpabetToMisaki, stripStress, type Dialect } from './arpabet';
import { FUNCTION_WORDS, FUNCTION_WORD_OVERRIDES, LEXICAL_OVERRIDES } from './function-words';

type CmuDictionary = Readonly<Record<string, string>>;

let dictionaryPromise: Promise<CmuDictionary> | undefined;
let loaded = false;

/**
 * Whether the embedded CMU dictionary has been loaded. It is loaded on the first `createG2P` call, never at
 * import time, so importing this package stays cheap.
 */
export function isEmbeddedLexiconLoaded(): boolean {
  return loaded;
}

/** Loads the CMU dictionary from the `cmu-pronouncing-dictionary` package (once per process). @internal */
export function loadCmuDictionary(): Promise<CmuDictionary> {
  dictionaryPromise ??= import('cmu-pronouncing-dictionary').then((module) => {
    loaded = true;
    return module.dictionary;
  });
  return dictionaryPromise;
}

/**
 * The embedded lexicon: CMUdict entries converted to misaki phonemes on first use and memoized.
 * @internal
 */
export class EmbeddedLexicon {
  private readonly converted = new Map<string, string | null>();
  private readonly isStem = (word: string): boolean => Object.hasOwn(this.cmu, word);

  constructor(
    private readonly cmu: CmuDictionary,
    readonly dialect: Dialect,
  ) {}

  /** True when CMUdict has the (lower-case) word. */
  has(word: string): boolean {
    return Object.hasOwn(this.cmu, word);
  }

  /** Raw ARPAbet for a lower-case word, if any. */
  arpabet(word: string): string | undefined {
    return Object.hasOwn(this.cmu, word) ? this.cmu[word] : undefined;
  }

  /** misaki phonemes for a lower-case word, or `undefined`. Function words come back unstressed. */
  lookup(word: string): string | undefined {
    const cached = this.converted.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const override = FUNCTION_WORD_OVERRIDES[this.dialect][word] ?? LEXICAL_OVERRIDES[this.dialect][word];
    let result: string | null = null;
    if (override !== undefined) {
      result = override;
    } else if (Object.hasOwn(this.cmu, word)) {
      const arpabet = this.cmu[word] ?? '';
      const phonemes = arpabetToMisaki(arpabet, word, this.dialect, { isStem: this.isStem });
      result = FUNCTION_WORDS.has(word) ? stripStress(phonemes) : phonemes;
    }
    this.converted.set(word, result);
    return result ?? undefined;
  }

  /** Stressed form of a word (used for function words at the end of a phrase, as misaki's `None` entries do). */
  stressed(word: string): string | undefined {
    const arpabet = this.arpabet(word);
    return arpabet === undefined ? undefined : arpabetToMisaki(arpabet, word, this.dialect, { isStem: this.isStem });
  }
}
