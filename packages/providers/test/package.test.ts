import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('public surface', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "AllProvidersFailedError",
        "COREML_COMPUTE_UNITS",
        "COREML_FLAGS",
        "COREML_MODEL_FORMATS",
        "COREML_SPECIALIZATIONS",
        "DEFAULT_COREML_LONG_INPUT_TOKENS",
        "GRAPH_OPTIMIZATION_LEVELS",
        "InvalidEnvError",
        "InvalidOptionError",
        "MAX_ARENA_MB",
        "MAX_THREADS",
        "MEMORY_HEADROOM",
        "MODEL_VARIANTS",
        "MODEL_WEIGHT_BYTES",
        "POOL_THREADS_PER_SESSION",
        "PROVIDERS_ERROR_CODES",
        "PROVIDER_ENV_VARIABLES",
        "PROVIDER_NAMES",
        "PUBLISHED_BACKENDS",
        "ProvidersError",
        "SESSION_WORKING_BYTES",
        "coremlAppliedByNodeBinding",
        "coremlFlags",
        "coremlSessionOptions",
        "cpuSessionOptions",
        "createSessionWithFallback",
        "cudaSessionOptions",
        "dmlSessionOptions",
        "formatPlan",
        "isProvidersError",
        "planProviders",
        "providerConfigFromEnv",
        "tensorrtSessionOptions",
        "webgpuSessionOptions",
        "withThreads",
      ]
    `);
  });

  it('error codes are prefixed, unique, and documented in the README', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const codes = Object.keys(api.PROVIDERS_ERROR_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^KOKORO_PROVIDERS_[A-Z_]+$/);
      expect(readme).toContain(code);
    }
  });

  it('errors are recognised by code, also after crossing a structured clone', () => {
    const error = new api.InvalidOptionError('provider', 'gpu', "one of 'cpu'");
    const cloned: unknown = structuredClone({ code: error.code, message: error.message });
    expect(api.isProvidersError(cloned, 'KOKORO_PROVIDERS_INVALID_OPTION')).toBe(true);
    expect(api.isProvidersError({ code: 'SOMETHING_ELSE' })).toBe(false);
  });

  it('onnxruntime-node is not a runtime dependency and is never imported by the source', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['onnxruntime-node']).toBeUndefined();
    for (const file of ['fallback.ts', 'planner.ts', 'index.ts']) {
      expect(readFileSync(join(import.meta.dirname, '..', 'src', file), 'utf8')).not.toMatch(/from ['"]onnxruntime-node['"]|import\(['"]onnxruntime-node['"]\)/);
    }
  });
});
