/**
 * Calibration of the cost knob against Kokoro's measured latency profile (MODEL.md): measure
 * what one cost row costs on this machine, solve for per-call, per-token and per-frame rows,
 * then check the fitted model against the scaled targets. Timing comes in through a
 * {@link LatencyMeasurer}, so the fitting logic is testable without a clock.
 * @packageDocumentation
 */
import { DEFAULT_COST_DEPTH, DEFAULT_COST_WIDTH, resolveCost, type CostProfile } from './cost';
import { buildSyntheticModel } from './model';
import { syntheticDurations } from './encoding';

/** One measured point: tokens (ids without pads) and milliseconds per call. */
export interface LatencyPoint {
  /** Phoneme ids per call, pads excluded. */
  tokens: number;
  /** Milliseconds per call. */
  ms: number;
}

/**
 * Kokoro-82M latency on a 2-core x86 VM with 2 threads (onnxruntime-node 1.30, fp32, speed 1,
 * best of 3), from MODEL.md: the profile {@link KOKORO_LIKE_COST} imitates.
 */
export const KOKORO_2CORE_PROFILE: readonly LatencyPoint[] = Object.freeze([
  { tokens: 10, ms: 447 },
  { tokens: 30, ms: 1186 },
  { tokens: 100, ms: 3741 },
  { tokens: 500, ms: 18739 },
]);

/** Factor applied to {@link KOKORO_2CORE_PROFILE}: the synthetic model runs 10x faster so benches stay quick. */
export const CALIBRATION_SCALE = 0.1;

/** Share of the per-token slope spent per input position; the rest is spent per output frame (Kokoro's vocoder dominates). */
export const TOKEN_SHARE = 0.1;

/**
 * The cost profile that makes the synthetic model's latency follow {@link KOKORO_2CORE_PROFILE}
 * scaled by {@link CALIBRATION_SCALE} (about 42 ms for 10 tokens and 380 ms for 100 tokens)
 * with 2 intra-op threads on the project's 2-core x86 VM. Measured with `testkit calibrate`;
 * see the README's calibration table. On other machines the shape (fixed cost plus a linear
 * part) holds while the absolute numbers scale with the CPU.
 */
export const KOKORO_LIKE_COST: Readonly<Required<CostProfile>> = Object.freeze({
  perCall: 259,
  perToken: 8.4,
  perFrame: 24.9,
  width: DEFAULT_COST_WIDTH,
  depth: DEFAULT_COST_DEPTH,
});

/** Times one model: best-of-`runs` milliseconds per call for `ids` (pads included) at speed 1. */
export type LatencyMeasurer = (model: Uint8Array, ids: number[], runs: number) => Promise<number>;

/** Deterministic ids for a calibration call: `tokens` ids between two pads, about 3 frames each. */
export function calibrationIds(tokens: number): number[] {
  const ids = Array.from({ length: tokens }, (_, i) => ((i * 37) % 177) + 1);
  return [0, ...ids, 0];
}

/** Least-squares line through the points: `ms ≈ interceptMs + slopeMs * tokens`. */
export function fitLine(points: readonly LatencyPoint[]): { interceptMs: number; slopeMs: number } {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.tokens, 0) / n;
  const my = points.reduce((s, p) => s + p.ms, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.tokens - mx) ** 2, 0);
  const slopeMs = sxx === 0 ? 0 : points.reduce((s, p) => s + (p.tokens - mx) * (p.ms - my), 0) / sxx;
  return { interceptMs: my - slopeMs * mx, slopeMs };
}

/**
 * The line through the first and last points: the calibration correction uses it instead of
 * {@link fitLine} because one noisy middle point (a shared machine) would tilt a least-squares fit.
 */
export function endpointLine(points: readonly LatencyPoint[]): { interceptMs: number; slopeMs: number } {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || first.tokens === last.tokens) return fitLine(points);
  const slopeMs = (last.ms - first.ms) / (last.tokens - first.tokens);
  return { interceptMs: first.ms - slopeMs * first.tokens, slopeMs };
}

/** Average frames per token of the calibration input (pads excluded from the count of tokens). */
export function framesPerToken(tokens: number): number {
  const frames = syntheticDurations(calibrationIds(tokens), 1).reduce((a, b) => a + b, 0);
  return frames / tokens;
}

/**
 * Times a model built with `cost` at each profile point and pairs it with the scaled target,
 * e.g. to check {@link KOKORO_LIKE_COST} on a machine (`testkit calibrate --check`).
 */
export async function measureProfile(
  cost: Partial<CostProfile>,
  options: Pick<CalibrationOptions, 'measure' | 'profile' | 'scale' | 'runs'>,
): Promise<(LatencyPoint & { targetMs: number })[]> {
  const profile = options.profile ?? KOKORO_2CORE_PROFILE;
  const scale = options.scale ?? CALIBRATION_SCALE;
  const runs = options.runs ?? 5;
  const model = buildSyntheticModel({ cost });
  const points: (LatencyPoint & { targetMs: number })[] = [];
  for (const { tokens, ms } of profile) points.push({ tokens, ms: await options.measure(model, calibrationIds(tokens), runs), targetMs: ms * scale });
  return points;
}

