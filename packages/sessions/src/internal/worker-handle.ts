import { Worker } from 'node:worker_threads';
import { unrefTimeout, realClearTimeout } from './timers';
import type { PoolMessage, WorkerInit, WorkerMessage } from './protocol';

/**
 * @internal Workers inherit the parent's execArgv, but `--input-type` (valid only for
 * `node -e`/stdin) makes a file-based worker fail at start; drop it.
 */
function workerExecArgv(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if (arg === '--input-type') i++;
    else if (!arg.startsWith('--input-type=')) out.push(arg);
  }
  return out;
}

/** @internal What a worker reported when its session became ready. */
export type ReadyMessage = Extract<WorkerMessage, { type: 'ready' }>;

/** @internal Why a worker failed to become ready. */
export interface StartFailure {
  message: string;
  warmup: boolean;
  providerFailures: { provider: string; message: string }[];
  exitCode: number | null;
}

/** @internal Callbacks from a started worker. */
export interface WorkerEvents {
  onMessage(message: Extract<WorkerMessage, { type: 'result' | 'run-error' }>): void;
  /** The worker exited or errored after it became ready (not via close/terminate). */
  onCrash(reason: string): void;
}

/**
 * @internal One worker thread holding one session. Ref'd while starting and while a job
 * runs, unref'd when idle so an idle pool never keeps the process alive.
 */
export class WorkerHandle {
  readonly ready: Promise<ReadyMessage>;
  private readonly worker: Worker;
  private state: 'starting' | 'ready' | 'closing' | 'gone' = 'starting';

  constructor(url: URL, init: WorkerInit, events: WorkerEvents, startTimeoutMs = 0) {
    this.worker = new Worker(url, { workerData: init, execArgv: workerExecArgv(process.execArgv) });
    let resolveReady!: (m: ReadyMessage) => void;
    let rejectReady!: (f: StartFailure) => void;
    this.ready = new Promise<ReadyMessage>((res, rej) => {
      resolveReady = res;
      rejectReady = rej;
    });
    // A start failure is reported through `ready`; never leave it unhandled.
    this.ready.catch(() => undefined);
    let lastError = '';
    // A session that never finishes creating (a stuck provider compile) must not hang the pool.
    const startTimer = startTimeoutMs > 0
      ? unrefTimeout(() => {
          if (this.state !== 'starting') return;
          lastError = `session creation and warm-up took longer than startTimeoutMs (${startTimeoutMs} ms)`;
          void this.worker.terminate();
        }, startTimeoutMs)
      : undefined;
    void this.ready.then(
      () => realClearTimeout(startTimer),
      () => realClearTimeout(startTimer),
    );
    this.worker.on('message', (msg: WorkerMessage) => {
      if (msg.type === 'ready') {
        this.state = 'ready';
        this.worker.unref();
        resolveReady(msg);
      } else if (msg.type === 'init-error') {
        this.state = 'gone';
        rejectReady({ message: msg.message, warmup: msg.warmup, providerFailures: msg.providerFailures, exitCode: null });
        void this.worker.terminate();
      } else {
        events.onMessage(msg);
      }
    });
    this.worker.on('error', (error) => {
      lastError = error instanceof Error ? error.message : String(error);
    });
    this.worker.on('exit', (code) => {
      const was = this.state;
      this.state = 'gone';
      const reason = `worker exited with code ${code}${lastError ? ` (${lastError})` : ''}`;
      realClearTimeout(startTimer);
      if (was === 'starting') rejectReady({ message: reason, warmup: false, providerFailures: [], exitCode: code });
      else if (was === 'ready') events.onCrash(reason);
    });
  }

  get alive(): boolean {
    return this.state === 'ready';
  }

  /** Send a job; the worker is ref'd until {@link idle}. */
  send(message: PoolMessage): void {
    this.worker.ref();
    this.worker.postMessage(message);
  }

  idle(): void {
    if (this.state === 'ready') this.worker.unref();
  }

  /** Ask the worker to release its session and exit; terminate it if it has not within `graceMs`. */
  async close(graceMs = 2000): Promise<void> {
    if (this.state === 'gone') return;
    this.state = 'closing';
    // Keep the process alive until the worker has released its session and exited.
    this.worker.ref();
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage({ type: 'close' } satisfies PoolMessage);
    const timer = unrefTimeout(() => void this.worker.terminate(), graceMs);
    await exited;
    realClearTimeout(timer);
  }

  /** Stop the worker now. A worker blocked in native code exits when that call returns. */
  async terminate(): Promise<void> {
    if (this.state === 'gone') return;
    this.state = 'closing';
    this.worker.ref();
    await this.worker.terminate();
  }
}
