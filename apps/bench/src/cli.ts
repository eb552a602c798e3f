#!/usr/bin/env node
/**
 * `pnpm bench [suite ...] [options]`: runs the benchmark and writes bench-results/. With
 * `--ci`, exits 1 when a ratio budget fails. See the package README.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { detectHardware } from '@kokoro-ts/hardware';
import { parseBenchArgs, USAGE } from './args';
import { formatBudgetVerdict } from './budgets';
import { createBenchEngine } from './engine-adapter';
import { describeError } from './errors';
import { writeOutputs } from './output';
import { runBench } from './runner';
import { runColdStartSuite } from './suites/cold-start';
import { runG2PSuite } from './suites/g2p';
import { runServerSuite } from './suites/server';

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

async function main(argv: string[]): Promise<number> {
  const hardware = await detectHardware().catch(() => null);
  const cores = hardware?.effectiveCores ?? availableParallelism();
  const options = parseBenchArgs(argv, cores);
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const t0 = performance.now();
  const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);
  const { result, samples } = await runBench(options, {
    createEngine: createBenchEngine,
    hardware,
    external: { server: runServerSuite, coldStart: runColdStartSuite, g2p: runG2PSuite },
    ctx: { runs: options.runs, warmup: options.warmup, now: () => performance.now(), log },
    version: version(),
    argv: ['bench', ...argv],
  });
  const files = await writeOutputs(options.outDir, result, samples);
  log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s; wrote ${files.length} files to ${options.outDir}/ (summary.md, result.json, charts/)`);
  for (const f of result.failures) log(`suite did not run: ${f.suite}: ${f.code} ${f.message}`);
  if (result.budgets.length > 0) process.stdout.write(`${formatBudgetVerdict(result.budgets)}\n`);
  if (options.ci) {
    const failed = result.budgets.filter((b) => !b.pass);
    if (failed.length > 0) {
      process.stderr.write(`bench --ci: ${failed.length} budget(s) failed: ${failed.map((b) => b.id).join(', ')}. Details in ${options.outDir}/summary.md.\n`);
      return 1;
    }
    process.stdout.write('bench --ci: all budgets pass\n');
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    const { code, message } = describeError(err);
    process.stderr.write(`bench: ${code}: ${message}\n`);
    process.exit(2);
  },
);
