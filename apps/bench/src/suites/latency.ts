/**
 * The raw and engine suites, measured together: each measured iteration runs raw ONNX Runtime
 * on exactly the engine's segments, then `engine.synthesize`, then `engine.stream`, so drift on
 * a shared machine hits all three alike. Overhead is the median of paired differences.
 */
import { decodeWaveform } from '@kokoro-ts/testkit';
import { BenchError } from '../errors';
import { styleFor, type SegmentInput } from '../raw/feeds';
import type { RawOrt } from '../raw/raw-ort';
import type { EngineResult, RawResult, StageTiming } from '../result';
import { median, medianConfidenceInterval, summarize } from '../stats';
import type { BenchEngine, StageSample } from './bench-engine';
import type { SuiteContext } from './context';

const SAMPLE_RATE = 24000;
/** Idle time between the raw and engine phases of an iteration, ms. */
export const PHASE_GAP_MS = 50;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Samples behind the distributions (for charts). */
export interface LatencySamples {
  rawTotalMs: number[];
  rawFirstMs: number[];
  engineTotalMs: number[];
  ttfaMs: number[];
}

/** Raw and engine results plus their samples. */
export interface LatencyOutcome {
  raw: RawResult;
  engine: EngineResult;
  samples: LatencySamples;
  /** The segments the raw baseline ran (for checks and tests). */
  rawSegments: SegmentInput[];
}

/**
 * For the synthetic model: decodes the engine's audio and checks it ran exactly `segmentIds`
 * (the model encodes its input in its output), so the raw baseline provably gets the same
 * inputs. Throws KOKORO_BENCH_SUITE_FAILED on a mismatch.
 */
export function verifySegmentsAgainstAudio(audio: Float32Array, segmentIds: readonly (readonly number[])[]): void {
  const runs = decodeWaveform(audio).map((r) => r.tokenIds.filter((_, i, all) => i > 0 && i < all.length - 1));
  const want = segmentIds.map((s) => [...s]);
  if (JSON.stringify(runs) !== JSON.stringify(want)) {
    throw new BenchError(
      'KOKORO_BENCH_SUITE_FAILED',
      `The engine reported ${want.length} segment(s) but its audio decodes to ${runs.length} run(s) with different token ids; the raw baseline would not be comparable. First reported: [${want[0]?.slice(0, 8).join(',')}...], first decoded: [${runs[0]?.slice(0, 8).join(',')}...].`,
    );
  }
}

function stageDistributions(samples: readonly StageSample[]): StageTiming[] {
  const names = [...new Set(samples.flatMap((s) => Object.keys(s)))];
  return names
    .map((stage) => ({ stage, values: samples.map((s) => s[stage]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v)) }))
    .filter((s) => s.values.length > 0)
    .map((s) => ({ stage: s.stage, ms: summarize(s.values) }));
}

/** Options of {@link runLatencySuites}. */
export interface LatencyOptions {
  engine: BenchEngine;
  raw: RawOrt;
  voicePack: Float32Array;
  text: string;
  /**
   * Keep measuring past `ctx.runs` (up to this many iterations) while the overhead's 95%
   * confidence interval is wider than +-`targetCiHalfWidthPct`. Default `ctx.runs` (fixed count).
   */
  maxRuns?: number;
  /** Half-width of the overhead interval, in percentage points, that ends adaptive measuring. Default 2.5. */
  targetCiHalfWidthPct?: number;
  /** Stop adaptive measuring after this many ms of measured iterations. Default: no limit. */
  maxMs?: number;
}

/** 95% interval of the overhead in percent of the raw median, from paired differences. */
function overheadCi(rows: readonly { rawTotal: number; engineMs: number }[]): [number, number] | null {
  const ci = medianConfidenceInterval(rows.map((r) => r.engineMs - r.rawTotal));
  if (ci === null) return null;
  const base = median(rows.map((r) => r.rawTotal));
  return [(ci[0] / base) * 100, (ci[1] / base) * 100];
}

