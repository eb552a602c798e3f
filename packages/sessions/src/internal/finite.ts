import type { NonFiniteReport } from './protocol';
import type { TensorData } from '../types';

/** @internal Count NaN and +-Infinity in the float outputs; empty when all are finite. */
export function scanNonFinite(outputs: Record<string, TensorData>): NonFiniteReport[] {
  const found: NonFiniteReport[] = [];
  for (const [output, tensor] of Object.entries(outputs)) {
    if (!(tensor.data instanceof Float32Array)) continue;
    let nan = 0;
    let infinite = 0;
    const data = tensor.data;
    for (let i = 0; i < data.length; i++) {
      const v = data[i]!;
      if (v !== v) nan++;
      else if (v === Infinity || v === -Infinity) infinite++;
    }
    if (nan > 0 || infinite > 0) found.push({ output, nan, infinite });
  }
  return found;
}
