/**
 * The input/output shapes of the Kokoro ONNX exports seen in the wild, as synthetic-model
 * variants (see MODEL.md: names and element types differ between exports).
 * @packageDocumentation
 */
import { TestkitError } from './errors';

/** Which export's contract a synthetic model follows. */
export interface SyntheticVariant {
  /** Name of the token-id input: `input_ids` (Hugging Face export) or `tokens` (older exports). */
  idsName: 'input_ids' | 'tokens';
  /** Element type of the `speed` input; an int32 model sees a speed of 1.5 as 1 (the caller's cast truncates). */
  speedType: 'float32' | 'int32';
  /** Rank of the `waveform` output: 1 for `[N]`, 2 for `[1, N]`. */
  waveformRank: 1 | 2;
  /** Whether the model also outputs `duration` (int64 `[T]`, frames of 600 samples per input position). */
  duration: boolean;
}

/** Names of the predefined variants. */
export type VariantName = 'hf' | 'int32Speed' | 'tokens' | 'batched' | 'withDuration';

/**
 * The predefined variants. `hf` is the Hugging Face `onnx-community/Kokoro-82M-v1.0-ONNX`
 * contract (`input_ids`, float32 speed, waveform `[N]`, no duration); each other one changes
 * one thing: int32 speed, `tokens` input name, waveform `[1, N]`, or a `duration` output.
 */
export const VARIANTS: Readonly<Record<VariantName, Readonly<SyntheticVariant>>> = Object.freeze({
  hf: Object.freeze({ idsName: 'input_ids', speedType: 'float32', waveformRank: 1, duration: false }),
  int32Speed: Object.freeze({ idsName: 'input_ids', speedType: 'int32', waveformRank: 1, duration: false }),
  tokens: Object.freeze({ idsName: 'tokens', speedType: 'float32', waveformRank: 1, duration: false }),
  batched: Object.freeze({ idsName: 'input_ids', speedType: 'float32', waveformRank: 2, duration: false }),
  withDuration: Object.freeze({ idsName: 'input_ids', speedType: 'float32', waveformRank: 1, duration: true }),
} as const);

/** Names of {@link VARIANTS}, in a stable order (handy for `describe.each`). */
export const VARIANT_NAMES: readonly VariantName[] = Object.freeze(Object.keys(VARIANTS) as VariantName[]);

function oneOf<T extends string | number | boolean>(field: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    throw new TestkitError(
      'KOKORO_TESTKIT_BAD_OPTION',
      `variant.${field} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}; got ${JSON.stringify(value)}.`,
    );
  }
  return value as T;
}

/**
 * Completes a partial variant from `hf` and validates every field.
 * @throws {@link TestkitError} `KOKORO_TESTKIT_BAD_OPTION` naming the field and the allowed values.
 */
export function resolveVariant(variant: Partial<SyntheticVariant> = {}): SyntheticVariant {
  const merged = { ...VARIANTS.hf, ...variant };
  return {
    idsName: oneOf('idsName', merged.idsName, ['input_ids', 'tokens']),
    speedType: oneOf('speedType', merged.speedType, ['float32', 'int32']),
    waveformRank: oneOf('waveformRank', merged.waveformRank, [1, 2]),
    duration: oneOf('duration', merged.duration, [true, false]),
  };
}

/**
 * Looks a variant up by name.
 * @throws {@link TestkitError} `KOKORO_TESTKIT_BAD_OPTION` listing the known names.
 */
export function variantByName(name: string): SyntheticVariant {
  if (!Object.hasOwn(VARIANTS, name)) {
    throw new TestkitError('KOKORO_TESTKIT_BAD_OPTION', `Unknown variant ${JSON.stringify(name)}; expected one of ${VARIANT_NAMES.join(', ')}.`);
  }
  return { ...VARIANTS[name as VariantName] };
}
