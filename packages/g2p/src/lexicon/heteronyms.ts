import { arpabetToMisaki, type Dialect } from './arpabet';
import type { LexiconEntry } from './types';

/**
 * Heteronyms: words whose pronunciation depends on part of speech. Written in ARPAbet so one table serves US and GB
 * through the same converter; keys follow misaki's lexicon (DEFAULT, VERB, VBD, NOUN, ADJ).
 */
const HETERONYMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  read: { DEFAULT: 'R IY1 D', VBD: 'R EH1 D' },
  reread: { DEFAULT: 'R IY0 R IY1 D', VBD: 'R IY0 R EH1 D' },
  lead: { DEFAULT: 'L IY1 D', METAL: 'L EH1 D' },
  live: { DEFAULT: 'L IH1 V', ADJ: 'L AY1 V' },
  lives: { DEFAULT: 'L IH1 V Z', NOUN: 'L AY1 V Z' },
  record: { DEFAULT: 'R EH1 K ER0 D', VERB: 'R AH0 K AO1 R D' },
  records: { DEFAULT: 'R EH1 K ER0 D Z', VERB: 'R AH0 K AO1 R D Z' },
  present: { DEFAULT: 'P R EH1 Z AH0 N T', VERB: 'P R IY0 Z EH1 N T' },
  object: { DEFAULT: 'AA1 B JH EH0 K T', VERB: 'AH0 B JH EH1 K T' },
  objects: { DEFAULT: 'AA1 B JH EH0 K T S', VERB: 'AH0 B JH EH1 K T S' },
  wind: { DEFAULT: 'W IH1 N D', VERB: 'W AY1 N D' },
  tear: { DEFAULT: 'T IH1 R', VERB: 'T EH1 R' },
  close: { DEFAULT: 'K L OW1 Z', ADJ: 'K L OW1 S', NOUN: 'K L OW1 Z' },
  use: { DEFAULT: 'Y UW1 S', VERB: 'Y UW1 Z' },
  uses: { DEFAULT: 'Y UW1 S IH0 Z', VERB: 'Y UW1 Z IH0 Z' },
  used: { DEFAULT: 'Y UW1 Z D', TO: 'Y UW1 S T' },
  wound: { DEFAULT: 'W UW1 N D', VBD: 'W AW1 N D' },
  content: { DEFAULT: 'K AA1 N T EH0 N T', VBN: 'K AH0 N T EH1 N T' },
  desert: { DEFAULT: 'D EH1 Z ER0 T', VERB: 'D IH0 Z ER1 T' },
  refuse: { DEFAULT: 'R AH0 F Y UW1 Z', NOUN: 'R EH1 F Y UW0 Z' },
  permit: { DEFAULT: 'P ER1 M IH2 T', VERB: 'P ER0 M IH1 T' },
  produce: { DEFAULT: 'P R AH0 D UW1 S', NOUN: 'P R OW1 D UW0 S' },
  project: { DEFAULT: 'P R AA1 JH EH0 K T', VERB: 'P R AH0 JH EH1 K T' },
  progress: { DEFAULT: 'P R AA1 G R EH2 S', VERB: 'P R AH0 G R EH1 S' },
  subject: { DEFAULT: 'S AH1 B JH IH0 K T', VERB: 'S AH0 B JH EH1 K T' },
  conduct: { DEFAULT: 'K AA1 N D AH0 K T', VERB: 'K AH0 N D AH1 K T' },
  contract: { DEFAULT: 'K AA1 N T R AE2 K T', VERB: 'K AH0 N T R AE1 K T' },
  increase: { DEFAULT: 'IH0 N K R IY1 S', NOUN: 'IH1 N K R IY2 S' },
  decrease: { DEFAULT: 'D IH0 K R IY1 S', NOUN: 'D IY1 K R IY2 S' },
  export: { DEFAULT: 'EH1 K S P AO2 R T', VERB: 'IH0 K S P AO1 R T' },
  import: { DEFAULT: 'IH1 M P AO2 R T', VERB: 'IH0 M P AO1 R T' },
  perfect: { DEFAULT: 'P ER1 F IH0 K T', VERB: 'P ER0 F EH1 K T' },
  rebel: { DEFAULT: 'R EH1 B AH0 L', VERB: 'R IH0 B EH1 L' },
  house: { DEFAULT: 'HH AW1 S', VERB: 'HH AW1 Z' },
  excuse: { DEFAULT: 'IH0 K S K Y UW1 S', VERB: 'IH0 K S K Y UW1 Z' },
  abuse: { DEFAULT: 'AH0 B Y UW1 S', VERB: 'AH0 B Y UW1 Z' },
  estimate: { DEFAULT: 'EH1 S T AH0 M AH0 T', VERB: 'EH1 S T AH0 M EY2 T' },
  separate: { DEFAULT: 'S EH1 P ER0 AH0 T', VERB: 'S EH1 P ER0 EY2 T' },
  graduate: { DEFAULT: 'G R AE1 JH AH0 W AH0 T', VERB: 'G R AE1 JH AH0 W EY2 T' },
  moderate: { DEFAULT: 'M AA1 D ER0 AH0 T', VERB: 'M AA1 D ER0 EY2 T' },
  associate: { DEFAULT: 'AH0 S OW1 S IY0 AH0 T', VERB: 'AH0 S OW1 S IY0 EY2 T' },
  advocate: { DEFAULT: 'AE1 D V AH0 K AH0 T', VERB: 'AE1 D V AH0 K EY2 T' },
  alternate: { DEFAULT: 'AO1 L T ER0 N AH0 T', VERB: 'AO1 L T ER0 N EY2 T' },
  appropriate: { DEFAULT: 'AH0 P R OW1 P R IY0 AH0 T', VERB: 'AH0 P R OW1 P R IY0 EY2 T' },
  approximate: { DEFAULT: 'AH0 P R AA1 K S AH0 M AH0 T', VERB: 'AH0 P R AA1 K S AH0 M EY2 T' },
  duplicate: { DEFAULT: 'D UW1 P L AH0 K AH0 T', VERB: 'D UW1 P L AH0 K EY2 T' },
  attribute: { DEFAULT: 'AE1 T R AH0 B Y UW2 T', VERB: 'AH0 T R IH1 B Y UW2 T' },
  contrast: { DEFAULT: 'K AA1 N T R AE2 S T', VERB: 'K AH0 N T R AE1 S T' },
  conflict: { DEFAULT: 'K AA1 N F L IH0 K T', VERB: 'K AH0 N F L IH1 K T' },
  protest: { DEFAULT: 'P R OW1 T EH2 S T', VERB: 'P R AH0 T EH1 S T' },
  suspect: { DEFAULT: 'S AH1 S P EH2 K T', VERB: 'S AH0 S P EH1 K T' },
  transfer: { DEFAULT: 'T R AE1 N S F ER0', VERB: 'T R AE0 N S F ER1' },
  upset: { DEFAULT: 'AH0 P S EH1 T', NOUN: 'AH1 P S EH2 T' },
  address: { DEFAULT: 'AE1 D R EH2 S', VERB: 'AH0 D R EH1 S' },
  invalid: { DEFAULT: 'IH1 N V AH0 L IH0 D', ADJ: 'IH0 N V AE1 L IH0 D' },
  insult: { DEFAULT: 'IH1 N S AH2 L T', VERB: 'IH0 N S AH1 L T' },
  survey: { DEFAULT: 'S ER1 V EY2', VERB: 'S ER0 V EY1' },
  compound: { DEFAULT: 'K AA1 M P AW0 N D', VERB: 'K AH0 M P AW1 N D' },
};

/** Words in the heteronym table. @internal */
export const HETERONYM_WORDS: ReadonlySet<string> = new Set(Object.keys(HETERONYMS));

const converted: Record<Dialect, Map<string, LexiconEntry>> = { 'en-us': new Map(), 'en-gb': new Map() };

/** The heteronym entry for a lower-case word, as a misaki-shaped POS map. @internal */
export function heteronymEntry(word: string, dialect: Dialect): LexiconEntry | undefined {
  const table = HETERONYMS[word];
  if (!table) return undefined;
  const cache = converted[dialect];
  let entry = cache.get(word);
  if (entry === undefined) {
    const map: Record<string, string> = {};
    for (const [tag, arpabet] of Object.entries(table)) map[tag] = arpabetToMisaki(arpabet, word, dialect);
    entry = Object.freeze(map);
    cache.set(word, entry);
  }
  return entry;
}
