/**
 * Training side of the graphone model (format in src/fallback/graphone-core.ts): an interpolated modified
 * Kneser-Ney n-gram model over graphone sequences, pruned by count cutoffs and renormalized, then quantized and
 * serialized as the breadth-first trie the runtime decodes.
 */
import { encodeBase64 } from '../src/fallback/lts-core';

export interface LmOptions {
  /** Longest n-gram, history included. */
  order: number;
  /** Per n-gram length (index 0 = unigrams): the smallest raw count kept. Must not decrease with length. */
  cutoffs: readonly number[];
  /** Largest number of n-grams kept (all lengths), by weighted-difference pruning; no limit when undefined. */
  maxNgrams?: number;
}

export interface TrainedLm {
  trie: string;
  nodes: number;
  logpStep: number;
  backoffMin: number;
  backoffStep: number;
  /** N-grams kept, per length. */
  kept: number[];
}

/** Growable counting trie; a child is found through one Map keyed by parent and graphone. */
class CountTrie {
  parent: number[] = [-1];
  unit: number[] = [-1];
  depth: number[] = [0];
  count: number[] = [0];
  private readonly index = new Map<number, number>();
  constructor(private readonly units: number) {}

  find(node: number, u: number): number {
    return this.index.get(node * this.units + u) ?? -1;
  }

  add(node: number, u: number): number {
    const key = node * this.units + u;
    let child = this.index.get(key);
    if (child === undefined) {
      child = this.parent.length;
      this.parent.push(node);
      this.unit.push(u);
      this.depth.push((this.depth[node] ?? 0) + 1);
      this.count.push(0);
      this.index.set(key, child);
    }
    this.count[child] = (this.count[child] ?? 0) + 1;
    return child;
  }
}

function varint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/**
 * Trains on graphone sequences that start and end with the boundary graphone 0. `units` is the number of
 * graphones. Deterministic: no iteration over hash order reaches the output.
 */
