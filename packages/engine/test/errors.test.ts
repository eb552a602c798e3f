import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import * as engine from '../src/index';

describe('public surface', () => {
  it('has unique, documented error codes', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const codes = Object.keys(engine.ENGINE_ERROR_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^KOKORO_ENGINE_[A-Z_]+$/);
      expect(readme).toContain(code);
    }
    const err = new engine.EngineError('KOKORO_ENGINE_BAD_SPEED', 'x');
    expect(engine.isEngineError({ code: 'KOKORO_ENGINE_BAD_SPEED' }, 'KOKORO_ENGINE_BAD_SPEED')).toBe(true);
    expect(engine.isEngineError(err, 'KOKORO_ENGINE_EMPTY_INPUT')).toBe(false);
    expect(engine.isEngineError(new Error('x'))).toBe(false);
  });

  it('exports a stable set of names', () => {
    expect(Object.keys(engine).sort()).toMatchSnapshot();
  });

  it('reads options from the environment at the edge', () => {
    expect(engine.engineOptionsFromEnv({ KOKORO_MODEL_PATH: '/m.onnx', KOKORO_VOICES_PATH: '/v', KOKORO_OFFLINE: '1', KOKORO_CACHES: '0' }))
      .toEqual({ model: '/m.onnx', voices: '/v', download: false, caches: false });
    expect(engine.engineOptionsFromEnv({ KOKORO_MODEL_VARIANT: 'int8' })).toEqual({ model: { variant: 'int8' } });
  });
});
