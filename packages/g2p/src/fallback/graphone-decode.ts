/**
 * Beam search over graphone sequences (model in graphone-core.ts): reads a word letter by letter, keeping the best
 * few partial readings, and returns the best complete one that has exactly one primary stress.
 */
import { BOUNDARY, findChild, type GraphoneModel } from './graphone-core';

/**
 * Partial readings kept per letter: wide enough that a letter's reading can wait for the letters after it (c before
 * e or i). Held-out words with an order-4 model: 61.3% at 6, 63.0% at 12, 63.3% at 32; the committed model reads
 * 64.0% at both 12 and 16, and 16 is 30% slower.
 * @internal
 */
export const BEAM = 12;

// Reused between calls: a word allocates nothing but its output string.
let stamp = new Uint32Array(0);
let stampToken = 0;
let histUnit = new Int32Array(0);
let histPrev = new Int32Array(0);
const curState = new Int32Array(BEAM);
const curScore = new Float64Array(BEAM);
const curPrimary = new Uint8Array(BEAM);
const nextState = new Int32Array(BEAM);
const nextScore = new Float64Array(BEAM);
const nextPrimary = new Uint8Array(BEAM);
let nextCount = 0;
let worst = 0;

/** Offers one extension to the next beam: same state and stress flag recombine (exact Viterbi), else best-B. */
function propose(score: number, state: number, primary: number, unit: number, prev: number, base: number): void {
  if (nextCount === BEAM && score <= (nextScore[worst] ?? 0)) return;
  for (let k = 0; k < nextCount; k++) {
    if (nextState[k] === state && nextPrimary[k] === primary) {
      if (score > (nextScore[k] ?? 0)) {
        nextScore[k] = score;
        histUnit[base + k] = unit;
        histPrev[base + k] = prev;
        if (k === worst) findWorst();
      }
      return;
    }
  }
  const k = nextCount < BEAM ? nextCount++ : worst;
  nextState[k] = state;
  nextScore[k] = score;
  nextPrimary[k] = primary;
  histUnit[base + k] = unit;
  histPrev[base + k] = prev;
  findWorst();
}

function findWorst(): void {
  worst = 0;
  for (let k = 1; k < nextCount; k++) if ((nextScore[k] ?? 0) < (nextScore[worst] ?? 0)) worst = k;
}

const order = new Int32Array(BEAM);
const tmpUnit = new Int32Array(BEAM);
const tmpPrev = new Int32Array(BEAM);

/**
 * Makes the next beam the current one, best first: expanding the best hypotheses first raises the beam's worst
 * score early, so the root's candidates stop sooner.
 */
function sortBeam(base: number): void {
  for (let k = 0; k < nextCount; k++) {
    let j = k;
    const score = nextScore[k] ?? 0;
    for (; j > 0 && (nextScore[order[j - 1] ?? 0] ?? 0) < score; j--) order[j] = order[j - 1] ?? 0;
    order[j] = k;
  }
  tmpUnit.set(histUnit.subarray(base, base + nextCount));
  tmpPrev.set(histPrev.subarray(base, base + nextCount));
  for (let k = 0; k < nextCount; k++) {
    const from = order[k] ?? 0;
    curState[k] = nextState[from] ?? 0;
    curScore[k] = nextScore[from] ?? 0;
    curPrimary[k] = nextPrimary[from] ?? 0;
    histUnit[base + k] = tmpUnit[from] ?? 0;
    histPrev[base + k] = tmpPrev[from] ?? 0;
  }
}

