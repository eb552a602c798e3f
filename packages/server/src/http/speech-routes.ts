import { PassThrough } from 'node:stream';

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { AUDIO_CONTENT_TYPES } from '../audio/encoder';
import type { AudioFormat } from '../audio/encoder';
import type { ServerConfig } from '../config';
import type { SpeechAudioChunk, SpeechSynthesisOptions } from '../engine-port';
import { isServerError, ServerError } from '../errors';
import type { ServerMetrics } from '../metrics';
import { applyPronunciations } from '../pronunciations';
import { assertKnownVoices, resolveVoice } from '../voices';
import type { Admission } from './admission';
import type { EngineState } from './engine-state';
import { checkNormalizeField } from './normalize-field';
import { ACCEPTED_MODELS, ERROR_RESPONSES, speechBodySchema } from './schemas';
import type { SpeechRequestBody } from './schemas';
import { ByteBatcher, SAMPLE_RATE, startSpeechJob, timeoutReason } from './speech-job';
import type { JobOutcome, RunningSpeechJob } from './speech-job';

/** Everything the speech routes share with the app. @internal */
export interface SpeechRouteContext {
  config: ServerConfig;
  state: EngineState;
  admission: Admission;
  metrics: ServerMetrics;
  /** Aborts every in-flight job (drain deadline). */
  inflight: Set<AbortController>;
}

interface PreparedRequest {
  text: string;
  format: AudioFormat;
  options: SpeechSynthesisOptions;
}

/** Validates a request beyond its schema (model, input length, voice) before any work starts. */
function prepare(body: SpeechRequestBody, ctx: SpeechRouteContext): PreparedRequest {
  const model = body.model ?? 'kokoro';
  if (!(ACCEPTED_MODELS as readonly string[]).includes(model)) {
    throw new ServerError('KOKORO_SERVER_UNKNOWN_MODEL', `Unknown model ${JSON.stringify(model.slice(0, 64))}: expected one of ${ACCEPTED_MODELS.join(', ')} (all are served by Kokoro).`, { param: 'model' });
  }
  const limit = ctx.config.limits.maxInputChars;
  if (body.input.length > limit) {
    throw new ServerError('KOKORO_SERVER_INPUT_TOO_LONG', `Input is ${body.input.length} characters; the limit is ${limit}. Split the text into several requests, or raise --max-input-chars (KOKORO_MAX_INPUT_CHARS).`, { param: 'input' });
  }
  if (body.input.trim() === '') throw new ServerError('KOKORO_SERVER_BAD_REQUEST', 'Input is empty: send some text to speak.', { param: 'input' });
  const normalize = checkNormalizeField(body.normalize);
  const text = body.pronunciations === undefined ? body.input : applyPronunciations(body.input, body.pronunciations);
  const voice = resolveVoice(body.voice ?? ctx.config.defaultVoice);
  // 503 before voice lookup: without an engine no voice is known.
  ctx.state.require();
  assertKnownVoices(voice, ctx.state.voices);
  const options: SpeechSynthesisOptions = { voice: voice.spec, speed: body.speed ?? 1 };
  if (body.lang !== undefined) options.lang = body.lang;
  if (normalize !== undefined) options.normalize = normalize;
  return { text, format: body.response_format ?? 'mp3', options };
}

/**
 * Runs admission, timeout and disconnect handling around one job, and reports it. `begin`
 * starts the job (returns null when it failed before any byte and already answered).
 */
async function withJob(
  ctx: SpeechRouteContext,
  request: FastifyRequest,
  reply: FastifyReply,
  prepared: PreparedRequest,
  begin: (signal: AbortSignal) => Promise<{ job: RunningSpeechJob; run: (job: RunningSpeechJob) => Promise<JobOutcome> }>,
): Promise<void> {
  const controller = new AbortController();
  // Listen before queueing: a client that leaves while waiting gives up its place in the queue.
  const onClose = (): void => {
    if (!reply.raw.writableFinished) controller.abort(new ServerError('KOKORO_SERVER_BAD_REQUEST', 'The client closed the connection.'));
  };
  reply.raw.on('close', onClose);
  const timer = setTimeout(() => controller.abort(timeoutReason(ctx.config.limits.requestTimeoutMs)), ctx.config.limits.requestTimeoutMs);
  let release: () => void;
  try {
    release = await ctx.admission.acquire(controller.signal);
  } catch (error) {
    clearTimeout(timer);
    reply.raw.off('close', onClose);
    throw controller.signal.aborted && isServerError(controller.signal.reason) && controller.signal.reason.code === 'KOKORO_SERVER_TIMEOUT' ? controller.signal.reason : error;
  }
  ctx.inflight.add(controller);
  const done = (): void => {
    clearTimeout(timer);
    reply.raw.off('close', onClose);
    ctx.inflight.delete(controller);
    release();
  };
  let started: Awaited<ReturnType<typeof begin>>;
  try {
    started = await begin(controller.signal);
  } catch (error) {
    done();
    throw controller.signal.aborted && isServerError(controller.signal.reason) && controller.signal.reason.code === 'KOKORO_SERVER_TIMEOUT' ? controller.signal.reason : error;
  }
  // From here on the response is committed (200 + streaming); failures end the stream early.
  void started.run(started.job).then((outcome) => {
    done();
    ctx.metrics.synthesis(prepared.format, outcome.firstAudioMs === null ? null : outcome.firstAudioMs / 1000, outcome.totalMs / 1000, outcome.audioSamples / SAMPLE_RATE);
    const log = { format: prepared.format, voice: prepared.options.voice, chars: prepared.text.length, segments: outcome.segments, audioSeconds: outcome.audioSamples / SAMPLE_RATE, ttfaMs: outcome.firstAudioMs, totalMs: Math.round(outcome.totalMs), aborted: outcome.aborted, ...(ctx.config.logText ? { text: prepared.text } : {}) };
    if (outcome.error) request.log.error({ ...log, err: outcome.error }, 'synthesis failed mid-stream');
    else request.log.info(log, outcome.aborted ? 'synthesis aborted' : 'synthesis done');
  });
}

