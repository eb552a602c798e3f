import { SESSIONS_ERROR_CODES, SessionsError } from '../errors';
import type { ModelMetadata, TensorData } from '../types';

const ARRAY_OF = { int64: BigInt64Array, int32: Int32Array, float32: Float32Array } as const;

function bad(message: string): SessionsError {
  return new SessionsError(SESSIONS_ERROR_CODES.BAD_INPUT, message);
}

/**
 * @internal Check feeds against the model's inputs on the calling thread, so a malformed
 * request fails fast with a clear error instead of as a worker run failure (which would
 * be retried and would mark a healthy session unhealthy).
 */
export function validateFeeds(feeds: Record<string, TensorData>, metadata: ModelMetadata): void {
  if (typeof feeds !== 'object' || feeds === null) throw bad('Expected feeds as a record of input name -> { type, data, dims }.');
  const expected = metadata.inputs.map((i) => i.name);
  for (const name of Object.keys(feeds)) {
    if (!expected.includes(name)) throw bad(`Feed "${name}" is not an input of the model; its inputs are: ${expected.join(', ')}.`);
  }
  for (const input of metadata.inputs) {
    const t = feeds[input.name];
    if (t === undefined) throw bad(`Missing feed for model input "${input.name}" (${input.type} [${input.dims.join(', ')}]).`);
    if (t.type !== input.type) throw bad(`Feed "${input.name}" has type ${String(t.type)}, but the model expects ${input.type}.`);
    const Ctor = ARRAY_OF[t.type];
    if (!(t.data instanceof Ctor)) throw bad(`Feed "${input.name}" declares type ${t.type} but its data is not a ${Ctor.name}.`);
    if (!Array.isArray(t.dims) || t.dims.some((d) => !Number.isInteger(d) || d < 0)) throw bad(`Feed "${input.name}" needs dims as non-negative integers, got ${JSON.stringify(t.dims)}.`);
    const size = t.dims.reduce((a, b) => a * b, 1);
    if (size !== t.data.length) throw bad(`Feed "${input.name}" has dims [${t.dims.join(', ')}] (${size} elements) but ${t.data.length} data elements.`);
    if (input.dims.length > 0) {
      if (t.dims.length !== input.dims.length) throw bad(`Feed "${input.name}" has rank ${t.dims.length}; the model expects [${input.dims.join(', ')}].`);
      input.dims.forEach((d, i) => {
        if (typeof d === 'number' && d > 0 && t.dims[i] !== d) throw bad(`Feed "${input.name}" dimension ${i} is ${t.dims[i]}; the model fixes it at ${d} ([${input.dims.join(', ')}]).`);
      });
    }
  }
}
