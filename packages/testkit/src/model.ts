/**
 * The synthetic Kokoro-contract ONNX model: Kokoro's inputs and outputs, with a waveform
 * that encodes the token ids, positions, style and speed it was given (see encoding.ts).
 * @packageDocumentation
 */
import { isFree, resolveCost, type CostProfile } from './cost';
import {
  CARRIER_CYCLES,
  ID_SCALE,
  MAX_FRAMES_PER_TOKEN,
  POSITION_SCALE,
  SAMPLES_PER_FRAME,
  SPEED_SCALE,
  carrierMatrix,
} from './encoding';
import { GraphBuilder, tensor } from './internal/graph-builder';
import { DataType, encodeModelProto, type DimMessage, type ValueInfoMessage, type DataTypeCode } from './internal/onnx-proto';
import { resolveVariant, type SyntheticVariant } from './variants';

/** ONNX opset the graph uses (onnxruntime-node 1.30 runs it). */
export const SYNTHETIC_OPSET = 17;
/** ONNX IR version written into the model. */
export const SYNTHETIC_IR_VERSION = 8;
/** Metadata key whose value is the JSON of the resolved build options. */
export const SYNTHETIC_METADATA_KEY = 'kokoro_ts.synthetic';

/** Options of {@link buildSyntheticModel}. */
export interface SyntheticModelOptions {
  /** Contract to follow; missing fields come from `VARIANTS.hf`. Default `VARIANTS.hf`. */
  variant?: Partial<SyntheticVariant>;
  /** Extra compute per call, token and frame; missing fields are 0. Default: none. */
  cost?: Partial<CostProfile>;
}

function valueInfo(name: string, elemType: DataTypeCode, dims: (number | string)[]): ValueInfoMessage {
  const dim: DimMessage[] = dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d }));
  return { name, type: { tensorType: { elemType, shape: { dim } } } };
}

/** Deterministic pseudo-random weight values in [-1/width, 1/width). */
function costWeight(width: number): Float32Array {
  const out = new Float32Array(width * width);
  let state = 0x9e3779b9;
  for (let i = 0; i < out.length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = (state / 2 ** 32 - 0.5) * (2 / width);
  }
  return out;
}

/**
 * Appends the cost subgraph and returns the name of a float scalar that is always exactly 0:
 * a `[rows, width]` zero matrix chained through `depth` MatMuls, summed, then `Min(|sum|, 0)`.
 * Its row count depends on the inputs, so ONNX Runtime can neither fold nor drop it.
 */
function addCost(g: GraphBuilder, cost: Required<CostProfile>, positions: string, frames: string): string {
  const positionsF = g.op('Cast', [g.op('Shape', [positions])], { to: { int: DataType.FLOAT } });
  const framesF = g.op('Cast', [frames], { to: { int: DataType.FLOAT } });
  const perToken = g.op('Mul', [positionsF, g.f32('cost_per_token', [], [cost.perToken])]);
  const perFrame = g.op('Mul', [framesF, g.f32('cost_per_frame', [], [cost.perFrame])]);
  const rowsF = g.op('Add', [g.op('Add', [perToken, perFrame]), g.f32('cost_per_call', [], [cost.perCall])]);
  const rows = g.op('Cast', [g.op('Round', [rowsF])], { to: { int: DataType.INT64 } });
  const shape = g.op('Concat', [rows, g.i64('cost_width', [1], [cost.width])], { axis: { int: 0 } });
  let x = g.op('ConstantOfShape', [shape], { value: { tensor: tensor('zero', [1], new Float32Array([0])) } });
  const weight = g.f32('cost_weight', [cost.width, cost.width], costWeight(cost.width));
  for (let i = 0; i < cost.depth; i++) x = g.op('MatMul', [x, weight]);
  const sum = g.op('ReduceSum', [x], { keepdims: { int: 0 } });
  return g.op('Min', [g.op('Abs', [sum]), g.f32('cost_zero', [], [0])]);
}

/**
 * Builds a synthetic Kokoro-contract model and returns its ONNX bytes (deterministic: the
 * same options give the same bytes).
 *
 * Inputs: ids (`input_ids` or `tokens`) int64 `[1, T]`, `style` float32 `[1, 256]`, `speed`
 * float32 or int32 `[1]`. Outputs: `waveform` float32 `[N]` or `[1, N]` and, in the
 * `duration` variants, `duration` int64 `[T]`. Position t emits
 * `d_t = clamp(round((2 + id % 3) / speed), 1, 100)` frames of 600 samples; each frame is the
 * carrier chord that {@link decodeWaveform} reads back.
 *
 * @throws {@link TestkitError} `KOKORO_TESTKIT_BAD_OPTION` for an invalid variant or cost.
 */
