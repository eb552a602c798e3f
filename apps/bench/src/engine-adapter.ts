/**
 * Adapts `@kokoro-ts/engine` to the suites' {@link BenchEngine}: caches off, no downloads,
 * the configuration's pool layout, and timings taken around the public API only.
 */
import { createEngine, type EngineOptions } from '@kokoro-ts/engine';
import { performance } from 'node:perf_hooks';
import type { BenchEngine, StageSample } from './suites/bench-engine';

/** What a benchmark engine is built from. */
export interface BenchEngineSpec {
  modelPath: string;
  voices: string;
  voice: string;
  sessions: number;
  threadsPerSession: number;
  /** Directory for the optimized-graph cache; null turns the graph cache off. */
  graphCacheDir: string | null;
  /** Extra engine options (tests). */
  extra?: Partial<EngineOptions>;
}

/** Engine options used by every suite: every cache off, offline, the spec's pool. */
export function benchEngineOptions(spec: BenchEngineSpec): EngineOptions {
  return {
    model: spec.modelPath,
    voices: spec.voices,
    download: false,
    lexicons: false,
    caches: false,
    graphCache: spec.graphCacheDir !== null,
    ...(spec.graphCacheDir !== null ? { cacheDir: spec.graphCacheDir } : {}),
    defaultVoice: spec.voice,
    pool: { sessions: spec.sessions, threadsPerSession: spec.threadsPerSession, threadBudget: spec.sessions * spec.threadsPerSession },
    ...spec.extra,
  };
}

/** Creates an engine and wraps it for the suites. */
export async function createBenchEngine(spec: BenchEngineSpec): Promise<BenchEngine> {
  const engine = await createEngine(benchEngineOptions(spec));
  let stages: StageSample | null = null;
  const opts = { voice: spec.voice, timestamps: false };
  return {
    async synthesize(text) {
      const r = await engine.synthesize(text, opts);
      const t = r.timing;
      // Queue wait overlaps the runs of earlier segments (they are queued ahead), so it is shown
      // but not subtracted; "outside ORT" is the engine's wall time not spent in run().
      stages = {
        'g2p (normalize, phonemize, split)': t.g2pMs,
        tokenize: t.tokenizeMs,
        'style lookup': t.styleMs,
        'queue wait (overlaps runs)': t.queueWaitMs,
        'ORT run (in worker)': t.runMs,
        'post-process': t.postMs,
        'outside ORT (total - run)': t.totalMs - t.runMs,
        'engine total (own clock)': t.totalMs,
      };
      return { audio: r.audio, segmentIds: r.segments.map((s) => [...s.tokens]), speed: 1 };
    },
    async stream(text) {
      const t0 = performance.now();
      let ttfaMs: number | null = null;
      let firstSegmentIds: number[] = [];
      let samples = 0;
      let firstChunkStages: StageSample | null = null;
      for await (const chunk of engine.stream(text, opts)) {
        if (ttfaMs === null && chunk.audio.length > 0) {
          ttfaMs = performance.now() - t0;
          firstSegmentIds = [...chunk.segment.tokens];
          const t = chunk.segment.timing;
          firstChunkStages = { g2p: t.g2pMs, tokenize: t.tokenizeMs, 'style lookup': t.styleMs, 'queue wait': t.queueWaitMs, 'ORT run (in worker)': t.runMs, 'post-process': t.postMs };
        }
        samples += chunk.audio.length;
      }
      return { ttfaMs: ttfaMs ?? Number.NaN, totalMs: performance.now() - t0, firstSegmentIds, samples, firstChunkStages };
    },
    lastStages: () => stages,
    dispose: () => engine.dispose(),
  };
}
