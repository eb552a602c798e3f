import type { LruCache } from '../cache/lru';
import { engineError } from '../errors';
import type { G2PPort, SegmentPort, SentencePort, SentenceSplitterPort } from './ports';
import type { EngineLimits, SegmentationOptions } from './types';

/** Most phoneme ids one model call takes between the two pads. */
export const MAX_MODEL_TOKENS = 510;

/** @internal A segment ready for the model, with the G2P time spent producing it. */
export interface PreparedSegment extends SegmentPort {
  g2pMs: number;
  tokenizeMs: number;
}

/** @internal Everything segment production needs. */
export interface SourceContext {
  g2p: G2PPort;
  lang: string;
  splitter: () => SentenceSplitterPort;
  spaceId: number;
  seg: SegmentationOptions;
  limits: EngineLimits;
  phonemeCache: LruCache<SegmentPort[]>;
  clock: () => number;
  signal: AbortSignal;
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw engineError('KOKORO_ENGINE_ABORTED', 'Synthesis was aborted.', { reason: String(signal.reason) });
}

/** G2P of a batch of sentences into small pieces (cut at the best boundaries g2p finds). */
function piecesOf(ctx: SourceContext, sentences: readonly SentencePort[], budget: number): PreparedSegment[] {
  // Sentences arrive trimmed: rejoin them, keeping paragraph breaks visible to G2P.
  let text = '';
  sentences.forEach((s, i) => { text += i === 0 ? s.text : `${sentences[i - 1]?.boundary === 'paragraph' ? '\n\n' : ' '}${s.text}`; });
  const maxTokens = Math.min(MAX_MODEL_TOKENS, budget);
  const t0 = ctx.clock();
  const key = `${ctx.lang}|${maxTokens}|${text}`;
  let segs = ctx.phonemeCache.get(key);
  if (segs === undefined) {
    segs = ctx.g2p.segments(text, { maxTokens });
    ctx.phonemeCache.set(key, segs);
  }
  const g2pMs = ctx.clock() - t0;
  const kept = rejoinWordFragments(segs.filter((s) => s.ids.length > 0)).map((s, i): PreparedSegment => {
    if (s.ids.length > MAX_MODEL_TOKENS) {
      throw engineError('KOKORO_ENGINE_INPUT_TOO_LONG', `G2P produced a segment of ${s.ids.length} tokens (the model takes at most ${MAX_MODEL_TOKENS}); refusing to truncate it: "${s.text.slice(0, 60)}...".`, { tokens: s.ids.length });
    }
    return { ...s, g2pMs: i === 0 ? g2pMs : 0, tokenizeMs: 0 };
  });
  // The batch's last piece ends where its last sentence ends (G2P only saw the batch).
  const last = kept[kept.length - 1];
  const lastBoundary = sentences[sentences.length - 1]?.boundary;
  if (last !== undefined && lastBoundary !== undefined && lastBoundary !== 'end') {
    // A sentence cut for length (not at punctuation) continues in the next batch: no pause.
    last.boundary = lastBoundary === 'paragraph' || lastBoundary === 'sentence' ? lastBoundary : 'word';
  }
  return kept;
}

/** True when `b` starts with the rest of the word `a` ends with (g2p cut a word longer than the budget). */
function continuesWord(a: SegmentPort, b: SegmentPort): boolean {
  const x = a.words[a.words.length - 1];
  const y = b.words[0];
  return x !== undefined && y !== undefined && x.start === y.start && x.end === y.end;
}

/**
 * g2p cuts a single word longer than `maxTokens` across pieces. The engine's budget is small at
 * first (a short first segment), so a long word can exceed it; the model must still see the
 * word whole, in one call and without a space inside it. Glue such fragments back together
 * (directly, no space id) as long as the result fits the model; a word longer than the model's
 * limit stays cut, which g2p only does when nothing else is possible.
 */
function rejoinWordFragments(pieces: readonly SegmentPort[]): SegmentPort[] {
  const out: SegmentPort[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (prev !== undefined && continuesWord(prev, piece) && prev.ids.length + piece.ids.length <= MAX_MODEL_TOKENS) {
      const shift = prev.ids.length;
      const joinedWord = prev.words[prev.words.length - 1]!;
      const [first, ...rest] = piece.words;
      out[out.length - 1] = {
        text: prev.text + piece.text.slice(first!.text.length),
        phonemes: prev.phonemes + piece.phonemes,
        ids: [...prev.ids, ...piece.ids],
        words: [
          ...prev.words.slice(0, -1),
          { ...joinedWord, tokenEnd: first!.tokenEnd + shift },
          ...rest.map((w) => ({ ...w, tokenStart: w.tokenStart + shift, tokenEnd: w.tokenEnd + shift })),
        ],
        boundary: piece.boundary,
      };
    } else {
      out.push(piece);
    }
  }
  return out;
}

