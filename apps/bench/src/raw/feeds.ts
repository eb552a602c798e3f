/**
 * Kokoro feeds for one segment, built from the model's own input metadata (names and element
 * types differ between exports). Pure: the raw baseline and the tests share it.
 */
import { BenchError } from '../errors';

/** One tensor as plain, structured-cloneable data. */
export interface TensorData {
  type: 'int64' | 'int32' | 'float32';
  data: BigInt64Array | Int32Array | Float32Array;
  dims: number[];
}

/** Name, element type and shape of a model input, as ONNX Runtime reports them. */
export interface InputInfo {
  name: string;
  type: string;
  dims: (number | string)[];
}

/** What a segment's inference needs: phoneme token ids WITHOUT pads, its style vector, and speed. */
export interface SegmentInput {
  ids: readonly number[];
  style: Float32Array;
  speed: number;
}

/** Kokoro's limit on ids between the two pads. */
export const MAX_SEGMENT_IDS = 510;
/** Width of one style row. */
export const STYLE_DIM = 256;
/** Rows in a voice pack. */
export const VOICE_ROWS = 510;

/**
 * The style row Kokoro uses for a segment of `idCount` ids (without pads): `min(idCount, 509)`.
 * The engine documents the same convention; the raw baseline must use the same row.
 */
export function styleRowIndex(idCount: number): number {
  return Math.min(idCount, VOICE_ROWS - 1);
}

/** Row `styleRowIndex(idCount)` of a `[510, 1, 256]` voice pack, copied. */
export function styleFor(pack: Float32Array, idCount: number): Float32Array {
  if (pack.length !== VOICE_ROWS * STYLE_DIM) {
    throw new BenchError('KOKORO_BENCH_MODEL_MISSING', `A voice pack must hold ${VOICE_ROWS} x ${STYLE_DIM} floats; got ${pack.length}. Pass a Kokoro voice (.bin of 522,240 bytes).`);
  }
  const row = styleRowIndex(idCount);
  return pack.slice(row * STYLE_DIM, (row + 1) * STYLE_DIM);
}

function find(inputs: readonly InputInfo[], names: readonly string[], what: string): InputInfo {
  const hit = inputs.find((i) => names.includes(i.name));
  if (!hit) {
    throw new BenchError(
      'KOKORO_BENCH_MODEL_MISSING',
      `The model has no ${what} input (looked for ${names.join(' or ')}); its inputs are ${inputs.map((i) => `${i.name}:${i.type}`).join(', ')}. Is it a Kokoro ONNX export?`,
    );
  }
  return hit;
}

/**
 * Feeds for one segment: ids input `[1, T]` int64 with the two zero pads, `style` float32
 * `[1, 256]`, `speed` `[1]` as float32 or int32 (rounded) per the model.
 */
export function buildFeeds(inputs: readonly InputInfo[], segment: SegmentInput): Record<string, TensorData> {
  if (segment.ids.length === 0 || segment.ids.length > MAX_SEGMENT_IDS) {
    throw new BenchError('KOKORO_BENCH_SUITE_FAILED', `A segment must have 1..${MAX_SEGMENT_IDS} ids between the pads; got ${segment.ids.length}.`);
  }
  if (segment.style.length !== STYLE_DIM) throw new BenchError('KOKORO_BENCH_SUITE_FAILED', `A style vector has ${STYLE_DIM} floats; got ${segment.style.length}.`);
  const idsInput = find(inputs, ['input_ids', 'tokens'], 'token ids');
  const styleInput = find(inputs, ['style'], 'style');
  const speedInput = find(inputs, ['speed'], 'speed');
  const ids = new BigInt64Array(segment.ids.length + 2);
  segment.ids.forEach((id, i) => (ids[i + 1] = BigInt(id)));
  const idsTensor: TensorData =
    idsInput.type === 'int32' ? { type: 'int32', data: Int32Array.from(ids, Number), dims: [1, ids.length] } : { type: 'int64', data: ids, dims: [1, ids.length] };
  const speed: TensorData =
    speedInput.type === 'int32' ? { type: 'int32', data: Int32Array.of(Math.round(segment.speed)), dims: [1] } : { type: 'float32', data: Float32Array.of(segment.speed), dims: [1] };
  return { [idsInput.name]: idsTensor, [styleInput.name]: { type: 'float32', data: segment.style.slice(), dims: [1, STYLE_DIM] }, [speedInput.name]: speed };
}
