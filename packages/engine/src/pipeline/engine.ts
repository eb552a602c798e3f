import { homedir } from 'node:os';

import { detectHardware } from '@kokoro-ts/hardware';
import { planProviders } from '@kokoro-ts/providers';
import { createSessionPool, type SessionPool } from '@kokoro-ts/sessions';

import { nodeAssetFs } from '../assets/asset-fs';
import { defaultCacheDir } from '../assets/cache-dir';
import { resolveAssets } from '../assets/resolve';
import { concatAudio, SAMPLE_RATE } from '../audio/postprocess';
import { LruCache } from '../cache/lru';
import { engineError } from '../errors';
import { checkOnnxHeader } from '../model/onnx-check';
import { modelSpeed, readSignature, type ModelSignature } from '../model/signature';
import { VoiceStore } from '../voices/voice-store';
import type { VoiceInfo } from '../voices/voice-spec';
import { resolveEngineOptions, type EngineOptions, type ResolvedEngineOptions } from './engine-options';
import { callNormalizeOptions, normalizeKey } from './call-normalize';
import { G2PRegistry, type LanguageG2P } from './g2p-registry';
import { EngineCounters, addTimings, zeroTimings } from './metrics';
import { idSegments } from './phoneme-input';
import { startPool, type PoolStart } from './pool-start';
import type { G2PPort, PoolPort, SegmentPort } from './ports';
import { scheduleSegments, type ScheduleOptions } from './scheduler';
import { textSegments, type PreparedSegment } from './segment-source';
import type { RunContext, SegmentAudio } from './run-segment';
import type { AudioChunk, EngineLanguage, EngineMetrics, PhonemizeOptions, SynthesisOptions, SynthesisResult, SynthesisWarning } from './types';
import { languageForVoice } from './voice-lang';

/** What the engine loaded. */
export interface EngineInfo {
  modelPath: string;
  /** Identifies the model in cache keys: its SHA-256 when known, else path + size + mtime. */
  modelId: string;
  signature: ModelSignature;
  voiceSources: string[];
  cacheDir: string;
}

/** Text in, 24 kHz audio out. Create with {@link createEngine}. */
export interface Engine {
  readonly info: EngineInfo;
  /** Synthesizes the whole text. */
  synthesize(text: string, options?: SynthesisOptions): Promise<SynthesisResult>;
  /** Streams audio segment by segment; the first chunk comes after one short model run. */
  stream(text: string | AsyncIterable<string>, options?: SynthesisOptions): AsyncIterable<AudioChunk>;
  /** Synthesizes a misaki phoneme string (skips G2P; unknown symbols are dropped and reported as a warning). */
  synthesizeFromPhonemes(phonemes: string, options?: SynthesisOptions): Promise<SynthesisResult>;
  /** Synthesizes token ids (1..177, WITHOUT pads); long inputs are split at spaces, never truncated. */
  synthesizeFromTokens(ids: readonly number[], options?: SynthesisOptions): Promise<SynthesisResult>;
  /** Phonemes and token ids for `text` (no synthesis). */
  phonemize(text: string, options?: PhonemizeOptions): Promise<{ phonemes: string; tokens: number[] }>;
  /** Voices available (files found plus registered ones). */
  voices(): VoiceInfo[];
  /** Adds a custom voice from a float32 [510, 1, 256] pack. */
  registerVoice(id: string, pack: Float32Array): void;
  /** Fills the primer cache with short phrases (a no-op when that cache is off). */
  prime(phrases: readonly string[], options?: Omit<SynthesisOptions, 'signal'>): Promise<void>;
  /** Warnings from startup (e.g. lexicons unavailable). */
  readonly startupWarnings: readonly SynthesisWarning[];
  metrics(): EngineMetrics;
  /** Stops the session pool; the engine rejects further calls with `KOKORO_ENGINE_DISPOSED`. */
  dispose(): Promise<void>;
}

interface PrimerEntry { chunks: AudioChunk[]; bytes: number }

interface CallContext {
  run: RunContext;
  sched: ScheduleOptions;
  abort: AbortController;
  release: () => void;
  lang: EngineLanguage;
  /** Canonical per-call normalization (`''` = the engine's own). */
  normalizeKey: string;
  normalize: SynthesisOptions['normalize'];
  warnings: SynthesisWarning[];
  styleMs: number;
  primerKey: string;
}

