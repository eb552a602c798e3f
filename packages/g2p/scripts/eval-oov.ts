/**
 * Measures the out-of-lexicon path (morphology, compounds, rule-based letter-to-sound) without the held-out sample:
 * words are hidden from the embedded CMUdict and the resolver must rebuild them.
 *
 * - `cmu`: every 50th plain CMUdict word of 4+ letters is hidden in turn; the reference is that word's own CMU -> misaki
 *   conversion (tests letter-to-sound and stem + affix decomposition on a large sample).
 * - `dev`: each word of the misaki US gold development sample is hidden in turn; the reference is misaki's gold entry.
 *
 * The letter-to-sound model is off here: it was trained on CMUdict, hidden words included, so it would recall
 * rather than generalize. Its own held-out accuracy comes from scripts/train-lts.ts and test/lts.test.ts.
 *
 * Usage: npx tsx packages/g2p/scripts/eval-oov.ts [--misses N]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EmbeddedLexicon, loadCmuDictionary } from '../src/lexicon/embedded';
import { WordResolver } from '../src/resolver';

const missArg = process.argv.indexOf('--misses');
const showMisses = missArg >= 0 ? Number(process.argv[missArg + 1] ?? '40') : 0;

const cmu = await loadCmuDictionary();
const full = new EmbeddedLexicon(cmu, 'en-us');

function devPairs(): Array<[string, string]> {
  const path = fileURLToPath(new URL('../test/fixtures/misaki-us-gold-dev.tsv', import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line) => line.split('\t') as [string, string]);
}

function evaluate(name: string, pairs: ReadonlyArray<readonly [string, string]>): void {
  // Leave one out: a proxy hides only the word being read, so every other word can still serve as a stem.
  let hidden = '';
  const visible = new Proxy(cmu, {
    getOwnPropertyDescriptor: (target, key) => (key === hidden ? undefined : Reflect.getOwnPropertyDescriptor(target, key)),
    get: (target, key) => (key === hidden ? undefined : Reflect.get(target, key) as unknown),
  });
  const bySource = new Map<string, [number, number]>();
  const misses: string[] = [];
  let hits = 0;
  for (const [word, expected] of pairs) {
    hidden = word.toLowerCase();
    const resolver = new WordResolver('en-us', new EmbeddedLexicon(visible, 'en-us'), undefined, [], false);
    const got = resolver.resolve(word);
    const ok = got.phonemes === expected;
    if (ok) hits++;
    else misses.push(`${word}\t${expected}\t${got.phonemes}\t${got.source}`);
    const s = bySource.get(got.source) ?? [0, 0];
    bySource.set(got.source, [s[0] + (ok ? 1 : 0), s[1] + 1]);
  }
  const sources = [...bySource].map(([s, [h, n]]) => `${s} ${h}/${n}`).join(', ');
  console.log(`${name}: ${((hits / pairs.length) * 100).toFixed(1)}% of ${pairs.length} (${sources})`);
  for (const line of misses.slice(0, showMisses)) console.log(`  ${line}`);
}

const cmuSample: Array<[string, string]> = [];
let n = 0;
for (const word of Object.keys(cmu)) {
  if (!/^[a-z]{4,}$/.test(word)) continue;
  if (n++ % 50 !== 0) continue;
  const expected = full.lookup(word);
  if (expected !== undefined) cmuSample.push([word, expected]);
}
evaluate('cmu (hidden words, CMU->misaki reference)', cmuSample);
evaluate('dev (hidden words, misaki gold reference)', devPairs());
