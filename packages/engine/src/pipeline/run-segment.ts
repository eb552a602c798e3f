import { cleanSegment, type AudioOptions } from '../audio/postprocess';
import type { LruCache } from '../cache/lru';
import { engineError, isEngineError } from '../errors';
import type { ModelSignature } from '../model/signature';
import { styleFor, styleRowIndex } from '../voices/voice-store';
import type { PoolPort, TensorPort } from './ports';

/** @internal Cleaned audio of one segment plus what timestamps need. */
export interface SegmentAudio {
  audio: Float32Array;
  trimmedStart: number;
  rawSamples: number;
  /** Frames per input position (pads included), when the model has a duration output. */
  durations: Int32Array | undefined;
  nonFinite: number;
  clipped: number;
}

/** @internal One segment's model run, timed. */
export interface RunOutcome extends SegmentAudio {
  cached: boolean;
  styleMs: number;
  queueWaitMs: number;
  runMs: number;
  postMs: number;
  sessionId: string;
  provider: string;
}

/** @internal Everything a model run needs, fixed per call. */
export interface RunContext {
  pool: PoolPort;
  sig: ModelSignature;
  pack: Float32Array;
  voiceKey: string;
  /** Speed as the user gave it (pauses, trimming). */
  speed: number;
  /** Speed as the model receives it (see SpeedPolicy). */
  modelSpeed: number;
  modelId: string;
  audio: AudioOptions;
  audioCache: LruCache<SegmentAudio>;
  clock: () => number;
  signal: AbortSignal;
}

/** @internal Builds the feeds for one segment in the element types the model declares. */
export function buildFeeds(ids: readonly number[], style: Float32Array, modelSpeed: number, sig: ModelSignature): Record<string, TensorPort> {
  const n = ids.length + 2;
  const idData = sig.idsType === 'int64' ? new BigInt64Array(n) : new Int32Array(n);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? 0;
    if (idData instanceof BigInt64Array) idData[i + 1] = BigInt(id); else idData[i + 1] = id;
  }
  return {
    [sig.idsName]: { type: sig.idsType, data: idData, dims: [1, n] },
    [sig.styleName]: { type: 'float32', data: new Float32Array(style), dims: [1, style.length] },
    [sig.speedName]: sig.speedType === 'float32'
      ? { type: 'float32', data: Float32Array.of(modelSpeed), dims: [1] }
      : { type: 'int32', data: Int32Array.of(modelSpeed), dims: [1] },
  };
}

/** @internal Runs (or fetches from the audio cache) one segment and cleans its audio. */
export async function runSegment(ids: readonly number[], phonemes: string, ctx: RunContext): Promise<RunOutcome> {
  const key = `${ctx.modelId}|${ctx.voiceKey}|${ctx.modelSpeed}|${ctx.speed}|${phonemes}|${ids.join(',')}`;
  const hit = ctx.audioCache.get(key);
  if (hit !== undefined) return { ...hit, cached: true, styleMs: 0, queueWaitMs: 0, runMs: 0, postMs: 0, sessionId: '', provider: '' };
  const t0 = ctx.clock();
  const style = styleFor(ctx.pack, ids.length);
  const feeds = buildFeeds(ids, style, ctx.modelSpeed, ctx.sig);
  const styleMs = ctx.clock() - t0;
  let res: Awaited<ReturnType<PoolPort['run']>>;
  try {
    res = await ctx.pool.run(feeds, { signal: ctx.signal, size: ids.length });
  } catch (err) {
    if (ctx.signal.aborted) throw engineError('KOKORO_ENGINE_ABORTED', 'Synthesis was aborted.', { reason: String(ctx.signal.reason) }, err);
    if (isEngineError(err)) throw err;
    throw err;
  }
  const t1 = ctx.clock();
  const wave = res.outputs[ctx.sig.waveformName];
  if (wave === undefined || !(wave.data instanceof Float32Array)) {
    throw engineError('KOKORO_ENGINE_BAD_MODEL', `The model returned no float32 "${ctx.sig.waveformName}" output.`, { outputs: Object.keys(res.outputs) });
  }
  let durations: Int32Array | undefined;
  const dur = ctx.sig.durationName === undefined ? undefined : res.outputs[ctx.sig.durationName];
  if (dur !== undefined) durations = Int32Array.from(dur.data as ArrayLike<number | bigint>, (v) => Number(v));
  const cleaned = cleanSegment(wave.data, ctx.speed, ctx.audio);
  const out: SegmentAudio = { audio: cleaned.audio, trimmedStart: cleaned.trimmedStart, rawSamples: wave.data.length, durations, nonFinite: cleaned.nonFinite, clipped: cleaned.clipped };
  ctx.audioCache.set(key, out);
  return { ...out, cached: false, styleMs, queueWaitMs: res.timing.queueWaitMs, runMs: res.timing.runMs, postMs: ctx.clock() - t1, sessionId: res.timing.sessionId, provider: res.timing.provider };
}

/** @internal The style row used for a segment (see `styleRowIndex`). */
export { styleRowIndex };