/** Options of {@link calibrateCost}. */
export interface CalibrationOptions {
  /** Times a model; see `createOrtMeasurer`. Required. */
  measure: LatencyMeasurer;
  /** Target profile. Default {@link KOKORO_2CORE_PROFILE}. */
  profile?: readonly LatencyPoint[];
  /** Factor applied to the profile's milliseconds. Default {@link CALIBRATION_SCALE}. */
  scale?: number;
  /** Best-of runs per measurement. Default 5. */
  runs?: number;
  /** Cost weight width to calibrate. Default {@link DEFAULT_COST_WIDTH}. */
  width?: number;
  /** MatMul chain depth to calibrate. Default {@link DEFAULT_COST_DEPTH}. */
  depth?: number;
  /** Correction passes after the first fit (each re-measures and rescales). Default 2. */
  refinements?: number;
  /** Progress lines (e.g. `console.error`). Default: silent. */
  log?: (line: string) => void;
}

/** What {@link calibrateCost} found. */
export interface CalibrationResult {
  /** The fitted profile (paste into {@link KOKORO_LIKE_COST}). */
  cost: Required<CostProfile>;
  /** Milliseconds one cost row took on this machine. */
  msPerRow: number;
  /** Latency of the model without cost, per profile point. */
  baseline: LatencyPoint[];
  /** Latency with the fitted cost next to the scaled target, per profile point. */
  check: (LatencyPoint & { targetMs: number })[];
}

/**
 * Fits a cost profile to the scaled target: measures one cost row's price with a probe model
 * (a fixed number of rows per call), solves per-call, per-token and per-frame rows from the
 * target line minus the cost-free baseline, then measures the result at every profile point.
 */
export async function calibrateCost(options: CalibrationOptions): Promise<CalibrationResult> {
  const profile = options.profile ?? KOKORO_2CORE_PROFILE;
  const scale = options.scale ?? CALIBRATION_SCALE;
  const runs = options.runs ?? 5;
  const shape = { width: options.width ?? DEFAULT_COST_WIDTH, depth: options.depth ?? DEFAULT_COST_DEPTH };
  const log = options.log ?? (() => undefined);
  // Short calls get more runs so each point is timed for a similar wall time (best-of filters load spikes).
  const runsFor = (tokens: number) => Math.max(runs, Math.ceil((runs * (profile[profile.length - 1]?.tokens ?? tokens)) / tokens / 10));
  const time = (cost: Partial<CostProfile>, tokens: number) =>
    options.measure(buildSyntheticModel({ cost: { ...shape, ...cost } }), calibrationIds(tokens), runsFor(tokens));

  const baseline: LatencyPoint[] = [];
  for (const { tokens } of profile) baseline.push({ tokens, ms: await time({}, tokens) });
  log(`baseline (no cost): ${baseline.map((p) => `${p.tokens} tok ${p.ms.toFixed(1)} ms`).join(', ')}`);

  const probeRows = 200;
  const probeTokens = profile[0]?.tokens ?? 10;
  const probeMs = (await time({ perCall: probeRows }, probeTokens)) - (baseline[0]?.ms ?? 0);
  const msPerRow = Math.max(probeMs, 1e-3) / probeRows;
  log(`probe: ${probeRows} rows cost ${probeMs.toFixed(1)} ms -> ${(msPerRow * 1000).toFixed(3)} µs per row`);

  const target = fitLine(profile.map((p) => ({ tokens: p.tokens, ms: p.ms * scale })));
  const base = fitLine(baseline);
  const wantIntercept = Math.max(0, target.interceptMs - base.interceptMs);
  const wantSlope = Math.max(0, target.slopeMs - base.slopeMs);
  const round = (x: number) => Math.round(x * 100) / 100;
  const fit = (callMs: number, tokenMs: number) =>
    resolveCost({
      ...shape,
      perCall: round(callMs / msPerRow),
      perToken: round((tokenMs * TOKEN_SHARE) / msPerRow),
      perFrame: round((tokenMs * (1 - TOKEN_SHARE)) / framesPerToken(100) / msPerRow),
    });
  // Rows are not equally priced at every size (cache, threading), so rescale from measurements.
  let callMs = wantIntercept;
  let tokenMs = wantSlope;
  let cost = fit(callMs, tokenMs);
  let check: CalibrationResult['check'] = [];
  for (let pass = 0; pass <= (options.refinements ?? 2); pass++) {
    log(`fit ${pass}: ${JSON.stringify(cost)}`);
    check = [];
    for (const { tokens, ms } of profile) check.push({ tokens, ms: await time(cost, tokens), targetMs: ms * scale });
    for (const p of check) log(`  ${p.tokens} tok ${p.ms.toFixed(1)} ms (target ${p.targetMs.toFixed(1)} ms)`);
    const got = endpointLine(check);
    const gotIntercept = got.interceptMs - base.interceptMs;
    const gotSlope = got.slopeMs - base.slopeMs;
    if (gotIntercept > 0) callMs *= wantIntercept / gotIntercept;
    if (gotSlope > 0) tokenMs *= wantSlope / gotSlope;
    if (pass < (options.refinements ?? 2)) cost = fit(callMs, tokenMs);
  }
  return { cost, msPerRow, baseline, check };
}
