/**
 * Data-driven letter-to-sound for words no lexicon knows: a graphone n-gram model trained on CMUdict by
 * scripts/train-lts.ts (format in graphone-core.ts, reader in graphone-decode.ts). The generated data is a plain
 * string module whose trie is decoded only on the first prediction, so importing the package stays cheap.
 */
import { letterCodes } from './lts-core';
import { decodeGraphoneModel, type GraphoneModel } from './graphone-core';
import { decodeGraphones, graphonesToArpabet } from './graphone-decode';
import { GRAPHONE_MODEL_DATA } from './graphone-model';

let model: GraphoneModel | undefined;

/** Longest word the model is asked about: longer "words" are not English words and the rules do as well. */
const MAX_LETTERS = 64;

/**
 * Predicts CMUdict-style ARPAbet (stress digits on vowels, exactly one primary stress) for a lower-case word of
 * letters a-z and apostrophes.
 * @param word - lower-case spelling
 * @returns ARPAbet phones separated by spaces, or `undefined` for an empty word, a word with other characters,
 * one longer than 64 letters, or one the model reads without any vowel.
 * @internal
 */
export function predictArpabet(word: string): string | undefined {
  if (word.length === 0 || word.length > MAX_LETTERS || !/[a-z]/.test(word)) return undefined;
  const codes = letterCodes(word);
  if (!codes) return undefined;
  const m = loadedModel();
  const units = decodeGraphones(m, codes);
  const arpabet = units ? graphonesToArpabet(m, units) : undefined;
  return arpabet === undefined ? undefined : repairDigraphs(word, arpabet);
}

/**
 * The model reads a word-initial ph or wh in a short word as two sounds (phial "P HH", whin "HH"), a habit it picked
 * up from CMUdict's many names; English reads them f and w (who, whom, whole and whose are listed words).
 */
function repairDigraphs(word: string, arpabet: string): string {
  if (word.startsWith('ph') && arpabet.startsWith('P HH ')) return `F ${arpabet.slice(5)}`;
  if (/^wh[^o]/.test(word) && arpabet.startsWith('HH ')) return `W ${arpabet.slice(3)}`;
  // A word-initial c before e, i or y is s (cystitis, cytology, cedilla); the model sometimes reads k or ʧ there, the
  // ʧ from CMUdict's Italian names.
  if (/^c[eiy]/.test(word) && /^(K|CH) /.test(arpabet)) return `S ${arpabet.slice(arpabet.indexOf(' ') + 1)}`;
  // hema-/hemo- (haem- in British spelling) have the vowel of heme (hematology, haemocyte: 44 of 45 such words in
  // misaki's US gold); the model reads e, ae or nothing there. hemi- keeps its short e, hemorrh- too.
  if (/^ha?em[ao]/.test(word) && !/^ha?emorrh/.test(word)) {
    const m = /^HH (?:(?:EH|IH|AH|IY)(\d) )?M /.exec(arpabet);
    if (m) return `HH IY${m[1] === '1' ? '1' : '2'} M ${arpabet.slice(m[0].length)}`;
  }
  return arpabet;
}

function loadedModel(): GraphoneModel {
  model ??= decodeGraphoneModel(GRAPHONE_MODEL_DATA);
  return model;
}

/**
 * Decodes the model now (about 35 ms, once per process) instead of on the first unknown word, so that cost lands
 * while a G2P is being created rather than in the middle of serving text.
 * @internal
 */
export function prepareLetterToSound(): void {
  loadedModel();
}
