import { shouldRecycle } from '@kokoro-ts/memory';
import { OverloadedError, SESSIONS_ERROR_CODES, SessionsError, type SessionsErrorCode } from './errors';
import { Histogram } from './histogram';
import type { PoolMetrics } from './metrics';
import { resolveOptions, type ResolvedOptions, type SessionPoolOptions } from './options';
import { validateFeeds } from './internal/feeds';
import type { NonFiniteReport, WorkerInit, WorkerMessage } from './internal/protocol';
import { Slot, type Job } from './internal/slot';
import { now, realClearTimeout, unrefTimeout } from './internal/timers';
import { WorkerHandle, type ReadyMessage, type StartFailure } from './internal/worker-handle';
import { defaultWorkerUrl } from './internal/worker-url';
import type { ModelMetadata, TensorData } from './types';

/** Options of one run. */
export interface RunOptions {
  /** Cancels the run: a queued job is dropped at once; a running one's result is discarded. */
  signal?: AbortSignal;
  /** Size hint for routing, e.g. the token count. Default: undefined (treated as short). */
  size?: number;
}

/** What a run resolves with. Output buffers were transferred from the worker, not copied. */
export interface RunResult {
  outputs: Record<string, TensorData>;
  timing: { queueWaitMs: number; runMs: number; sessionId: string; provider: string; attempts: number };
  /** Outputs with NaN/Infinity (only filled with `nonFinite: 'flag'`). */
  nonFinite: NonFiniteReport[];
}

/** A pool of ONNX Runtime sessions in worker threads. */
export interface SessionPool {
  /** The model's inputs and outputs, read from the first session. */
  readonly metadata: ModelMetadata;
  /** Run the model. Rejects with a coded `SessionsError` (see `SESSIONS_ERROR_CODES`). */
  run(feeds: Record<string, TensorData>, options?: RunOptions): Promise<RunResult>;
  /** Metrics as plain data. */
  metrics(): PoolMetrics;
  /** Replace one session (or all, one after another) with a freshly warmed one; the old one finishes its job first. */
  recycle(sessionId?: string): Promise<void>;
  /** Stop taking runs, let queued and running ones finish until `deadlineMs` (default 10000), then fail the rest with `KOKORO_SESSIONS_DISPOSED` and stop the workers. */
  dispose(options?: { deadlineMs?: number }): Promise<void>;
}

function startError(failure: StartFailure): SessionsError {
  const tried = failure.providerFailures.map((f) => `${f.provider}: ${f.message}`).join('; ');
  if (failure.warmup) return new SessionsError(SESSIONS_ERROR_CODES.WARMUP_FAILED, `Warm-up feeds failed to run: ${failure.message}. Check the warmup option matches the model's inputs, or pass warmup: false.`);
  return new SessionsError(SESSIONS_ERROR_CODES.SESSION_CREATE_FAILED, `Could not create an ONNX Runtime session: ${failure.message}${tried && !failure.message.includes(tried) ? ` (providers tried: ${tried})` : ''}. Check the model path/bytes and the providers in the plan.`);
}

