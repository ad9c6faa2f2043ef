/**
 * Measures the head-shake figures (src/logic/testing/shake-figures.ts) and writes them to models/shake-figures.json,
 * which the README and the Rules and limits page quote. Seeded: a re-run gives the same file unless the detector,
 * the generator or the real keypoint fixtures changed.
 *
 *   npx tsx scripts/shake-figures.mts          # writes models/shake-figures.json
 *   npx tsx scripts/shake-figures.mts --print  # prints it instead
 */
import { writeFileSync } from 'node:fs';
import { measureShakeFigures } from '../src/logic/testing/shake-figures';
import { REPO_ROOT } from './lib/paths';

const text = JSON.stringify(measureShakeFigures(), null, 1) + '\n';
if (process.argv.includes('--print')) process.stdout.write(text);
else writeFileSync(`${REPO_ROOT}/models/shake-figures.json`, text);
