import type { PreparedSegment } from './segment-source';
import { MAX_MODEL_TOKENS, splitTokenIds } from './segment-source';

/**
 * @internal Segments for phoneme or token input: split at spaces into model-sized pieces
 * (never truncated), words = the phoneme groups between spaces (their `text` is phonemes).
 */
export function idSegments(ids: readonly number[], spaceId: number, symbolOf: (id: number) => string, tokenizeMs: number): PreparedSegment[] {
  return splitTokenIds(ids, MAX_MODEL_TOKENS, spaceId).map((piece, i, all) => {
    const phonemes = piece.map(symbolOf).join('');
    const words: PreparedSegment['words'] = [];
    let start = -1;
    for (let t = 0; t <= piece.length; t++) {
      const isSpace = t === piece.length || piece[t] === spaceId;
      if (!isSpace && start < 0) start = t;
      if (isSpace && start >= 0) {
        words.push({ text: piece.slice(start, t).map(symbolOf).join(''), start, end: t, tokenStart: start, tokenEnd: t });
        start = -1;
      }
    }
    return { text: phonemes, phonemes, ids: piece, words, boundary: i === all.length - 1 ? 'end' : 'word', g2pMs: 0, tokenizeMs: i === 0 ? tokenizeMs : 0 };
  });
}
