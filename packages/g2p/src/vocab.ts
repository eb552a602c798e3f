import { VOCAB_ENTRIES } from './vocab-data';

/** Kokoro's phoneme symbol -> token id map (from the model's config.json). Ids 0 is the pad and is not listed. */
export const VOCAB: ReadonlyMap<string, number> = new Map(VOCAB_ENTRIES);

/** The id Kokoro uses for padding at both ends of a sequence (not part of {@link VOCAB}). */
export const PAD_ID = 0;

/** Id of the space symbol, used between words. @internal */
export const SPACE_ID: number = VOCAB.get(' ') ?? 16;

const idByCode = new Int16Array(0x10000).fill(-1);
for (const [symbol, id] of VOCAB_ENTRIES) {
  if (symbol.length === 1) idByCode[symbol.charCodeAt(0)] = id;
}

/** Result of {@link tokenize}. */
export interface TokenizeResult {
  /** Token ids, without the pad ids Kokoro expects at both ends. */
  ids: number[];
  /** How many symbols were not in the vocabulary and were dropped. */
  dropped: number;
}

/**
 * Converts a phoneme string to Kokoro token ids. Symbols outside the vocabulary are dropped and counted,
 * never thrown. Every vocabulary symbol is one UTF-16 code unit, so this is a table lookup per character.
 */
export function tokenize(phonemes: string): TokenizeResult {
  const ids: number[] = [];
  let dropped = 0;
  for (let i = 0; i < phonemes.length; i++) {
    const id = idByCode[phonemes.charCodeAt(i)] ?? -1;
    if (id >= 0) ids.push(id);
    else dropped++;
  }
  return { ids, dropped };
}

/** Appends the ids of `phonemes` to `out` and returns how many symbols were dropped. @internal */
export function appendIds(phonemes: string, out: number[]): number {
  let dropped = 0;
  for (let i = 0; i < phonemes.length; i++) {
    const id = idByCode[phonemes.charCodeAt(i)] ?? -1;
    if (id >= 0) out.push(id);
    else dropped++;
  }
  return dropped;
}
