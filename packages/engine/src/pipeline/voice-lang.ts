import type { EngineLanguage } from './types';

/** @internal G2P language for a voice spec: from the first voice's first letter (`a` en-us, `b` en-gb). */
export function languageForVoice(spec: string): EngineLanguage | undefined {
  const first = spec.trim().charAt(0);
  if (first === 'a') return 'en-us';
  if (first === 'b') return 'en-gb';
  return undefined;
}
