// First report in a fresh process (includes importing onnxruntime-node), then a second fresh one.
// Needs the build: `npx -y pnpm@10.34.9 --filter @kokoro-ts/hardware build && node packages/hardware/bench/cold-report.mjs`
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ortLoaded = () => Object.keys(require.cache).some((p) => /[\\/]onnxruntime-node[\\/]/.test(p));
const t0 = performance.now();
const { detectHardware } = await import('../dist/index.js');
const t1 = performance.now();
const loadedBeforeReport = ortLoaded();
const report = await detectHardware();
const t2 = performance.now();
await detectHardware({ fresh: true });
const t3 = performance.now();
console.log(JSON.stringify({
  importMs: +(t1 - t0).toFixed(1),
  ortLoadedBeforeReport: loadedBeforeReport,
  firstReportMs: +(t2 - t1).toFixed(1),
  firstReportProbeMs: report.probeMs,
  secondFreshReportMs: +(t3 - t2).toFixed(1),
}));