/** Measures raw, engine total and engine streaming TTFA, interleaved. */
export async function runLatencySuites(ctx: SuiteContext, o: LatencyOptions): Promise<LatencyOutcome> {
  const probe = await o.engine.synthesize(o.text);
  if (probe.segmentIds.length === 0) throw new BenchError('KOKORO_BENCH_SUITE_FAILED', 'The engine reported no segments for the benchmark text.');
  const streamProbe = await o.engine.stream(o.text);
  const toInput = (ids: readonly number[]): SegmentInput => ({ ids, style: styleFor(o.voicePack, ids.length), speed: probe.speed });
  const rawSegments = probe.segmentIds.map(toInput);
  const firstStreamed = toInput(streamProbe.firstSegmentIds);
  const audioSeconds = probe.audio.length / SAMPLE_RATE;
  const rawProbe = await o.raw.run(rawSegments);
  ctx.log(`latency: ${rawSegments.length} segment(s) [${rawSegments.map((s) => s.ids.length).join(', ')} tokens], ${audioSeconds.toFixed(2)} s of audio; first streamed segment ${firstStreamed.ids.length} tokens`);

  const iteration = async (i: number) => {
    const runRaw = async () => {
      const all = await o.raw.run(rawSegments);
      const first = await o.raw.run([firstStreamed]);
      return { all, first };
    };
    const runEngine = async () => {
      const t0 = ctx.now();
      await o.engine.synthesize(o.text);
      const engineMs = ctx.now() - t0;
      const stages = o.engine.lastStages();
      const stream = await o.engine.stream(o.text);
      return { engineMs, stages, stream };
    };
    // Alternate which side goes first so slow drift on a shared machine does not favour one.
    let raw: Awaited<ReturnType<typeof runRaw>>;
    let eng: Awaited<ReturnType<typeof runEngine>>;
    // The idle side's ONNX Runtime threads spin for a moment after a run; a short gap lets
    // them park so neither side runs against the other's spinning threads.
    if (i % 2 === 0) {
      raw = await runRaw();
      await pause(PHASE_GAP_MS);
      eng = await runEngine();
    } else {
      eng = await runEngine();
      await pause(PHASE_GAP_MS);
      raw = await runRaw();
    }
    await pause(PHASE_GAP_MS);
    return { rawTotal: raw.all.runMs.reduce((a, b) => a + b, 0), roundTrip: raw.all.roundTripMs, rawFirst: raw.first.runMs[0]!, engineMs: eng.engineMs, ttfa: eng.stream.ttfaMs, stages: eng.stages, ttfaStages: eng.stream.firstChunkStages };
  };
  for (let i = 0; i < ctx.warmup; i++) await iteration(i);
  const rows: Awaited<ReturnType<typeof iteration>>[] = [];
  const started = ctx.now();
  const maxRuns = o.maxRuns ?? ctx.runs;
  const targetHalfWidth = o.targetCiHalfWidthPct ?? 2.5;
  for (let i = 0; i < maxRuns; i++) {
    rows.push(await iteration(i));
    if (rows.length < ctx.runs) continue;
    // Adaptive: stop once the overhead's 95% interval is narrow enough, or the time is up.
    const ci = overheadCi(rows);
    if (ci !== null && (ci[1] - ci[0]) / 2 <= targetHalfWidth) break;
    if (o.maxMs !== undefined && ctx.now() - started > o.maxMs) break;
  }
  const samples: LatencySamples = {
    rawTotalMs: rows.map((r) => r.rawTotal),
    rawFirstMs: rows.map((r) => r.rawFirst),
    engineTotalMs: rows.map((r) => r.engineMs),
    ttfaMs: rows.map((r) => r.ttfa),
  };
  const rawTotal = summarize(samples.rawTotalMs);
  const overheadMs = median(rows.map((r) => r.engineMs - r.rawTotal));
  const raw: RawResult = {
    segments: rawSegments.map((s, i) => ({ tokens: s.ids.length, audioSeconds: rawProbe.samples[i]! / SAMPLE_RATE })),
    audioSeconds,
    firstSegmentMs: summarize(samples.rawFirstMs),
    totalMs: rawTotal,
    roundTripMs: summarize(rows.map((r) => r.roundTrip)),
    rtf: rawTotal.p50 / 1000 / audioSeconds,
    threads: o.raw.threads,
  };
  const engineTotal = summarize(samples.engineTotalMs);
  const ttfa = summarize(samples.ttfaMs);
  const engine: EngineResult = {
    segments: rawSegments.length,
    audioSeconds,
    ttfaMs: ttfa,
    totalMs: engineTotal,
    rtf: engineTotal.p50 / 1000 / audioSeconds,
    overheadMs,
    overheadPct: (overheadMs / rawTotal.p50) * 100,
    overheadPctCi95: overheadCi(rows),
    ttfaOverRawFirst: ttfa.p50 / raw.firstSegmentMs.p50,
    stages: stageDistributions(rows.map((r) => r.stages).filter((s): s is StageSample => s !== null)),
    ttfaStages: stageDistributions(rows.map((r) => r.ttfaStages).filter((s): s is StageSample => s !== null)),
  };
  return { raw, engine, samples, rawSegments };
}
