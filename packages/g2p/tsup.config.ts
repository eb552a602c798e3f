import { packageBuild } from '../../tsup.shared.ts';

// phonemizer (espeak-ng, GPL-3.0) is an optional dependency loaded by dynamic import: it must stay external so
// the published bundle never contains GPL code.
export default packageBuild({ index: 'src/index.ts' }, { external: ['phonemizer', 'cmu-pronouncing-dictionary'] });