/** Registers POST /v1/audio/speech and POST /v1/audio/speech/timestamps. @internal */
export function registerSpeechRoutes(app: FastifyInstance, ctx: SpeechRouteContext): void {
  app.post('/v1/audio/speech', {
    schema: {
      summary: 'Synthesize speech (OpenAI-compatible)',
      tags: ['audio'],
      body: speechBodySchema(false),
      response: { 200: { description: 'Encoded audio, streamed chunked as segments are synthesized (or SSE events with stream_format=sse).', type: 'string', format: 'binary' }, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const body = request.body as SpeechRequestBody;
    const prepared = prepare(body, ctx);
    const engine = ctx.state.require();
    const sse = body.stream_format === 'sse';
    const out = new PassThrough();
    let firstAudioAt: number | null = null;
    const write = (bytes: Uint8Array): void => {
      firstAudioAt ??= performance.now();
      if (sse) out.write(`data: ${JSON.stringify({ type: 'speech.audio.delta', audio: Buffer.from(bytes).toString('base64') })}\n\n`);
      else out.write(bytes);
    };
    const batcher = new ByteBatcher(write);
    await withJob(ctx, request, reply, prepared, async (signal) => {
      const job = await startSpeechJob({ engine, text: prepared.text, format: prepared.format, options: { ...prepared.options, signal } }, batcher.push);
      void reply
        .header('content-type', sse ? 'text/event-stream' : AUDIO_CONTENT_TYPES[prepared.format])
        .header('cache-control', 'no-store')
        .header('x-accel-buffering', 'no')
        .send(out);
      return {
        job,
        run: async (j) => {
          const outcome = await j.run({ transport: out, onSlice: () => batcher.flush(), markAudio: () => firstAudioAt });
          batcher.flush();
          if (sse && !outcome.aborted && !outcome.error) {
            out.write(`data: ${JSON.stringify({ type: 'speech.audio.done', usage: { input_tokens: outcome.inputTokens, output_tokens: 0, total_tokens: outcome.inputTokens } })}\n\n`);
          }
          if (outcome.error || outcome.aborted) out.destroy();
          else out.end();
          return outcome;
        },
      };
    });
    return reply;
  });

  app.post('/v1/audio/speech/timestamps', {
    schema: {
      summary: 'Synthesize speech with word timestamps (JSON, or NDJSON when stream=true)',
      tags: ['audio'],
      body: speechBodySchema(true),
      response: { 200: { description: 'JSON { audio (base64), format, sample_rate, duration, words[], segments[] }; NDJSON lines {type:"segment"...} then {type:"done"} when streamed.', type: 'object', additionalProperties: true }, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const body = request.body as SpeechRequestBody;
    const prepared = prepare(body, ctx);
    prepared.options.timestamps = true;
    const engine = ctx.state.require();
    const streamed = body.stream === true;
    const out = new PassThrough();
    let firstAudioAt: number | null = null;
    let pending: Uint8Array[] = [];
    const takeAudio = (): string => {
      const b64 = Buffer.concat(pending).toString('base64');
      pending = [];
      return b64;
    };
    const all: Uint8Array[] = [];
    const words: SpeechAudioChunk['words'] = [];
    const segments: { index: number; text: string; phonemes: string; start: number; end: number }[] = [];
    await withJob(ctx, request, reply, prepared, async (signal) => {
      const job = await startSpeechJob({ engine, text: prepared.text, format: prepared.format, options: { ...prepared.options, signal } }, (bytes) => {
        if (streamed) pending.push(bytes);
        else all.push(bytes);
      });
      void reply.header('content-type', streamed ? 'application/x-ndjson' : 'application/json').header('cache-control', 'no-store').send(out);
      return {
        job,
        run: async (j) => {
          const outcome = await j.run({
            transport: out,
            markAudio: () => firstAudioAt,
            onSegment: (chunk) => {
              const segment = { index: chunk.index, text: chunk.text, phonemes: chunk.phonemes, start: chunk.startSample / SAMPLE_RATE, end: (chunk.startSample + chunk.audio.length) / SAMPLE_RATE };
              words.push(...chunk.words);
              segments.push(segment);
              if (streamed) {
                firstAudioAt ??= performance.now();
                out.write(`${JSON.stringify({ type: 'segment', ...segment, words: chunk.words, audio: takeAudio() })}\n`);
              }
            },
          });
          if (outcome.error || outcome.aborted) {
            out.destroy();
            return outcome;
          }
          const duration = outcome.audioSamples / SAMPLE_RATE;
          if (streamed) out.end(`${JSON.stringify({ type: 'done', format: prepared.format, sample_rate: SAMPLE_RATE, duration, audio: takeAudio() })}\n`);
          else {
            firstAudioAt ??= performance.now();
            out.end(JSON.stringify({ format: prepared.format, sample_rate: SAMPLE_RATE, duration, audio: Buffer.concat(all).toString('base64'), words, segments }));
          }
          return outcome;
        },
      };
    });
    return reply;
  });
}