export function trainGraphoneLm(sequences: readonly Uint16Array[], units: number, options: LmOptions): TrainedLm {
  const N = options.order;
  const trie = new CountTrie(units);
  for (const seq of sequences) {
    for (let j = 0; j < seq.length; j++) {
      let node = 0;
      for (let k = 0; k < N && j + k < seq.length; k++) node = trie.add(node, seq[j + k] ?? 0);
    }
  }
  const size = trie.parent.length;
  const { parent, unit, depth, count } = trie;

  // Suffix (history without its oldest graphone) and first graphone of each n-gram.
  const suffix = new Int32Array(size).fill(-1);
  const first = new Int32Array(size);
  const byDepth: number[][] = Array.from({ length: N + 1 }, () => []);
  for (let node = 1; node < size; node++) {
    const d = depth[node] ?? 0;
    byDepth[d]?.push(node);
    const p = parent[node] ?? 0;
    first[node] = p === 0 ? (unit[node] ?? 0) : (first[p] ?? 0);
  }
  for (let d = 1; d <= N; d++) {
    for (const node of byDepth[d] ?? []) {
      const p = parent[node] ?? 0;
      suffix[node] = p === 0 ? 0 : trie.find(suffix[p] ?? 0, unit[node] ?? 0);
    }
  }

  // Kneser-Ney counts: the number of different graphones seen before an n-gram, except for the longest n-grams and
  // those that start at the word's beginning, which have no left context and keep their raw counts.
  const kn = new Float64Array(size);
  for (let node = 1; node < size; node++) {
    const d = depth[node] ?? 0;
    if (d === N || (d >= 2 && first[node] === 0)) kn[node] = count[node] ?? 0;
  }
  for (let node = 1; node < size; node++) {
    const d = depth[node] ?? 0;
    if (d < 2) continue;
    const s = suffix[node] ?? 0;
    if (!((depth[s] ?? 0) >= 2 && first[s] === 0)) kn[s]! += 1;
  }

  // Modified Kneser-Ney discounts per n-gram length, from counts of counts.
  const discount: Array<[number, number, number]> = [[0, 0, 0]];
  for (let d = 1; d <= N; d++) {
    const cc = [0, 0, 0, 0, 0];
    for (const node of byDepth[d] ?? []) {
      const c = kn[node] ?? 0;
      if (c >= 1 && c <= 4) cc[c]!++;
    }
    const [, n1 = 0, n2 = 0, n3 = 0, n4 = 0] = cc;
    const y = n1 / (n1 + 2 * n2);
    const fix = (x: number): number => (Number.isFinite(x) ? Math.max(0, x) : 0.5);
    discount.push([fix(1 - (2 * y * n2) / n1), fix(2 - (3 * y * n3) / n2), fix(3 - (4 * y * n4) / n3)]);
  }
  const disc = (d: number, c: number): number => {
    const D = discount[d] ?? [0, 0, 0];
    return c <= 0 ? 0 : c === 1 ? D[0] : c === 2 ? D[1] : D[2];
  };

  // Children lists (creation order, sorted below) and per-context totals.
  const children: number[][] = Array.from({ length: size }, () => []);
  for (let node = 1; node < size; node++) children[parent[node] ?? 0]?.push(node);
  const gamma = new Float64Array(size);
  const total = new Float64Array(size);
  for (let h = 0; h < size; h++) {
    const list = children[h] ?? [];
    if (list.length === 0) continue;
    let t = 0;
    let mass = 0;
    for (const c of list) {
      t += kn[c] ?? 0;
      mass += disc(depth[c] ?? 0, kn[c] ?? 0);
    }
    total[h] = t;
    gamma[h] = mass / t;
  }

  // Interpolated probabilities, shorter n-grams first.
  const prob = new Float64Array(size);
  for (let d = 1; d <= N; d++) {
    for (const node of byDepth[d] ?? []) {
      const p = parent[node] ?? 0;
      const c = kn[node] ?? 0;
      const lower = d === 1 ? 1 / units : (prob[suffix[node] ?? 0] ?? 0);
      prob[node] = Math.max(c - disc(d, c), 0) / (total[p] ?? 1) + (gamma[p] ?? 0) * lower;
    }
  }

  // Pruning: first by raw count (the cutoffs do not decrease with length, so every kept n-gram's prefix and suffix
  // are kept), then, for a size budget, by how much each n-gram's own probability differs from what backing off
  // would give it, weighted by its count (Seymore and Rosenfeld): rare n-grams that the shorter history already
  // predicts go first. A node stays while it has a kept child, so the trie stays closed under prefixes.
  const kept = new Uint8Array(size);
  const passes = new Uint8Array(size);
  const gain = new Float64Array(size);
  for (let d = 1; d <= N; d++) {
    for (const node of byDepth[d] ?? []) {
      if ((count[node] ?? 0) >= (options.cutoffs[d - 1] ?? 1) && (d === 1 || passes[parent[node] ?? 0])) passes[node] = 1;
      if (d >= 2) {
        const backedOff = (gamma[parent[node] ?? 0] ?? 0) * (prob[suffix[node] ?? 0] ?? 0);
        gain[node] = (count[node] ?? 0) * Math.log((prob[node] ?? 1) / backedOff);
      }
    }
  }
  const keep = (threshold: number): number => {
    kept.fill(0);
    kept[0] = 1;
    let n = 0;
    for (let d = N; d >= 1; d--) {
      for (const node of byDepth[d] ?? []) {
        if (!passes[node]) continue;
        if (d === 1 || kept[node] || (gain[node] ?? 0) >= threshold) {
          n++;
          kept[node] = 1;
          kept[parent[node] ?? 0] = 1;
        }
      }
    }
    return n;
  };
  if (options.maxNgrams !== undefined) {
    let lo = -1;
    let hi = 1e6;
    for (let iter = 0; iter < 40; iter++) {
      const mid = (lo + hi) / 2;
      if (keep(mid) > options.maxNgrams) lo = mid;
      else hi = mid;
    }
    keep(hi);
  } else {
    keep(-Infinity);
  }
  const keptCount = new Array<number>(N + 1).fill(0);
  for (let node = 1; node < size; node++) if (kept[node]) keptCount[depth[node] ?? 0]!++;
  // Backoff weights renormalized for what was kept: the mass of the dropped graphones, spread as the shorter
  // history spreads it over them.
  const logBackoff = new Float64Array(size);
  const pruned = (node: number): number => {
    // P(graphone of node | its history) in the pruned model, with node an n-gram of the full model.
    let acc = 1;
    for (let n = node; ; n = suffix[n] ?? 0) {
      if (kept[n]) return acc * (prob[n] ?? 0);
      acc *= Math.exp(logBackoff[parent[n] ?? 0] ?? 0);
    }
  };
  for (let d = 1; d < N; d++) {
    for (const h of byDepth[d] ?? []) {
      if (!kept[h]) continue;
      let num = 1;
      let den = 1;
      for (const c of children[h] ?? []) {
        if (!kept[c]) continue;
        num -= prob[c] ?? 0;
        den -= pruned(suffix[c] ?? 0);
      }
      logBackoff[h] = Math.log(Math.max(num, 1e-9) / Math.max(den, 1e-9));
    }
  }

  // Quantization ranges, then the breadth-first serialization.
  let minLogp = 0;
  let minBackoff = 0;
  let maxBackoff = 0;
  for (let node = 1; node < size; node++) {
    if (!kept[node]) continue;
    minLogp = Math.min(minLogp, Math.log(prob[node] ?? 1));
    if ((children[node] ?? []).some((c) => kept[c])) {
      minBackoff = Math.min(minBackoff, logBackoff[node] ?? 0);
      maxBackoff = Math.max(maxBackoff, logBackoff[node] ?? 0);
    }
  }
  const logpStep = Math.ceil((-minLogp / 255) * 1e4) / 1e4;
  const backoffStep = Math.ceil(((maxBackoff - minBackoff) / 255) * 1e4) / 1e4 || 1;
  const backoffMin = Math.floor(minBackoff * 1e4) / 1e4;
  const bytes: number[] = [];
  const keptChildren = (node: number): number[] =>
    (children[node] ?? []).filter((c) => kept[c]).sort((x, y) => (unit[x] ?? 0) - (unit[y] ?? 0));
  const rootChildren = keptChildren(0);
  varint(bytes, rootChildren.length);
  const queue: number[][] = [rootChildren];
  for (let q = 0; q < queue.length; q++) {
    let prev = -1;
    for (const node of queue[q] ?? []) {
      const u = unit[node] ?? 0;
      const list = keptChildren(node);
      varint(bytes, 2 * (u - prev - 1) + (list.length > 0 ? 1 : 0));
      prev = u;
      bytes.push(Math.min(255, Math.round(-Math.log(prob[node] ?? 1) / logpStep)));
      if (list.length > 0) {
        varint(bytes, list.length);
        bytes.push(Math.min(255, Math.max(0, Math.round(((logBackoff[node] ?? 0) - backoffMin) / backoffStep))));
        queue.push(list);
      }
    }
  }
  return { trie: encodeBase64(Uint8Array.from(bytes)), nodes: 1 + keptCount.reduce((a, b) => a + b, 0), logpStep, backoffMin, backoffStep, kept: keptCount.slice(1) };
}
