import { badOption } from './errors';
import type { Unit } from './phonemize';
import { SPACE_ID, VOCAB, appendIds } from './vocab';

const SYMBOL_BY_ID = new Map<number, string>(Array.from(VOCAB, ([symbol, id]) => [id, symbol]));

/** Where a segment ends. */
export type SegmentBoundary = 'paragraph' | 'sentence' | 'clause' | 'word' | 'end';

/** A word inside a segment, with its token range for word timestamps. */
export interface SegmentWord {
  /** The word as written in the input. */
  text: string;
  /** Start offset in the input (UTF-16 code units). */
  start: number;
  /** End offset in the input (exclusive). */
  end: number;
  /** First token index of this word in the segment's `ids`. */
  tokenStart: number;
  /** One past the last token index. Spaces and punctuation between words belong to no word. */
  tokenEnd: number;
}

/** A piece of input small enough for one Kokoro call. */
export interface Segment {
  /** The input text this segment covers (from its first to its last unit, as written). */
  text: string;
  /** Phonemes of the segment. */
  phonemes: string;
  /** Token ids, without Kokoro's pad ids. At most `maxTokens` long. */
  ids: number[];
  /** The words, in order, with token ranges into `ids`. */
  words: SegmentWord[];
  /** The kind of boundary the segment ends at (`end` for the last segment). */
  boundary: SegmentBoundary;
}

/** Options for `segments`. */
export interface SegmentOptions {
  /** Most token ids per segment (Kokoro's context is 510 plus two pads). Integer 1..510. Default `510`. */
  maxTokens?: number;
  /**
   * Target size of the first segment, so streaming can start after a short first chunk. The first segment ends at the
   * best boundary at or before this many tokens (or after its first word, if that word alone is longer).
   * Integer 1..maxTokens. Default: same as `maxTokens`.
   */
  firstSegmentTokens?: number;
}

/** Kokoro's usable context in tokens (512 positions minus the two pads). */
export const MAX_TOKENS = 510;

const RANK: Readonly<Record<SegmentBoundary, number>> = { end: 5, paragraph: 4, sentence: 3, clause: 2, word: 1 };

interface Piece {
  unit: Unit;
  /** Ids of the unit's own symbols. */
  ids: number[];
  /** Whether a space id precedes the unit when it is not first in a segment. */
  space: boolean;
  /** Boundary kind after this unit. */
  after: SegmentBoundary;
}

function checkInt(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badOption(field, `an integer from ${min} to ${max}`, value);
  }
  return value;
}

/** Validates segment options. @internal */
export function resolveSegmentOptions(options: SegmentOptions | undefined): { maxTokens: number; first: number } {
  const maxTokens = checkInt('maxTokens', options?.maxTokens ?? MAX_TOKENS, 1, MAX_TOKENS);
  const first = checkInt('firstSegmentTokens', options?.firstSegmentTokens ?? maxTokens, 1, maxTokens);
  return { maxTokens, first };
}

function boundaryAfter(units: readonly Unit[], i: number): SegmentBoundary {
  const unit = units[i];
  const next = units[i + 1];
  if (!unit || !next) return 'end';
  if (next.paragraphBefore) return 'paragraph';
  if (unit.kind === 'punct') {
    const rank = rankOfMark(unit.phonemes);
    if (rank !== 'word') return rank;
    // Closing quotes/brackets take the strength of the mark before them ("Stop." she said).
    const before = units[i - 1];
    const closing = unit.phonemes === '”' || unit.phonemes === '"' || unit.phonemes === ')';
    if (closing && before?.kind === 'punct') return rankOfMark(before.phonemes);
  }
  return 'word';
}

function rankOfMark(p: string): SegmentBoundary {
  if (p === '.' || p === '!' || p === '?' || p === '…') return 'sentence';
  if (p === ',' || p === ';' || p === ':' || p === '—') return 'clause';
  return 'word';
}

/**
 * Packs units into segments of at most `maxTokens` ids. A segment is cut at the strongest boundary available
 * (paragraph > sentence > clause > word) that keeps it within the limit; blank lines always end a segment. Nothing
 * is dropped: a single unit longer than the limit (a pathological word) is split across segments.
 * @internal
 */
