/**
 * The narrow view of an engine the suites measure. The CLI adapts `@kokoro-ts/engine` to it
 * (see `engine-adapter.ts`); tests can drive the suites with a stand-in.
 */

/** One engine synthesis, as the suites need it. */
export interface EngineSynthesis {
  audio: Float32Array;
  /** Token ids (without pads) of each segment the engine ran, in order. */
  segmentIds: number[][];
  /** Speed fed to the model. */
  speed: number;
}

/** One engine stream, timed. */
export interface EngineStreamTiming {
  /** Call -> first chunk carrying audio samples. */
  ttfaMs: number;
  /** Call -> stream exhausted. */
  totalMs: number;
  /** Token ids of the first streamed segment (what the raw first-segment run must use). */
  firstSegmentIds: number[];
  samples: number;
  /** The first chunk's stage times by the engine's clock (what time to first audio is made of). */
  firstChunkStages: StageSample | null;
}

/** Per-stage times of one synthesis, ms, keyed by stage name. */
export type StageSample = Record<string, number>;

/** What the suites call. */
export interface BenchEngine {
  synthesize(text: string): Promise<EngineSynthesis>;
  stream(text: string): Promise<EngineStreamTiming>;
  /** Stage times of the most recent synthesis, if the engine reports them. */
  lastStages(): StageSample | null;
  dispose(): Promise<void>;
}
