/**
 * Sentence boundary detection shared by the whole-string and the streaming splitter. The scan
 * is a single left-to-right pass; each decision looks at a bounded window (the token before a
 * full stop, the whitespace after it and at most one word after that). When that window runs
 * past the end of the text and more may come (`final` false), the scan stops and reports where
 * to resume, so a streaming caller gets exactly the boundaries the whole string would give.
 * @internal
 */

/** One boundary: the sentence before it ends at `end` (after closing quotes/brackets). @internal */
export interface Boundary {
  end: number;
  /** `word` marks a cut forced by the sentence length limit. */
  kind: 'sentence' | 'paragraph' | 'word';
}

/** Result of {@link scanBoundaries}. @internal */
export interface BoundaryScan {
  boundaries: Boundary[];
  /** Where scanning must resume once more text arrives (the text length when nothing is pending). */
  resumeAt: number;
}

/** Default longest sentence before a forced cut, in UTF-16 code units. */
export const DEFAULT_MAX_SENTENCE_CHARS = 2000;

/**
 * Every look-ahead and run is bounded by these, so a decision depends on a fixed window and
 * resuming a scan never re-reads more than a window.
 */
const RUN_CAP = 64;
const CLOSER_CAP = 8;
const GAP_CAP = 64;

/** Abbreviations that never end a sentence when followed by a capital (titles, "vs", "e.g"). */
const NEVER_END: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Prof', 'Mt', 'Ft', 'Gen', 'Capt', 'Lt', 'Col', 'Sgt', 'Rev', 'Hon', 'Gov', 'Sen', 'Rep', 'Pres', 'Adm',
  'Cmdr', 'Fr', 'Supt', 'vs', 'e.g', 'i.e', 'cf', 'approx', 'viz', 'al', 'Messrs', 'Mme', 'Mlle',
]);

/** Abbreviations that end a sentence only before a digit-less word: "No. 5", "p. 12", "Fig. 3". */
const BEFORE_NUMBER: ReadonlySet<string> = new Set(['No', 'no', 'Nos', 'Vol', 'vol', 'p', 'pp', 'Fig', 'fig', 'ch', 'Ch', 'Eq',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

/** Abbreviations that may end a sentence: a boundary only when a typical sentence opener follows. */
const MAYBE_END: ReadonlySet<string> = new Set(['etc', 'Inc', 'Ltd', 'Co', 'Corp', 'Jr', 'Sr', 'St', 'Dr', 'a.m', 'p.m', 'Bros',
  'Ave', 'Blvd', 'Rd', 'dept', 'Dept', 'Ph.D', 'et al', 'Univ', 'Hwy']);

/** Words that typically open a sentence; used after ambiguous abbreviations and initials. */
const OPENERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'We', 'They', 'I', 'You', 'There', 'Then', 'But',
  'And', 'So', 'Or', 'If', 'In', 'On', 'At', 'As', 'When', 'What', 'Why', 'How', 'Where', 'Who', 'My', 'Our', 'His',
  'Her', 'Their', 'Its', 'Your', 'After', 'Before', 'However', 'Meanwhile', 'Now', 'Today', 'Yesterday', 'Tomorrow',
  'Also', 'Some', 'Many', 'Most', 'All', 'Not', 'One', 'Each', 'Every', 'Let', 'Please', 'Thanks', 'Yes', 'Still',
  'Later', 'Finally', 'First', 'Next', 'Is', 'Are', 'Was', 'Were', 'Do', 'Does', 'Did', 'Can', 'Will', 'Would',
]);

const MAX_WORD = 24;
const MAX_TOKEN_BEFORE = 16;

function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a;
}

function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0xbf || c === 0xa1;
}

/** @internal */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

function isLowerStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/**
 * Scans `text` from `from` (a position a previous scan returned as `resumeAt`, or 0);
 * `sentenceStart` is where the current sentence began. A sentence longer than
 * `maxSentenceChars` is cut at its last whitespace before the limit (or at the limit).
 * @internal
 */
