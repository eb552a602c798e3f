import type { G2POptions } from '@kokoro-ts/g2p';
import type { ProviderConfig, ProviderPlan } from '@kokoro-ts/providers';
import type { SessionPoolOptions } from '@kokoro-ts/sessions';

import { DEFAULT_AUDIO_OPTIONS, type AudioOptions, type PauseOptions } from '../audio/postprocess';
import type { AssetFs } from '../assets/asset-fs';
import type { DownloadSettings } from '../assets/resolve';
import type { ModelVariant } from '../assets/sources';
import { engineError } from '../errors';
import type { GraphOptimizer } from '../model/graph-cache';
import type { SpeedPolicy } from '../model/signature';
import type { CacheOptions, EngineLanguage, EngineLimits, SegmentationOptions, SynthesisWarning } from './types';

/** Options of `createEngine`. Every field is optional; defaults are listed per field. */
export interface EngineOptions {
  /** Model file path, or a variant to find in / download into `cacheDir`. Default `{ variant: 'fp32' }`. */
  model?: string | { variant: ModelVariant };
  /** Voices: a directory of NAME.bin, an .npz (`voices-v1.0.bin`), single .bin files, or a list of those. Default: the cache. */
  voices?: string | readonly string[];
  /** Where downloads, lexicons, hashes and optimized graphs live. Default: `defaultCacheDir(...)` for this platform. */
  cacheDir?: string;
  /** Download what is missing (default true). `false`: offline, fail with instructions. An object sets fetch/progress/signal. */
  download?: boolean | DownloadSettings;
  /**
   * Provider plan from `@kokoro-ts/providers`. Default: `planProviders(await detectHardware(), providerConfig)`
   * for this machine (its `modelVariant` is also the default model variant). `false`: no plan,
   * the session pool's own defaults (CPU).
   */
  plan?: ProviderPlan | false;
  /** Provider configuration used when the plan is computed here (see `providerConfigFromEnv`). Default `{}`. */
  providerConfig?: ProviderConfig;
  /** Extra session-pool options (sessions, queue, recycle, runTimeoutMs, ...), passed to `createSessionPool`. */
  pool?: Partial<Omit<SessionPoolOptions, 'model' | 'plan'>>;
  /**
   * Options for `createG2P` (normalisation, extra lexicons, espeak). The engine defaults `kokoroV1Symbols` to `true`:
   * flaps go to the model as `T` and glottal stops as `t`, as Kokoro's reference pipeline feeds them (the model never
   * saw ɾ in English); `{ kokoroV1Symbols: false }` sends misaki's lexicon symbols unchanged.
   */
  g2p?: Omit<G2POptions, 'lang' | 'lexicons'>;
  /** misaki gold/silver lexicons for G2P: fetched into the cache when downloads are on (default true). `{ commit }` pins another commit. */
  lexicons?: boolean | { commit?: string };
  /** Default language when neither the call nor the voice says. Default `en-us`. */
  lang?: EngineLanguage;
  /** Voice used when a call names none. Default `af_heart`. */
  defaultVoice?: string;
  /** Int32-speed models: `reject` fractional speeds (default) or `round` them (with a warning). */
  speedPolicy?: SpeedPolicy;
  /** Input limits. */
  limits?: Partial<EngineLimits>;
  /** Segment sizes and streaming lookahead. */
  segmentation?: Partial<SegmentationOptions>;
  /** Trimming, fades and pauses. */
  audio?: Partial<Omit<AudioOptions, 'pauses'>> & { pauses?: Partial<PauseOptions> };
  /** Caches; `false` turns all three off (benchmarks do). */
  caches?: false | Partial<CacheOptions>;
  /** Reuse an ONNX Runtime-optimized copy of the graph from `cacheDir/optimized` (created on first load). Default true. */
  graphCache?: boolean | { optimize?: GraphOptimizer };
  /** Called for every warning (also returned in results). */
  onWarning?: (w: SynthesisWarning) => void;
  /** File system (default `node:fs`). */
  fs?: AssetFs;
  /** Monotonic clock in ms (default `performance.now`). */
  clock?: () => number;
}

/** @internal Options after defaults, validated and frozen. */
export interface ResolvedEngineOptions {
  lang: EngineLanguage;
  defaultVoice: string;
  speedPolicy: SpeedPolicy;
  limits: EngineLimits;
  segmentation: SegmentationOptions;
  audio: AudioOptions;
  caches: CacheOptions;
}

/** Defaults of the engine's tunables. */
export const ENGINE_DEFAULTS: Readonly<ResolvedEngineOptions> = Object.freeze({
  lang: 'en-us',
  defaultVoice: 'af_heart',
  speedPolicy: 'reject',
  limits: Object.freeze({ maxInputChars: 100_000, maxInputTokens: 100_000 }),
  segmentation: Object.freeze({ firstSegmentTokens: 24, growth: 1.5, maxSegmentTokens: 400, lookahead: 2 }),
  audio: DEFAULT_AUDIO_OPTIONS,
  caches: Object.freeze({ phonemes: { maxEntries: 512 }, audio: { maxBytes: 64 * 1024 * 1024 }, primer: { maxEntries: 128, maxChars: 64 } }),
});

