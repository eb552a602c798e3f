import { expect, it } from 'vitest';
import * as normalizeModule from '../../src/normalize/index';
import * as splitModule from '../../src/split/index';

it('normalize and split expose exactly the documented runtime exports', () => {
  expect(Object.keys(normalizeModule).sort()).toEqual([
    'DEFAULT_NORMALIZE_OPTIONS', 'EMPHASIS_WORDS', 'G2PInputTooLongError', 'NORMALIZE_ERROR_CODES', 'PRONOUNCED_ACRONYMS', 'normalize', 'normalizeText',
  ]);
  expect(Object.keys(splitModule).sort()).toEqual([
    'DEFAULT_MAX_CLAUSE_CHARS', 'DEFAULT_MAX_SENTENCE_CHARS', 'createSentenceSplitter', 'splitClauses', 'splitSentences',
  ]);
});
