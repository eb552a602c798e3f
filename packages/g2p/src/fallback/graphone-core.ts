/**
 * Joint-sequence ("graphone") letter-to-sound: the model format and the decoder, shared by the training script
 * (scripts/train-lts.ts) and the runtime (lts.ts) so that training and inference can never disagree.
 *
 * A word is a sequence of graphones, each one letter with what it sounds like (`c:K`, `e:_`, `x:K S`, `a:EY1`), and a
 * backoff n-gram model over graphones scores whole sequences. Reading a word is a beam search: each letter may be any
 * graphone seen with that letter in training, and the n-gram decides which sequence is most likely. Unlike
 * per-letter classifiers, a letter's reading can depend on what the later letters turn out to sound like, because
 * the whole joint sequence is scored.
 */
import { LTS_LETTERS, decodeBase64 } from './lts-core';

/** The serialized model as the generated module stores it. @internal */
export interface GraphoneModelData {
  /** Whether graphones are read from the last letter to the first. */
  rightToLeft: boolean;
  /** Graphones `letter:emission` joined by `|`, sorted by letter; index 0 is the word boundary `#`. */
  units: string;
  /** N-gram trie in breadth-first order, base64; see {@link decodeGraphoneModel}. */
  trie: string;
  /** Trie nodes, the root included, so the decoder allocates its arrays before reading. */
  nodes: number;
  /** Quantization: log P = -code * logpStep. */
  logpStep: number;
  /** Quantization: log backoff = backoffMin + code * backoffStep. */
  backoffMin: number;
  backoffStep: number;
}

/** A ready-to-use model: the trie in flat arrays (node 0 is the empty context). @internal */
export interface GraphoneModel {
  rightToLeft: boolean;
  /** Per graphone: its emission (`_`, `K`, `K S`). */
  emissions: readonly string[];
  /** Per graphone: 1 when its emission has a primary stress. */
  primary: Uint8Array;
  /** Per letter code: the first graphone of that letter and one past its last (graphones are sorted by letter). */
  letterStart: Int32Array;
  letterEnd: Int32Array;
  /** Per node: the graphone it adds to its parent's history. */
  unit: Uint16Array;
  /** Per node: log P(its graphone | its parent's history). */
  logp: Float32Array;
  /** Per node: log of the weight given to the shorter history for graphones it has not seen (0 for a leaf). */
  backoff: Float32Array;
  /** Per node: its children, contiguous and sorted by graphone. */
  childStart: Int32Array;
  childCount: Int32Array;
  /** Per node: the node for its history without the oldest graphone (-1 for the root). */
  suffix: Int32Array;
  /** Per node: the decoder state after it, its longest suffix that has children. */
  next: Int32Array;
  /**
   * Per letter code: the root's nodes for its graphones, most likely first, so that the decoder can stop at the
   * first one that cannot enter the beam (the root holds every graphone, and is visited for every hypothesis).
   */
  rootByLetter: ReadonlyArray<Int32Array>;
}

/** The word boundary graphone, both before the first letter and after the last. @internal */
export const BOUNDARY = 0;

/** Reads unsigned LEB128 varints and bytes from a byte array (a cursor, so reading allocates nothing). */
class ByteReader {
  pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  byte(): number {
    return this.bytes[this.pos++] ?? 0;
  }

  varint(): number {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const b = this.bytes[this.pos++] ?? 0;
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
    }
  }
}

/** Child of `node` with graphone `u`, or -1 (binary search: children are sorted). @internal */
export function findChild(model: GraphoneModel, node: number, u: number): number {
  let lo = model.childStart[node] ?? 0;
  let hi = lo + (model.childCount[node] ?? 0) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = model.unit[mid] ?? 0;
    if (v === u) return mid;
    if (v < u) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Decodes the generated data. The root is only its child count (varint); then, breadth first, one record per node:
 * its graphone's gap from the previous sibling, times two, plus one when it has children (varint), its log P code
 * (byte) and, only when it has children, their count (varint) and its backoff code (byte). Breadth-first order
 * keeps each node's children contiguous, so no offsets are stored; leaves, most of the trie, take two bytes.
 * @internal
 */
export function decodeGraphoneModel(data: GraphoneModelData): GraphoneModel {
  const unitList = data.units.split('|');
  const emissions = unitList.map((u) => u.slice(u.indexOf(':') + 1));
  const primary = Uint8Array.from(emissions, (e) => (/1/.test(e) ? 1 : 0));
  const letterStart = new Int32Array(LTS_LETTERS.length).fill(0);
  const letterEnd = new Int32Array(LTS_LETTERS.length).fill(0);
  unitList.forEach((u, i) => {
    const code = LTS_LETTERS.indexOf(u.slice(0, u.indexOf(':')));
    if (code < 0) return;
    if (letterEnd[code] === 0) letterStart[code] = i;
    letterEnd[code] = i + 1;
  });

  const reader = new ByteReader(decodeBase64(data.trie));
  const rootChildren = reader.varint();
  const count = data.nodes;
  const unit = new Uint16Array(count);
  const logp = new Float32Array(count);
  const backoff = new Float32Array(count);
  const childStart = new Int32Array(count);
  const childCount = new Int32Array(count);
  const suffix = new Int32Array(count).fill(-1);
  const next = new Int32Array(count);
  const parent = new Int32Array(count);
  childCount[0] = rootChildren;
  childStart[0] = 1;
  let nextFree = 1 + rootChildren;
  let node = 1;
  for (let p = 0; p < count; p++) {
    let prevUnit = -1;
    for (let c = 0; c < (childCount[p] ?? 0); c++, node++) {
      const head = reader.varint();
      prevUnit += 1 + Math.floor(head / 2);
      parent[node] = p;
      unit[node] = prevUnit;
      logp[node] = -reader.byte() * data.logpStep;
      if (head & 1) {
        const children = reader.varint();
        childCount[node] = children;
        childStart[node] = nextFree;
        nextFree += children;
        backoff[node] = data.backoffMin + reader.byte() * data.backoffStep;
      }
    }
  }
  const rootByLetter = Array.from(letterStart, (a, code) => {
    const nodes: number[] = [];
    for (let c = 1; c <= rootChildren; c++) if ((unit[c] ?? 0) >= a && (unit[c] ?? 0) < (letterEnd[code] ?? 0)) nodes.push(c);
    return Int32Array.from(nodes.sort((x, y) => (logp[y] ?? 0) - (logp[x] ?? 0) || x - y));
  });
  const model: GraphoneModel = { rightToLeft: data.rightToLeft, emissions, primary, letterStart, letterEnd, unit, logp, backoff, childStart, childCount, suffix, next, rootByLetter };
  // Parents come before children, so a node's suffix is its parent's suffix extended by its graphone (or, where
  // pruning removed that, the longest shorter suffix that has it; the root has every graphone).
  for (let n = 1; n < count; n++) {
    const u = unit[n] ?? 0;
    const p = parent[n] ?? 0;
    let found = 0;
    for (let s = p === 0 ? -1 : (suffix[p] ?? 0); s >= 0; s = suffix[s] ?? -1) {
      found = findChild(model, s, u);
      if (found >= 0) break;
    }
    suffix[n] = found;
    next[n] = (childCount[n] ?? 0) > 0 ? n : (next[found] ?? 0);
  }
  return model;
}
