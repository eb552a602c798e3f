/**
 * CoreML execution provider options (macOS). onnxruntime-node 1.30 reads only the
 * `coreMlFlags` bit field of a CoreML entry; the other settings are also written under
 * ONNX Runtime's CoreML provider-option names so bindings that forward them apply them.
 * {@link coremlAppliedByNodeBinding} says which settings this binding really applies.
 * @packageDocumentation
 */
import type { InferenceSession } from 'onnxruntime-common';
import {
  COREML_COMPUTE_UNITS, COREML_MODEL_FORMATS, COREML_SPECIALIZATIONS, type CoreMLComputeUnits, type CoreMLModelFormat, type CoreMLSpecialization,
} from '../names';
import { boolean, nonEmptyString, oneOf } from '../validate';
import { checkShape, COMMON_KEYS, commonSessionOptions, type CommonSessionConfig } from './common';

/** CoreML-specific options. */
export interface CoreMLConfig {
  /** Which units CoreML may use. Default `'ALL'` (CPU, GPU and Neural Engine). */
  computeUnits?: CoreMLComputeUnits;
  /** `'MLProgram'` (default; handles dynamic shapes, fp16 on GPU/ANE) or `'NeuralNetwork'` (older format). */
  modelFormat?: CoreMLModelFormat;
  /** Only hand CoreML nodes whose input shapes are static (pairs with `freeDimensionOverrides`). Default `false`. */
  staticInputShapes?: boolean;
  /** Run CoreML inside control-flow subgraphs too. Default `false`. */
  enableOnSubgraphs?: boolean;
  /** `'Default'` or `'FastPrediction'` (longer compile for faster runs). Default `'Default'`. */
  specializationStrategy?: CoreMLSpecialization;
  /** Directory for compiled CoreML models, so later loads skip compilation. Default unset. */
  modelCacheDirectory?: string;
  /** Let the GPU accumulate in fp16 (faster, slightly less precise). Default `false`. */
  allowLowPrecisionAccumulationOnGpu?: boolean;
}

/** Options for {@link coremlSessionOptions}. */
export type CoreMLSessionConfig = CommonSessionConfig & CoreMLConfig;

const COREML_KEYS = ['computeUnits', 'modelFormat', 'staticInputShapes', 'enableOnSubgraphs', 'specializationStrategy', 'modelCacheDirectory', 'allowLowPrecisionAccumulationOnGpu'] as const;

/** COREML_FLAG_* bits from onnxruntime's coreml_provider_factory.h. */
export const COREML_FLAGS = {
  USE_CPU_ONLY: 0x001,
  ENABLE_ON_SUBGRAPH: 0x002,
  ONLY_ENABLE_DEVICE_WITH_ANE: 0x004,
  ONLY_ALLOW_STATIC_INPUT_SHAPES: 0x008,
  CREATE_MLPROGRAM: 0x010,
  USE_CPU_AND_GPU: 0x020,
} as const;

/** The validated CoreML settings with defaults filled in. @internal */
export function resolveCoreML(o: CoreMLConfig): Required<Omit<CoreMLConfig, 'modelCacheDirectory'>> & { modelCacheDirectory?: string } {
  const out: Required<Omit<CoreMLConfig, 'modelCacheDirectory'>> & { modelCacheDirectory?: string } = {
    computeUnits: o.computeUnits === undefined ? 'ALL' : oneOf('computeUnits', o.computeUnits, COREML_COMPUTE_UNITS),
    modelFormat: o.modelFormat === undefined ? 'MLProgram' : oneOf('modelFormat', o.modelFormat, COREML_MODEL_FORMATS),
    staticInputShapes: o.staticInputShapes === undefined ? false : boolean('staticInputShapes', o.staticInputShapes),
    enableOnSubgraphs: o.enableOnSubgraphs === undefined ? false : boolean('enableOnSubgraphs', o.enableOnSubgraphs),
    specializationStrategy: o.specializationStrategy === undefined ? 'Default' : oneOf('specializationStrategy', o.specializationStrategy, COREML_SPECIALIZATIONS),
    allowLowPrecisionAccumulationOnGpu: o.allowLowPrecisionAccumulationOnGpu === undefined ? false : boolean('allowLowPrecisionAccumulationOnGpu', o.allowLowPrecisionAccumulationOnGpu),
  };
  if (o.modelCacheDirectory !== undefined) out.modelCacheDirectory = nonEmptyString('modelCacheDirectory', o.modelCacheDirectory);
  return out;
}

