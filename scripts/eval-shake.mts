/**
 * npm run eval:shake
 * npm run eval:shake -- --seeds 90000000 --trials 1500 --hours 25
 *
 * Measures the head-shake detector on seeded synthetic sequences (per speed and amplitude band, and ordinary
 * motion), on the real keypoint clips through the page's counting session and on video cuts joined from them
 * (src/eval/testing/shake-figures.ts), writes models/shake-figures.json
 * (schema: ShakeFigures) and the tables made from it into README.md. src/logic/shake.rates.test.ts measures again
 * and fails when the two differ. With `--seeds`, it draws other shakes and other ordinary motion (a seed offset;
 * `--trials` per band, `--hours` of ordinary motion) and prints the tables without writing anything: a check that the
 * committed figures are not those of one lucky draw.
 */
import { parseArgs } from 'node:util';
import { measureShakeFigures } from '../src/eval/testing/shake-figures.ts';
import { FIGURE_FILES, updateMarkdown, writeFigures } from './lib/figures.ts';
import { shakeMarkdown } from './lib/shake-figures.ts';

const { values } = parseArgs({ options: { seeds: { type: 'string' }, trials: { type: 'string', default: '300' }, hours: { type: 'string', default: '5' } } });
const count = (name: string, text: string): number => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, not "${text}"`);
  return value;
};

if (values.seeds === undefined) {
  const figures = measureShakeFigures();
  await writeFigures(FIGURE_FILES.shake, figures);
  const markdown = shakeMarkdown(figures);
  await updateMarkdown(markdown);
  console.log(markdown.text);
} else {
  const figures = measureShakeFigures(count('trials', values.trials), count('hours', values.hours), count('seeds', values.seeds));
  console.log(shakeMarkdown(figures).text);
}
