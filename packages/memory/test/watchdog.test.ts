import { describe, expect, it } from 'vitest';
import { createMemoryWatchdog, sampleMemory, type MemorySample, type PressureLevel, type WatchdogTimers } from '../src/index';

function scripted(rss: number[]): () => MemorySample {
  let i = 0;
  return () => {
    const value = rss[Math.min(i, rss.length - 1)]!;
    const s = { rss: value, heapUsed: 1, heapTotal: 1, external: 1, arrayBuffers: 1, at: i * 1000 };
    i++;
    return s;
  };
}

const hardware = { memory: { totalBytes: 1000e6 }, container: {} };

describe('createMemoryWatchdog', () => {
  it('samples on its timer and keeps a sliding window', () => {
    const fired: (() => void)[] = [];
    let cleared = 0;
    const timers: WatchdogTimers = { setInterval: (fn) => fired.push(fn), clearInterval: () => cleared++ };
    const dog = createMemoryWatchdog({ window: 3, sampler: scripted([1, 2, 3, 4, 5]), hardware, timers });
    dog.start();
    dog.start();
    expect(fired).toHaveLength(1);
    for (let i = 0; i < 5; i++) fired[0]!();
    expect(dog.report().samples.map((s) => s.rss)).toEqual([3, 4, 5]);
    expect(dog.report().peakRss).toBe(5);
    dog.stop();
    expect(cleared).toBe(1);
  });

  it('emits growth while memory climbs and pressure on level changes', () => {
    const rss = [100e6, 200e6, 300e6, 400e6, 750e6, 900e6, 100e6];
    const dog = createMemoryWatchdog({ sampler: scripted(rss), hardware, growth: { minSamples: 3 } });
    const levels: PressureLevel[] = [];
    let growthEvents = 0;
    dog.on('pressure', (p) => levels.push(p.level));
    const off = dog.on('growth', () => growthEvents++);
    for (let i = 0; i < 6; i++) dog.tick();
    expect(levels).toEqual(['warn', 'critical']);
    expect(growthEvents).toBe(4);
    off();
    dog.tick();
    expect(levels).toEqual(['warn', 'critical', 'ok']);
    expect(growthEvents).toBe(4);
    expect(dog.report().pressure).toBe('ok');
  });

  it('reports worker memory alongside the process', () => {
    const dog = createMemoryWatchdog({ sampler: scripted([1]), hardware });
    dog.recordWorker('s0', { heapUsed: 10, external: 20, arrayBuffers: 5, at: 1 });
    expect(dog.report().workers).toEqual({ s0: { heapUsed: 10, external: 20, arrayBuffers: 5, at: 1 } });
    dog.forgetWorker('s0');
    expect(dog.report().workers).toEqual({});
  });

  it('rejects bad options at construction', () => {
    expect(() => createMemoryWatchdog({ intervalMs: 0 })).toThrow(expect.objectContaining({ code: 'KOKORO_MEMORY_BAD_OPTION' }));
    expect(() => createMemoryWatchdog({ growth: { minSlopeBytesPerSec: -1 } })).toThrow(/minSlopeBytesPerSec/);
  });

  it('samples the real process', () => {
    const s = sampleMemory();
    expect(s.rss).toBeGreaterThan(s.heapUsed);
    expect(s.arrayBuffers).toBeLessThanOrEqual(s.external);
  });
});
