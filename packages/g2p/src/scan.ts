/**
 * Splits text into word and punctuation tokens with their character spans in the input, in one linear pass
 * (no regular expressions over the whole input, so adversarial text cannot backtrack).
 */

/** What a token is. @internal */
export type TokenKind = 'word' | 'punct';

/** One scanned token. @internal */
export interface ScanToken {
  kind: TokenKind;
  /** Source text of the token (for links: the link text). */
  text: string;
  /** Start offset in the scanned text (UTF-16 code units). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Phoneme symbol for punctuation; the given pronunciation for inline links; else `undefined`. */
  phonemes: string | undefined;
  /** Whitespace separated this token from the previous one. */
  spaceBefore: boolean;
  /** A blank line (paragraph break) separated this token from the previous one. */
  paragraphBefore: boolean;
}

/** Longest run of word characters kept as one token; longer runs are cut so per-word work stays bounded. */
export const MAX_WORD_CHARS = 48;

const PUNCT_SYMBOLS: Readonly<Record<string, string>> = {
  ',': ',', '.': '.', '!': '!', '?': '?', ';': ';', ':': ':', '—': '—', '–': '—', '―': '—', '…': '…',
  '"': '"', '(': '(', ')': ')', '“': '“', '”': '”', '[': '(', ']': ')', '{': '(', '}': ')', '«': '“', '»': '”',
  '„': '“', '‟': '“', '¡': '', '¿': '',
};

const LETTER_OR_MARK = /[\p{L}\p{M}\p{N}]/u;

function isWordChar(code: number, ch: string): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  if (code >= 0xd800 && code <= 0xdfff) return false; // surrogates (emoji, lone halves) are never word characters
  return LETTER_OR_MARK.test(ch);
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

const isApostrophe = (ch: string | undefined): boolean => ch === "'" || ch === '’' || ch === '‘';

/** A piece of input: plain text, or an inline pronunciation link. @internal */
export type InputPiece =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'link'; start: number; end: number; label: string; labelStart: number; phonemes: string };

/**
 * Splits input around misaki's inline pronunciation links `[word](/phonemes/)`. Linear: the next "](/" is found
 * once and reused, and link text and phonemes are each bounded to 200 characters.
 * @internal
 */
export function splitLinks(text: string): InputPiece[] {
  const pieces: InputPiece[] = [];
  let from = 0;
  let close = text.indexOf('](/');
  let i = close < 0 ? -1 : text.indexOf('[');
  while (i >= 0 && close >= 0) {
    while (close >= 0 && close <= i) close = text.indexOf('](/', close + 1);
    if (close < 0) break;
    const nextOpen = text.indexOf('[', i + 1);
    // Only the last "[" before a "](/" can open a link (link text has no brackets).
    if (close - i <= 201 && (nextOpen < 0 || nextOpen > close) && close > i + 1) {
      const tail = text.slice(close + 3, close + 204);
      const endRel = tail.indexOf('/)');
      const phonemes = endRel >= 0 ? tail.slice(0, endRel) : '';
      const label = text.slice(i + 1, close);
      if (endRel >= 0 && !phonemes.includes(')') && !label.includes(']')) {
        const end = close + 3 + endRel + 2;
        if (i > from) pieces.push({ kind: 'text', start: from, end: i });
        pieces.push({ kind: 'link', start: i, end, label, labelStart: i + 1, phonemes });
        from = end;
        i = text.indexOf('[', end);
        continue;
      }
    }
    i = nextOpen;
  }
  if (from < text.length) pieces.push({ kind: 'text', start: from, end: text.length });
  return pieces;
}

/** Scans `text` into tokens. Characters that are neither word characters nor known punctuation are skipped. @internal */
export function scan(text: string): ScanToken[] {
  const tokens: ScanToken[] = [];
  const n = text.length;
  let i = 0;
  let spaceBefore = false;
  let newlines = 0;
  const push = (kind: TokenKind, start: number, end: number, phonemes: string | undefined): void => {
    tokens.push({ kind, text: text.slice(start, end), start, end, phonemes, spaceBefore: spaceBefore && tokens.length > 0, paragraphBefore: newlines >= 2 && tokens.length > 0 });
    spaceBefore = false;
    newlines = 0;
  };
  while (i < n) {
    const code = text.charCodeAt(i);
    const ch = text[i] ?? '';
    if (isSpace(code)) {
      spaceBefore = true;
      if (code === 10) newlines++;
      i++;
      continue;
    }
    if (isWordChar(code, ch)) {
      const start = i;
      i++;
      while (i < n && i - start < MAX_WORD_CHARS) {
        const c = text.charCodeAt(i);
        const cc = text[i] ?? '';
        if (isWordChar(c, cc)) {
          i++;
          continue;
        }
        // Apostrophes, hyphens and acronym dots join word characters on both sides (don't, well-known, U.S).
        const joiner = isApostrophe(cc) || cc === '-' || (cc === '.' && i - start === 1 && text[i + 2] === '.');
        if (joiner && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text[i + 1] ?? '')) {
          i += 2;
          continue;
        }
        break;
      }
      // A trailing possessive apostrophe (the dogs') belongs to the word.
      if (i < n && isApostrophe(text[i]) && text[i - 1] === 's' && !isWordChar(text.charCodeAt(i + 1), text[i + 1] ?? '')) i++;
      push('word', start, i, undefined);
      // A word cut at MAX_WORD_CHARS continues as a separate word, spoken with a space.
      if (i - start >= MAX_WORD_CHARS && i < n && isWordChar(text.charCodeAt(i), text[i] ?? '')) spaceBefore = true;
      continue;
    }
    const symbol = PUNCT_SYMBOLS[ch];
    if (symbol !== undefined || ch === '-') {
      const start = i;
      // Runs of the same mark collapse to one token ("...." and 100,000 dots become one ellipsis).
      while (i < n && text[i] === ch) i++;
      let phonemes = symbol ?? '—';
      if (ch === '.' && i - start >= 2) phonemes = '…';
      if (ch === '-' && i - start === 1 && !spaceBefore) phonemes = '';
      if (phonemes) push('punct', start, i, phonemes);
      continue;
    }
    // Anything else (emoji, symbols, control characters, lone surrogates) is skipped; it still separates words.
    spaceBefore = true;
    i++;
  }
  return tokens;
}