/** Joins two consecutive pieces into one model call, as g2p joins units: a space id between. */
function join(a: PreparedSegment, b: PreparedSegment, spaceId: number): PreparedSegment {
  const shift = a.ids.length + 1;
  return {
    text: `${a.text} ${b.text}`,
    phonemes: `${a.phonemes} ${b.phonemes}`,
    ids: [...a.ids, spaceId, ...b.ids],
    words: [...a.words, ...b.words.map((w) => ({ ...w, tokenStart: w.tokenStart + shift, tokenEnd: w.tokenEnd + shift }))],
    boundary: b.boundary,
    g2pMs: a.g2pMs + b.g2pMs,
    tokenizeMs: a.tokenizeMs + b.tokenizeMs,
  };
}

/**
 * Turns text (whole or streamed) into model-sized segments lazily. Sentences are split first
 * (cheap); G2P runs on a batch of sentences only when the scheduler asks for the next segment,
 * so G2P of segment k+1 overlaps the model run of segment k. G2P cuts each batch into pieces
 * of at most the current budget at its best boundaries; pieces are merged (joined by a space
 * id, as g2p joins units) into segments whose budget starts at `firstSegmentTokens` and grows
 * by `growth` per segment up to `maxSegmentTokens`. A segment
 * never spans a paragraph break. Streamed input: a partial segment is released when the source
 * has no complete sentence ready, if it is the first one or at least half its budget.
 */
export async function* textSegments(input: string | AsyncIterable<string>, ctx: SourceContext): AsyncGenerator<PreparedSegment> {
  const splitter = ctx.splitter();
  const pending: SentencePort[] = [];
  const maxTokens = Math.min(MAX_MODEL_TOKENS, ctx.seg.maxSegmentTokens);
  let budget = Math.min(maxTokens, ctx.seg.firstSegmentTokens);
  let cur: PreparedSegment | undefined;
  let chars = 0;
  let produced = 0;
  const count = (chunk: string) => {
    chars += chunk.length;
    if (chars > ctx.limits.maxInputChars) {
      throw engineError('KOKORO_ENGINE_INPUT_TOO_LONG', `Input is longer than limits.maxInputChars = ${ctx.limits.maxInputChars} characters (got at least ${chars}). Split it into several calls or raise the limit.`, { maxInputChars: ctx.limits.maxInputChars, chars });
    }
  };
  const emit = (): PreparedSegment | undefined => {
    const out = cur;
    cur = undefined;
    if (out !== undefined) { produced++; budget = Math.min(maxTokens, Math.ceil(budget * ctx.seg.growth)); }
    return out;
  };
  // Feeds the pending sentences through G2P, a batch of about `budget` characters at a time.
  function* drain(): Generator<PreparedSegment> {
    while (pending.length > 0) {
      const batch: SentencePort[] = [];
      let size = 0;
      while (pending.length > 0 && (batch.length === 0 || size + (pending[0]?.text.length ?? 0) <= budget)) {
        const s = pending.shift();
        if (s === undefined) break;
        batch.push(s);
        size += s.text.length + 1;
      }
      for (const piece of piecesOf(ctx, batch, budget)) {
        if (cur !== undefined && (cur.boundary === 'paragraph' || cur.ids.length + 1 + piece.ids.length > budget)) {
          const out = emit();
          if (out) yield out;
        }
        cur = cur === undefined ? piece : join(cur, piece, ctx.spaceId);
        if (cur.ids.length >= budget) { const out = emit(); if (out) yield out; }
      }
    }
  }
  if (typeof input === 'string') {
    count(input);
    pending.push(...splitter.pushSentences(input), ...splitter.flushSentences());
    for (const s of drain()) { throwIfAborted(ctx.signal); yield s; }
  } else {
    for await (const chunk of input) {
      throwIfAborted(ctx.signal);
      if (typeof chunk !== 'string') throw engineError('KOKORO_ENGINE_BAD_OPTIONS', `A streamed text chunk must be a string; got ${typeof chunk}.`);
      count(chunk);
      pending.push(...splitter.pushSentences(chunk));
      for (const s of drain()) { throwIfAborted(ctx.signal); yield s; }
      // Waiting for more text: release a partial segment rather than hold audio back.
      const partial: PreparedSegment | undefined = cur;
      if (partial !== undefined && (produced === 0 || partial.ids.length * 2 >= budget)) { const out = emit(); if (out) yield out; }
    }
    pending.push(...splitter.flushSentences());
    for (const s of drain()) { throwIfAborted(ctx.signal); yield s; }
  }
  const last = emit();
  if (last !== undefined) { throwIfAborted(ctx.signal); yield last; }
  if (produced === 0) {
    throw engineError('KOKORO_ENGINE_EMPTY_INPUT', chars === 0 ? 'Nothing to synthesize: the text is empty.' : 'Nothing to synthesize: the text has no pronounceable words.', { chars });
  }
}

/**
 * Splits a long id sequence into model-sized pieces, preferring to cut after a space id so
 * words stay whole; never drops an id.
 */
export function splitTokenIds(ids: readonly number[], max: number, spaceId: number): number[][] {
  const out: number[][] = [];
  let start = 0;
  while (ids.length - start > max) {
    let cut = start + max;
    for (let i = start + max - 1; i > start + max / 2; i--) if (ids[i] === spaceId) { cut = i + 1; break; }
    out.push(ids.slice(start, cut));
    start = cut;
  }
  if (start < ids.length) out.push(ids.slice(start));
  return out;
}
