/**
 * Data-driven letter-to-sound for words no lexicon knows: per-letter decision trees trained on CMUdict by
 * scripts/train-lts.ts (format and reader in lts-core.ts). The generated data is a plain string module (about 140 KiB)
 * whose static import costs about 4 ms in the built bundle; the trees are decoded only on the first prediction, so
 * importing the package stays cheap.
 */
import { decodeModel, letterCodes, predictLetters, toArpabet, type LtsModel } from './lts-core';
import { LTS_MODEL_DATA } from './lts-model';

let model: LtsModel | undefined;

/** Longest word the trees are asked about: longer "words" are not English words and the rules do as well. */
const MAX_LETTERS = 64;

/**
 * Predicts CMUdict-style ARPAbet (stress digits on vowels, exactly one primary stress) for a lower-case word of
 * letters a-z and apostrophes.
 * @param word - lower-case spelling
 * @returns ARPAbet phones separated by spaces, or `undefined` for an empty word, a word with other characters,
 * one longer than 64 letters, or one the trees read without any vowel.
 * @internal
 */
export function predictArpabet(word: string): string | undefined {
  if (word.length === 0 || word.length > MAX_LETTERS || !/[a-z]/.test(word)) return undefined;
  const codes = letterCodes(word);
  if (!codes) return undefined;
  model ??= decodeModel(LTS_MODEL_DATA);
  const prediction = predictLetters(model, codes);
  return prediction ? toArpabet(prediction) : undefined;
}
