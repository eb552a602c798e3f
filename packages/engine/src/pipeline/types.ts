import type { PoolMetrics } from '@kokoro-ts/sessions';

import type { WordTimestamp } from '../audio/timestamps';
import type { CacheStats } from '../cache/lru';
import type { NormalizeSwitches } from './call-normalize';

/** Languages the engine's G2P speaks. */
export type EngineLanguage = 'en-us' | 'en-gb';

/** Options of one synthesis call. */
export interface SynthesisOptions {
  /** Voice id or blend: `af_heart`, `af_bella+af_sky`, `af_bella(2)+af_sky(1)`. Default: the engine's `defaultVoice` (`af_heart`). */
  voice?: string;
  /** Speed, a duration divisor from 0.25 to 4 (2 = twice as fast). Default 1. */
  speed?: number;
  /** G2P language. Default: from the voice's first letter (`a` en-us, `b` en-gb), else the engine's default. */
  lang?: EngineLanguage;
  /** Aborting stops every further G2P step and model run; the call rejects with `KOKORO_ENGINE_ABORTED`. */
  signal?: AbortSignal;
  /** Compute word timestamps. Default true. */
  timestamps?: boolean;
  /**
   * Text normalization for this call. Omitted or `true`: the engine's configuration (its
   * `g2p.normalize`, default all rules on). `false`: none (digits and symbols stay as written).
   * An object switches single rules on top of the engine's configuration, e.g.
   * `{ currency: false, urls: false }` (names in `NORMALIZE_SWITCHES`, plus `dateOrder` and
   * `emoji`); when the engine's normalization is off, the object applies on top of the defaults.
   * An unknown name is `KOKORO_ENGINE_BAD_OPTIONS`. Caches keep each configuration apart.
   * Text input only: `synthesizeFromPhonemes` / `synthesizeFromTokens` validate it and skip G2P.
   */
  normalize?: NormalizeSwitches | boolean;
}

/** Options of `engine.phonemize`. */
export interface PhonemizeOptions {
  /** G2P language. Default: the engine's `lang` (`en-us`). */
  lang?: EngineLanguage;
  /** Text normalization for this call, as in {@link SynthesisOptions.normalize}. Default: the engine's. */
  normalize?: NormalizeSwitches | boolean;
}

/** Time spent in each stage, in milliseconds. */
export interface StageTimings {
  /** Text normalisation + phonemisation + segmentation (g2p). */
  g2pMs: number;
  /** Phonemes -> ids (phoneme and token inputs only; text input tokenizes inside g2p). */
  tokenizeMs: number;
  /** Voice resolution and style-row lookup. */
  styleMs: number;
  /** Waiting for a free session in the pool. */
  queueWaitMs: number;
  /** ONNX Runtime run time as measured inside the worker. */
  runMs: number;
  /** Trimming, fades, clamping, pauses and timestamps. */
  postMs: number;
}

/** What happened to one segment. */
export interface SegmentInfo {
  index: number;
  text: string;
  phonemes: string;
  /** Token ids sent to the model, WITHOUT the two pads. */
  tokens: number[];
  /** Voice-pack row used: `min(tokens.length, 509)`. */
  styleRow: number;
  /** First sample of this segment's audio (after its leading pause) in the whole output. */
  startSample: number;
  /** Samples of this segment's audio, not counting the pause before it. */
  sampleCount: number;
  /** Pause (exact zeros) inserted before this segment. */
  pauseSamples: number;
  boundary: 'paragraph' | 'sentence' | 'clause' | 'word' | 'end';
  /** NaN/Inf samples from the model, replaced by 0. */
  nonFiniteSamples: number;
  /** Samples outside [-1, 1], clamped. */
  clippedSamples: number;
  /** True when the audio came from the audio or primer cache (no model run). */
  cached: boolean;
  /** Session that ran it and its provider (empty when cached). */
  sessionId: string;
  provider: string;
  timing: StageTimings;
}

/** One streamed piece of audio: one segment, preceded by its pause. */
export interface AudioChunk {
  index: number;
  /** Float32 mono at 24 kHz: the pause before the segment, then the segment. */
  audio: Float32Array;
  text: string;
  phonemes: string;
  /** Sample offset of `audio[0]` in the whole output. */
  startSample: number;
  words: WordTimestamp[];
  segment: SegmentInfo;
  /** Warnings raised while producing this chunk (speed rounding, NaN/Inf, clipping...). */
  warnings: SynthesisWarning[];
}

/** Something worth knowing that did not stop synthesis (NaN in model output, dropped phoneme symbols, rounded speed). */
export interface SynthesisWarning {
  code: 'NON_FINITE_AUDIO' | 'CLIPPED_AUDIO' | 'DROPPED_SYMBOLS' | 'SPEED_ROUNDED' | 'LEXICON_UNAVAILABLE' | 'LANGUAGE_FALLBACK';
  message: string;
}

/** Whole-utterance result of `synthesize`. */
export interface SynthesisResult {
  audio: Float32Array;
  sampleRate: 24000;
  segments: SegmentInfo[];
  words: WordTimestamp[];
  warnings: SynthesisWarning[];
  /** Totals for this call: wall time and the stage sums (overhead = totalMs - timing.runMs). */
  timing: StageTimings & { totalMs: number };
}

/** Limits on input size; every one is checked before any work, with a typed error. */
export interface EngineLimits {
  /** Longest text (or phoneme string) accepted, in characters; streamed input counts cumulatively. Default 100,000. */
  maxInputChars: number;
  /** Longest token-id array accepted by `synthesizeFromTokens`. Default 100,000. */
  maxInputTokens: number;
}

/** How text is cut into model calls. */
export interface SegmentationOptions {
  /** Target token count of the first segment (short, for fast first audio). Default 24. */
  firstSegmentTokens: number;
  /** Later segments grow by this factor per batch (kept below real time on slow machines)... Default 1.5. */
  growth: number;
  /** ...up to this many tokens (at most 510, the model's limit). Default 400. */
  maxSegmentTokens: number;
  /** Segments prepared (G2P + model run) ahead of the consumer in `stream`. Default 2. */
  lookahead: number;
}

/** Bounds of the three caches; `false` disables one. */
export interface CacheOptions {
  /** G2P results by language + text. Default 512 entries. */
  phonemes: false | { maxEntries: number };
  /** Segment audio by phonemes + voice + speed + model id. Default 64 MiB. */
  audio: false | { maxBytes: number; maxEntries?: number };
  /** Whole results for short hot phrases (<= `maxChars`), pre-fillable with `engine.prime()`. Default 128 phrases of <= 64 chars, 16 MiB. */
  primer: false | { maxEntries: number; maxChars: number; maxBytes?: number };
}

/** Cumulative engine statistics (plain data). */
export interface EngineMetrics {
  requests: number;
  segments: number;
  modelRuns: number;
  audioSeconds: number;
  nonFiniteSamples: number;
  clippedSamples: number;
  /** Stage totals over all requests. */
  stages: StageTimings;
  caches: { phonemes: CacheStats; audio: CacheStats; primer: CacheStats };
  /** The optimized-graph cache outcome at load (`hit`, `created`, `off`, `failed`). */
  graphCache: { status: string; path: string; error: string | undefined };
  /** Time to create the engine, split into asset resolution and pool start. */
  startup: { assetsMs: number; graphCacheMs: number; poolMs: number; totalMs: number };
  /** The session pool's own metrics (plain data from `@kokoro-ts/sessions`). */
  pool: PoolMetrics;
}
