import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('package surface', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "GROWTH_DEFAULTS",
        "MEMORY_ERROR_CODES",
        "MemoryBadOptionError",
        "MemoryError",
        "THRESHOLD_DEFAULTS",
        "WATCHDOG_DEFAULTS",
        "arenaSessionOptions",
        "collectGarbage",
        "createMemoryWatchdog",
        "detectGrowth",
        "isMemoryError",
        "memoryThresholds",
        "pressureOf",
        "sampleMemory",
        "shouldRecycle",
        "validateRecyclePolicy",
      ]
    `);
  });

  it('has unique error codes, each documented in the README', () => {
    const codes = Object.values(api.MEMORY_ERROR_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const c of codes) expect(readme).toContain(c);
    expect(api.isMemoryError(new api.MemoryBadOptionError('x', 'y', 1), 'KOKORO_MEMORY_BAD_OPTION')).toBe(true);
    expect(api.isMemoryError({ code: 'KOKORO_SESSIONS_BAD_OPTION' })).toBe(false);
  });
});
