import { describe, expect, it } from 'vitest';

import {
  CALIBRATION_SCALE,
  KOKORO_2CORE_PROFILE,
  KOKORO_LIKE_COST,
  calibrateCost,
  calibrationIds,
  endpointLine,
  fitLine,
  framesPerToken,
  measureProfile,
  syntheticDurations,
  type CostProfile,
  type LatencyMeasurer,
} from '../src/index';

/** The cost profile a model was built with, read from its metadata JSON. */
function costOf(model: Uint8Array): Required<CostProfile> {
  const text = Buffer.from(model).toString('latin1');
  const json = /\{"variant":\{[^}]*\},"cost":\{[^}]*\}\}/.exec(text)![0];
  return (JSON.parse(json) as { cost: Required<CostProfile> }).cost;
}

/** A machine where a cost row costs 0.04 ms, slightly more for big matrices, plus 0.3 ms per call. */
const fakeMachine: LatencyMeasurer = (model, ids, runs) => {
  expect(runs).toBeGreaterThanOrEqual(1);
  const cost = costOf(model);
  const frames = syntheticDurations(ids, 1).reduce((a, b) => a + b, 0);
  const rows = cost.perCall + cost.perToken * ids.length + cost.perFrame * frames;
  return Promise.resolve(0.3 + 0.04 * rows ** 1.03);
};

describe('calibration', () => {
  it('fits lines through latency points', () => {
    expect(fitLine([{ tokens: 0, ms: 5 }, { tokens: 10, ms: 25 }, { tokens: 20, ms: 45 }])).toEqual({ interceptMs: 5, slopeMs: 2 });
    expect(endpointLine([{ tokens: 10, ms: 30 }, { tokens: 50, ms: 999 }, { tokens: 110, ms: 230 }])).toEqual({ interceptMs: 10, slopeMs: 2 });
  });

  it('uses calibration inputs of about three frames per token between two pads', () => {
    const ids = calibrationIds(100);
    expect(ids).toHaveLength(102);
    expect([ids[0], ids[101]]).toEqual([0, 0]);
    expect(framesPerToken(100)).toBeGreaterThan(2.8);
    expect(framesPerToken(100)).toBeLessThan(3.2);
  });

  it('finds a cost profile whose latency follows the scaled Kokoro profile', async () => {
    const lines: string[] = [];
    const result = await calibrateCost({ measure: fakeMachine, log: (l) => lines.push(l), width: 64, depth: 4 });
    expect(result.cost).toMatchObject({ width: 64, depth: 4 });
    expect(result.cost.perCall).toBeGreaterThan(0);
    expect(result.cost.perFrame).toBeGreaterThan(result.cost.perToken);
    for (const point of result.check) {
      expect(point.targetMs).toBeCloseTo(KOKORO_2CORE_PROFILE.find((p) => p.tokens === point.tokens)!.ms * CALIBRATION_SCALE);
      // Kokoro's profile is itself only close to a line (5% off at 10 tokens), so allow that much.
      expect(Math.abs(point.ms - point.targetMs) / point.targetMs).toBeLessThan(0.08);
    }
    expect(lines.some((l) => l.startsWith('probe:'))).toBe(true);
  });

  it('measures a given profile at every target point', async () => {
    const points = await measureProfile(KOKORO_LIKE_COST, { measure: fakeMachine, runs: 1 });
    expect(points.map((p) => p.tokens)).toEqual(KOKORO_2CORE_PROFILE.map((p) => p.tokens));
    expect(points[3]!.ms).toBeGreaterThan(points[0]!.ms);
  });
});
