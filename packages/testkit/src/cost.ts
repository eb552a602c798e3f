/**
 * The cost knob: extra matrix multiplications per call, per input position and per output
 * frame, so a synthetic model can take about as long as Kokoro does. The extra work folds into
 * the waveform as an exact zero, so outputs are bit-identical with and without it.
 * @packageDocumentation
 */
import { TestkitError } from './errors';

/**
 * Extra compute the synthetic model does per run, in *cost rows*. One cost row is a vector of
 * `width` floats pushed through `depth` chained `[1, width] x [width, width]` MatMuls, i.e.
 * `depth * width²` multiply-adds. A run does `round(perCall + perToken * T + perFrame * F)`
 * rows, where T counts input positions (pads included) and F output frames. All zero (the
 * default) builds no cost subgraph at all.
 */
export interface CostProfile {
  /** Cost rows per call, whatever the input (Kokoro's text encoder is roughly fixed cost). Default 0. */
  perCall: number;
  /** Cost rows per input position (pads included). Default 0. */
  perToken: number;
  /** Cost rows per output frame of 600 samples (Kokoro's vocoder cost). Default 0. */
  perFrame: number;
  /** Width of the square MatMul weight (the model file grows by `width² * 4` bytes). Default {@link DEFAULT_COST_WIDTH}. */
  width?: number;
  /** MatMuls chained per cost row. Default {@link DEFAULT_COST_DEPTH}. */
  depth?: number;
}

/**
 * Default cost weight width (a 256 KiB initializer). Wide rows and a deep chain keep the
 * `[rows, width]` intermediate small (compute-bound, not memory-bound) for long inputs.
 */
export const DEFAULT_COST_WIDTH = 256;
/** Default number of chained MatMuls per cost row. */
export const DEFAULT_COST_DEPTH = 64;
/** Largest accepted `width` (keeps the model file near 1 MiB). */
export const MAX_COST_WIDTH = 512;
/** Largest accepted `depth`. */
export const MAX_COST_DEPTH = 256;

/** No extra compute (the default). */
export const NO_COST: Readonly<Required<CostProfile>> = Object.freeze({
  perCall: 0,
  perToken: 0,
  perFrame: 0,
  width: DEFAULT_COST_WIDTH,
  depth: DEFAULT_COST_DEPTH,
});

function nonNegative(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TestkitError('KOKORO_TESTKIT_BAD_OPTION', `cost.${field} must be a finite number >= 0; got ${String(value)}.`);
  }
  return value;
}

function intIn(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new TestkitError('KOKORO_TESTKIT_BAD_OPTION', `cost.${field} must be an integer in ${min}..${max}; got ${String(value)}.`);
  }
  return value;
}

/**
 * Completes a partial profile with {@link NO_COST} and validates it.
 * @throws {@link TestkitError} `KOKORO_TESTKIT_BAD_OPTION` naming the field.
 */
export function resolveCost(cost: Partial<CostProfile> = {}): Required<CostProfile> {
  const merged = { ...NO_COST, ...cost };
  return {
    perCall: nonNegative('perCall', merged.perCall),
    perToken: nonNegative('perToken', merged.perToken),
    perFrame: nonNegative('perFrame', merged.perFrame),
    width: intIn('width', merged.width, 1, MAX_COST_WIDTH),
    depth: intIn('depth', merged.depth, 1, MAX_COST_DEPTH),
  };
}

/** True when the profile asks for no extra compute. */
export function isFree(cost: Required<CostProfile>): boolean {
  return cost.perCall === 0 && cost.perToken === 0 && cost.perFrame === 0;
}
