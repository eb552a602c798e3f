export { splitSentences, type Sentence, type SplitOptions } from './sentences';
export { DEFAULT_MAX_SENTENCE_CHARS } from './boundaries';
export { createSentenceSplitter, type SentenceSplitter } from './streaming';
export { splitClauses, DEFAULT_MAX_CLAUSE_CHARS, type Clause } from './clauses';
