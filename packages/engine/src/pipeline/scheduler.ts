import { pauseSamples, type AudioOptions } from '../audio/postprocess';
import { estimateWords, wordsFromDurations, type WordTimestamp } from '../audio/timestamps';
import { engineError } from '../errors';
import type { PreparedSegment } from './segment-source';
import { runSegment, styleRowIndex, type RunContext, type RunOutcome } from './run-segment';
import type { AudioChunk, SynthesisWarning } from './types';

/** @internal Per-call settings of the scheduler. */
export interface ScheduleOptions {
  lookahead: number;
  timestamps: boolean;
  audio: AudioOptions;
  clock: () => number;
  onWarning: (w: SynthesisWarning) => void;
}

interface InFlight {
  seg: PreparedSegment;
  result: Promise<RunOutcome>;
}

/**
 * Runs segments in order with bounded lookahead: while segment k runs (in a worker), the
 * source is asked for segment k+1 (G2P on this thread) and it is queued, but never more
 * than `lookahead` segments beyond the one the consumer waits for, so a slow consumer
 * holds back the whole pipeline instead of buffering the book. Chunks come out in order;
 * leaving the loop early (break, error, abort) aborts what is still in flight.
 */
export async function* scheduleSegments(source: AsyncIterable<PreparedSegment>, run: RunContext, o: ScheduleOptions, abort: AbortController): AsyncGenerator<AudioChunk> {
  const it = source[Symbol.asyncIterator]();
  const queue: InFlight[] = [];
  let done = false;
  let index = 0;
  let sample = 0;
  let prev: PreparedSegment | undefined;
  const fill = async () => {
    while (!done && queue.length < o.lookahead) {
      const next = await it.next();
      if (next.done === true) { done = true; break; }
      const seg = next.value;
      const result = runSegment(seg.ids, seg.phonemes, run);
      result.catch(() => undefined); // awaited in order below; this only silences early rejections
      queue.push({ seg, result });
    }
  };
  try {
    await fill();
    while (queue.length > 0) {
      const head = queue.shift();
      if (head === undefined) break;
      const out = await head.result;
      if (run.signal.aborted) throw engineError('KOKORO_ENGINE_ABORTED', 'Synthesis was aborted.', { reason: String(run.signal.reason) });
      const t0 = o.clock();
      const { seg } = head;
      const pause = prev === undefined ? 0 : pauseSamples(prev.boundary, prev.text, run.speed, o.audio.pauses);
      const audio = new Float32Array(pause + out.audio.length);
      audio.set(out.audio, pause);
      const startSample = sample + pause;
      let words: WordTimestamp[] = [];
      if (o.timestamps && seg.words.length > 0) {
        const placement = { outputStart: startSample, trimmedStart: out.trimmedStart, keptSamples: out.audio.length };
        words = out.durations !== undefined
          ? wordsFromDurations(seg.words, out.durations, out.rawSamples, placement)
          : estimateWords(seg.words, seg.ids.length, out.rawSamples, placement);
      }
      if (out.nonFinite > 0) o.onWarning({ code: 'NON_FINITE_AUDIO', message: `Segment ${index}: ${out.nonFinite} NaN/Inf samples from the model were replaced by silence.` });
      if (out.clipped > 0) o.onWarning({ code: 'CLIPPED_AUDIO', message: `Segment ${index}: ${out.clipped} samples outside [-1, 1] were clamped.` });
      const chunk: AudioChunk = {
        index,
        audio,
        text: seg.text,
        phonemes: seg.phonemes,
        startSample: sample,
        words,
        warnings: [],
        segment: {
          index,
          text: seg.text,
          phonemes: seg.phonemes,
          tokens: seg.ids,
          styleRow: styleRowIndex(seg.ids.length),
          startSample,
          sampleCount: out.audio.length,
          pauseSamples: pause,
          boundary: seg.boundary,
          nonFiniteSamples: out.nonFinite,
          clippedSamples: out.clipped,
          cached: out.cached,
          sessionId: out.sessionId,
          provider: out.provider,
          timing: { g2pMs: seg.g2pMs, tokenizeMs: seg.tokenizeMs, styleMs: out.styleMs, queueWaitMs: out.queueWaitMs, runMs: out.runMs, postMs: out.postMs + (o.clock() - t0) },
        },
      };
      sample += audio.length;
      index++;
      prev = seg;
      // Start the next G2P + run before handing this chunk over, so they overlap the consumer.
      const filling = fill();
      filling.catch(() => undefined);
      yield chunk;
      await filling;
    }
  } finally {
    if (queue.length > 0 || !done) abort.abort(new Error('stream closed'));
    await it.return?.();
  }
}
