import { describe, expect, it } from 'vitest';
import { formatPlan, planProviders } from '../src/index';
import { machineReport } from './helpers/reports';

describe('formatPlan', () => {
  it('M3 Max: numbered providers with their EP options, the long-input variant, layouts, variant and reasons', async () => {
    const text = formatPlan(planProviders(await machineReport('macos-arm64-m3-max')));
    const lines = text.split('\n');
    expect(lines[0]).toBe('1. coreml {coreMlFlags=16, MLComputeUnits=ALL, ModelFormat=MLProgram, RequireStaticInputShapes=0, EnableOnSubgraphs=0, SpecializationStrategy=Default, AllowLowPrecisionAccumulationOnGPU=0}: 12 intra-op / 1 inter-op threads, graph all, arena on');
    expect(lines[1]).toContain('inputs >= 100 tokens: {coreMlFlags=48, MLComputeUnits=CPUAndGPU');
    expect(lines[2]).toBe('2. cpu: 12 intra-op / 1 inter-op threads, graph all, arena on');
    expect(text).toContain('latency: 1 session x 12 threads');
    expect(text).toContain('throughput: 1 session(s) x 12 threads; on cpu fallback 8 x 2');
    expect(text).toContain('model variant: fp32');
    expect(text).toMatch(/^why:\n {2}- machine: darwin\/arm64, Apple M3 Max, 16 effective cores, GPU Apple M3 Max\.$/m);
  });

  it('lists skipped providers with their reasons', async () => {
    const text = formatPlan(planProviders(await machineReport('linux-x64-intel-xeon-container-h100')));
    expect(text).toMatch(/^- {2}cuda skipped: NVIDIA H100 80GB HBM3 found, but CUDA libraries are missing/m);
  });
});