export function buildSyntheticModel(options: SyntheticModelOptions = {}): Uint8Array {
  const variant = resolveVariant(options.variant);
  const cost = resolveCost(options.cost);
  const g = new GraphBuilder();
  const ids = variant.idsName;

  const positions = g.op('Reshape', [ids, g.i64('shape_flat', [1], [-1])]);
  const speed = variant.speedType === 'int32' ? g.op('Cast', ['speed'], { to: { int: DataType.FLOAT } }) : 'speed';

  // Durations, exactly as documented: float32 (2 + id % 3) / speed, Round (half to even), clamp.
  const base = g.op('Add', [g.op('Mod', [positions, g.i64('three', [], [3])]), g.i64('two', [], [2])]);
  const ratio = g.op('Div', [g.op('Cast', [base], { to: { int: DataType.FLOAT } }), speed]);
  const oneF = g.f32('one_f', [], [1]);
  const clamped = g.op('Clip', [g.op('Round', [ratio]), oneF, g.f32('max_frames', [], [MAX_FRAMES_PER_TOKEN])]);
  const durations = g.op('Cast', [clamped], { to: { int: DataType.INT64 } }, variant.duration ? 'duration' : undefined);

  // Frame f belongs to position #{t : end_t <= f}, with end_t the running sum of durations.
  const ends = g.op('CumSum', [durations, g.i64('axis0', [], [0])]);
  const frameCount = g.op('ReduceSum', [durations], { keepdims: { int: 0 } });
  const frameIndex = g.op('Range', [g.i64('zero_i', [], [0]), frameCount, g.i64('one_i', [], [1])]);
  const axes0 = g.i64('axes0', [1], [0]);
  const axes1 = g.i64('axes1', [1], [1]);
  const finished = g.op('LessOrEqual', [g.op('Unsqueeze', [ends, axes0]), g.op('Unsqueeze', [frameIndex, axes1])]);
  const framePosition = g.op('ReduceSum', [g.op('Cast', [finished], { to: { int: DataType.INT64 } }), axes1], { keepdims: { int: 0 } });

  // Per-frame amplitudes [F, 5]: id, position, style[0], style[1], speed.
  const frameId = g.op('Gather', [g.op('Cast', [positions], { to: { int: DataType.FLOAT } }), framePosition], { axis: { int: 0 } });
  const idAmp = g.op('Mul', [g.op('Add', [frameId, oneF]), g.f32('id_scale', [], [ID_SCALE])]);
  const positionF = g.op('Cast', [framePosition], { to: { int: DataType.FLOAT } });
  const positionAmp = g.op('Mul', [g.op('Add', [positionF, oneF]), g.f32('position_scale', [], [POSITION_SCALE])]);
  const styleCodes = g.op('Slice', ['style', g.i64('slice_start', [1], [0]), g.i64('slice_end', [1], [2]), axes1]);
  const speedAmp = g.op('Reshape', [g.op('Div', [speed, g.f32('speed_divisor', [], [1 / SPEED_SCALE])]), g.i64('shape_1x1', [2], [1, 1])]);
  const perCall = g.op('Concat', [styleCodes, speedAmp], { axis: { int: 1 } });
  const perCallShape = g.op('Concat', [g.op('Reshape', [frameCount, axes1]), g.i64('three_cols', [1], [3])], { axis: { int: 0 } });
  const amplitudes = g.op(
    'Concat',
    [g.op('Unsqueeze', [idAmp, axes1]), g.op('Unsqueeze', [positionAmp, axes1]), g.op('Expand', [perCall, perCallShape])],
    { axis: { int: 1 } },
  );
  let frames = g.op('MatMul', [amplitudes, g.f32('carriers', [CARRIER_CYCLES.length, SAMPLES_PER_FRAME], carrierMatrix())]);
  if (!isFree(cost)) frames = g.op('Add', [frames, addCost(g, cost, positions, frameCount)]);
  // The channel budget keeps normal output under ~0.9; the clip only guards absurd inputs.
  const bounded = g.op('Clip', [frames, g.f32('minus_one', [], [-1]), oneF]);
  const waveShape = variant.waveformRank === 1 ? 'shape_flat' : g.i64('shape_row', [2], [1, -1]);
  g.op('Reshape', [bounded, waveShape], {}, 'waveform');

  const outputs = [valueInfo('waveform', DataType.FLOAT, variant.waveformRank === 1 ? ['num_samples'] : [1, 'num_samples'])];
  if (variant.duration) outputs.push(valueInfo('duration', DataType.INT64, ['sequence_length']));

  return encodeModelProto({
    irVersion: SYNTHETIC_IR_VERSION,
    opsetImport: [{ domain: '', version: SYNTHETIC_OPSET }],
    producerName: '@kokoro-ts/testkit',
    producerVersion: '1',
    docString: 'Synthetic Kokoro-82M contract model: the waveform encodes token ids, positions, style and speed.',
    graph: {
      name: 'kokoro_synthetic',
      node: g.nodes,
      initializer: g.initializers,
      input: [
        valueInfo(ids, DataType.INT64, [1, 'sequence_length']),
        valueInfo('style', DataType.FLOAT, [1, 256]),
        valueInfo('speed', variant.speedType === 'int32' ? DataType.INT32 : DataType.FLOAT, [1]),
      ],
      output: outputs,
    },
    metadataProps: [{ key: SYNTHETIC_METADATA_KEY, value: JSON.stringify({ variant, cost }) }],
  });
}
