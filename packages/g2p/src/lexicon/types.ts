/**
 * A lexicon entry in misaki's JSON shape: a phoneme string, `null` (word known but deliberately unpronounced by
 * this entry, so lookup falls through), or a map keyed by part of speech (`DEFAULT` required; also `VERB`, `NOUN`,
 * `ADJ`, `ADV`, `VBD`, `VBN`, `VBP`, `DT`, `None`, ...).
 */
export type LexiconEntry = string | null | Readonly<Record<string, string | null>>;

/** A lexicon: word -> entry. Keys are matched exactly first, then lower-cased. */
export type Lexicon = Readonly<Record<string, LexiconEntry>>;

/** Coarse part-of-speech tag chosen by the heuristic tagger, in misaki's lexicon key vocabulary. */
export type PosTag = 'DEFAULT' | 'VERB' | 'VBD' | 'VBN' | 'NOUN' | 'ADJ' | 'None';

/** Keys to try, in order, for a guessed tag. @internal */
export function tagFallbacks(tag: PosTag): readonly string[] {
  switch (tag) {
    case 'VBD': return ['VBD', 'VERB', 'DEFAULT'];
    case 'VBN': return ['VBN', 'VBD', 'ADJ', 'DEFAULT'];
    case 'VERB': return ['VERB', 'VBP', 'DEFAULT'];
    case 'NOUN': return ['NOUN', 'DEFAULT'];
    case 'ADJ': return ['ADJ', 'DEFAULT'];
    case 'None': return ['None', 'DEFAULT'];
    default: return ['DEFAULT'];
  }
}

/** Resolves an entry for a tag; `undefined` when the entry gives no pronunciation. @internal */
export function resolveEntry(entry: LexiconEntry | undefined, tag: PosTag, atPhraseEnd: boolean): string | undefined {
  if (entry === undefined || entry === null) return undefined;
  if (typeof entry === 'string') return entry;
  if (atPhraseEnd && typeof entry.None === 'string') return entry.None;
  for (const key of tagFallbacks(tag)) {
    const value = entry[key];
    if (typeof value === 'string') return value;
  }
  return undefined;
}
