import type { ScanContext } from './context';
import { codeAt, isDigit, isLatinLetter, isLower, isSpace, isUpper } from './chars';

/**
 * Abbreviations and titles. A title before a name drops its dot ("Dr. Smith" -> "Doctor
 * Smith"); an abbreviation that can end a sentence keeps the dot as a full stop when the next
 * word starts a sentence ("... and so on, etc. The" -> "et cetera. The").
 * @internal
 */

interface Entry {
  /** Expansion. */
  words: string;
  /** 'title' entries are switched by `titles`, others by `abbreviations`. */
  kind: 'title' | 'abbr';
  /** Only before a number ("No. 5", "p. 12"). */
  beforeNumber?: boolean;
  /** Accepted without the dot too ("vs", "Mr", "Dr"). */
  bare?: boolean;
  /** Can close a sentence (keeps the dot as a full stop). */
  canEnd?: boolean;
  /** A weekday: a following month ("Wed. Jan. 8") continues the date rather than starting a sentence. */
  weekday?: boolean;
}

const TITLES: Readonly<Record<string, string>> = {
  Mr: 'Mister', Mrs: 'Missus', Ms: 'Miz', Prof: 'Professor', Mt: 'Mount', Ft: 'Fort', Gen: 'General',
  Capt: 'Captain', Lt: 'Lieutenant', Col: 'Colonel', Sgt: 'Sergeant', Rev: 'Reverend', Hon: 'Honorable',
  Gov: 'Governor', Sen: 'Senator', Rep: 'Representative', Pres: 'President', Adm: 'Admiral', Cmdr: 'Commander',
  Fr: 'Father', Supt: 'Superintendent', Messrs: 'Messieurs',
};

