import { detectHardware } from '@kokoro-ts/hardware';
import { planProviders, type ProviderPlan } from '@kokoro-ts/providers';
import { buildSyntheticModel, decodeWaveform } from '@kokoro-ts/testkit';
import { describe, expect, it } from 'vitest';
import { createSessionPool, type PoolPlan } from '../src/index';
import { kokoroFeeds } from '../bench/inputs';

// A providers plan is accepted as is (compile-time check).
const asPoolPlan = (plan: ProviderPlan): PoolPlan => plan;

describe('with a @kokoro-ts/providers plan for this machine', () => {
  it('creates sessions from the plan and runs', async () => {
    const plan = asPoolPlan(planProviders(await detectHardware()));
    const pool = await createSessionPool({ model: buildSyntheticModel(), plan, threadBudget: 2 });
    try {
      const r = await pool.run(kokoroFeeds(12), { size: 12 });
      expect(decodeWaveform(r.outputs.waveform!.data as Float32Array)[0]!.tokenIds).toHaveLength(14);
      expect(plan.providers.map((p) => p.name)).toContain(r.timing.provider);
      for (const s of pool.metrics().sessions) expect(s.state).toBe('ready');
    } finally {
      await pool.dispose();
    }
  });
});
