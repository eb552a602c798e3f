import { describe, expect, it } from 'vitest';
import * as g2p from '../src/index';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(g2p).sort()).toMatchInlineSnapshot(`
      [
        "DEFAULT_CACHE_SIZE",
        "DEFAULT_MAX_CLAUSE_CHARS",
        "DEFAULT_NORMALIZE_OPTIONS",
        "EMPHASIS_WORDS",
        "G2PError",
        "G2PInputTooLongError",
        "G2P_ERROR_CODES",
        "MAX_TOKENS",
        "NORMALIZE_ERROR_CODES",
        "PAD_ID",
        "PRONOUNCED_ACRONYMS",
        "VOCAB",
        "createG2P",
        "createSentenceSplitter",
        "espeakToMisaki",
        "g2pOptionsFromEnv",
        "isEmbeddedLexiconLoaded",
        "isG2PError",
        "loadEspeakBackend",
        "loadLexiconFile",
        "normalize",
        "normalizeText",
        "splitClauses",
        "splitSentences",
        "tokenize",
        "validateLexicon",
      ]
    `);
  });
});
