/**
 * npm run eval:shake
 *
 * Measures the head-shake detector on seeded synthetic sequences (per speed and amplitude band, and ordinary
 * motion) and on the real keypoint clips (src/logic/testing/shake-figures.ts), writes models/shake-figures.json
 * (schema: ShakeFigures) and the tables made from it into README.md. src/logic/shake.rates.test.ts measures again
 * and fails when the two differ.
 */
import { measureShakeFigures } from '../src/logic/testing/shake-figures.ts';
import { FIGURE_FILES, updateMarkdown, writeFigures } from './lib/figures.ts';
import { shakeMarkdown } from './lib/shake-figures.ts';

const figures = measureShakeFigures();
await writeFigures(FIGURE_FILES.shake, figures);
const markdown = shakeMarkdown(figures);
await updateMarkdown(markdown);
console.log(markdown.text);
