import { createHash, timingSafeEqual } from 'node:crypto';

import { ServerError } from '../errors';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Returns a checker for `Authorization: Bearer <key>` headers. Keys are compared as SHA-256
 * digests with `timingSafeEqual`, against every configured key without stopping at a match,
 * so neither the key's length nor which key matched leaks through timing.
 * @internal
 */
export function createKeyChecker(keys: readonly string[]): ((header: string | undefined) => void) | null {
  if (keys.length === 0) return null;
  const digests = keys.map(digest);
  return (header) => {
    const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) {
      throw new ServerError('KOKORO_SERVER_UNAUTHORIZED', 'Missing API key: send "Authorization: Bearer <key>" with one of the keys the server was started with (KOKORO_API_KEYS or --api-key-file).');
    }
    const candidate = digest(match[1]!);
    let ok = false;
    for (const d of digests) ok = timingSafeEqual(d, candidate) || ok;
    if (!ok) throw new ServerError('KOKORO_SERVER_UNAUTHORIZED', 'Incorrect API key provided. Check the key against the server\'s KOKORO_API_KEYS or key file.');
  };
}

/** Parses an API key file: one key per line, blank lines and `#` comments ignored. */
export function parseKeyFile(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}
