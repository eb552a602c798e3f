/**
 * `@kokoro-ts/engine`: Kokoro-82M text to speech on ONNX Runtime for Node.js: model and voice
 * assets (find, download, verify), streaming synthesis with a short first segment, word
 * timestamps, caches.
 * @packageDocumentation
 */
export { createEngine, type Engine, type EngineInfo } from './pipeline/engine';
export { ENGINE_DEFAULTS, engineOptionsFromEnv, type EngineOptions } from './pipeline/engine-options';
export type {
  AudioChunk,
  CacheOptions,
  EngineLanguage,
  EngineLimits,
  EngineMetrics,
  PhonemizeOptions,
  SegmentInfo,
  SegmentationOptions,
  StageTimings,
  SynthesisOptions,
  SynthesisResult,
  SynthesisWarning,
} from './pipeline/types';
export { NORMALIZE_SETTINGS, NORMALIZE_SWITCHES, type NormalizeSwitchName, type NormalizeSwitches } from './pipeline/call-normalize';
export { ENGINE_ERROR_CODES, EngineError, isEngineError, type EngineErrorCode } from './errors';

export { nodeAssetFs, type AssetFs, type WritableFile } from './assets/asset-fs';
export { defaultCacheDir } from './assets/cache-dir';
export { downloadFile, sha256File, type DownloadOptions, type DownloadProgress, type DownloadResult, type FetchLike } from './assets/download';
export { readManifest, type Manifest, type ManifestEntry } from './assets/manifest';
export { resolveAssets, resolveLexicons, type AssetOptions, type DownloadSettings, type ResolvedAssets, type ResolvedLexicons } from './assets/resolve';
export {
  KOKORO_VOICE_IDS,
  LEXICON_SHA256,
  MISAKI_COMMIT,
  MODEL_SOURCES,
  MODEL_VARIANTS,
  VOICES_ARCHIVE,
  lexiconSources,
  voiceFileSource,
  type ModelVariant,
  type RemoteFile,
} from './assets/sources';

export { DEFAULT_AUDIO_OPTIONS, SAMPLE_RATE, cleanSegment, pauseSamples, type AudioOptions, type CleanedSegment, type PauseOptions, type SegmentBoundary } from './audio/postprocess';
export { SAMPLES_PER_FRAME, estimateWords, wordsFromDurations, type SegmentPlacement, type WordSpan, type WordTimestamp } from './audio/timestamps';
export type { CacheStats } from './cache/lru';

export { SPEED_RANGE, modelSpeed, readSignature, type ModelSignature, type SpeedPolicy, type TensorInfo } from './model/signature';
export { checkOnnxHeader } from './model/onnx-check';
export { optimizedGraphPath, ortGraphOptimizer, type GraphCacheKey, type GraphCacheResult, type GraphOptimizer } from './model/graph-cache';

export { MAX_BLEND_PARTS, closestVoiceIds, describeVoice, isValidVoiceId, parseVoiceSpec, type VoiceBlendPart, type VoiceInfo, type VoiceLanguage } from './voices/voice-spec';
export { STYLE_DIM, VOICE_PACK_LENGTH, VOICE_ROWS, styleFor, styleRowIndex, validateVoicePack } from './voices/voice-store';
