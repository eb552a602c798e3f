import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeWaveform } from '@kokoro-ts/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBenchEngine } from '../src/engine-adapter';
import { syntheticModel, type BenchModel } from '../src/model';
import { startRawOrt } from '../src/raw/raw-ort';
import { defaultContext } from '../src/suites/context';
import { runLatencySuites, verifySegmentsAgainstAudio } from '../src/suites/latency';

let dir: string;
let model: BenchModel;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bench-latency-'));
  model = await syntheticModel(dir, 'none');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const TEXT = 'The first sentence is short. The second one is a little longer, with a clause; and a third part follows it.';

describe('latency suites on the real engine and the synthetic model', () => {
  it('the raw baseline receives exactly the segments the engine ran', async () => {
    // Fades off so every frame of the engine's audio decodes exactly.
    const spec = { modelPath: model.modelPath, voices: model.voices, voice: model.voiceId, sessions: 1, threadsPerSession: 1, graphCacheDir: null, extra: { audio: { fadeMs: 0 } } };
    const engine = await createBenchEngine(spec);
    const raw = await startRawOrt({ model: model.modelPath, intraOpThreads: 1 });
    try {
      const probe = await engine.synthesize(TEXT);
      expect(probe.segmentIds.length).toBeGreaterThan(1);
      // What the engine really fed the model, read back from its audio:
      verifySegmentsAgainstAudio(probe.audio, probe.segmentIds);
      const out = await runLatencySuites(defaultContext({ runs: 2, warmup: 0 }), { engine, raw, voicePack: await model.voicePack(), text: TEXT });
      expect(out.rawSegments.map((s) => [...s.ids])).toEqual(probe.segmentIds);
      // ...and the raw worker's own output decodes to the same ids, style rows and voice.
      const rawRun = await raw.run(out.rawSegments, { returnAudio: true });
      const engineRuns = decodeWaveform(probe.audio);
      rawRun.audio.forEach((wave, i) => {
        const [decoded] = decodeWaveform(wave);
        expect(decoded!.tokenIds).toEqual(engineRuns[i]!.tokenIds);
        expect(decoded!.styleRow).toBe(engineRuns[i]!.styleRow);
        expect(decoded!.voiceIndex).toBe(engineRuns[i]!.voiceIndex);
      });
      expect(out.engine.segments).toBe(probe.segmentIds.length);
      expect(out.raw.segments.map((s) => s.tokens)).toEqual(probe.segmentIds.map((s) => s.length));
      expect(out.engine.stages.map((s) => s.stage)).toContain('ORT run (in worker)');
      expect(out.engine.overheadPct).not.toBeNull();
      expect(out.samples.ttfaMs).toHaveLength(2);
    } finally {
      await raw.close();
      await engine.dispose();
    }
  });

  it('verifySegmentsAgainstAudio rejects segments the audio does not contain', async () => {
    const raw = await startRawOrt({ model: model.modelPath, intraOpThreads: 1 });
    try {
      const pack = await model.voicePack();
      const run = await raw.run([{ ids: [5, 6, 7], style: pack.slice(0, 256), speed: 1 }], { returnAudio: true });
      expect(() => verifySegmentsAgainstAudio(run.audio[0]!, [[5, 6, 7]])).not.toThrow();
      expect(() => verifySegmentsAgainstAudio(run.audio[0]!, [[5, 6, 8]])).toThrow(/not be comparable/);
    } finally {
      await raw.close();
    }
  });
});
