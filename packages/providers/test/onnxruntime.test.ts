import { detectHardware } from '@kokoro-ts/hardware';
import { buildSyntheticModel, decodeWaveform, syntheticVoice } from '@kokoro-ts/testkit';
import ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  coremlSessionOptions, cpuSessionOptions, createSessionWithFallback, isProvidersError, planProviders, webgpuSessionOptions, withThreads,
  type AllProvidersFailedError, type PlannedProvider,
} from '../src/index';

let model: Uint8Array;
beforeAll(() => {
  model = buildSyntheticModel();
});

const IDS = [50, 83, 156, 43, 102];
const VOICE = 3;

/** Runs the synthetic Kokoro-contract model and decodes what it encoded. */
async function speak(session: ort.InferenceSession): Promise<{ tokenIds: number[]; voiceIndex: number }> {
  const tokens = [0, ...IDS, 0];
  const row = Math.min(IDS.length, 509);
  const style = syntheticVoice(VOICE).slice(row * 256, row * 256 + 256);
  const out = await session.run({
    input_ids: new ort.Tensor('int64', BigInt64Array.from(tokens.map(BigInt)), [1, tokens.length]),
    style: new ort.Tensor('float32', style, [1, 256]),
    speed: new ort.Tensor('float32', Float32Array.from([1]), [1]),
  });
  const runs = decodeWaveform(out.waveform!.data as Float32Array);
  expect(runs).toHaveLength(1);
  return { tokenIds: runs[0]!.tokenIds, voiceIndex: runs[0]!.voiceIndex };
}

describe('builders are accepted by onnxruntime-node 1.30', () => {
  it('cpuSessionOptions with every option set creates a session that runs the synthetic model correctly', async () => {
    const options = cpuSessionOptions({
      intraOpThreads: 2, interOpThreads: 1, spinning: false, memoryArena: false, memoryPattern: true, graphOptimizationLevel: 'extended',
      executionMode: 'sequential', logSeverityLevel: 3,
    });
    const session = await ort.InferenceSession.create(model, options);
    try {
      const decoded = await speak(session);
      expect(decoded.tokenIds).toEqual([0, ...IDS, 0]);
      expect(decoded.voiceIndex).toBeCloseTo(VOICE, 3);
    } finally {
      await session.release();
    }
  });

  it('the plan for this machine creates a working session on its first usable provider (cpu here), pool thread override applied', async () => {
    const report = await detectHardware();
    const plan = planProviders(report);
    const result = await createSessionWithFallback(ort, model, plan, { intraOpThreads: plan.cpuPool.threadsPerSession });
    try {
      expect(plan.providers.map((p) => p.name)).toContain(result.provider);
      if (report.gpus.length === 0 && report.os === 'linux') expect(plan.providers.map((p) => p.name)).toEqual(['cpu']);
      expect(result.sessionOptions.intraOpNumThreads).toBe(plan.cpuPool.threadsPerSession);
      expect(result.attempts.at(-1)).toMatchObject({ provider: result.provider, ok: true });
      expect((await speak(result.session)).tokenIds).toEqual([0, ...IDS, 0]);
    } finally {
      await result.session.release();
    }
  });

  it('WebGPU creation is attempted; without a GPU adapter it fails cleanly and the session falls back to cpu with the reason recorded', async () => {
    const report = await detectHardware();
    const plan = planProviders(report, { provider: 'webgpu' });
    expect(plan.providers.map((p) => p.name)).toEqual(['webgpu', 'cpu']);
    const result = await createSessionWithFallback(ort, model, plan);
    try {
      const webgpu = result.attempts[0]!;
      expect(webgpu.provider).toBe('webgpu');
      if (report.gpus.length === 0) {
        // No adapter on this machine: Dawn reports it and ONNX Runtime throws; we record the first line.
        expect(result.provider).toBe('cpu');
        expect(webgpu.ok).toBe(false);
        expect(webgpu.error).toMatch(/adapter|WebGPU/i);
        expect(webgpu.error).not.toContain('\n');
      } else {
        expect(webgpu.ok || result.provider === 'cpu').toBe(true);
      }
      expect((await speak(result.session)).tokenIds).toEqual([0, ...IDS, 0]);
    } finally {
      await result.session.release();
    }
  });

  it('a WebGPU option the binding does not know would be a TypeError; the builder never emits one', async () => {
    await expect(ort.InferenceSession.create(model, { executionProviders: [{ name: 'webgpu', storageBufferCache: 'simple' } as never] })).rejects.toThrow(/unrecognized option/);
    const options = webgpuSessionOptions({ preferredLayout: 'NCHW', validationMode: 'basic', storageBufferCacheMode: 'bucket', enableRobustness: false });
    const attempt = ort.InferenceSession.create(model, options).then((s) => s.release().then(() => 'created'), (e: Error) => e.message);
    await expect(attempt).resolves.not.toMatch(/unrecognized option|must be a/);
  });

  it('CUDA requested on this machine: skipped in the plan with the reason; the session runs on cpu', async () => {
    const report = await detectHardware();
    const plan = planProviders(report, { provider: 'cuda' });
    if (report.onnxruntime.cudaLibrariesPresent && report.gpus.some((g) => g.vendor === 'nvidia')) return; // a CUDA machine plans CUDA
    expect(plan.providers.map((p) => p.name)).toEqual(['cpu']);
    expect(plan.skipped[0]).toMatchObject({ name: 'cuda' });
    expect(plan.explanation.some((l) => l.startsWith('provider cuda skipped:'))).toBe(true);
    const result = await createSessionWithFallback(ort, model, plan);
    expect(result.provider).toBe('cpu');
    await result.session.release();
  });

  it('providers missing from this binary are recorded as not tried; bySize long-input options are used on request', async () => {
    const coreml: PlannedProvider = {
      name: 'coreml', sessionOptions: coremlSessionOptions(), reason: 'test',
      bySize: { thresholdTokens: 100, longInputs: coremlSessionOptions({ computeUnits: 'CPUAndGPU' }), reason: 'test' },
    };
    const cpu: PlannedProvider = { name: 'cpu', sessionOptions: cpuSessionOptions({ intraOpThreads: 1 }), reason: 'fallback' };
    const result = await createSessionWithFallback(ort, model, [coreml, cpu], { longInputs: true });
    try {
      expect(result.provider).toBe('cpu');
      expect(result.attempts[0]).toMatchObject({ provider: 'coreml', ok: false, ms: 0 });
      expect(result.attempts[0]!.error).toContain('not in this onnxruntime-node build');
    } finally {
      await result.session.release();
    }
  });

  it('when every provider fails the error is KOKORO_PROVIDERS_ALL_FAILED with each attempt', async () => {
    const broken = Uint8Array.from([1, 2, 3, 4]);
    const plan = planProviders(await detectHardware(), { provider: 'cpu' });
    const error = await createSessionWithFallback(ort, broken, plan).then(() => null, (e: unknown) => e);
    expect(isProvidersError(error, 'KOKORO_PROVIDERS_ALL_FAILED')).toBe(true);
    expect((error as AllProvidersFailedError).attempts).toEqual([{ provider: 'cpu', error: expect.any(String) as string }]);
  });

  it('withThreads copies options with new thread counts', () => {
    const base = cpuSessionOptions({ intraOpThreads: 8 });
    expect(withThreads(base, 2, 1)).toEqual({ ...base, intraOpNumThreads: 2, interOpNumThreads: 1 });
    expect(base.intraOpNumThreads).toBe(8);
  });
});
