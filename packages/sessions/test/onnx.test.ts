/**
 * The real worker (dist/worker.js) running ONNX Runtime on the synthetic Kokoro-contract
 * model from @kokoro-ts/testkit. Needs `pnpm --filter @kokoro-ts/sessions build` first.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSyntheticModel, decodeWaveform, styleVoiceCode } from '@kokoro-ts/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionPool, type SessionPool, type TensorData } from '../src/index';

function kokoroFeeds(ids: number[], voiceIndex = 0, speed = 1): Record<string, TensorData> {
  const style = new Float32Array(256);
  style[0] = 0.1;
  style[1] = styleVoiceCode(voiceIndex);
  return {
    input_ids: { type: 'int64', data: BigInt64Array.from([0, ...ids, 0].map(BigInt)), dims: [1, ids.length + 2] },
    style: { type: 'float32', data: style, dims: [1, 256] },
    speed: { type: 'float32', data: new Float32Array([speed]), dims: [1] },
  };
}

describe('ONNX Runtime in worker threads (synthetic Kokoro model)', () => {
  let pool: SessionPool;
  beforeAll(async () => {
    pool = await createSessionPool({ model: buildSyntheticModel(), sessions: 2, threadsPerSession: 1 });
  });
  afterAll(() => pool.dispose());

  it('reads the model contract and runs it off the main thread', async () => {
    expect(pool.metadata.inputs.map((i) => [i.name, i.type])).toEqual([
      ['input_ids', 'int64'],
      ['style', 'float32'],
      ['speed', 'float32'],
    ]);
    const r = await pool.run(kokoroFeeds([50, 83, 156], 3), { size: 3 });
    const wave = r.outputs.waveform!;
    expect(wave.type).toBe('float32');
    const [run] = decodeWaveform(wave.data as Float32Array);
    expect(run!.tokenIds).toEqual([0, 50, 83, 156, 0]);
    expect(run!.voiceIndex).toBeCloseTo(3, 3);
    expect(r.timing.provider).toBe('cpu');
  });

  it('recorded creation and the automatic warm-up for every session', () => {
    for (const s of pool.metrics().sessions) {
      expect(s.createMs).toBeGreaterThan(0);
      expect(s.warmupMs).not.toBeNull();
      expect(s.warmupError).toBeNull();
    }
  });

  it('transfers output buffers rather than copying them (the buffer is whole and owned)', async () => {
    const r = await pool.run(kokoroFeeds([10, 20]));
    const data = r.outputs.waveform!.data;
    expect(data.byteOffset).toBe(0);
    expect(data.buffer.byteLength).toBe(data.byteLength);
  });

  it('runs sessions in parallel and keeps results with their requests', async () => {
    const inputs = Array.from({ length: 8 }, (_, i) => [i + 1, i + 2, i + 3]);
    const results = await Promise.all(inputs.map((ids) => pool.run(kokoroFeeds(ids))));
    results.forEach((r, i) => expect(decodeWaveform(r.outputs.waveform!.data as Float32Array)[0]!.tokenIds.slice(1, -1)).toEqual(inputs[i]));
    expect(new Set(results.map((r) => r.timing.sessionId)).size).toBe(2);
  });

  it('falls back to CPU when a requested provider cannot be created', async () => {
    const fallback = await createSessionPool({ model: buildSyntheticModel(), sessions: 1, providers: [{ name: 'nosuchprovider' }], warmup: false });
    try {
      const s = fallback.metrics().sessions[0]!;
      expect(s.provider).toBe('cpu');
      expect(s.providerFailures[0]!.provider).toBe('nosuchprovider');
      expect((await fallback.run(kokoroFeeds([5]))).outputs.waveform).toBeDefined();
    } finally {
      await fallback.dispose();
    }
  });

  it('fails creation of a broken model with KOKORO_SESSIONS_SESSION_CREATE_FAILED', async () => {
    await expect(createSessionPool({ model: new Uint8Array([1, 2, 3]), sessions: 1 })).rejects.toMatchObject({ code: 'KOKORO_SESSIONS_SESSION_CREATE_FAILED' });
  });
});

describe('event loop stays responsive during inference', () => {
  it('a main-thread timer keeps firing on time while a long run computes in a worker', async () => {
    // 10000 perCall cost rows: about a second per run on a small machine.
    const pool = await createSessionPool({ model: buildSyntheticModel({ cost: { perCall: 10000 } }), sessions: 1, threadsPerSession: 1, warmup: false });
    try {
      const tickMs = 10;
      let last = performance.now();
      let maxLag = 0;
      const timer = setInterval(() => {
        const t = performance.now();
        maxLag = Math.max(maxLag, t - last - tickMs);
        last = t;
      }, tickMs);
      const started = performance.now();
      const r = await pool.run(kokoroFeeds([1, 2, 3]));
      const wall = performance.now() - started;
      clearInterval(timer);
      // ONNX Runtime blocks the thread it runs on for the whole call: had it run here, the
      // lag would be ~the run time. Generous bound, relative to the run, for loaded CI machines.
      console.log(`event loop: run ${Math.round(r.timing.runMs)} ms, wall ${Math.round(wall)} ms, worst timer lag ${maxLag.toFixed(1)} ms`);
      expect(r.timing.runMs).toBeGreaterThan(100);
      expect(maxLag).toBeLessThan(0.25 * wall);
    } finally {
      await pool.dispose();
    }
  });
});

describe('the pool thread never loads onnxruntime-node', () => {
  it('runs real inference while the main thread’s module cache stays free of it (and the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kokoro-sessions-ort-'));
    const modelPath = join(dir, 'model.onnx');
    writeFileSync(modelPath, buildSyntheticModel());
    const pkg = fileURLToPath(new URL('../', import.meta.url));
    // onnxruntime-node is CommonJS: loading it on a thread puts it in that thread's require.cache.
    const script = `
      import { createRequire } from 'node:module';
      import { createSessionPool } from './dist/index.js';
      const require = createRequire(import.meta.url);
      const loaded = () => Object.keys(require.cache).some((k) => k.includes('onnxruntime-node'));
      const pool = await createSessionPool({ model: ${JSON.stringify(modelPath)}, sessions: 1 });
      const r = await pool.run({
        input_ids: { type: 'int64', data: BigInt64Array.from([0n, 5n, 0n]), dims: [1, 3] },
        style: { type: 'float32', data: new Float32Array(256), dims: [1, 256] },
        speed: { type: 'float32', data: new Float32Array([1]), dims: [1] },
      });
      const during = loaded();
      await pool.dispose();
      await import('onnxruntime-node');
      console.log(JSON.stringify({ samples: r.outputs.waveform.data.length, during, control: loaded() }));
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: pkg, timeout: 60_000, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    const result = JSON.parse(child.stdout.trim()) as { samples: number; during: boolean; control: boolean };
    expect(result.samples).toBeGreaterThan(0);
    expect(result.during).toBe(false);
    expect(result.control).toBe(true);
  });
});
