/**
 * Emoji and invisible characters. Emoji are removed or, with `emoji: 'describe'`, the common
 * ones are named; joiners, variation selectors, skin tones and flags' regional letters are
 * always dropped so no stray code point reaches the G2P.
 * @internal
 */

const NAMES: ReadonlyMap<number, string> = new Map([
  [0x1f600, 'grinning face'], [0x1f602, 'face with tears of joy'], [0x1f923, 'rolling on the floor laughing'],
  [0x1f60a, 'smiling face'], [0x1f642, 'slightly smiling face'], [0x1f609, 'winking face'], [0x1f60d, 'heart eyes'],
  [0x1f622, 'crying face'], [0x1f62d, 'loudly crying face'], [0x1f914, 'thinking face'], [0x1f62e, 'surprised face'],
  [0x1f621, 'angry face'], [0x1f44d, 'thumbs up'], [0x1f44e, 'thumbs down'], [0x1f44b, 'waving hand'],
  [0x1f44f, 'clapping hands'], [0x1f64f, 'folded hands'], [0x2764, 'red heart'], [0x1f525, 'fire'], [0x1f389, 'party popper'],
  [0x2705, 'check mark'], [0x274c, 'cross mark'], [0x2b50, 'star'], [0x2728, 'sparkles'], [0x1f680, 'rocket'],
  [0x1f4af, 'hundred points'], [0x1f440, 'eyes'], [0x1f60e, 'smiling face with sunglasses'], [0x1f937, 'shrug'],
  [0x1f926, 'face palm'], [0x26a0, 'warning'], [0x1f4a1, 'light bulb'], [0x1f3b5, 'musical note'],
]);

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** True for emoji code points and their modifiers (skin tones, regional indicators, keycap). @internal */
export function isEmoji(cp: number): boolean {
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return true; // regional indicators (flags)
  if (cp >= 0x1f3fb && cp <= 0x1f3ff) return true; // skin tones
  if (cp === 0x20e3) return true; // keycap
  if (cp < 0xa9) return false;
  return PICTOGRAPHIC.test(String.fromCodePoint(cp));
}

/** Name for `describe` mode, or undefined. @internal */
export function emojiName(cp: number): string | undefined {
  return NAMES.get(cp);
}

/**
 * Characters that carry no sound: C0/C1 controls (not whitespace), zero-width and bidi
 * format characters, variation selectors, soft hyphen, byte-order mark.
 * @internal
 */
export function isInvisible(code: number): boolean {
  if (code < 32) return code !== 9 && code !== 10 && code !== 11 && code !== 12 && code !== 13;
  if (code >= 0x7f && code <= 0x9f) return code !== 0x85;
  if (code === 0xad || code === 0x34f || code === 0x61c || code === 0xfeff) return true;
  if (code >= 0x200b && code <= 0x200f) return true;
  if (code >= 0x202a && code <= 0x202e) return true;
  if (code >= 0x2060 && code <= 0x206f) return true;
  if (code >= 0xfe00 && code <= 0xfe0f) return true;
  return code === 0xfff9 || code === 0xfffa || code === 0xfffb;
}
