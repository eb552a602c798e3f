/**
 * Roman numerals, read only where the context makes them safe: after a regnal name ("Henry
 * VIII" -> "Henry the eighth") or after a capitalised counting word ("World War II" -> "World
 * War two", "Chapter IV" -> "Chapter four"). Anywhere else "MIX", "CD" or "I" stay words.
 * @internal
 */

const REGNAL_NAMES: ReadonlySet<string> = new Set([
  'Henry', 'Edward', 'George', 'Louis', 'Charles', 'Elizabeth', 'James', 'William', 'Richard', 'John', 'Mary', 'Anne',
  'Pius', 'Benedict', 'Gregory', 'Leo', 'Paul', 'Innocent', 'Clement', 'Boniface', 'Urban', 'Alexander', 'Nicholas',
  'Peter', 'Frederick', 'Philip', 'Ferdinand', 'Catherine', 'Ivan', 'Ramesses', 'Ptolemy', 'Napoleon', 'Constantine',
  'Otto', 'Ludwig', 'Gustav', 'Gustavus', 'Christian', 'Alfonso', 'Juan', 'Felipe', 'Wilhelm', 'Francis', 'Stephen',
  'Edmund', 'Malcolm', 'David', 'Robert', 'Sixtus', 'Martin', 'Adrian', 'Hadrian', 'Eugene', 'Darius', 'Cyrus',
  'Thutmose', 'Amenhotep', 'Rama', 'Selim', 'Mehmed', 'Murad', 'Pedro', 'Manuel', 'Leopold', 'Rudolf', 'Victor',
  'Umberto', 'Harald', 'Olaf', 'Haakon', 'Carl', 'Sancho', 'Casimir', 'Sigismund', 'Wladyslaw', 'Baldwin', 'Canute',
]);

const COUNTING_WORDS: ReadonlySet<string> = new Set([
  'chapter', 'part', 'volume', 'vol', 'book', 'act', 'scene', 'phase', 'war', 'section', 'article', 'title', 'level',
  'episode', 'season', 'round', 'stage', 'type', 'class', 'grade', 'appendix', 'figure', 'table', 'psalm', 'canto',
  'series', 'mark', 'mk', 'tier', 'step', 'lesson', 'unit', 'bowl', 'apollo', 'vatican', 'schedule', 'division', 'league',
]);

const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const CANONICAL: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'],
  [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Value of a canonical Roman numeral (1..3999), or 0 when `word` is not one. @internal */
export function romanValue(word: string): number {
  if (word.length === 0 || word.length > 15) return 0;
  let total = 0;
  for (let k = 0; k < word.length; k++) {
    const v = VALUES[word[k]!];
    if (v === undefined) return 0;
    const next = k + 1 < word.length ? (VALUES[word[k + 1]!] ?? 0) : 0;
    total += v < next ? -v : v;
  }
  if (total <= 0 || total >= 4000) return 0;
  let rebuilt = '';
  let rest = total;
  for (const [v, s] of CANONICAL) {
    while (rest >= v) {
      rebuilt += s;
      rest -= v;
    }
  }
  return rebuilt === word ? total : 0;
}

/** How the numeral should be read after `prevWord`: ordinal ("the eighth"), cardinal, or not at all. @internal */
export function romanReading(prevWord: string): 'ordinal' | 'cardinal' | undefined {
  if (REGNAL_NAMES.has(prevWord)) return 'ordinal';
  const first = prevWord.charCodeAt(0);
  if (first >= 65 && first <= 90 && COUNTING_WORDS.has(prevWord.toLowerCase())) return 'cardinal';
  return undefined;
}