export function scanBoundaries(text: string, from: number, final: boolean, sentenceStart = 0, maxSentenceChars = DEFAULT_MAX_SENTENCE_CHARS): BoundaryScan {
  const n = text.length;
  const boundaries: Boundary[] = [];
  let start = sentenceStart;
  const push = (end: number, kind: Boundary['kind']): void => {
    boundaries.push({ end, kind });
    start = end;
  };
  let i = from;
  while (i < n) {
    if (i - start > maxSentenceChars) {
      const cut = forcedCut(text, start, maxSentenceChars);
      push(cut, 'word');
      i = cut;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 10) {
      const blank = blankLineAt(text, i);
      if (blank === undefined && !final) return { boundaries, resumeAt: i };
      if (blank === true) push(i, 'paragraph');
      i++;
      continue;
    }
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && j - i < RUN_CAP && isTerminal(text.charCodeAt(j))) j++;
    let k = j;
    while (k < n && k - j < CLOSER_CAP && isCloser(text.charCodeAt(k))) k++;
    if (k === n) {
      if (!final) return { boundaries, resumeAt: i };
      push(k, 'sentence');
      i = k;
      continue;
    }
    if (!isSpaceCode(text.charCodeAt(k))) {
      i = k;
      continue;
    }
    let m = k;
    let paragraph = false;
    while (m < n && m - k < GAP_CAP && isSpaceCode(text.charCodeAt(m))) {
      if (text.charCodeAt(m) === 10 && blankLineAt(text, m) === true) paragraph = true;
      m++;
    }
    if (paragraph) {
      // The newline branch records the paragraph boundary.
      i = k;
      continue;
    }
    if (m === n) {
      if (!final) return { boundaries, resumeAt: i };
      push(k, 'sentence');
      i = m;
      continue;
    }
    const decision = m - k >= GAP_CAP ? true : decide(text, i, j, m, final);
    if (decision === undefined) return { boundaries, resumeAt: i };
    if (decision) push(k, 'sentence');
    i = k;
  }
  // The loop checks the limit only before a character, so the tail may still be too long.
  while (final && n - start > maxSentenceChars) push(forcedCut(text, start, maxSentenceChars), 'word');
  return { boundaries, resumeAt: n };
}

/** Does a blank line start with the newline at `i`? undefined when the text ends first. */
function blankLineAt(text: string, i: number): boolean | undefined {
  let j = i + 1;
  while (j < text.length && j - i <= GAP_CAP) {
    const c = text.charCodeAt(j);
    if (c === 10) return true;
    if (!isSpaceCode(c)) return false;
    j++;
  }
  return j - i > GAP_CAP ? false : undefined;
}

/** Cut for an overlong sentence: its last whitespace before the limit, else the limit itself. */
function forcedCut(text: string, start: number, max: number): number {
  const limit = start + max;
  for (let w = limit; w > start; w--) if (isSpaceCode(text.charCodeAt(w))) return w;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff && limit - 1 > start ? limit - 1 : limit;
}

/** Boundary after the terminal run `[runStart, runEnd)` with the next text at `next`? undefined = need more text. */
function decide(text: string, runStart: number, runEnd: number, next: number, final: boolean): boolean | undefined {
  const n = text.length;
  let p = next;
  while (p < n && p - next < 4 && isOpener(text.charCodeAt(p))) p++;
  if (p === n) return final ? true : undefined;
  const nc = text.charCodeAt(p);
  if (isLowerStart(nc)) return false;
  let strong = false;
  for (let q = runStart; q < runEnd && q - runStart < 4; q++) {
    const t = text.charCodeAt(q);
    if (t === 33 || t === 63) strong = true;
  }
  if (strong || runEnd - runStart > 1 || text.charCodeAt(runStart) === 0x2026) return true;

  const token = tokenBefore(text, runStart);
  if (token === '') return true;
  const isDigitNext = nc >= 48 && nc <= 57;
  if (NEVER_END.has(token)) return false;
  if (BEFORE_NUMBER.has(token)) return !isDigitNext;
  const initial = token.length === 1 && token.charCodeAt(0) >= 65 && token.charCodeAt(0) <= 90;
  const initialism = isInitialism(token);
  if (!MAYBE_END.has(token) && !initial && !initialism) return true;
  // Ambiguous: "etc.", "Jr.", "J.", "U.S." end a sentence only before a typical opener.
  let e = p;
  while (e < n && e - p <= MAX_WORD && isLetter(text.charCodeAt(e))) e++;
  if (e === n && !final && e - p <= MAX_WORD) return undefined;
  return OPENERS.has(text.slice(p, e));
}

/** Letters and inner dots just before `end` ("Dr", "e.g", "U.S", "J", "3"): '' after a space or bracket. */
function tokenBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && end - s < MAX_TOKEN_BEFORE) {
    const c = text.charCodeAt(s - 1);
    if (isLetter(c) || c === 46 || (c >= 48 && c <= 57)) s--;
    else break;
  }
  if (s > 0 && end - s >= MAX_TOKEN_BEFORE) return '#long';
  const token = text.slice(s, end);
  // "et al." is two words; keep the common one whole.
  if (token === 'al' && s >= 3 && text.slice(s - 3, s) === 'et ') return 'et al';
  return token;
}

/** "U.S", "U.K", "a.m" style: single letters joined by dots. */
function isInitialism(token: string): boolean {
  if (token.length < 3) return false;
  for (let q = 0; q < token.length; q++) {
    const c = token.charCodeAt(q);
    if (q % 2 === 0 ? !isLetter(c) : c !== 46) return false;
  }
  return true;
}
