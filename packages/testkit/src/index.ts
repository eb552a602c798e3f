/**
 * `@kokoro-ts/testkit`: a synthetic ONNX model with Kokoro-82M's exact input/output contract
 * whose waveform encodes its input, synthetic voice packs in every format Kokoro users have,
 * and a decoder that reads the audio back. Private to the monorepo's tests and bench.
 * @packageDocumentation
 */
export { ASSET_FILES, writeSyntheticAssets, type SyntheticAssetOptions, type SyntheticAssets } from './assets';
export { DEFAULT_COST_DEPTH, DEFAULT_COST_WIDTH, MAX_COST_DEPTH, MAX_COST_WIDTH, NO_COST, resolveCost, type CostProfile } from './cost';
export {
  CALIBRATION_SCALE,
  KOKORO_2CORE_PROFILE,
  KOKORO_LIKE_COST,
  TOKEN_SHARE,
  calibrateCost,
  calibrationIds,
  endpointLine,
  fitLine,
  framesPerToken,
  measureProfile,
  type CalibrationOptions,
  type CalibrationResult,
  type LatencyMeasurer,
  type LatencyPoint,
} from './calibrate';
export { decodeWaveform, type DecodedRun, type DecodeOptions } from './decode';
export {
  CARRIER_CYCLES,
  CHANNEL,
  ID_SCALE,
  MAX_FRAMES_PER_TOKEN,
  MAX_VOICE_INDEX,
  POSITION_SCALE,
  SAMPLE_RATE,
  SAMPLES_PER_FRAME,
  SPEED_SCALE,
  STYLE_ROW_SCALE,
  STYLE_VOICE_SCALE,
  carrierMatrix,
  styleRowCode,
  styleVoiceCode,
  syntheticDurations,
} from './encoding';
export { createOrtMeasurer, type OrtMeasurerOptions } from './ort-measurer';
export { TESTKIT_ERROR_CODES, TestkitError, isTestkitError, type TestkitErrorCode } from './errors';
export { SYNTHETIC_IR_VERSION, SYNTHETIC_METADATA_KEY, SYNTHETIC_OPSET, buildSyntheticModel, type SyntheticModelOptions } from './model';
export { encodeNpy, encodeNpz, type NpzEntry } from './npy';
export { VARIANTS, VARIANT_NAMES, resolveVariant, variantByName, type SyntheticVariant, type VariantName } from './variants';
export {
  DEFAULT_VOICE_IDS,
  KOKORO_V1_VOICE_IDS,
  STYLE_DIM,
  VOICE_FILLER_AMPLITUDE,
  VOICE_PACK_LENGTH,
  VOICE_PACK_SHAPE,
  VOICE_ROWS,
  syntheticVoice,
  voicePackBytes,
} from './voices';
