import { packageBuild } from '../../tsup.shared.ts';

// onnxruntime-node is a devDependency (only calibration loads it, lazily): keep it out of the bundle.
export default packageBuild({ index: 'src/index.ts', cli: 'src/cli.ts' }, { external: ['onnxruntime-node'] });
