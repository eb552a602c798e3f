import { packageBuild } from '../../tsup.shared.ts';

// The worker is a file of its own (started with `new Worker(url)`); it needs only
// onnxruntime-node at runtime, which stays external (native binding).
export default packageBuild({ index: 'src/index.ts', worker: 'src/worker.ts' });