const ENTRIES: ReadonlyMap<string, Entry> = new Map<string, Entry>([
  ...Object.entries(TITLES).map(([k, words]) => [k, { words, kind: 'title', bare: k.length <= 3 && k !== 'Col' && k !== 'Gen' && k !== 'Rep' }] as const),
  ['Jr', { words: 'Junior', kind: 'title', canEnd: true }],
  ['Sr', { words: 'Senior', kind: 'title', canEnd: true }],
  ['vs', { words: 'versus', kind: 'abbr', bare: true }],
  ['etc', { words: 'et cetera', kind: 'abbr', canEnd: true }],
  ['approx', { words: 'approximately', kind: 'abbr' }],
  // Keyboard keys ("Ctrl+C", "Cmd+V").
  ...['ctrl', 'Ctrl', 'CTRL'].map((k) => [k, { words: 'control', kind: 'abbr', bare: true }] as const),
  ...['cmd', 'Cmd', 'CMD'].map((k) => [k, { words: 'command', kind: 'abbr', bare: true }] as const),
  ...['Esc', 'ESC'].map((k) => [k, { words: 'escape', kind: 'abbr', bare: true }] as const),
  ['ALT', { words: 'alt', kind: 'abbr', bare: true }],
  ['DEL', { words: 'delete', kind: 'abbr', bare: true }],
  ['dept', { words: 'department', kind: 'abbr', canEnd: true }],
  ['Dept', { words: 'Department', kind: 'abbr', canEnd: true }],
  ['Inc', { words: 'Incorporated', kind: 'abbr', canEnd: true }],
  ['Ltd', { words: 'Limited', kind: 'abbr', canEnd: true }],
  ['Corp', { words: 'Corporation', kind: 'abbr', canEnd: true }],
  ['Co', { words: 'Company', kind: 'abbr', canEnd: true }],
  ['Bros', { words: 'Brothers', kind: 'abbr', canEnd: true }],
  ['Ave', { words: 'Avenue', kind: 'abbr', canEnd: true }],
  ['Blvd', { words: 'Boulevard', kind: 'abbr', canEnd: true }],
  ['Rd', { words: 'Road', kind: 'abbr', canEnd: true }],
  ['Hwy', { words: 'Highway', kind: 'abbr', canEnd: true }],
  ['Apt', { words: 'Apartment', kind: 'abbr' }],
  ['Univ', { words: 'University', kind: 'abbr' }],
  // Weekdays, only with their dot ("Sun" and "Sat" alone are words).
  ['Mon', { words: 'Monday', kind: 'abbr', canEnd: true, weekday: true }],
  ['Tue', { words: 'Tuesday', kind: 'abbr', canEnd: true, weekday: true }],
  ['Tues', { words: 'Tuesday', kind: 'abbr', canEnd: true, weekday: true }],
  ['Wed', { words: 'Wednesday', kind: 'abbr', canEnd: true, weekday: true }],
  ['Thu', { words: 'Thursday', kind: 'abbr', canEnd: true, weekday: true }],
  ['Thur', { words: 'Thursday', kind: 'abbr', canEnd: true, weekday: true }],
  ['Thurs', { words: 'Thursday', kind: 'abbr', canEnd: true, weekday: true }],
  ['Fri', { words: 'Friday', kind: 'abbr', canEnd: true, weekday: true }],
  ['Sat', { words: 'Saturday', kind: 'abbr', canEnd: true, weekday: true }],
  ['Sun', { words: 'Sunday', kind: 'abbr', canEnd: true, weekday: true }],
  ['cf', { words: 'compare', kind: 'abbr' }],
  ['No', { words: 'number', kind: 'abbr', beforeNumber: true }],
  ['no', { words: 'number', kind: 'abbr', beforeNumber: true }],
  ['Nos', { words: 'numbers', kind: 'abbr', beforeNumber: true }],
  ['Vol', { words: 'volume', kind: 'abbr', beforeNumber: true }],
  ['vol', { words: 'volume', kind: 'abbr', beforeNumber: true }],
  ['p', { words: 'page', kind: 'abbr', beforeNumber: true }],
  ['pp', { words: 'pages', kind: 'abbr', beforeNumber: true }],
  ['Fig', { words: 'figure', kind: 'abbr', beforeNumber: true }],
  ['fig', { words: 'figure', kind: 'abbr', beforeNumber: true }],
  ['ch', { words: 'chapter', kind: 'abbr', beforeNumber: true }],
  ['Ch', { words: 'chapter', kind: 'abbr', beforeNumber: true }],
  ['Eq', { words: 'equation', kind: 'abbr', beforeNumber: true }],
  ['ca', { words: 'circa', kind: 'abbr', beforeNumber: true }],
]);

/** Dotted abbreviations that are whole phrases. */
const DOTTED: Readonly<Record<string, string>> = {
  'e.g.': 'for example', 'i.e.': 'that is', 'a.m.': 'A M', 'p.m.': 'P M', 'A.M.': 'A M', 'P.M.': 'P M',
  'Ph.D.': 'P H D', 'et al.': 'et al', 'a.k.a.': 'A K A', 'c.f.': 'compare', 'n.b.': 'note', 'N.B.': 'note',
};

const DOTTED_RUN = /(?:[A-Za-z]{1,2}\.){2,6}/y;

/** Position of the next non-space character after `i` (bounded look-ahead), and that character. */
function peekNext(text: string, i: number): { code: number; at: number } {
  let j = i;
  while (j < text.length && j - i < 16 && isSpace(text.charCodeAt(j))) j++;
  return { code: codeAt(text, j), at: j };
}

/** True when the word before was capitalised or a number: "Main St." is a street. */
function prevIsName(prev: string): boolean {
  const c = prev.charCodeAt(0);
  return isUpper(c) || isDigit(c);
}

/** A word that starts after `dotEnd` and looks like a new sentence: end of text or a capital after space. */
function sentenceFollows(text: string, dotEnd: number): boolean {
  if (dotEnd >= text.length) return true;
  if (!isSpace(text.charCodeAt(dotEnd))) return false;
  const { code } = peekNext(text, dotEnd);
  return code === 0 || isUpper(code) || code === 34 || code === 0x201c;
}

/**
 * Word-with-dot abbreviations ("Dr.", "etc.", "No. 5") and bare titles ("Mr Smith"). `wordEnd`
 * is the end of the letters of `word`. Returns the end, or -1.
 * @internal
 */
