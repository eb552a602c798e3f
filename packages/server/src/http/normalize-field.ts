import { NORMALIZE_SETTINGS, NORMALIZE_SWITCHES } from '@kokoro-ts/engine';

import { ServerError } from '../errors';

/** The `normalize` request field: `false` (no normalization), `true` (the server's), or rule switches. */
export type NormalizeField = boolean | Record<string, boolean | string>;

/** JSON schema of the `normalize` field (names are checked in {@link checkNormalizeField} for a clearer message). @internal */
export function normalizeFieldSchema(): Record<string, unknown> {
  const switches = {
    type: 'object',
    maxProperties: 64,
    properties: {
      ...Object.fromEntries(NORMALIZE_SWITCHES.map((name) => [name, { type: 'boolean' }])),
      dateOrder: { type: 'string', enum: [...NORMALIZE_SETTINGS.dateOrder] },
      emoji: { type: 'string', enum: [...NORMALIZE_SETTINGS.emoji] },
    },
  };
  // The object branch first, so a bad switch value is reported as `normalize.<switch>`.
  return {
    anyOf: [switches, { type: 'boolean' }],
    description: `Kokoro extra: text normalization for this request. false = none (digits and symbols as written), true = the server's. An object turns single rules on or off on top of the server's configuration, e.g. {"currency": false, "urls": false}. Rules: ${NORMALIZE_SWITCHES.join(', ')}; settings: dateOrder (mdy, dmy), emoji (remove, describe, keep).`,
  };
}

/**
 * Rejects unknown switch names (the schema keeps unknown keys so they can be named here).
 * @throws ServerError `KOKORO_SERVER_BAD_REQUEST` with `param: 'normalize'`.
 * @internal
 */
export function checkNormalizeField(value: NormalizeField | undefined): NormalizeField | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  const allowed = new Set<string>([...NORMALIZE_SWITCHES, 'dateOrder', 'emoji']);
  for (const name of Object.keys(value)) {
    if (!allowed.has(name)) {
      throw new ServerError('KOKORO_SERVER_BAD_REQUEST', `Unknown normalization switch ${JSON.stringify(name.slice(0, 64))} in "normalize". Allowed: ${[...allowed].join(', ')}.`, { param: 'normalize' });
    }
  }
  return value;
}
