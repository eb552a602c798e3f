import { once } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Writable } from 'node:stream';

import { createEncoder } from '../audio/create-encoder';
import type { AudioFormat, StreamEncoder } from '../audio/encoder';
import type { SpeechAudioChunk, SpeechEngine, SpeechSynthesisOptions } from '../engine-port';
import { ServerError } from '../errors';

/** Samples per second of Kokoro's output. */
export const SAMPLE_RATE = 24_000;

/**
 * Segments are encoded in slices of this many samples (0.5 s), with a turn of the event loop
 * between slices: a long segment then leaves in pieces, and an in-thread codec never holds
 * the loop (other requests, health checks) for more than a few milliseconds.
 */
const ENCODE_SLICE = 12_000;

/** Summary of a finished (or cut short) synthesis, for metrics and logs. */
export interface JobOutcome {
  audioSamples: number;
  segments: number;
  /** ms from job start to the first audio byte handed to the transport, or null if none was. */
  firstAudioMs: number | null;
  totalMs: number;
  inputTokens: number;
  aborted: boolean;
  error: unknown;
}

/**
 * Collects encoder output and hands it on in batches: everything the encoder produced for one
 * segment (including bytes a worker delivers a moment later) goes out as one write, so SSE
 * events and HTTP chunks are few and large instead of one per codec frame.
 * @internal
 */
export class ByteBatcher {
  private parts: Uint8Array[] = [];
  private scheduled = false;

  constructor(private readonly flushTo: (bytes: Uint8Array) => void) {}

  readonly push = (bytes: Uint8Array): void => {
    this.parts.push(bytes);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  };

  flush(): void {
    this.scheduled = false;
    if (this.parts.length === 0) return;
    const size = this.parts.reduce((n, p) => n + p.length, 0);
    const out = new Uint8Array(size);
    let offset = 0;
    for (const p of this.parts) {
      out.set(p, offset);
      offset += p.length;
    }
    this.parts = [];
    this.flushTo(out);
  }
}

/** What a speech job needs. */
export interface SpeechJobInput {
  engine: SpeechEngine;
  text: string;
  format: AudioFormat;
  options: SpeechSynthesisOptions & { signal: AbortSignal };
}

/**
 * Starts the engine stream and waits for its first segment, so a bad request still fails
 * with a JSON error before any header is sent. The encoder is created at the same time,
 * which lets a worker-based codec start up while the first inference runs.
 * @internal
 */
export async function startSpeechJob(input: SpeechJobInput, sink: (bytes: Uint8Array) => void): Promise<RunningSpeechJob> {
  const started = performance.now();
  const iterator = input.engine.stream(input.text, input.options)[Symbol.asyncIterator]();
  let encoder: StreamEncoder | null = null;
  try {
    encoder = createEncoder(input.format, sink, { sampleRate: SAMPLE_RATE });
    const first = await iterator.next();
    return new RunningSpeechJob(iterator, encoder, first, started, input.options.signal);
  } catch (error) {
    encoder?.abort();
    await iterator.return?.();
    throw error;
  }
}

/** A job whose first segment exists; `run` encodes it and the rest. @internal */
export class RunningSpeechJob {
  constructor(
    private readonly iterator: AsyncIterator<SpeechAudioChunk>,
    private readonly encoder: StreamEncoder,
    private readonly first: IteratorResult<SpeechAudioChunk>,
    private readonly started: number,
    private readonly signal: AbortSignal,
  ) {}

  /**
   * Encodes every segment, calling `onSegment` after each (the transport flushes there) and
   * waiting for `transport` to drain when it is backed up, so a slow client slows synthesis
   * instead of filling memory. On abort it stops pulling segments at once.
   */
  async run(hooks: { transport?: Writable; onSegment?: (chunk: SpeechAudioChunk) => void; onSlice?: () => void; markAudio: () => number | null }): Promise<JobOutcome> {
    const outcome: JobOutcome = { audioSamples: 0, segments: 0, firstAudioMs: null, totalMs: 0, inputTokens: 0, aborted: false, error: null };
    let result = this.first;
    try {
      while (!result.done) {
        if (this.signal.aborted) throw this.signal.reason;
        const chunk = result.value;
        for (let offset = 0; offset < chunk.audio.length; offset += ENCODE_SLICE) {
          await this.encoder.write(chunk.audio.subarray(offset, offset + ENCODE_SLICE));
          hooks.onSlice?.();
          await nextTurn();
          if (this.signal.aborted) throw this.signal.reason;
        }
        outcome.audioSamples += chunk.audio.length;
        outcome.segments++;
        outcome.inputTokens += [...chunk.phonemes].length;
        hooks.onSegment?.(chunk);
        const t = hooks.transport;
        if (t && t.writableNeedDrain && !this.signal.aborted && !t.destroyed) await Promise.race([once(t, 'drain'), once(t, 'close'), once(this.signal, 'abort')]);
        if (this.signal.aborted) throw this.signal.reason;
        result = await this.iterator.next();
      }
      await this.encoder.end();
    } catch (error) {
      this.encoder.abort();
      await this.iterator.return?.().catch(() => undefined);
      if (this.signal.aborted) outcome.aborted = true;
      else outcome.error = error;
    }
    const firstAudio = hooks.markAudio();
    outcome.firstAudioMs = firstAudio === null ? null : firstAudio - this.started;
    outcome.totalMs = performance.now() - this.started;
    return outcome;
  }
}

/** The reason a job's signal carries when its request timed out. @internal */
export function timeoutReason(ms: number): ServerError {
  return new ServerError('KOKORO_SERVER_TIMEOUT', `The request took longer than ${ms} ms and was stopped. Shorten the input or raise --request-timeout-ms (KOKORO_REQUEST_TIMEOUT_MS).`);
}
