// All-caps words: pronounced acronyms stay words ("NASA"), the rest are spelled as capital letters separated by
// spaces ("FBI" -> "F B I"), which the G2P reads as letter names.

/**
 * Acronyms said as words, used when no `isKnownWord` is given. A custom `isKnownWord` can extend it:
 * `(w) => PRONOUNCED_ACRONYMS.has(w) || EMPHASIS_WORDS.has(w) || myWords.has(w)`.
 */
export const PRONOUNCED_ACRONYMS: ReadonlySet<string> = new Set([
  'NASA', 'NATO', 'UNESCO', 'UNICEF', 'OPEC', 'NASDAQ', 'FIFA', 'IKEA', 'LEGO', 'AIDS', 'COVID', 'RAM', 'ROM', 'SIM',
  'PIN', 'GIF', 'JPEG', 'LASER', 'RADAR', 'SCUBA', 'SONAR', 'NAFTA', 'FEMA', 'OSHA', 'SWAT', 'YOLO', 'FOMO', 'CAPTCHA',
  'ASCII', 'POTUS', 'SCOTUS', 'NIMBY', 'INTERPOL', 'UEFA', 'ASEAN', 'WASP', 'ZIP', 'DARPA', 'CERN', 'SARS', 'MERS',
  'GUI', 'SQL', 'WIFI', 'OK',
]);

/**
 * Short everyday words that text writes in capitals for emphasis ("You MUST", "DO NOT", "FREE shipping"): read as
 * words, not spelled. Two-letter words that are also common abbreviations (US, IT, AM, OR, IN, ON, ID) are left out.
 */
export const EMPHASIS_WORDS: ReadonlySet<string> = new Set([
  'NO', 'DO', 'GO', 'SO', 'BE', 'HE', 'WE', 'ME', 'MY', 'IF', 'OF', 'TO', 'BY', 'IS',
  'NOT', 'MUST', 'STOP', 'VERY', 'ONLY', 'ALL', 'EVER', 'JUST', 'REAL', 'HUGE', 'LOVE', 'HATE', 'WHY', 'HOW',
  'WHAT', 'THIS', 'THAT', 'BEST', 'MORE', 'MOST', 'YES', 'WILL', 'CAN', 'HAVE', 'ARE', 'WAS', 'THE', 'AND', 'BUT',
  'FOR', 'YOU', 'OUR', 'THEY', 'TOO', 'NEED', 'WANT', 'SAID', 'GOOD', 'BAD', 'OFF', 'OUT', 'DONE', 'OVER', 'HERE',
  'GET', 'DONT', 'CANT', 'WONT', 'NEW', 'FREE', 'SALE', 'HOT', 'BIG', 'BACK', 'SOON', 'LAST', 'EACH', 'WITH',
  'FROM', 'YOUR', 'THEM', 'WHEN', 'THEN', 'THAN', 'BOTH', 'SAME', 'NOTE', 'WAIT', 'HELP', 'KEEP', 'TRUE', 'FAKE',
  'NEXT', 'NEAR', 'FAST', 'SLOW', 'EASY', 'HARD', 'SURE', 'LIKE', 'MAKE', 'TAKE', 'GIVE', 'FULL', 'OPEN', 'SAFE',
  'MAX', 'PLUS', 'PRO', 'MINI', 'ULTRA',
]);

/** True for words made only of A-Z (at least two letters). @internal */
export function isAllCaps(word: string): boolean {
  if (word.length < 2) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * Decides whether an all-caps word is spelled. Short words (up to four letters) and words
 * without a vowel are spelled unless known; longer words with vowels are taken as shouting
 * ("HELLO") and left for the G2P.
 * @internal
 */
export function shouldSpell(word: string, isKnown: (word: string) => boolean): boolean {
  if (isKnown(word)) return false;
  if (word.length <= 4) return true;
  for (let k = 0; k < word.length; k++) {
    const c = word[k]!;
    if (c === 'A' || c === 'E' || c === 'I' || c === 'O' || c === 'U' || c === 'Y') return false;
  }
  return true;
}

/** "FBI" -> "F B I". @internal */
export function spellLetters(word: string): string {
  return word.split('').join(' ');
}

/** Default known-word test: pronounced acronyms and emphasis words. @internal */
export function defaultIsKnownWord(word: string): boolean {
  return PRONOUNCED_ACRONYMS.has(word) || EMPHASIS_WORDS.has(word);
}
