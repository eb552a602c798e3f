/**
 * Session worker: the only module that loads onnxruntime-node. Its `create` and `run`
 * block the calling thread, so they run here, never on the pool's thread. Built by tsup
 * as its own file (dist/worker.js) and started by the pool with `new Worker(url)`.
 */
import { memoryUsage } from 'node:process';
import { parentPort, workerData } from 'node:worker_threads';
import type * as OrtModule from 'onnxruntime-node';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { scanNonFinite } from './internal/finite';
import type { PoolMessage, ProviderFailure, WorkerInit, WorkerMessage, WorkerMemoryReport } from './internal/protocol';
import type { ModelMetadata, ProviderChoice, TensorData, TensorType, ValueInfo } from './types';

type Ort = typeof OrtModule;

const port = parentPort;
if (!port) throw new Error('@kokoro-ts/sessions worker must run inside a worker thread (new Worker(...)).');
const init = workerData as WorkerInit;

function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

function memory(): WorkerMemoryReport {
  const m = memoryUsage();
  return { heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, rss: m.rss };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sessionOptionsFor(choice: ProviderChoice): InferenceSession.SessionOptions {
  const options: InferenceSession.SessionOptions = { ...choice.sessionOptions };
  options.executionProviders ??= [choice.name];
  options.intraOpNumThreads = init.intraOpThreads;
  options.interOpNumThreads = init.interOpThreads;
  return options;
}

async function createSession(ort: Ort): Promise<{ session: InferenceSession; provider: string; failures: ProviderFailure[] }> {
  const failures: ProviderFailure[] = [];
  const choices = init.providers.some((p) => p.name === 'cpu') ? init.providers : [...init.providers, { name: 'cpu' }];
  // The model bytes arrive on a SharedArrayBuffer; the native binding wants an ordinary one.
  const model = typeof init.model === 'string' ? init.model : new Uint8Array(init.model);
  for (const choice of choices) {
    try {
      const session = await ort.InferenceSession.create(model as Uint8Array, sessionOptionsFor(choice));
      return { session, provider: choice.name, failures };
    } catch (error) {
      failures.push({ provider: choice.name, message: message(error) });
    }
  }
  throw Object.assign(new Error(failures.map((f) => `${f.provider}: ${f.message}`).join('; ')), { failures });
}

function valueInfo(meta: InferenceSession.ValueMetadata): ValueInfo {
  if (meta.isTensor) return { name: meta.name, type: meta.type, dims: [...meta.shape] };
  return { name: meta.name, type: 'non-tensor', dims: [] };
}

function toTensor(ort: Ort, t: TensorData): Tensor {
  return new ort.Tensor(t.type, t.data, t.dims);
}

function fromTensor(t: Tensor): TensorData {
  const data = t.data;
  if (data instanceof BigInt64Array) return { type: 'int64', data, dims: [...t.dims] };
  if (data instanceof Int32Array) return { type: 'int32', data, dims: [...t.dims] };
  if (data instanceof Float32Array) return { type: 'float32', data, dims: [...t.dims] };
  throw new Error(`output of type ${t.type} is not supported by @kokoro-ts/sessions (supported: int64, int32, float32)`);
}

function autoFeeds(metadata: ModelMetadata): Record<string, TensorData> {
  const feeds: Record<string, TensorData> = {};
  for (const input of metadata.inputs) {
    const dims = input.dims.map((d) => (typeof d === 'number' && d > 0 ? d : 1));
    const size = dims.reduce((a, b) => a * b, 1);
    const type = input.type as TensorType;
    if (type === 'int64') feeds[input.name] = { type, data: new BigInt64Array(size).fill(1n), dims };
    else if (type === 'int32') feeds[input.name] = { type, data: new Int32Array(size).fill(1), dims };
    else if (type === 'float32') feeds[input.name] = { type, data: new Float32Array(size).fill(1), dims };
    else throw new Error(`cannot build an automatic warm-up feed for input "${input.name}" of type ${input.type}; pass warmup feeds explicitly`);
  }
  return feeds;
}

/** Buffers to transfer; outputs that share a buffer or view part of one are copied first. */
function transferable(outputs: Record<string, TensorData>): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const tensor of Object.values(outputs)) {
    const d = tensor.data;
    const whole = d.byteOffset === 0 && d.byteLength === d.buffer.byteLength && d.buffer instanceof ArrayBuffer && !buffers.includes(d.buffer);
    if (!whole) tensor.data = d.slice();
    buffers.push(tensor.data.buffer as ArrayBuffer);
  }
  return buffers;
}

async function main(): Promise<void> {
  const ort = await import('onnxruntime-node');
  const started = performance.now();
  let created: Awaited<ReturnType<typeof createSession>>;
  try {
    created = await createSession(ort);
  } catch (error) {
    post({ type: 'init-error', message: message(error), warmup: false, providerFailures: (error as { failures?: ProviderFailure[] }).failures ?? [] });
    return;
  }
  const { session, provider, failures } = created;
  const createMs = performance.now() - started;
  const metadata: ModelMetadata = { inputs: session.inputMetadata.map(valueInfo), outputs: session.outputMetadata.map(valueInfo) };

  let warmupMs: number | null = null;
  let warmupError: string | null = null;
  if (init.warmup !== false) {
    const w0 = performance.now();
    try {
      const feeds = init.warmup === 'auto' ? autoFeeds(metadata) : init.warmup;
      await session.run(Object.fromEntries(Object.entries(feeds).map(([k, v]) => [k, toTensor(ort, v)])));
      warmupMs = performance.now() - w0;
    } catch (error) {
      if (init.warmup !== 'auto') {
        post({ type: 'init-error', message: message(error), warmup: true, providerFailures: failures });
        return;
      }
      warmupError = message(error);
    }
  }
  post({ type: 'ready', provider, providerFailures: failures, metadata, createMs, warmupMs, warmupError, memory: memory() });

  port!.on('message', (msg: PoolMessage) => {
    if (msg.type === 'close') {
      void session.release().finally(() => port!.close());
      return;
    }
    void (async () => {
      const t0 = performance.now();
      try {
        const feeds = Object.fromEntries(Object.entries(msg.feeds).map(([k, v]) => [k, toTensor(ort, v)]));
        const results = await session.run(feeds);
        const runMs = performance.now() - t0;
        const outputs: Record<string, TensorData> = {};
        for (const [name, value] of Object.entries(results)) outputs[name] = fromTensor(value);
        const nonFinite = init.checkFinite ? scanNonFinite(outputs) : [];
        post({ type: 'result', id: msg.id, outputs, runMs, nonFinite, memory: memory() }, transferable(outputs));
      } catch (error) {
        post({ type: 'run-error', id: msg.id, message: message(error) });
      }
    })();
  });
}

void main();
