import { totalmem } from 'node:os';
import type { HardwareReport } from '@kokoro-ts/hardware';
import { describe, expect, it } from 'vitest';
import { memoryThresholds, pressureOf, shouldRecycle, validateRecyclePolicy, arenaSessionOptions, collectGarbage } from '../src/index';

const GiB = 1024 ** 3;

describe('memoryThresholds', () => {
  it('uses the container limit when it is below physical memory', () => {
    const t = memoryThresholds({ memory: { totalBytes: 64 * GiB }, container: { memoryLimitBytes: 4 * GiB } });
    expect(t).toMatchObject({ limitBytes: 4 * GiB, limitSource: 'container' });
    expect(t.warnBytes).toBe(Math.floor(4 * GiB * 0.7));
    expect(pressureOf(3.5 * GiB, t)).toBe('critical');
    expect(pressureOf(3 * GiB, t)).toBe('warn');
    expect(pressureOf(1 * GiB, t)).toBe('ok');
  });

  it('ignores an unset or larger container limit', () => {
    expect(memoryThresholds({ memory: { totalBytes: 8 * GiB }, container: { memoryLimitBytes: 16 * GiB } }).limitSource).toBe('physical');
    expect(memoryThresholds({ memory: { totalBytes: 8 * GiB }, container: {} }).limitBytes).toBe(8 * GiB);
  });

  it('takes a detectHardware() report as is, falling back to os.totalmem() when memory is unknown', () => {
    const report: Pick<HardwareReport, 'memory' | 'container'> = { memory: { totalBytes: null, availableBytes: null }, container: { cgroupVersion: null } };
    expect(memoryThresholds(report)).toMatchObject({ limitBytes: totalmem(), limitSource: 'physical' });
  });

  it('rejects a critical fraction below warn', () => {
    expect(() => memoryThresholds(undefined, { warnFraction: 0.9, criticalFraction: 0.5 })).toThrow(/criticalFraction/);
  });
});

describe('shouldRecycle', () => {
  it('recycles after maxRuns or past maxGrowthBytes, otherwise not', () => {
    const policy = validateRecyclePolicy({ maxRuns: 100, maxGrowthBytes: 1e6 });
    expect(shouldRecycle({ runs: 99, growthBytes: 10 }, policy)).toBe(false);
    expect(shouldRecycle({ runs: 100 }, policy)).toMatchObject({ reason: 'maxRuns' });
    expect(shouldRecycle({ runs: 1, growthBytes: 2e6 }, policy)).toMatchObject({ reason: 'maxGrowthBytes' });
    expect(shouldRecycle({ runs: 1e9, growthBytes: 1e12 }, {})).toBe(false);
  });

  it('validates the policy once', () => {
    expect(() => validateRecyclePolicy({ maxRuns: 0 })).toThrow(expect.objectContaining({ code: 'KOKORO_MEMORY_BAD_OPTION', option: 'recycle.maxRuns' }));
  });
});

describe('reclaim helpers', () => {
  it('maps arena modes to session options', () => {
    expect(arenaSessionOptions('no-arena')).toEqual({ enableCpuMemArena: false, enableMemPattern: false });
    expect(arenaSessionOptions('arena').enableCpuMemArena).toBe(true);
  });

  it('runs gc only when it is exposed', () => {
    let calls = 0;
    expect(collectGarbage(() => calls++)).toBe(true);
    expect(calls).toBe(1);
    expect(collectGarbage(undefined)).toBe(false);
  });
});
