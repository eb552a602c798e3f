import * as ort from 'onnxruntime-node';

import { syntheticVoice } from '../src/index';

/** Runs a synthetic model once with ids, the style row of a voice and a speed. */
export async function runModel(
  bytes: Uint8Array,
  opts: { ids: number[]; style: Float32Array; speed: number; idsName?: string; speedType?: 'float32' | 'int32' },
): Promise<Record<string, ort.Tensor>> {
  const session = await ort.InferenceSession.create(bytes, { intraOpNumThreads: 1, interOpNumThreads: 1 });
  try {
    const speed =
      opts.speedType === 'int32' ? new ort.Tensor('int32', Int32Array.from([opts.speed]), [1]) : new ort.Tensor('float32', Float32Array.from([opts.speed]), [1]);
    return await session.run({
      [opts.idsName ?? 'input_ids']: new ort.Tensor('int64', BigInt64Array.from(opts.ids, (v) => BigInt(v)), [1, opts.ids.length]),
      style: new ort.Tensor('float32', opts.style, [1, 256]),
      speed,
    });
  } finally {
    await session.release();
  }
}

/** The style vector an engine would pick: row `row` of voice `voiceIndex`. */
export function styleOf(voiceIndex: number, row: number): Float32Array {
  return syntheticVoice(voiceIndex).slice(row * 256, (row + 1) * 256);
}
