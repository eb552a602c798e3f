/** Inputs shared by the benchmarks (and checked by test/bench-inputs.test.ts). */
import { styleVoiceCode } from '@kokoro-ts/testkit';
import type { TensorData } from '../src/index';

/** Kokoro-contract feeds (hf variant) for `tokens` phoneme ids between the pads. */
export function kokoroFeeds(tokens: number, voiceIndex = 0): Record<string, TensorData> {
  const ids = [0, ...Array.from({ length: tokens }, (_, i) => 1 + (i % 177)), 0];
  const style = new Float32Array(256);
  style[0] = 0.1;
  style[1] = styleVoiceCode(voiceIndex);
  return {
    input_ids: { type: 'int64', data: BigInt64Array.from(ids.map(BigInt)), dims: [1, ids.length] },
    style: { type: 'float32', data: style, dims: [1, 256] },
    speed: { type: 'float32', data: new Float32Array([1]), dims: [1] },
  };
}

/** Synthetic cost: a fixed part per call plus a part per output frame, like Kokoro's encoder + vocoder. */
export const BENCH_COST = { perCall: 200, perToken: 0, perFrame: 4 } as const;

/** `--name value` from argv, as a number. */
export function numberArg(name: string, fallback: number, argv: readonly string[] = process.argv): number {
  const at = argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(argv[at + 1]);
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number, got ${argv[at + 1]}`);
  return value;
}
