/**
 * Normalization and splitting throughput, in characters per second, on one core.
 * Run: `npx tsx packages/g2p/bench/normalize.bench.ts` (prints a table) or
 * `npx vitest bench --project g2p` (vitest's bench runner).
 */
import { normalizeText } from '../src/normalize/index';
import { createSentenceSplitter, splitSentences } from '../src/split/index';
import { adversarialInputs, denseCorpus, proseCorpus } from './normalize-corpus';

interface Case {
  name: string;
  chars: number;
  run: () => void;
}

function streamInChunks(text: string, chunk: number): void {
  const splitter = createSentenceSplitter();
  for (let i = 0; i < text.length; i += chunk) splitter.push(text.slice(i, i + chunk));
  splitter.flush();
}

function cases(): Case[] {
  const prose = proseCorpus(1_000_000);
  const dense = denseCorpus(1_000_000);
  const big = proseCorpus(5_000_000);
  const list: Case[] = [
    { name: 'normalize prose 1 MB', chars: prose.length, run: () => normalizeText(prose) },
    { name: 'normalize dense 1 MB', chars: dense.length, run: () => normalizeText(dense) },
    { name: 'normalize prose 5 MB', chars: big.length, run: () => normalizeText(big) },
    { name: 'splitSentences prose 1 MB', chars: prose.length, run: () => splitSentences(prose) },
    { name: 'streaming splitter, 4-char chunks, 1 MB', chars: prose.length, run: () => streamInChunks(prose, 4) },
  ];
  for (const [name, text] of Object.entries(adversarialInputs())) {
    list.push({ name: `normalize ${name}`, chars: text.length, run: () => normalizeText(text) });
  }
  return list;
}

async function main(): Promise<void> {
  if (process.env.VITEST) {
    const { bench, describe } = await import('vitest');
    describe('normalize', () => {
      for (const c of cases()) bench(c.name, c.run, { iterations: 3, warmupIterations: 1 });
    });
    return;
  }
  const rows: string[] = [];
  for (const c of cases()) {
    c.run(); // warm-up
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      c.run();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[2]!;
    rows.push(`${c.name.padEnd(42)} ${String(c.chars).padStart(9)} chars  ${median.toFixed(1).padStart(8)} ms  ${(c.chars / (median / 1000) / 1e6).toFixed(2).padStart(7)} M chars/s`);
  }
  console.log(`node ${process.version}, median of 5 runs after 1 warm-up\n${rows.join('\n')}`);
}

await main();
