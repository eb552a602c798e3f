import { describe, expect, it } from 'vitest';

import * as server from '../src/index';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(server).sort()).toMatchInlineSnapshot(`
      [
        "ACCEPTED_MODELS",
        "AUDIO_CONTENT_TYPES",
        "AUDIO_FORMATS",
        "DEFAULT_SERVER_CONFIG",
        "MAX_BLEND_VOICES",
        "MODEL_HINT",
        "OPENAI_VOICE_MAP",
        "SERVER_ERROR_CODES",
        "ServerError",
        "buildApp",
        "createEncoder",
        "createServer",
        "encodeAll",
        "fromEnv",
        "isServerError",
        "resolveServerConfig",
        "resolveVoice",
        "serverConfigFromEnv",
      ]
    `);
  });
});
