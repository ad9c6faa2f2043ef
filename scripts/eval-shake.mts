/**
 * npm run eval:shake
 *
 * Measures the head-shake detector on seeded synthetic sequences and the real keypoint clips
 * (src/logic/testing/shake-rates.ts), writes models/shake-figures.json (schema: ShakeFigures) and the table made
 * from it into README.md. src/logic/shake.rates.test.ts measures again and fails when the two differ.
 */
import { measureShakeRates } from '../src/logic/testing/shake-rates.ts';
import { FIGURE_FILES, updateMarkdown, writeFigures } from './lib/figures.ts';
import { shakeMarkdown } from './lib/shake-figures.ts';

const { missed, ...figures } = measureShakeRates();
await writeFigures(FIGURE_FILES.shake, figures);
const markdown = shakeMarkdown(figures);
await updateMarkdown(markdown);
console.log(markdown.text);
if (missed.length > 0) console.log(`\nmissed shakes (first ${missed.length}):\n  ${missed.join('\n  ')}`);