class KokoroEngine implements Engine {
  readonly info: EngineInfo;
  readonly startupWarnings: SynthesisWarning[];
  readonly #o: ResolvedEngineOptions;
  readonly #pool: SessionPool;
  readonly #voices: VoiceStore;
  readonly #g2p: G2PRegistry;
  readonly #clock: () => number;
  readonly #onWarning: (w: SynthesisWarning) => void;
  readonly #phonemeCache: LruCache<SegmentPort[]>;
  readonly #audioCache: LruCache<SegmentAudio>;
  readonly #primer: LruCache<PrimerEntry>;
  readonly #counters = new EngineCounters();
  readonly #start: PoolStart;
  #disposed = false;

  constructor(init: { info: EngineInfo; o: ResolvedEngineOptions; start: PoolStart; voices: VoiceStore; g2p: G2PRegistry; clock: () => number; onWarning: (w: SynthesisWarning) => void; warnings: SynthesisWarning[] }) {
    this.info = init.info;
    this.#o = init.o;
    this.#start = init.start;
    this.#pool = init.start.pool;
    this.#voices = init.voices;
    this.#g2p = init.g2p;
    this.#clock = init.clock;
    this.#onWarning = init.onWarning;
    this.startupWarnings = init.warnings;
    const c = init.o.caches;
    this.#phonemeCache = new LruCache(c.phonemes === false ? { enabled: false, maxEntries: 0, maxBytes: 0 } : { enabled: true, maxEntries: c.phonemes.maxEntries, maxBytes: Number.MAX_SAFE_INTEGER }, () => 1);
    this.#audioCache = new LruCache(c.audio === false ? { enabled: false, maxEntries: 0, maxBytes: 0 } : { enabled: true, maxEntries: c.audio.maxEntries ?? 100_000, maxBytes: c.audio.maxBytes }, (v) => v.audio.byteLength + (v.durations?.byteLength ?? 0));
    this.#primer = new LruCache(c.primer === false ? { enabled: false, maxEntries: 0, maxBytes: 0 } : { enabled: true, maxEntries: c.primer.maxEntries, maxBytes: c.primer.maxBytes ?? 16 * 1024 * 1024 }, (v) => v.bytes);
  }

  #check(): void {
    if (this.#disposed) throw engineError('KOKORO_ENGINE_DISPOSED', 'This engine was disposed; create a new one with createEngine().');
  }

