/**
 * G2P throughput benchmark: words per second for normalize + G2P + tokenize on one core, warm cache.
 * Run: npx tsx packages/g2p/bench/g2p.bench.ts [--seconds 3]
 * Prints JSON lines; the README quotes them. Not a test: nothing here asserts a time.
 */
import { performance } from 'node:perf_hooks';
import { createG2P, tokenize, type G2P } from '../src/index';
import { buildCorpus, countWords } from './corpus';

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1] ?? 3) || 3;

interface Result {
  name: string;
  words: number;
  wordsPerSecond: number;
  oovRate: number;
}

function measure(name: string, g2p: G2P, text: string, run: (g: G2P, t: string) => void): Result {
  run(g2p, text); // warm: lexicon conversions and cache filled
  const words = countWords(text);
  let iterations = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    run(g2p, text);
    iterations++;
    elapsed = performance.now() - start;
  }
  const stats = g2p.stats().sources;
  const total = Object.values(stats).reduce((a, b) => a + b, 0);
  const oov = stats.rules + stats.espeak + stats.none;
  return { name, words: words * iterations, wordsPerSecond: Math.round((words * iterations) / (elapsed / 1000)), oovRate: total ? Number((oov / total).toFixed(4)) : 0 };
}

const plain = buildCorpus(20, false);
const numeric = buildCorpus(20, true);
const phonemizeAndTokenize = (g: G2P, t: string): void => {
  tokenize(g.phonemize(t).phonemes);
};
const chunked = (g: G2P, t: string): void => {
  g.segments(t);
};

// The CLI's `kokoro phonemize --jsonl` shape: one short call per line (sentence), phonemize + tokenize.
const lines = plain.split(/(?<=[.!?])\s+/);
const perLine = (g: G2P, t: string): void => {
  for (const line of t.split('\n')) tokenize(g.phonemize(line).phonemes);
};

const results: Result[] = [];
results.push(measure('per-sentence calls, normalize+g2p+tokenize (CLI --jsonl shape)', await createG2P(), lines.join('\n'), perLine));
results.push(measure('normalize+g2p+tokenize (in-lexicon prose)', await createG2P(), plain, phonemizeAndTokenize));
results.push(measure('g2p+tokenize, normalize off (in-lexicon prose)', await createG2P({ normalize: false }), plain, phonemizeAndTokenize));
results.push(measure('normalize+g2p+tokenize (prose with numbers/dates)', await createG2P(), numeric, phonemizeAndTokenize));
results.push(measure('segments(maxTokens=510) (prose)', await createG2P(), plain, chunked));
for (const r of results) console.log(JSON.stringify(r));