function positive(name: string, v: number, opts: { integer?: boolean; min?: number; max?: number } = {}): number {
  const min = opts.min ?? 0;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || (opts.max !== undefined && v > opts.max) || (opts.integer === true && !Number.isInteger(v))) {
    throw engineError('KOKORO_ENGINE_BAD_OPTIONS', `Option ${name} must be ${opts.integer === true ? 'an integer' : 'a number'} >= ${min}${opts.max !== undefined ? ` and <= ${opts.max}` : ''}; got ${String(v)}.`, { option: name, value: v });
  }
  return v;
}

/** @internal Applies defaults and validates once, at construction. */
export function resolveEngineOptions(o: EngineOptions): ResolvedEngineOptions {
  const d = ENGINE_DEFAULTS;
  const limits = { ...d.limits, ...o.limits };
  positive('limits.maxInputChars', limits.maxInputChars, { integer: true, min: 1 });
  positive('limits.maxInputTokens', limits.maxInputTokens, { integer: true, min: 1 });
  const segmentation = { ...d.segmentation, ...o.segmentation };
  positive('segmentation.firstSegmentTokens', segmentation.firstSegmentTokens, { integer: true, min: 1, max: 510 });
  positive('segmentation.maxSegmentTokens', segmentation.maxSegmentTokens, { integer: true, min: 1, max: 510 });
  positive('segmentation.growth', segmentation.growth, { min: 1 });
  positive('segmentation.lookahead', segmentation.lookahead, { integer: true, min: 1, max: 64 });
  const audio: AudioOptions = { ...d.audio, ...o.audio, pauses: { ...d.audio.pauses, ...o.audio?.pauses } };
  for (const k of ['silenceThreshold', 'keepLeadingMs', 'keepTrailingMs', 'fadeMs'] as const) positive(`audio.${k}`, audio[k]);
  for (const [k, v] of Object.entries(audio.pauses) as [string, number][]) positive(`audio.pauses.${k}`, v);
  const c = o.caches;
  const caches: CacheOptions = c === false
    ? { phonemes: false, audio: false, primer: false }
    : { ...d.caches, ...c };
  if (o.speedPolicy !== undefined && o.speedPolicy !== 'reject' && o.speedPolicy !== 'round') {
    throw engineError('KOKORO_ENGINE_BAD_OPTIONS', `Option speedPolicy must be 'reject' or 'round'; got ${String(o.speedPolicy)}.`);
  }
  if (o.lang !== undefined && o.lang !== 'en-us' && o.lang !== 'en-gb') {
    throw engineError('KOKORO_ENGINE_BAD_OPTIONS', `Option lang must be 'en-us' or 'en-gb'; got ${String(o.lang)}.`);
  }
  return Object.freeze({ lang: o.lang ?? d.lang, defaultVoice: o.defaultVoice ?? d.defaultVoice, speedPolicy: o.speedPolicy ?? d.speedPolicy, limits, segmentation, audio, caches });
}

/**
 * Engine options from environment variables, for the server and CLI (libraries never read
 * `process.env` themselves): KOKORO_MODEL_PATH, KOKORO_MODEL_VARIANT, KOKORO_VOICES_PATH,
 * KOKORO_CACHE_DIR, KOKORO_OFFLINE=1 (no downloads), KOKORO_DEFAULT_VOICE, KOKORO_CACHES=0,
 * KOKORO_GRAPH_CACHE=0, KOKORO_MAX_INPUT_CHARS.
 */
export function engineOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): EngineOptions {
  const o: EngineOptions = {};
  const set = (v: string | undefined) => v !== undefined && v !== '';
  const modelPath = env.KOKORO_MODEL_PATH;
  const variant = env.KOKORO_MODEL_VARIANT;
  if (set(modelPath)) o.model = modelPath;
  else if (set(variant)) o.model = { variant: variant as ModelVariant };
  if (set(env.KOKORO_VOICES_PATH)) o.voices = env.KOKORO_VOICES_PATH;
  if (set(env.KOKORO_CACHE_DIR)) o.cacheDir = env.KOKORO_CACHE_DIR;
  if (env.KOKORO_OFFLINE === '1' || env.KOKORO_OFFLINE === 'true') o.download = false;
  if (set(env.KOKORO_DEFAULT_VOICE)) o.defaultVoice = env.KOKORO_DEFAULT_VOICE;
  if (env.KOKORO_CACHES === '0' || env.KOKORO_CACHES === 'false') o.caches = false;
  if (env.KOKORO_GRAPH_CACHE === '0' || env.KOKORO_GRAPH_CACHE === 'false') o.graphCache = false;
  if (set(env.KOKORO_MAX_INPUT_CHARS)) o.limits = { maxInputChars: Number(env.KOKORO_MAX_INPUT_CHARS) };
  return o;
}
