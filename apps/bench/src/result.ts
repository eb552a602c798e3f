/**
 * The benchmark's result document (JSON), version 1. Every field is plain data so a
 * result can be written, read back, diffed and validated against {@link RESULT_SCHEMA}.
 * Times are milliseconds, sizes bytes, audio durations seconds unless a name says otherwise.
 */
import type { Distribution } from './stats';

/** Version of the result document; bumped on any incompatible change. */
export const SCHEMA_VERSION = 1 as const;

/** Names of the suites the CLI can run, in the order they run. */
export const SUITE_NAMES = ['raw', 'engine', 'server', 'coldStart', 'memory', 'g2p', 'encoders', 'pool'] as const;
/** One suite name. */
export type SuiteName = (typeof SUITE_NAMES)[number];

/** Where and on what the benchmark ran. */
export interface EnvironmentInfo {
  node: string;
  platform: string;
  arch: string;
  cpuModel: string;
  logicalCores: number;
  /** Cores this process may use (cgroup quota aware), from `@kokoro-ts/hardware` when available. */
  effectiveCores: number | null;
  totalMemoryBytes: number;
  onnxruntimeVersion: string;
  /** 1-minute load average at the start and the end of the run (0 where the OS has none): a busy machine means noisy numbers. */
  loadAverage: { start: number; end: number };
}

/** The model measured. */
export interface ModelInfo {
  /** `synthetic`: the testkit's Kokoro-contract model with a cost profile; `file`: a real ONNX file. */
  source: 'synthetic' | 'file';
  path: string;
  voices: string;
  bytes: number;
  /** The synthetic model's cost profile, null for a real model. */
  cost: { perCall: number; perToken: number; perFrame: number } | null;
}

/** Pool layout and threading of one configuration. */
export interface ConfigSettings {
  sessions: number;
  threadsPerSession: number;
}

/** Raw onnxruntime-node `run()` on the engine's own segments: the floor. */
export interface RawResult {
  /** Token count (without pads) and audio length of each segment, in order. */
  segments: { tokens: number; audioSeconds: number }[];
  audioSeconds: number;
  /** `session.run()` of the first segment, timed inside the worker. */
  firstSegmentMs: Distribution;
  /** Sum of `session.run()` over all segments of one text, timed inside the worker. */
  totalMs: Distribution;
  /** Same as totalMs but timed from the main thread, including message passing to the worker. */
  roundTripMs: Distribution;
  /** totalMs p50 / audio duration. */
  rtf: number;
  threads: { intraOp: number; interOp: number };
}

/** One engine stage's time per synthesis. */
export interface StageTiming {
  stage: string;
  ms: Distribution;
}

/** The engine: time to first audio, total, real-time factor, overhead over raw ORT. */
export interface EngineResult {
  segments: number;
  audioSeconds: number;
  /** `engine.stream()` call -> first chunk with audio samples. */
  ttfaMs: Distribution;
  /** `engine.synthesize()` call -> resolved. */
  totalMs: Distribution;
  /** totalMs p50 / audio duration. */
  rtf: number;
  /** totalMs p50 - raw totalMs p50 (null if the raw suite did not run). */
  overheadMs: number | null;
  /** overheadMs / raw totalMs p50 * 100. */
  overheadPct: number | null;
  /**
   * 95% confidence interval of overheadPct (distribution-free, from the order statistics of the
   * paired differences); null with fewer than 6 pairs.
   */
  overheadPctCi95: [number, number] | null;
  /** Streaming TTFA p50 / raw first-segment p50. */
  ttfaOverRawFirst: number | null;
  /** Per-stage breakdown of synthesize() by the engine's own stage clock (empty if it reports none). */
  stages: StageTiming[];
  /** Stage breakdown of the first streamed chunk: what time to first audio is made of. */
  ttfaStages: StageTiming[];
}

