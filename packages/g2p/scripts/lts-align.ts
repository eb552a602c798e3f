/**
 * CMUdict loading and letter-phone alignment for the letter-to-sound trainer (train-lts.ts): which words are
 * trained on and held out, and what each letter of a training word sounds like.
 *
 * Alignment is hard EM: each letter emits nothing, one phone or two phones (x = K S); the emission probabilities
 * P(phones | letter) are re-estimated from Viterbi alignments until they settle.
 */
import { dictionary } from 'cmu-pronouncing-dictionary';
import { LTS_LETTERS, isHeldOut, letterCodes, phoneId } from '../src/fallback/lts-core';

/** One CMUdict word with its first pronunciation. */
export interface Entry {
  word: string;
  codes: Uint8Array;
  /** ARPAbet with stress digits. */
  phones: string[];
  /** The same phones without stress digits: alignment ignores stress. */
  bare: string[];
}

/**
 * Plain lower-case words (a-z and apostrophes), first pronunciations only, sorted, split by {@link isHeldOut}.
 */
export function loadEntries(): { train: Entry[]; test: Entry[] } {
  const entries: Entry[] = [];
  for (const [word, arpabet] of Object.entries(dictionary)) {
    if (!/^[a-z']+$/.test(word) || !/[a-z]/.test(word)) continue;
    const codes = letterCodes(word);
    if (!codes) continue;
    // Some entries carry a comment after '#' (place, danish); anything else that is not ARPAbet is skipped.
    const phones = (arpabet.split('#')[0] ?? '').trim().split(/\s+/);
    if (phones.some((p) => phoneId(p) === 0)) continue;
    entries.push({ word, codes, phones, bare: phones.map((p) => p.replace(/\d$/, '')) });
  }
  entries.sort((a, b) => (a.word < b.word ? -1 : 1));
  return { train: entries.filter((e) => !isHeldOut(e.word)), test: entries.filter((e) => isHeldOut(e.word)) };
}

/** Per letter code: emission (bare phones, space-separated; '' = none) -> log P. */
type Table = Array<Map<string, number>>;
const FLOOR_SINGLE = Math.log(1e-6);
const FLOOR_PAIR = Math.log(1e-8);

function normalize(counts: Array<Map<string, number>>): Table {
  return counts.map((map) => {
    let total = 0;
    for (const v of map.values()) total += v;
    const out = new Map<string, number>();
    for (const [k, v] of map) if (v > 0) out.set(k, Math.log(v / total));
    return out;
  });
}

function initialTable(train: readonly Entry[]): Table {
  const counts: Array<Map<string, number>> = LTS_LETTERS.split('').map(() => new Map<string, number>());
  for (const e of train) {
    const n = e.codes.length;
    const m = e.bare.length;
    for (let i = 0; i < n; i++) {
      const map = counts[e.codes[i] ?? 0];
      if (!map) continue;
      // Co-occurrence near the diagonal: a letter most likely sounds like a phone in the same relative place.
      for (let j = 0; j < m; j++) {
        if (Math.abs(j - (i * m) / n) > 2) continue;
        const p = e.bare[j] ?? '';
        map.set(p, (map.get(p) ?? 0) + 1);
      }
      map.set('', (map.get('') ?? 0) + 0.3);
    }
  }
  return normalize(counts);
}

/** Viterbi alignment: per letter, how many phones it emits (0, 1 or 2). */
function align(table: Table, e: Entry): number[] {
  const n = e.codes.length;
  const m = e.bare.length;
  const score = new Float64Array((n + 1) * (m + 1)).fill(-Infinity);
  const back = new Int8Array((n + 1) * (m + 1));
  score[0] = 0;
  for (let i = 0; i < n; i++) {
    const map = table[e.codes[i] ?? 0] ?? new Map<string, number>();
    for (let j = 0; j <= m; j++) {
      const s = score[i * (m + 1) + j] ?? -Infinity;
      if (s === -Infinity) continue;
      for (let k = 0; k <= 2 && j + k <= m; k++) {
        const emission = e.bare.slice(j, j + k).join(' ');
        const lp = map.get(emission) ?? (k === 2 ? FLOOR_PAIR : FLOOR_SINGLE);
        const idx = (i + 1) * (m + 1) + j + k;
        if (s + lp > (score[idx] ?? -Infinity)) {
          score[idx] = s + lp;
          back[idx] = k;
        }
      }
    }
  }
  const out = new Array<number>(n).fill(0);
  let j = m;
  for (let i = n; i > 0; i--) {
    const k = back[i * (m + 1) + j] ?? 0;
    out[i - 1] = k;
    j -= k;
  }
  return out;
}

/** A trained alignment: per letter of a word, its emission with stress digits (`_` for none). */
export type Aligner = (e: Entry) => string[];

/** Runs 8 rounds of hard EM on the training words and returns the resulting aligner. */
export function trainAlignment(train: readonly Entry[], log: (line: string) => void): Aligner {
  let table = initialTable(train);
  for (let iter = 0; iter < 8; iter++) {
    const counts: Array<Map<string, number>> = LTS_LETTERS.split('').map(() => new Map<string, number>());
    for (const e of train) {
      const lengths = align(table, e);
      let j = 0;
      lengths.forEach((k, i) => {
        const map = counts[e.codes[i] ?? 0];
        const emission = e.bare.slice(j, j + k).join(' ');
        map?.set(emission, (map.get(emission) ?? 0) + 1);
        j += k;
      });
    }
    // Pairs seen only a handful of times are alignment noise; dropping them lets those words re-align to singles.
    for (const map of counts) for (const [k, v] of map) if (k.includes(' ') && v < 20) map.delete(k);
    table = normalize(counts);
    log(`alignment iteration ${iter + 1}: ${table.reduce((a, m) => a + m.size, 0)} emissions`);
  }
  const final = table;
  return (e) => {
    const lengths = align(final, e);
    let j = 0;
    return lengths.map((k) => {
      const t = k === 0 ? '_' : e.phones.slice(j, j + k).join(' ');
      j += k;
      return t;
    });
  };
}
