/**
 * The raw baseline's worker thread. The engine's sessions run `session.run()` in worker
 * threads, so the floor is measured in a worker too, with the same thread options; `run()` is
 * timed inside the worker, around the call only.
 *
 * The worker is started from source text (`new Worker(code, { eval: true })`) so the same
 * code runs from `src/` under vitest and from `dist/` in the CLI without a separate build
 * step. `rawWorkerMain` must therefore be self-contained: it may use only its parameters and
 * globals (it is serialised with `Function.prototype.toString`).
 */

/** @internal The message the worker receives to run a batch of segments. */
export interface RawRunRequest {
  type: 'run';
  id: number;
  segments: Record<string, { type: string; data: BigInt64Array | Int32Array | Float32Array; dims: number[] }>[];
  /** Send back the waveform of each segment (tests check it decodes to the input). */
  returnAudio: boolean;
}

/** @internal Messages the worker sends. */
export type RawWorkerMessage =
  | { type: 'ready'; createMs: number; inputs: { name: string; type: string; dims: (number | string)[] }[]; outputs: string[] }
  | { type: 'result'; id: number; runMs: number[]; samples: number[]; audio: Float32Array[] }
  | { type: 'error'; id: number | null; message: string };

/** @internal Worker data. */
export interface RawWorkerData {
  ortPath: string;
  model: string | Uint8Array;
  sessionOptions: Record<string, unknown>;
}

/* eslint-disable */
// Runs inside the worker with CommonJS `require`; kept free of imports and closures.
function rawWorkerMain(req: (id: string) => any): void {
  const { parentPort, workerData } = req('node:worker_threads');
  const { performance } = req('node:perf_hooks');
  const ort = req(workerData.ortPath);
  let session: any = null;
  let queue: Promise<void> = Promise.resolve();
  const fail = (id: number | null, e: any) => parentPort.postMessage({ type: 'error', id, message: String((e && e.stack) || e) });
  (async () => {
    try {
      const t0 = performance.now();
      session = await ort.InferenceSession.create(workerData.model, workerData.sessionOptions);
      const createMs = performance.now() - t0;
      const inputs = session.inputMetadata.map((m: any) => ({ name: m.name, type: m.isTensor ? m.type : 'non-tensor', dims: m.isTensor ? [...m.shape] : [] }));
      parentPort.postMessage({ type: 'ready', createMs, inputs, outputs: [...session.outputNames] });
    } catch (e) {
      fail(null, e);
    }
  })();
  parentPort.on('message', (msg: any) => {
    queue = queue.then(async () => {
      try {
        const runMs: number[] = [];
        const samples: number[] = [];
        const audio: Float32Array[] = [];
        const waveName = session.outputNames.includes('waveform') ? 'waveform' : session.outputNames[0];
        for (const seg of msg.segments) {
          const feeds: Record<string, any> = {};
          for (const name of Object.keys(seg)) feeds[name] = new ort.Tensor(seg[name].type, seg[name].data, seg[name].dims);
          const t = performance.now();
          const out = await session.run(feeds);
          runMs.push(performance.now() - t);
          const wave = out[waveName].data;
          samples.push(wave.length);
          if (msg.returnAudio) audio.push(new Float32Array(wave));
          for (const k of Object.keys(out)) if (typeof out[k].dispose === 'function') out[k].dispose();
        }
        parentPort.postMessage({ type: 'result', id: msg.id, runMs, samples, audio }, audio.map((a) => a.buffer));
      } catch (e) {
        fail(msg.id, e);
      }
    });
  });
}
/* eslint-enable */

/** @internal Source text of the worker, for `new Worker(source, { eval: true })`. */
export const RAW_WORKER_SOURCE = `(${rawWorkerMain.toString()})(require);`;
