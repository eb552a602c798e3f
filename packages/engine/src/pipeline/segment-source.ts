import { engineError } from '../errors';
import type { LruCache } from '../cache/lru';
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
  seg: SegmentationOptions;
  limits: EngineLimits;
  phonemeCache: LruCache<SegmentPort[]>;
  clock: () => number;
  signal: AbortSignal;
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw engineError('KOKORO_ENGINE_ABORTED', 'Synthesis was aborted.', { reason: String(signal.reason) });
}

function segmentBatch(ctx: SourceContext, sentences: readonly SentencePort[], maxTokens: number, firstTokens: number | undefined): PreparedSegment[] {
  // Sentences arrive trimmed: rejoin them, keeping paragraph breaks visible to G2P.
  let text = '';
  sentences.forEach((s, i) => { text += i === 0 ? s.text : `${sentences[i - 1]?.boundary === 'paragraph' ? '\n\n' : ' '}${s.text}`; });
  const t0 = ctx.clock();
  const key = `${ctx.lang}|${maxTokens}|${firstTokens ?? 0}|${text}`;
  let segs = ctx.phonemeCache.get(key);
  if (segs === undefined) {
    segs = ctx.g2p.segments(text, firstTokens === undefined ? { maxTokens } : { maxTokens, firstSegmentTokens: firstTokens });
    ctx.phonemeCache.set(key, segs);
  }
  const g2pMs = ctx.clock() - t0;
  for (const s of segs) {
    if (s.ids.length > MAX_MODEL_TOKENS) {
      throw engineError('KOKORO_ENGINE_INPUT_TOO_LONG', `G2P produced a segment of ${s.ids.length} tokens (the model takes at most ${MAX_MODEL_TOKENS}); refusing to truncate it: "${s.text.slice(0, 60)}...".`, { tokens: s.ids.length });
    }
  }
  const kept = segs.filter((s) => s.ids.length > 0).map((s, i): PreparedSegment => ({ ...s, g2pMs: i === 0 ? g2pMs : 0, tokenizeMs: 0 }));
  // The batch's last segment ends where its last sentence ends (G2P only saw the batch).
  const last = kept[kept.length - 1];
  const lastBoundary = sentences[sentences.length - 1]?.boundary;
  if (last !== undefined && lastBoundary !== undefined && lastBoundary !== 'end') last.boundary = lastBoundary;
  return kept;
}

/**
 * Turns text (whole or streamed) into model-sized segments lazily: sentences are split first
 * (cheap), and G2P runs on a growing batch of sentences only when the scheduler asks for
 * more, so G2P of the next batch overlaps the model run of the current one. The first
 * segment is short (`firstSegmentTokens`); later batches grow by `growth` up to `maxSegmentTokens`.
 */
export async function* textSegments(input: string | AsyncIterable<string>, ctx: SourceContext): AsyncGenerator<PreparedSegment> {
  const splitter = ctx.splitter();
  const pending: SentencePort[] = [];
  let target = ctx.seg.firstSegmentTokens;
  let first = true;
  let chars = 0;
  let produced = 0;
  const count = (chunk: string) => {
    chars += chunk.length;
    if (chars > ctx.limits.maxInputChars) {
      throw engineError('KOKORO_ENGINE_INPUT_TOO_LONG', `Input is longer than limits.maxInputChars = ${ctx.limits.maxInputChars} characters (got at least ${chars}). Split it into several calls or raise the limit.`, { maxInputChars: ctx.limits.maxInputChars, chars });
    }
  };
  const maxTokens = Math.min(MAX_MODEL_TOKENS, ctx.seg.maxSegmentTokens);
  // Takes sentences up to about `target` characters (a phoneme per character, roughly) and segments them.
  function* drain(final: boolean): Generator<PreparedSegment> {
    while (pending.length > 0) {
      const batch: SentencePort[] = [];
      let size = 0;
      while (pending.length > 0 && (batch.length === 0 || size + (pending[0]?.text.length ?? 0) <= target)) {
        const s = pending.shift();
        if (s === undefined) break;
        batch.push(s);
        size += s.text.length + 1;
      }
      if (!final && pending.length === 0 && size < target && !first) { pending.unshift(...batch); return; }
      // Each batch is capped at its target so segment sizes grow step by step (24, 36, 54, ...)
      // and a long first sentence does not turn into one huge second run.
      const cap = Math.min(maxTokens, first ? Math.ceil(ctx.seg.firstSegmentTokens * ctx.seg.growth) : target);
      const segs = segmentBatch(ctx, batch, cap, first ? Math.min(cap, ctx.seg.firstSegmentTokens) : undefined);
      first = false;
      target = Math.min(maxTokens, Math.ceil(target * ctx.seg.growth));
      for (const s of segs) { produced++; yield s; }
    }
  }
  if (typeof input === 'string') {
    count(input);
    pending.push(...splitter.pushSentences(input), ...splitter.flushSentences());
    throwIfAborted(ctx.signal);
    for (const s of drain(true)) { throwIfAborted(ctx.signal); yield s; }
  } else {
    for await (const chunk of input) {
      throwIfAborted(ctx.signal);
      if (typeof chunk !== 'string') throw engineError('KOKORO_ENGINE_BAD_OPTIONS', `A streamed text chunk must be a string; got ${typeof chunk}.`);
      count(chunk);
      pending.push(...splitter.pushSentences(chunk));
      for (const s of drain(false)) { throwIfAborted(ctx.signal); yield s; }
    }
    pending.push(...splitter.flushSentences());
    for (const s of drain(true)) { throwIfAborted(ctx.signal); yield s; }
  }
  if (produced === 0) {
    throw engineError('KOKORO_ENGINE_EMPTY_INPUT', chars === 0 || typeof input !== 'string' || input.trim() === '' ? 'Nothing to synthesize: the text is empty.' : 'Nothing to synthesize: the text has no pronounceable words.', { chars });
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
