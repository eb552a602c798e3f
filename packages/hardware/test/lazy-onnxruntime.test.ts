import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const ortLoaded = (): boolean => Object.keys(require.cache).some((path) => /[\\/]onnxruntime-node[\\/]/.test(path));

describe('onnxruntime-node loads lazily', () => {
  it('importing the package and probing without ORT does not load onnxruntime-node; asking for the report does', async () => {
    expect(ortLoaded()).toBe(false);
    const { detectHardware } = await import('../src/index');
    expect(ortLoaded()).toBe(false);
    const without = await detectHardware({ fresh: true, loadOnnxRuntime: false, platform: process.platform });
    expect(without.onnxruntime.backends).toEqual([]);
    expect(ortLoaded()).toBe(false);
    const report = await detectHardware({ fresh: true });
    expect(ortLoaded()).toBe(true);
    expect(report.onnxruntime.version).toBe('1.30.0');
    expect(report.onnxruntime.backends).toContainEqual({ name: 'cpu', bundled: true });
  });
});