/** The `coreMlFlags` value for these settings (what onnxruntime-node 1.30 applies). */
export function coremlFlags(o: CoreMLConfig): number {
  const r = resolveCoreML(o);
  let flags = 0;
  if (r.computeUnits === 'CPUOnly') flags |= COREML_FLAGS.USE_CPU_ONLY;
  if (r.computeUnits === 'CPUAndGPU') flags |= COREML_FLAGS.USE_CPU_AND_GPU;
  if (r.enableOnSubgraphs) flags |= COREML_FLAGS.ENABLE_ON_SUBGRAPH;
  if (r.staticInputShapes) flags |= COREML_FLAGS.ONLY_ALLOW_STATIC_INPUT_SHAPES;
  if (r.modelFormat === 'MLProgram') flags |= COREML_FLAGS.CREATE_MLPROGRAM;
  return flags;
}

/**
 * Which of these settings onnxruntime-node 1.30 applies (through `coreMlFlags`) and which it
 * ignores. `CPUAndNeuralEngine` has no flag: through this binding it behaves as `ALL`.
 */
export function coremlAppliedByNodeBinding(o: CoreMLConfig): { applied: string[]; ignored: string[] } {
  const r = resolveCoreML(o);
  const applied = [`computeUnits ${r.computeUnits === 'CPUAndNeuralEngine' ? 'ALL (CPUAndNeuralEngine has no flag)' : r.computeUnits}`, `modelFormat ${r.modelFormat}`, `staticInputShapes ${String(r.staticInputShapes)}`, `enableOnSubgraphs ${String(r.enableOnSubgraphs)}`];
  const ignored: string[] = [];
  if (r.computeUnits === 'CPUAndNeuralEngine') ignored.push('computeUnits CPUAndNeuralEngine');
  if (r.specializationStrategy !== 'Default') ignored.push(`specializationStrategy ${r.specializationStrategy}`);
  if (r.modelCacheDirectory !== undefined) ignored.push('modelCacheDirectory');
  if (r.allowLowPrecisionAccumulationOnGpu) ignored.push('allowLowPrecisionAccumulationOnGpu');
  return { applied, ignored };
}

/**
 * Session options for the CoreML provider: `coreMlFlags` (applied by onnxruntime-node) plus the
 * same settings under ONNX Runtime's CoreML provider-option names (`MLComputeUnits`, `ModelFormat`,
 * `RequireStaticInputShapes`, `EnableOnSubgraphs`, `SpecializationStrategy`, `ModelCacheDirectory`,
 * `AllowLowPrecisionAccumulationOnGPU`), which 1.30's binding ignores.
 */
export function coremlSessionOptions(o: CoreMLSessionConfig = {}): InferenceSession.SessionOptions {
  checkShape(o, [...COMMON_KEYS, ...COREML_KEYS]);
  const r = resolveCoreML(o);
  const entry: Record<string, string | number> & { name: 'coreml' } = {
    name: 'coreml',
    coreMlFlags: coremlFlags(r),
    MLComputeUnits: r.computeUnits,
    ModelFormat: r.modelFormat,
    RequireStaticInputShapes: r.staticInputShapes ? '1' : '0',
    EnableOnSubgraphs: r.enableOnSubgraphs ? '1' : '0',
    SpecializationStrategy: r.specializationStrategy,
    AllowLowPrecisionAccumulationOnGPU: r.allowLowPrecisionAccumulationOnGpu ? '1' : '0',
  };
  if (r.modelCacheDirectory !== undefined) entry.ModelCacheDirectory = r.modelCacheDirectory;
  return { ...commonSessionOptions(o), executionProviders: [entry] };
}
