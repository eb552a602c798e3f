import type { AudioChunk, StageTimings } from './types';

/** @internal Zeroed stage timings. */
export function zeroTimings(): StageTimings {
  return { g2pMs: 0, tokenizeMs: 0, styleMs: 0, queueWaitMs: 0, runMs: 0, postMs: 0 };
}

/** @internal Adds `b` into `a`. */
export function addTimings(a: StageTimings, b: StageTimings): void {
  a.g2pMs += b.g2pMs;
  a.tokenizeMs += b.tokenizeMs;
  a.styleMs += b.styleMs;
  a.queueWaitMs += b.queueWaitMs;
  a.runMs += b.runMs;
  a.postMs += b.postMs;
}

/** @internal Cumulative counters behind `engine.metrics()`. */
export class EngineCounters {
  requests = 0;
  segments = 0;
  modelRuns = 0;
  samples = 0;
  nonFiniteSamples = 0;
  clippedSamples = 0;
  readonly stages: StageTimings = zeroTimings();

  chunk(c: AudioChunk): void {
    this.segments++;
    if (!c.segment.cached) this.modelRuns++;
    this.samples += c.audio.length;
    this.nonFiniteSamples += c.segment.nonFiniteSamples;
    this.clippedSamples += c.segment.clippedSamples;
    addTimings(this.stages, c.segment.timing);
  }
}
