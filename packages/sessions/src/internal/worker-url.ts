import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SESSIONS_ERROR_CODES, SessionsError } from '../errors';

/**
 * @internal Where the session worker script is. Built, this module is inlined into
 * dist/index.js and the worker is dist/worker.js beside it. Run from TypeScript sources
 * (tests use the `@kokoro-ts/source` condition) this file is src/internal/worker-url.ts and
 * the worker is the built ../../dist/worker.js: Node 20 cannot start a .ts worker.
 */
export function defaultWorkerUrl(here: string = import.meta.url): URL {
  const url = here.endsWith('.ts') ? new URL('../../dist/worker.js', here) : new URL('./worker.js', here);
  if (!existsSync(fileURLToPath(url))) {
    throw new SessionsError(
      SESSIONS_ERROR_CODES.WORKER_MISSING,
      `The session worker script was expected at ${fileURLToPath(url)} but is not there. Build the package (pnpm --filter @kokoro-ts/sessions build) or pass the workerUrl option.`,
    );
  }
  return url;
}
