/**
 * Calibrates the cost knob on this machine: `npx tsx packages/testkit/scripts/calibrate.ts [threads] [runs]`
 * (or `pnpm testkit calibrate`). Prints the fitted profile and the check table as JSON.
 */
import { calibrateCost } from '../src/calibrate';
import { createOrtMeasurer } from '../src/ort-measurer';

const threads = Number(process.argv[2] ?? 2);
const runs = Number(process.argv[3] ?? 5);
const result = await calibrateCost({ measure: await createOrtMeasurer({ threads }), runs, log: (line) => console.error(line) });
console.log(JSON.stringify(result, null, 2));
