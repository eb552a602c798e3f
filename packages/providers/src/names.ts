/**
 * Names shared by builders, planner and config.
 * @packageDocumentation
 */

/** Execution providers this package builds options for, in onnxruntime-node's spelling. */
export const PROVIDER_NAMES = ['cpu', 'coreml', 'cuda', 'tensorrt', 'dml', 'webgpu'] as const;
/** An execution provider name. */
export type ProviderName = (typeof PROVIDER_NAMES)[number];

/** Kokoro model variants the planner can prefer (file names in MODEL.md). */
export const MODEL_VARIANTS = ['fp32', 'fp16', 'int8', 'q4'] as const;
/** A model variant. */
export type ModelVariant = (typeof MODEL_VARIANTS)[number];

/** ONNX Runtime graph optimization levels. */
export const GRAPH_OPTIMIZATION_LEVELS = ['disabled', 'basic', 'extended', 'layout', 'all'] as const;
/** A graph optimization level. */
export type GraphOptimizationLevel = (typeof GRAPH_OPTIMIZATION_LEVELS)[number];

/** CoreML compute units. */
export const COREML_COMPUTE_UNITS = ['ALL', 'CPUAndNeuralEngine', 'CPUAndGPU', 'CPUOnly'] as const;
/** Which Apple silicon units CoreML may use. */
export type CoreMLComputeUnits = (typeof COREML_COMPUTE_UNITS)[number];

/** CoreML model formats. */
export const COREML_MODEL_FORMATS = ['MLProgram', 'NeuralNetwork'] as const;
/** CoreML model format. */
export type CoreMLModelFormat = (typeof COREML_MODEL_FORMATS)[number];

/** CoreML specialization strategies. */
export const COREML_SPECIALIZATIONS = ['Default', 'FastPrediction'] as const;
/** CoreML specialization strategy. */
export type CoreMLSpecialization = (typeof COREML_SPECIALIZATIONS)[number];
