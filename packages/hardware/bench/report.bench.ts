/**
 * How long a full, uncached hardware report takes on this machine (every probe, including
 * loading onnxruntime-node the first time) and how long a cached one takes.
 * Run: npx vitest bench --project hardware --run
 */
import { bench, describe } from 'vitest';
import { detectHardware } from '../src/index';

describe('detectHardware', () => {
  bench('fresh report (all probes)', async () => {
    await detectHardware({ fresh: true });
  }, { time: 3000, warmupIterations: 2 });

  bench('cached report', async () => {
    await detectHardware();
  }, { time: 1000 });
});
