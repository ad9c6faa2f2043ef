/** Every Markdown part generated from the measured-figures JSON files, for `npm run figures` and figures.test.ts. */
import { existsSync, readFileSync } from 'node:fs';
import maskClassifier from '../models/mask-classifier/figures.json';
import shake from '../models/shake-figures.json';
import type { DetectionFigures, MaskClassifierFigures, ShakeFigures } from '../src/logic/measured-figures';
import { classifierMarkdown } from './train/card';
import { comparisonMarkdown, detectionMarkdown } from './lib/detection-figures';
import { FIGURE_FILES, type GeneratedMarkdown } from './lib/figures';
import { shakeMarkdown } from './lib/shake-figures';

// Typed here, so a figures file that does not match its schema fails the typecheck.
const FIGURES: { maskClassifier: MaskClassifierFigures; shake: ShakeFigures } = { maskClassifier, shake };

/** YuNet's detection figures exist once `npm run eval:detect` has run; written by that script, read as its type. */
function detectionFigures(): DetectionFigures | undefined {
  if (!existsSync(FIGURE_FILES.detection)) return undefined;
  return JSON.parse(readFileSync(FIGURE_FILES.detection, 'utf8')) as DetectionFigures;
}

export function allGeneratedMarkdown(): GeneratedMarkdown[] {
  const detection = detectionFigures();
  return [
    ...(detection ? [detectionMarkdown(detection), comparisonMarkdown(detection)] : []),
    ...classifierMarkdown(FIGURES.maskClassifier),
    shakeMarkdown(FIGURES.shake),
  ];
}
