import { ServerError } from '../errors';
import type { SpeechEngine } from '../engine-port';

/** What /ready reports. */
export interface ReadinessReport {
  status: 'loading' | 'ready' | 'failed' | 'shutting_down';
  /** When not ready: why, and how to fix it. */
  error?: { code: string; message: string };
  /** How to get a model when it is missing. */
  hint?: string;
  voices?: number;
}

/** How to obtain a model; shown by /ready and `kokoro serve` when the model is missing. */
export const MODEL_HINT = 'Get the model with `kokoro models download` (or pass --model FILE.onnx --voices DIR). '
  + 'For the synthetic test model: `pnpm testkit model --out DIR`, then `kokoro serve --model DIR/model.onnx --voices DIR/voices`.';

/**
 * Holds the engine while it loads in the background, so the HTTP server can listen (and
 * answer /health and /ready) before the model is there.
 * @internal
 */
export class EngineState {
  private engine: SpeechEngine | null = null;
  private failure: { code: string; message: string } | null = null;
  private closing = false;
  private knownVoices = new Set<string>();

  /** Starts tracking a load; resolves when it settles (never rejects). */
  track(load: Promise<SpeechEngine>): Promise<void> {
    return load.then(
      (engine) => this.set(engine),
      (error: unknown) => {
        const e = error as { code?: unknown; message?: unknown };
        this.failure = { code: typeof e.code === 'string' ? e.code : 'KOKORO_SERVER_INTERNAL', message: typeof e.message === 'string' ? e.message : String(error) };
      },
    );
  }

  set(engine: SpeechEngine): void {
    this.engine = engine;
    this.failure = null;
    this.knownVoices = new Set(engine.voices().map((v) => v.id));
  }

  get current(): SpeechEngine | null {
    return this.engine;
  }

  get voices(): ReadonlySet<string> {
    return this.knownVoices;
  }

  markClosing(): void {
    this.closing = true;
  }

  get isClosing(): boolean {
    return this.closing;
  }

  /** The engine, or a 503 that says why there is none. */
  require(): SpeechEngine {
    if (this.closing) throw new ServerError('KOKORO_SERVER_SHUTTING_DOWN', 'The server is shutting down and accepts no new work; retry against another instance.');
    if (this.engine) return this.engine;
    if (this.failure) throw new ServerError('KOKORO_SERVER_NOT_READY', `The model failed to load (${this.failure.code}): ${this.failure.message} ${MODEL_HINT}`);
    throw new ServerError('KOKORO_SERVER_NOT_READY', 'The model is still loading; GET /ready reports when it is ready.');
  }

  report(): ReadinessReport {
    if (this.closing) return { status: 'shutting_down' };
    if (this.engine) return { status: 'ready', voices: this.knownVoices.size };
    if (this.failure) return { status: 'failed', error: this.failure, hint: MODEL_HINT };
    return { status: 'loading' };
  }
}