  async #call(o: SynthesisOptions = {}): Promise<CallContext> {
    this.#check();
    if (typeof o !== 'object' || o === null) throw engineError('KOKORO_ENGINE_BAD_OPTIONS', 'Synthesis options must be an object.');
    const warnings: SynthesisWarning[] = [];
    const warn = (w: SynthesisWarning) => { warnings.push(w); this.#onWarning(w); };
    const speedIn = o.speed ?? 1;
    const mSpeed = modelSpeed(speedIn, this.info.signature, this.#o.speedPolicy, (from, to) => warn({ code: 'SPEED_ROUNDED', message: `Speed ${from} was rounded to ${to}: this model's speed input is int32.` }));
    const voiceSpec = o.voice ?? this.#o.defaultVoice;
    const t0 = this.#clock();
    const voice = await this.#voices.resolve(voiceSpec);
    const styleMs = this.#clock() - t0;
    if (o.lang !== undefined && o.lang !== 'en-us' && o.lang !== 'en-gb') throw engineError('KOKORO_ENGINE_BAD_OPTIONS', `lang must be 'en-us' or 'en-gb'; got ${String(o.lang)}.`);
    const nKey = normalizeKey(o.normalize);
    const voiceLang = languageForVoice(voiceSpec);
    const lang = o.lang ?? voiceLang ?? this.#o.lang;
    if (o.lang === undefined && voiceLang === undefined && /^[ehfijpz][fm]_/.test(voiceSpec.trim())) {
      warn({ code: 'LANGUAGE_FALLBACK', message: `Voice ${voiceSpec} is not an English voice, but G2P speaks only English: the text is read as ${lang}.` });
    }
    const abort = new AbortController();
    const user = o.signal;
    if (user?.aborted === true) throw engineError('KOKORO_ENGINE_ABORTED', 'Synthesis was aborted before it started.', { reason: String(user.reason) });
    const onAbort = () => abort.abort(user?.reason);
    user?.addEventListener('abort', onAbort, { once: true });
    const release = () => user?.removeEventListener('abort', onAbort);
    const run = { pool: this.#pool as unknown as PoolPort, sig: this.info.signature, pack: voice.pack, voiceKey: voice.key, speed: speedIn, modelSpeed: mSpeed, modelId: this.info.modelId, audio: this.#o.audio, audioCache: this.#audioCache, clock: this.#clock, signal: abort.signal };
    const sched = { lookahead: this.#o.segmentation.lookahead, timestamps: o.timestamps ?? true, audio: this.#o.audio, clock: this.#clock, onWarning: warn };
    return { run, sched, abort, release, lang, normalizeKey: nKey, normalize: o.normalize, warnings, styleMs, primerKey: `${voice.key}|${mSpeed}|${speedIn}|${lang}|${nKey}|${sched.timestamps}` };
  }

  async *#chunks(source: (call: CallContext) => AsyncIterable<PreparedSegment>, o: SynthesisOptions | undefined, primerText?: string): AsyncGenerator<AudioChunk> {
    const call = await this.#call(o);
    this.#counters.requests++;
    try {
      const pKey = primerText !== undefined && this.#o.caches.primer !== false && primerText.length <= this.#o.caches.primer.maxChars ? `${call.primerKey}|${primerText}` : undefined;
      const primed = pKey === undefined ? undefined : this.#primer.get(pKey);
      if (primed !== undefined) {
        for (const c of primed.chunks) {
          const copy = { ...c, audio: c.audio.slice(), segment: { ...c.segment, cached: true } };
          this.#counters.chunk(copy);
          yield copy;
        }
        return;
      }
      const kept: AudioChunk[] = [];
      let first = true;
      let reported = 0;
      for await (const chunk of scheduleSegments(source(call), call.run, call.sched, call.abort)) {
        chunk.warnings = call.warnings.slice(reported);
        reported = call.warnings.length;
        if (first) { chunk.segment.timing.styleMs += call.styleMs; first = false; }
        this.#counters.chunk(chunk);
        if (pKey !== undefined) kept.push(chunk);
        yield chunk;
      }
      if (pKey !== undefined) this.#primer.set(pKey, { chunks: kept.map((c) => ({ ...c, audio: c.audio.slice() })), bytes: kept.reduce((n, c) => n + c.audio.byteLength, 0) });
    } finally {
      call.release();
    }
  }

  stream(text: string | AsyncIterable<string>, o?: SynthesisOptions): AsyncIterable<AudioChunk> {
    return this.#validatedStream(text, o);
  }

  /** Validation errors surface from the first `next()`, like every other stream error. */
  async *#validatedStream(text: string | AsyncIterable<string>, o?: SynthesisOptions): AsyncGenerator<AudioChunk> {
    if (typeof text === 'string') this.#checkText(text);
    else if (text === null || typeof text !== 'object' || !(Symbol.asyncIterator in text)) throw engineError('KOKORO_ENGINE_BAD_OPTIONS', 'stream() takes a string or an AsyncIterable<string>.');
    yield* this.#chunks((call) => this.#textSource(text, call, call.run.signal), o, typeof text === 'string' ? text : undefined);
  }

  #checkText(text: unknown): asserts text is string {
    this.#check();
    if (typeof text !== 'string') throw engineError('KOKORO_ENGINE_BAD_OPTIONS', `Text must be a string; got ${typeof text}.`);
    if (text.trim() === '') throw engineError('KOKORO_ENGINE_EMPTY_INPUT', 'Nothing to synthesize: the text is empty.');
    if (text.length > this.#o.limits.maxInputChars) {
      throw engineError('KOKORO_ENGINE_INPUT_TOO_LONG', `Text is ${text.length} characters; limits.maxInputChars is ${this.#o.limits.maxInputChars}. Split it or raise the limit.`, { chars: text.length, maxInputChars: this.#o.limits.maxInputChars });
    }
  }

  /** The G2P for a language and a call's normalization, and the cache namespace of its results. */
  async #g2pFor(lang: EngineLanguage, key: string, value: SynthesisOptions['normalize']): Promise<{ g: LanguageG2P; g2p: G2PPort; cacheLang: string }> {
    const g = await this.#g2p.get(lang, key, key === '' ? undefined : callNormalizeOptions(value, this.#g2p.normalize));
    return { g, g2p: g.g2p, cacheLang: key === '' ? lang : `${lang}|normalize:${key}` };
  }

  async *#textSource(text: string | AsyncIterable<string>, call: CallContext, signal: AbortSignal): AsyncGenerator<PreparedSegment> {
    const { g, g2p, cacheLang } = await this.#g2pFor(call.lang, call.normalizeKey, call.normalize);
    yield* textSegments(text, { g2p, lang: cacheLang, splitter: g.splitter, spaceId: g.spaceId, seg: this.#o.segmentation, limits: this.#o.limits, phonemeCache: this.#phonemeCache, clock: this.#clock, signal });
  }

  async synthesize(text: string, o?: SynthesisOptions): Promise<SynthesisResult> {
    this.#checkText(text);
    return this.#collect(this.stream(text, o));
  }

  async #collect(chunks: AsyncIterable<AudioChunk>, extraWarnings: SynthesisWarning[] = []): Promise<SynthesisResult> {
    const t0 = this.#clock();
    const parts: AudioChunk[] = [];
    for await (const c of chunks) parts.push(c);
    const timing = zeroTimings();
    for (const c of parts) addTimings(timing, c.segment.timing);
    const warnings = [...extraWarnings, ...parts.flatMap((c) => c.warnings)];
    return {
      audio: concatAudio(parts.map((c) => c.audio)),
      sampleRate: SAMPLE_RATE,
      segments: parts.map((c) => c.segment),
      words: parts.flatMap((c) => c.words),
      warnings,
      timing: { ...timing, totalMs: this.#clock() - t0 },
    };
  }

  async synthesizeFromPhonemes(phonemes: string, o?: SynthesisOptions): Promise<SynthesisResult> {
    this.#checkText(phonemes);
    const g = await this.#g2p.get(this.#o.lang);
    const t0 = this.#clock();
    const { ids, dropped } = g.tokenize(phonemes);
    const tokenizeMs = this.#clock() - t0;
    const warnings: SynthesisWarning[] = [];
    if (dropped > 0) {
      const w: SynthesisWarning = { code: 'DROPPED_SYMBOLS', message: `${dropped} phoneme symbol(s) are not in Kokoro's vocabulary and were dropped.` };
      warnings.push(w);
      this.#onWarning(w);
    }
    if (ids.length === 0) throw engineError('KOKORO_ENGINE_EMPTY_INPUT', 'Nothing to synthesize: no symbol of the phoneme string is in the vocabulary.');
    const segs = idSegments(ids, g.spaceId, g.symbolOf, tokenizeMs);
    return this.#collect(this.#chunks(() => fromArray(segs), o), warnings);
  }

  async synthesizeFromTokens(ids: readonly number[], o?: SynthesisOptions): Promise<SynthesisResult> {
    this.#check();
    if (!Array.isArray(ids)) throw engineError('KOKORO_ENGINE_BAD_OPTIONS', 'synthesizeFromTokens takes an array of token ids.');
    if (ids.length === 0) throw engineError('KOKORO_ENGINE_EMPTY_INPUT', 'Nothing to synthesize: the token array is empty.');
    if (ids.length > this.#o.limits.maxInputTokens) throw engineError('KOKORO_ENGINE_INPUT_TOO_LONG', `${ids.length} token ids; limits.maxInputTokens is ${this.#o.limits.maxInputTokens}.`, { tokens: ids.length });
    const g = await this.#g2p.get(this.#o.lang);
    ids.forEach((id, i) => {
      if (!Number.isInteger(id) || id < 1 || id > g.maxId) throw engineError('KOKORO_ENGINE_BAD_TOKEN', `Token ${i} is ${String(id)}; ids must be integers 1..${g.maxId} (0 is the pad, added by the engine).`, { index: i, id });
    });
    return this.#collect(this.#chunks(() => fromArray(idSegments(ids, g.spaceId, g.symbolOf, 0)), o));
  }

  async phonemize(text: string, o?: PhonemizeOptions): Promise<{ phonemes: string; tokens: number[] }> {
    this.#checkText(text);
    if (o !== undefined && (typeof o !== 'object' || o === null)) throw engineError('KOKORO_ENGINE_BAD_OPTIONS', 'Phonemize options must be an object.');
    const lang = o?.lang ?? this.#o.lang;
    if (lang !== 'en-us' && lang !== 'en-gb') throw engineError('KOKORO_ENGINE_BAD_OPTIONS', `lang must be 'en-us' or 'en-gb'; got ${String(lang)}.`);
    const key = normalizeKey(o?.normalize);
    const { g, g2p } = await this.#g2pFor(lang, key, o?.normalize);
    const { phonemes } = g2p.phonemize(text);
    return { phonemes, tokens: g.tokenize(phonemes).ids };
  }

  voices(): VoiceInfo[] {
    return this.#voices.list();
  }

  registerVoice(id: string, pack: Float32Array): void {
    this.#check();
    this.#voices.register(id, pack);
  }

  async prime(phrases: readonly string[], o?: Omit<SynthesisOptions, 'signal'>): Promise<void> {
    if (this.#o.caches.primer === false) return;
    for (const p of phrases) {
      for await (const _ of this.stream(p, o)) { /* filling the primer cache is the point */ }
    }
  }

  metrics(): EngineMetrics {
    const c = this.#counters;
    return {
      requests: c.requests,
      segments: c.segments,
      modelRuns: c.modelRuns,
      audioSeconds: c.samples / SAMPLE_RATE,
      nonFiniteSamples: c.nonFiniteSamples,
      clippedSamples: c.clippedSamples,
      stages: { ...c.stages },
      caches: { phonemes: this.#phonemeCache.stats(), audio: this.#audioCache.stats(), primer: this.#primer.stats() },
      graphCache: { status: this.#start.graph.status, path: this.#start.graph.path, error: this.#start.graph.error },
      startup: { ...this.#start.startup },
      pool: this.#pool.metrics(),
    };
  }

  async dispose(): Promise<void> {
    if (this.#disposed) return;
    this.#disposed = true;
    await this.#pool.dispose();
  }
}

function fromArray<T>(items: readonly T[]): AsyncIterable<T> {
  return { [Symbol.asyncIterator]: () => { let i = 0; return { next: () => Promise.resolve(i < items.length ? { done: false, value: items[i++] as T } : { done: true, value: undefined }) }; } };
}

/**
 * Creates an engine: finds (or downloads) the model and voices, checks the model file,
 * starts the session pool (reusing a cached optimized graph), reads the model's signature
 * and prepares G2P for the default language.
 */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const o = resolveEngineOptions(options);
  const fs = options.fs ?? nodeAssetFs;
  const clock = options.clock ?? (() => performance.now());
  const cacheDir = options.cacheDir ?? defaultCacheDir(process.platform, {}, homedir());
  const warnings: SynthesisWarning[] = [];
  const onWarning = (w: SynthesisWarning) => { options.onWarning?.(w); };
  const t0 = clock();
  const plan = options.plan === false ? undefined : options.plan ?? planProviders(await detectHardware(), options.providerConfig ?? {});
  const model = options.model ?? (plan !== undefined ? { variant: plan.modelVariant } : undefined);
  const assets = await resolveAssets({ model, voices: options.voices, cacheDir, download: options.download, fs });
  for await (const head of fs.readChunks(assets.modelPath)) { checkOnnxHeader(head.subarray(0, 64), assets.modelPath); break; }
  const voices = await VoiceStore.open(assets.voiceSources, { fs });
  const assetsMs = clock() - t0;
  const start = await startPool({ modelPath: assets.modelPath, cacheDir, fs, clock, plan, pool: options.pool, graphCache: options.graphCache ?? true, createPool: createSessionPool });
  start.startup.assetsMs = assetsMs;
  start.startup.totalMs = clock() - t0;
  let signature: ModelSignature;
  try { signature = readSignature(start.pool.metadata, assets.modelPath); } catch (err) { await start.pool.dispose(); throw err; }
  const g2p = new G2PRegistry({ g2pOptions: { kokoroV1Symbols: true, ...options.g2p }, lexicons: options.lexicons ?? true, cacheDir, download: options.download, fs, warn: (w) => { warnings.push(w); onWarning(w); } });
  try { await g2p.get(o.lang); } catch (err) { await start.pool.dispose(); throw err; }
  return new KokoroEngine({
    info: { modelPath: assets.modelPath, modelId: start.modelId, signature, voiceSources: assets.voiceSources, cacheDir },
    o, start, voices, g2p, clock, onWarning, warnings,
  });
}
