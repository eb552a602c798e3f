export { splitSentences, type Sentence } from './sentences';
export { createSentenceSplitter, type SentenceSplitter } from './streaming';
export { splitClauses, DEFAULT_MAX_CLAUSE_CHARS, type Clause } from './clauses';