export function abbreviationRule(ctx: ScanContext, i: number, word: string, wordEnd: number): number {
  const { text, opts, out } = ctx;
  // Note-taking shorthand: "w/ the board" -> "with the board", "w/o sugar" -> "without sugar", "and/or" -> "and or".
  if ((word === 'w' || word === 'W') && opts.abbreviations && codeAt(text, wordEnd) === 47) {
    const o = codeAt(text, wordEnd + 1);
    if ((o === 111 || o === 79) && !isLatinLetter(codeAt(text, wordEnd + 2)) && !isDigit(codeAt(text, wordEnd + 2))) {
      out.word('without', i, wordEnd + 2);
      ctx.prevWord = 'without';
      return wordEnd + 2;
    }
    if (isSpace(o)) {
      out.word('with', i, wordEnd + 1);
      ctx.prevWord = 'with';
      return wordEnd + 1;
    }
  }
  if (word === 'and' && opts.abbreviations && text.startsWith('/or', wordEnd) && !isLatinLetter(codeAt(text, wordEnd + 3))) {
    out.word('and or', i, wordEnd + 3);
    ctx.prevWord = 'or';
    return wordEnd + 3;
  }
  const dotted = codeAt(text, wordEnd) === 46;
  const end = dotted ? wordEnd + 1 : wordEnd;
  const next = peekNext(text, end);
  if ((word === 'St' || word === 'Dr') && opts.titles && (dotted || isUpper(next.code))) {
    const nameFollows = isUpper(next.code);
    const asTitle = nameFollows && !prevIsName(ctx.prevWord);
    if (asTitle || !dotted) {
      if (!nameFollows) return -1;
      out.word(word === 'St' ? 'Saint' : 'Doctor', i, end);
    } else {
      out.word(word === 'St' ? 'Street' : 'Drive', i, end);
      if (sentenceFollows(text, end)) out.attach('.', end - 1, end);
    }
    ctx.prevWord = word;
    return end;
  }
  const entry = ENTRIES.get(word);
  if (!entry) return -1;
  if (entry.kind === 'title' ? !opts.titles : !opts.abbreviations) return -1;
  if (!dotted && !entry.bare) return -1;
  if (entry.beforeNumber && !isDigit(next.code)) return -1;
  // A bare title must be followed by a name; "Mr" alone at the end of a line is left as written.
  if (!dotted && entry.kind === 'title' && !isUpper(next.code)) return -1;
  out.word(entry.words, i, end);
  const monthFollows = entry.weekday === true && /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text.slice(next.at, next.at + 3));
  if (dotted && entry.canEnd && !monthFollows && sentenceFollows(text, end)) out.attach('.', end - 1, end);
  ctx.prevWord = entry.words;
  return end;
}

/**
 * Letter-dot runs: "e.g.", "i.e.", "a.m.", "Ph.D." and initialisms like "U.S." (spelled).
 * Returns the end, or -1.
 * @internal
 */
export function dottedAbbreviationRule(ctx: ScanContext, i: number): number {
  const { text, opts, out } = ctx;
  if (!opts.abbreviations) return -1;
  DOTTED_RUN.lastIndex = i;
  const m = DOTTED_RUN.exec(text);
  if (!m || isLower(codeAt(text, DOTTED_RUN.lastIndex)) || isUpper(codeAt(text, DOTTED_RUN.lastIndex))) return -1;
  const end = DOTTED_RUN.lastIndex;
  const written = m[0];
  const phrase = DOTTED[written];
  let words: string;
  if (phrase !== undefined) words = phrase;
  else if (/^(?:[A-Z]\.)+$/.test(written)) words = written.replace(/\./g, ' ').trim();
  else return -1;
  out.word(words, i, end);
  const canEnd = phrase === undefined || phrase === 'A M' || phrase === 'P M' || phrase === 'P H D';
  if (canEnd && sentenceFollows(text, end)) out.attach('.', end - 1, end);
  ctx.prevWord = words;
  return end;
}