export function chunkUnits(units: readonly Unit[], input: string, maxTokens: number, first: number): Segment[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (!unit || !unit.phonemes) continue;
    const ids: number[] = [];
    appendIds(unit.phonemes, ids);
    pieces.push({ unit, ids, space: unit.spaceBefore, after: boundaryAfter(units, i) });
  }
  // Boundaries are recomputed over kept pieces so a dropped unit never hides a sentence end.
  for (let i = 0; i < pieces.length - 1; i++) {
    const piece = pieces[i];
    const next = pieces[i + 1];
    if (piece && next && next.unit.paragraphBefore) piece.after = 'paragraph';
  }
  const last = pieces[pieces.length - 1];
  if (last) last.after = 'end';

  const segments: Segment[] = [];
  let start = 0;
  while (start < pieces.length) {
    const limit = segments.length === 0 ? first : maxTokens;
    let count = 0;
    let end = start; // exclusive
    let best = -1;
    let bestRank = 0;
    while (end < pieces.length) {
      const piece = pieces[end];
      if (!piece) break;
      const cost = piece.ids.length + (end > start && piece.space ? 1 : 0);
      if (count + cost > limit) break;
      count += cost;
      end++;
      // Never cut right before punctuation that hangs on the previous word ("there|.").
      const following = pieces[end];
      const attached = following !== undefined && following.unit.kind === 'punct' && !following.space;
      const rank = attached ? 0 : RANK[piece.after];
      if (rank >= bestRank && rank > 0) {
        best = end;
        bestRank = rank;
      }
      if (piece.after === 'paragraph' || piece.after === 'end') break;
    }
    if (end === start) {
      const alone = pieces[start];
      if (alone && alone.ids.length <= maxTokens) {
        // The first-segment target is smaller than the first word: keep the word whole rather than split it.
        segments.push(buildSegment(pieces, start, start + 1, input));
        start++;
        continue;
      }
      // One unit alone exceeds maxTokens: split its ids (the only case where a word spans two segments).
      segments.push(...splitOversized(alone, input, limit, maxTokens, segments.length === 0));
      start++;
      continue;
    }
    const stop = end < pieces.length && pieces[end - 1]?.after !== 'paragraph' && best > start ? best : end;
    segments.push(buildSegment(pieces, start, stop, input));
    start = stop;
  }
  return segments;
}

function buildSegment(pieces: readonly Piece[], start: number, stop: number, input: string): Segment {
  const ids: number[] = [];
  const words: SegmentWord[] = [];
  let phonemes = '';
  for (let k = start; k < stop; k++) {
    const piece = pieces[k];
    if (!piece) continue;
    if (k > start && piece.space) {
      ids.push(SPACE_ID);
      phonemes += ' ';
    }
    const tokenStart = ids.length;
    for (const id of piece.ids) ids.push(id);
    phonemes += piece.unit.phonemes;
    if (piece.unit.kind === 'word') {
      words.push({ text: piece.unit.text, start: piece.unit.start, end: piece.unit.end, tokenStart, tokenEnd: ids.length });
    }
  }
  const firstUnit = pieces[start]?.unit;
  const lastUnit = pieces[stop - 1]?.unit;
  const text = firstUnit && lastUnit ? input.slice(firstUnit.start, lastUnit.end) : '';
  return { text, phonemes, ids, words, boundary: pieces[stop - 1]?.after ?? 'end' };
}

function splitOversized(piece: Piece | undefined, input: string, firstLimit: number, maxTokens: number, isFirst: boolean): Segment[] {
  if (!piece) return [];
  const out: Segment[] = [];
  let offset = 0;
  while (offset < piece.ids.length) {
    const limit = isFirst && out.length === 0 ? firstLimit : maxTokens;
    const ids = piece.ids.slice(offset, offset + limit);
    const { unit } = piece;
    out.push({
      text: input.slice(unit.start, unit.end),
      phonemes: ids.map((id) => SYMBOL_BY_ID.get(id) ?? '').join(''),
      ids,
      words: unit.kind === 'word' ? [{ text: unit.text, start: unit.start, end: unit.end, tokenStart: 0, tokenEnd: ids.length }] : [],
      boundary: 'word',
    });
    offset += limit;
  }
  const lastSegment = out[out.length - 1];
  if (lastSegment) lastSegment.boundary = piece.after;
  return out;
}
