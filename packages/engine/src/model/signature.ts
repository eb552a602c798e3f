import { engineError } from '../errors';

/** One input or output as a session reports it. */
export interface TensorInfo {
  name: string;
  /** Element type, e.g. `int64`, `float32` (ORT's `tensor(float)` spellings are accepted too). */
  type: string;
  dims?: readonly (number | string)[];
}

/** What the engine needs to know about a Kokoro graph, read from its declared inputs and outputs. */
export interface ModelSignature {
  /** Name of the token-id input: `input_ids` (Hugging Face export) or `tokens` (older exports). */
  idsName: string;
  /** Element type of the id input. */
  idsType: 'int64' | 'int32';
  styleName: string;
  speedName: string;
  /** `int32` speeds cannot carry fractions: see {@link SpeedPolicy}. */
  speedType: 'float32' | 'int32';
  waveformName: string;
  /** Name of the per-token `duration` output (frames of 600 samples), when the graph has one. */
  durationName: string | undefined;
}

/**
 * What to do with a fractional speed when the model's speed input is int32.
 * `reject` (default): a typed `KOKORO_ENGINE_BAD_SPEED` error, so 1.5 never silently becomes 1.
 * `round`: round to the nearest integer (and report it through `onWarning`).
 */
export type SpeedPolicy = 'reject' | 'round';

function elementType(t: string): string {
  const m = /^tensor\((\w+)\)$/.exec(t);
  const base = m?.[1] ?? t;
  return base === 'float' ? 'float32' : base;
}

/**
 * Reads the Kokoro contract from a session's metadata: which id input name, which speed
 * type, which outputs. Throws `KOKORO_ENGINE_BAD_MODEL` naming what is missing.
 */
export function readSignature(meta: { inputs: readonly TensorInfo[]; outputs: readonly TensorInfo[] }, source: string): ModelSignature {
  const find = (list: readonly TensorInfo[], names: string[]) => list.find((t) => names.includes(t.name));
  const describe = (list: readonly TensorInfo[]) => list.map((t) => `${t.name}:${elementType(t.type)}`).join(', ') || '(none)';
  const bad = (what: string) => engineError('KOKORO_ENGINE_BAD_MODEL', `${source} does not look like a Kokoro model: ${what}. It declares inputs [${describe(meta.inputs)}] and outputs [${describe(meta.outputs)}]; expected inputs input_ids|tokens (int64), style (float32), speed (float32|int32) and output waveform (float32).`, { file: source });
  const ids = find(meta.inputs, ['input_ids', 'tokens']);
  const style = find(meta.inputs, ['style']);
  const speed = find(meta.inputs, ['speed']);
  const waveform = find(meta.outputs, ['waveform', 'audio']) ?? (meta.outputs.length === 1 || meta.outputs.length === 2 ? meta.outputs.find((o) => elementType(o.type) === 'float32') : undefined);
  if (ids === undefined) throw bad('no input named input_ids or tokens');
  if (style === undefined) throw bad('no input named style');
  if (speed === undefined) throw bad('no input named speed');
  if (waveform === undefined) throw bad('no waveform output');
  const idsType = elementType(ids.type);
  const speedType = elementType(speed.type);
  if (idsType !== 'int64' && idsType !== 'int32') throw bad(`${ids.name} is ${idsType}, not int64`);
  if (speedType !== 'float32' && speedType !== 'int32') throw bad(`speed is ${speedType}, not float32 or int32`);
  if (elementType(style.type) !== 'float32') throw bad(`style is ${elementType(style.type)}, not float32`);
  const duration = meta.outputs.find((o) => o.name === 'duration' || o.name === 'durations' || o.name === 'pred_dur');
  return {
    idsName: ids.name,
    idsType,
    styleName: style.name,
    speedName: speed.name,
    speedType,
    waveformName: waveform.name,
    durationName: duration?.name,
  };
}

/** Valid speed range (a duration divisor: 2 = twice as fast). */
export const SPEED_RANGE = { min: 0.25, max: 4 } as const;

/**
 * Checks `speed` and converts it to what the model accepts. For int32 speed inputs a
 * fractional speed is rejected (policy `reject`) or rounded (`round`, with `onRound` called).
 */
export function modelSpeed(speed: number, sig: Pick<ModelSignature, 'speedType'>, policy: SpeedPolicy, onRound?: (from: number, to: number) => void): number {
  if (typeof speed !== 'number' || !Number.isFinite(speed) || speed < SPEED_RANGE.min || speed > SPEED_RANGE.max) {
    throw engineError('KOKORO_ENGINE_BAD_SPEED', `Speed must be a number from ${SPEED_RANGE.min} to ${SPEED_RANGE.max} (1 = normal, 2 = twice as fast); got ${String(speed)}.`, { speed });
  }
  if (sig.speedType === 'float32' || Number.isInteger(speed)) return speed;
  if (policy === 'round') {
    const rounded = Math.min(SPEED_RANGE.max, Math.max(1, Math.round(speed)));
    onRound?.(speed, rounded);
    return rounded;
  }
  throw engineError('KOKORO_ENGINE_BAD_SPEED', `This model declares an int32 speed input, so speed ${speed} cannot be passed without truncation. Use a whole number (1, 2, 3, 4), a model with a float32 speed input (e.g. the Hugging Face export), or the engine option speedPolicy: 'round'.`, { speed, speedType: 'int32' });
}