/** One response format's first-byte latency over HTTP. */
export interface ServerFormatResult {
  format: string;
  /** Request sent -> first body byte after the response header. */
  firstByteMs: Distribution;
  /** Request sent -> last body byte. */
  totalMs: Distribution;
  bytes: number;
}

/** One concurrency level of streaming clients. */
export interface ServerLoadResult {
  clients: number;
  requests: number;
  ok: number;
  /** Non-2xx other than 429, plus network errors and truncated bodies. */
  errors: number;
  rejected429: number;
  /** Seconds of audio delivered per wall-clock second. */
  throughputRealTime: number;
  latencyMs: Distribution | null;
  firstByteMs: Distribution | null;
  /** Session-pool queue wait as reported by the server's metrics, if exposed. */
  queueWaitMs: Distribution | null;
}

/** The HTTP server on 127.0.0.1. */
export interface ServerResult {
  formats: ServerFormatResult[];
  load: ServerLoadResult[];
  queueLimit: number | null;
}

/** Cold start of a fresh process. */
export interface ColdStartResult {
  runs: { graphCache: 'off' | 'on'; readyMs: Distribution; firstAudioMs: Distribution }[];
}

/** RSS over many syntheses. */
export interface MemoryResult {
  syntheses: number;
  samples: { run: number; rssBytes: number; heapUsedBytes: number }[];
  /** Least-squares slope of RSS over run index after the first 100 runs. */
  slopeBytesPerRun: number;
  peakRssBytes: number;
  rssAfterFirst100: number;
  rssAtEnd: number;
  /** (rssAtEnd - rssAfterFirst100) / rssAfterFirst100 * 100. */
  growthPct: number;
  model: 'synthetic-free' | 'benchmark';
}

/** Grapheme-to-phoneme speed. */
export interface G2PResult {
  words: number;
  msPerPass: Distribution;
  wordsPerSecond: number;
}

/** Audio encoders as multiples of real time. */
export interface EncodersResult {
  encoders: { format: string; msPerAudioSecond: Distribution; realTimeMultiple: number }[];
}

/** Pool layouts compared under the same concurrent load. */
export interface PoolResult {
  clients: number;
  layouts: { sessions: number; threadsPerSession: number; throughputRealTime: number; latencyMs: Distribution }[];
}

/** Results of every suite that ran for one configuration. */
export interface SuiteResults {
  raw?: RawResult;
  engine?: EngineResult;
  server?: ServerResult;
  coldStart?: ColdStartResult;
  memory?: MemoryResult;
  g2p?: G2PResult;
  encoders?: EncodersResult;
  pool?: PoolResult;
}

/** One configuration's results. */
export interface ConfigurationResult {
  label: string;
  settings: ConfigSettings;
  suites: SuiteResults;
}

/** A metric compared between the two configurations of compare mode. */
export interface ComparisonRow {
  metric: string;
  baseline: number;
  candidate: number;
  /** candidate / baseline. */
  ratio: number | null;
}

/** Compare mode: the second configuration relative to the first. */
export interface Comparison {
  baseline: string;
  candidate: string;
  rows: ComparisonRow[];
}

/** One ratio budget checked in CI mode. */
export interface BudgetOutcome {
  id: string;
  description: string;
  /** The measured value in `unit`, null when the inputs were missing. */
  measured: number | null;
  limit: number;
  unit: string;
  pass: boolean;
  detail: string;
}

/** A suite that could not run, and why. */
export interface SuiteFailure {
  suite: string;
  code: string;
  message: string;
}

/** The whole result document. */
export interface BenchResult {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: string; version: string };
  mode: 'full' | 'ci';
  command: string[];
  startedAt: string;
  finishedAt: string;
  environment: EnvironmentInfo;
  model: ModelInfo;
  methodology: { warmupRuns: number; runs: number; cachesDisabled: true; notes: string[] };
  configurations: ConfigurationResult[];
  comparison: Comparison | null;
  budgets: BudgetOutcome[];
  failures: SuiteFailure[];
}
