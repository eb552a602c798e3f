import * as ort from 'onnxruntime-node';
import { expect, it } from 'vitest';

import { VARIANTS, buildSyntheticModel, decodeWaveform, syntheticVoice } from '../src/index';

// Mirrors the README's "For tests" example, so the values it shows stay true.
it('the README example decodes to the values it shows', async () => {
  const model = buildSyntheticModel({ variant: VARIANTS.withDuration });
  const session = await ort.InferenceSession.create(model);
  const ids = [0, 50, 83, 16, 0];
  const row = ids.length - 2;
  const style = syntheticVoice(3).slice(row * 256, (row + 1) * 256);
  const out = await session.run({
    input_ids: new ort.Tensor('int64', BigInt64Array.from(ids, BigInt), [1, ids.length]),
    style: new ort.Tensor('float32', style, [1, 256]),
    speed: new ort.Tensor('float32', new Float32Array([1.5]), [1]),
  });
  await session.release();
  const [run] = decodeWaveform(out.waveform!.data as Float32Array);
  expect(run).toMatchObject({ startSample: 0, tokenIds: [0, 50, 83, 16, 0], durations: [1, 3, 3, 2, 1], styleRow: 3, voiceIndex: 3, speed: 1.5, sampleCount: 6000, firstPosition: 0 });
  expect(model.length).toBeLessThan(20_000);
});