/** First child of `node` whose graphone is at least `u`. */
function lowerBound(model: GraphoneModel, node: number, u: number): number {
  let lo = model.childStart[node] ?? 0;
  let hi = lo + (model.childCount[node] ?? 0);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((model.unit[mid] ?? 0) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Best graphone per letter (in spelling order) for a word's letter codes, constrained to at most one primary
 * stress and preferring exactly one; `undefined` when a letter has no graphone in the model.
 * @internal
 */
export function decodeGraphones(model: GraphoneModel, codes: Uint8Array): Int32Array | undefined {
  const n = codes.length;
  if (stamp.length < model.emissions.length) stamp = new Uint32Array(model.emissions.length);
  if (histUnit.length < (n + 1) * BEAM) {
    histUnit = new Int32Array((n + 1) * BEAM);
    histPrev = new Int32Array((n + 1) * BEAM);
  }
  const start = findChild(model, 0, BOUNDARY);
  let count = 1;
  curState[0] = model.next[start] ?? 0;
  curScore[0] = 0;
  curPrimary[0] = 0;
  for (let step = 0; step < n; step++) {
    const code = codes[model.rightToLeft ? n - 1 - step : step] ?? 0;
    const a = model.letterStart[code] ?? 0;
    const b = model.letterEnd[code] ?? 0;
    if (a === b) return undefined;
    nextCount = 0;
    worst = 0;
    const base = step * BEAM;
    for (let h = 0; h < count; h++) {
      stampToken = (stampToken + 1) >>> 0;
      if (stampToken === 0) {
        stamp.fill(0);
        stampToken = 1;
      }
      let acc = curScore[h] ?? 0;
      const hp = curPrimary[h] ?? 0;
      // Back off from the longest history to the empty one; a graphone is scored at the longest history that has it.
      let s = curState[h] ?? 0;
      for (; s > 0; s = model.suffix[s] ?? 0) {
        const end = (model.childStart[s] ?? 0) + (model.childCount[s] ?? 0);
        for (let c = lowerBound(model, s, a); c < end; c++) {
          const u = model.unit[c] ?? 0;
          if (u >= b) break;
          if (stamp[u] === stampToken) continue;
          stamp[u] = stampToken;
          const p = hp + (model.primary[u] ?? 0);
          if (p > 1) continue;
          propose(acc + (model.logp[c] ?? 0), model.next[c] ?? 0, p, u, h, base);
        }
        acc += model.backoff[s] ?? 0;
      }
      // The root, most likely first: once the beam is full, the first graphone below its worst ends the search.
      for (const c of model.rootByLetter[code] ?? []) {
        const score = acc + (model.logp[c] ?? 0);
        if (nextCount === BEAM && score <= (nextScore[worst] ?? 0)) break;
        const u = model.unit[c] ?? 0;
        if (stamp[u] === stampToken) continue;
        const p = hp + (model.primary[u] ?? 0);
        if (p > 1) continue;
        propose(score, model.next[c] ?? 0, p, u, h, base);
      }
    }
    if (nextCount === 0) return undefined;
    count = nextCount;
    sortBeam(base);
  }
  // End of word: the boundary graphone's probability, and a hypothesis without a primary only if none has one.
  let best = -1;
  let bestScore = -Infinity;
  for (let h = 0; h < count; h++) {
    let acc = curScore[h] ?? 0;
    for (let s = curState[h] ?? 0; s >= 0; s = model.suffix[s] ?? -1) {
      const c = findChild(model, s, BOUNDARY);
      if (c >= 0) {
        acc += model.logp[c] ?? 0;
        break;
      }
      acc += model.backoff[s] ?? 0;
    }
    if (curPrimary[h] === 1) acc += 1e6;
    if (acc > bestScore) {
      bestScore = acc;
      best = h;
    }
  }
  const out = new Int32Array(n);
  for (let step = n - 1, h = best; step >= 0; step--) {
    out[model.rightToLeft ? n - 1 - step : step] = histUnit[step * BEAM + h] ?? 0;
    h = histPrev[step * BEAM + h] ?? 0;
  }
  return out;
}

/**
 * ARPAbet for decoded graphones: phones in spelling order, exactly one primary stress (a reading without one gets
 * it on its first secondary-stressed vowel, else its first vowel). `undefined` when no vowel was read.
 * @internal
 */
export function graphonesToArpabet(model: GraphoneModel, units: Int32Array): string | undefined {
  const phones: string[] = [];
  for (const u of units) {
    const e = model.emissions[u] ?? '_';
    if (e !== '_') for (const p of e.split(' ')) phones.push(p);
  }
  const vowels = phones.flatMap((p, k) => (/\d$/.test(p) ? [k] : []));
  if (vowels.length === 0) return undefined;
  if (!phones.some((p) => p.endsWith('1'))) {
    const k = vowels.find((v) => (phones[v] ?? '').endsWith('2')) ?? vowels[0] ?? 0;
    phones[k] = `${(phones[k] ?? '').slice(0, -1)}1`;
  }
  return phones.join(' ');
}