/** Create the pool: start every session's worker, warm it up, and resolve when all are ready. */
export async function createSessionPool(options: SessionPoolOptions): Promise<SessionPool> {
  const o: ResolvedOptions = resolveOptions(options);
  const workerUrl = options.workerUrl === undefined ? defaultWorkerUrl() : new URL(options.workerUrl);
  let model: string | Uint8Array = options.model;
  if (model instanceof Uint8Array) {
    // One shared copy for every worker (each session still parses its own).
    const shared = new Uint8Array(new SharedArrayBuffer(model.byteLength));
    shared.set(model);
    model = shared;
  }
  const slots = o.specs.map((spec) => new Slot(spec));
  const queue: Job[] = [];
  const queueWait = new Histogram();
  const totals = { runs: 0, failures: 0, retries: 0, timeouts: 0, aborted: 0, crashes: 0, recycles: 0, overloaded: 0 };
  let metadata: ModelMetadata | undefined;
  let nextRunId = 1;
  let disposing = false;
  let onIdle: (() => void) | undefined;

  function init(slot: Slot): WorkerInit {
    return { model, providers: slot.spec.providers, intraOpThreads: slot.spec.intraOpThreads, interOpThreads: slot.spec.interOpThreads, warmup: o.warmup, checkFinite: o.nonFinite !== 'ignore' };
  }

  function spawn(slot: Slot): WorkerHandle {
    const handle: WorkerHandle = new WorkerHandle(workerUrl, init(slot), {
      onMessage: (msg) => {
        if (handle === slot.handle) onWorkerMessage(slot, msg);
      },
      onCrash: (reason) => {
        if (handle === slot.handle) onCrash(slot, reason);
        else if (handle === slot.pending?.handle) {
          slot.pending = undefined;
          slot.recycling = false;
        }
      },
    }, o.startTimeoutMs);
    return handle;
  }

  /** Start (or restart) a slot's worker; gives up after `maxRestarts` consecutive failures. */
  function restart(slot: Slot): void {
    if (disposing) return;
    const handle = spawn(slot);
    handle.ready.then(
      (ready) => {
        if (disposing) return void handle.terminate();
        // A recycle replacement may have been swapped in meanwhile; keep one worker per slot.
        if (slot.state === 'ready' && slot.handle) return void handle.close();
        slot.install(handle, ready);
        pump();
      },
      (failure: StartFailure) => {
        slot.lastError = failure.message;
        if (++slot.restarts > o.maxRestarts) {
          slot.state = 'dead';
          failIfAllDead();
        } else restart(slot);
      },
    );
  }

  function failIfAllDead(): void {
    if (slots.some((s) => s.state !== 'dead')) return;
    const detail = slots.map((s) => `${s.id}: ${s.lastError ?? 'unknown'}`).join('; ');
    for (const job of queue.splice(0)) job.settle(new SessionsError(SESSIONS_ERROR_CODES.SESSION_CREATE_FAILED, `Every session of the pool failed to restart (${detail}). Recreate the pool.`));
    checkIdle();
  }

  function onCrash(slot: Slot, reason: string): void {
    totals.crashes++;
    slot.failures++;
    slot.lastError = reason;
    slot.handle = undefined;
    slot.state = 'starting';
    const job = slot.job;
    slot.job = undefined;
    if (job) {
      if (job.runTimer) realClearTimeout(job.runTimer);
      if (!job.cancelled && !job.settled) {
        if (job.attempt === 0) requeue(job, slot, reason);
        else job.settle(new SessionsError(SESSIONS_ERROR_CODES.WORKER_CRASHED, `The job failed twice: first on ${job.firstFailure}; then the worker of ${slot.id} exited (${reason}). The job was not completed; check the model and provider, or the process's memory limit.`));
      }
    }
    restart(slot);
    pump();
  }

  function requeue(job: Job, slot: Slot, reason: string): void {
    totals.retries++;
    job.attempt = 1;
    job.excludeSession = slot.id;
    job.firstFailure = `${slot.id} (${slot.provider}): ${reason}`;
    job.enqueuedAt = now();
    queue.unshift(job);
  }

  function runFailed(slot: Slot, job: Job, code: SessionsErrorCode, reason: string): void {
    totals.failures++;
    slot.failures++;
    slot.lastError = reason;
    slot.unhealthyUntil = now() + o.unhealthyCooldownMs;
    if (job.cancelled || job.settled) return;
    if (job.attempt === 0) requeue(job, slot, reason);
    else job.settle(new SessionsError(code, `Run failed on ${job.firstFailure} and again on the retry (${slot.id} (${slot.provider}): ${reason}).`));
  }

  function onWorkerMessage(slot: Slot, msg: Extract<WorkerMessage, { type: 'result' | 'run-error' }>): void {
    const job = slot.job;
    if (!job || job.runId !== msg.id) return;
    slot.job = undefined;
    if (job.runTimer) realClearTimeout(job.runTimer);
    slot.handle?.idle();
    if (msg.type === 'run-error') runFailed(slot, job, SESSIONS_ERROR_CODES.RUN_FAILED, msg.message);
    else {
      slot.memory = msg.memory;
      o.watchdog?.recordWorker(slot.id, { heapUsed: msg.memory.heapUsed, external: msg.memory.external, arrayBuffers: msg.memory.arrayBuffers, at: Date.now() });
      if (msg.nonFinite.length > 0 && o.nonFinite === 'error') {
        const what = msg.nonFinite.map((n) => `${n.output}: ${n.nan} NaN, ${n.infinite} infinite`).join('; ');
        runFailed(slot, job, SESSIONS_ERROR_CODES.NON_FINITE_OUTPUT, `outputs contain non-finite values (${what})`);
      } else {
        slot.runs++;
        slot.runsThisGeneration++;
        totals.runs++;
        slot.latency.observe(msg.runMs);
        if (!job.cancelled) {
          const timing = { queueWaitMs: job.queueWaitMs, runMs: msg.runMs, sessionId: slot.id, provider: slot.provider, attempts: job.attempt + 1 };
          job.settle(undefined, { outputs: msg.outputs, timing, nonFinite: o.nonFinite === 'flag' ? msg.nonFinite : [] });
        }
      }
    }
    const decision = shouldRecycle({ runs: slot.runsThisGeneration, growthBytes: slot.growthBytes() }, o.recycle);
    if (decision && !slot.recycling) void recycleSlot(slot);
    swapIfReady(slot);
    pump();
  }

  function onTimeout(slot: Slot, job: Job): void {
    if (slot.job !== job) return;
    totals.timeouts++;
    slot.failures++;
    slot.lastError = `run exceeded runTimeoutMs ${o.runTimeoutMs}`;
    slot.unhealthyUntil = now() + o.unhealthyCooldownMs;
    slot.job = undefined;
    const old = slot.handle;
    slot.handle = undefined;
    slot.state = 'starting';
    // A worker blocked in native code exits once that call returns; its replacement starts now.
    void old?.terminate();
    job.settle(new SessionsError(SESSIONS_ERROR_CODES.TIMEOUT, `Run exceeded runTimeoutMs (${o.runTimeoutMs} ms) on session ${slot.id} (${slot.provider}); its worker was replaced. Raise runTimeoutMs for long inputs or split them.`));
    restart(slot);
    pump();
  }

  async function recycleSlot(slot: Slot): Promise<void> {
    if (slot.recycling || slot.state !== 'ready' || disposing) return;
    slot.recycling = true;
    const handle = spawn(slot);
    let ready: ReadyMessage;
    try {
      ready = await handle.ready;
    } catch (failure) {
      slot.recycling = false;
      slot.lastError = `recycle failed: ${(failure as StartFailure).message}`;
      return;
    }
    if (disposing || slot.state !== 'ready') {
      slot.recycling = false;
      return void handle.terminate();
    }
    slot.pending = { handle, ready };
    swapIfReady(slot);
  }

  /** Replace the worker once its replacement is warm and the old one has no job. */
  function swapIfReady(slot: Slot): void {
    if (!slot.pending || slot.job) return;
    const old = slot.handle;
    slot.install(slot.pending.handle, slot.pending.ready);
    slot.pending = undefined;
    slot.recycling = false;
    totals.recycles++;
    void old?.close();
    pump();
  }

  function runningThreads(): number {
    return slots.reduce((sum, s) => sum + (s.job ? s.spec.intraOpThreads : 0), 0);
  }

  function pick(job: Job): Slot | undefined {
    let pool = slots.filter((s) => s.state === 'ready' && s.handle !== undefined);
    if (pool.length === 0) return undefined;
    if (job.attempt > 0) {
      const others = pool.filter((s) => s.id !== job.excludeSession);
      const fallback = others.filter((s) => s.provider === o.fallbackProvider);
      pool = fallback.length > 0 ? fallback : others.length > 0 ? others : pool;
    }
    const healthy = pool.filter((s) => s.healthy);
    if (healthy.length > 0) pool = healthy;
    const running = slots.filter((s) => s.job).length;
    const busyThreads = runningThreads();
    const free = pool.filter((s) => !s.job && (running === 0 || busyThreads + s.spec.intraOpThreads <= o.threadBudget));
    if (free.length === 0) return undefined;
    const id = o.routing.choose({ size: job.size, attempt: job.attempt, poolIdle: running === 0 && queue.length === 1 }, free.map((s) => s.view()));
    return free.find((s) => s.id === id);
  }

  function pump(): void {
    while (queue.length > 0) {
      const job = queue[0]!;
      const slot = pick(job);
      if (!slot) break;
      queue.shift();
      if (job.waitTimer) realClearTimeout(job.waitTimer);
      job.waitTimer = undefined;
      const waited = now() - job.enqueuedAt;
      job.queueWaitMs += waited;
      slot.queueWait.observe(waited);
      queueWait.observe(waited);
      slot.job = job;
      job.runId = nextRunId++;
      job.startedAt = now();
      if (o.runTimeoutMs > 0) job.runTimer = unrefTimeout(() => onTimeout(slot, job), o.runTimeoutMs);
      slot.handle!.send({ type: 'run', id: job.runId, feeds: job.feeds });
    }
    checkIdle();
  }

  function checkIdle(): void {
    if (onIdle && queue.length === 0 && slots.every((s) => !s.job)) onIdle();
  }

  function retryAfterMs(): number {
    const alive = Math.max(1, slots.filter((s) => s.state === 'ready').length);
    const mean = slots.reduce((acc, s) => acc + (s.latency.mean() ?? 0), 0) / slots.length || 100;
    return Math.max(1, Math.ceil((mean * (queue.length + 1)) / alive));
  }

  // Start every session; any that cannot start fails the pool: a bad model or plan should fail loudly, once.
  const first = slots.map((slot) => ({ slot, handle: spawn(slot) }));
  const results = await Promise.allSettled(first.map((f) => f.handle.ready));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await Promise.all(first.map((f) => f.handle.terminate()));
    throw startError(failed.reason as StartFailure);
  }
  first.forEach(({ slot, handle }, i) => {
    const ready = (results[i] as PromiseFulfilledResult<ReadyMessage>).value;
    metadata ??= ready.metadata;
    slot.install(handle, ready);
  });
  const meta = metadata!;

  let disposed: Promise<void> | undefined;

  return {
    metadata: meta,
    run(feeds, runOptions = {}) {
      if (disposing) return Promise.reject(new SessionsError(SESSIONS_ERROR_CODES.DISPOSED, 'The session pool was disposed; create a new pool to run again.'));
      const { signal, size } = runOptions;
      if (size !== undefined && !(typeof size === 'number' && size >= 0 && Number.isFinite(size))) {
        return Promise.reject(new SessionsError(SESSIONS_ERROR_CODES.BAD_INPUT, `Expected size as a finite number >= 0 (e.g. the token count), got ${String(size)}.`));
      }
      try {
        validateFeeds(feeds, meta);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      if (signal?.aborted) return Promise.reject(abortError(signal));
      if (slots.every((s) => s.state === 'dead')) return Promise.reject(new SessionsError(SESSIONS_ERROR_CODES.SESSION_CREATE_FAILED, 'Every session of the pool is dead (restarts exhausted). Recreate the pool.'));
      return new Promise<RunResult>((resolve, reject) => {
        const onAbort = (): void => {
          if (job.settled) return;
          totals.aborted++;
          const at = queue.indexOf(job);
          if (at >= 0) queue.splice(at, 1);
          else job.cancelled = true;
          job.settle(abortError(signal!));
          checkIdle();
        };
        const job: Job = {
          feeds, size, attempt: 0, enqueuedAt: now(), queueWaitMs: 0, runId: 0, startedAt: 0, settled: false, cancelled: false,
          excludeSession: undefined, firstFailure: undefined, waitTimer: undefined, runTimer: undefined,
          settle(error, value) {
            if (job.settled) return;
            job.settled = true;
            if (job.waitTimer) realClearTimeout(job.waitTimer);
            signal?.removeEventListener('abort', onAbort);
            if (error) reject(error);
            else resolve(value!);
          },
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        job.waitTimer = unrefTimeout(() => {
          const at = queue.indexOf(job);
          if (at < 0) return;
          queue.splice(at, 1);
          totals.overloaded++;
          job.settle(new OverloadedError('max-wait', `waited ${o.maxWaitMs} ms in the queue (queue.maxWaitMs)`, retryAfterMs()));
        }, o.maxWaitMs);
        queue.push(job);
        pump();
        // Only jobs that must wait count against maxDepth: one that started at once never queued.
        if (queue.length > o.maxDepth && queue.at(-1) === job) {
          queue.pop();
          totals.overloaded++;
          job.settle(new OverloadedError('queue-full', `${queue.length} jobs already waiting (queue.maxDepth ${o.maxDepth})`, retryAfterMs()));
        }
      });
    },
    metrics() {
      return {
        routing: o.routing.name,
        threadBudget: o.threadBudget,
        runningThreads: runningThreads(),
        running: slots.filter((s) => s.job).length,
        queue: { depth: queue.length, maxDepth: o.maxDepth, maxWaitMs: o.maxWaitMs, waitMs: queueWait.snapshot() },
        totals: { ...totals },
        sessions: slots.map((s) => s.metrics()),
      };
    },
    async recycle(sessionId) {
      const targets = sessionId === undefined ? slots : slots.filter((s) => s.id === sessionId);
      if (targets.length === 0) throw new SessionsError(SESSIONS_ERROR_CODES.BAD_INPUT, `No session "${sessionId}"; sessions are: ${slots.map((s) => s.id).join(', ')}.`);
      for (const slot of targets) await recycleSlot(slot);
    },
    dispose({ deadlineMs = 10_000 } = {}) {
      disposed ??= (async () => {
        disposing = true;
        await new Promise<void>((resolve) => {
          const timer = unrefTimeout(resolve, deadlineMs);
          onIdle = () => {
            realClearTimeout(timer);
            resolve();
          };
          checkIdle();
        });
        onIdle = undefined;
        const gone = new SessionsError(SESSIONS_ERROR_CODES.DISPOSED, `The session pool was disposed before this job finished (dispose deadline ${deadlineMs} ms).`);
        for (const job of queue.splice(0)) job.settle(gone);
        const handles: WorkerHandle[] = [];
        for (const slot of slots) {
          if (slot.job) {
            slot.job.cancelled = true;
            if (slot.job.runTimer) realClearTimeout(slot.job.runTimer);
            slot.job.settle(gone);
            slot.job = undefined;
            if (slot.handle) void slot.handle.terminate();
          } else if (slot.handle) handles.push(slot.handle);
          if (slot.pending) handles.push(slot.pending.handle);
          slot.state = 'disposed';
          slot.handle = undefined;
          slot.pending = undefined;
        }
        await Promise.all(handles.map((h) => h.close()));
      })();
      return disposed;
    },
  };
}

function abortError(signal: AbortSignal): SessionsError {
  const reason: unknown = signal.reason;
  return new SessionsError(SESSIONS_ERROR_CODES.ABORTED, `The run was aborted by its AbortSignal${reason instanceof Error ? ` (${reason.message})` : ''}.`, { cause: reason });
}
