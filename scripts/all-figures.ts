/** Every Markdown part generated from the measured-figures JSON files, for `npm run figures` and figures.test.ts. */
import { existsSync, readFileSync } from 'node:fs';
import maskClassifier from '../models/mask-classifier/figures.json';
import shake from '../models/shake-figures.json';
import type { DetectionFigures, MaskClassifierFigures, PeerFigures, PerformanceFigures, ShakeFigures } from '../src/logic/measured-figures';
import { classifierMarkdown } from './train/card';
import { comparisonMarkdown, detectionMarkdown, recallSweepMarkdown } from './lib/detection-figures';
import { FIGURE_FILES, type GeneratedMarkdown } from './lib/figures';
import { peerMarkdown } from './lib/peer-figures';
import { performanceMarkdown } from './lib/performance-figures';
import { shakeMarkdown } from './lib/shake-figures';

// Typed here, so a figures file that does not match its schema fails the typecheck.
const FIGURES: { maskClassifier: MaskClassifierFigures; shake: ShakeFigures } = { maskClassifier, shake };

/** A figures file that exists once its command has run (eval:detect, bench, eval:peer); written by it, read as its type. */
function optionalFigures<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function allGeneratedMarkdown(): GeneratedMarkdown[] {
  const detection = optionalFigures<DetectionFigures>(FIGURE_FILES.detection);
  const performance = optionalFigures<PerformanceFigures>(FIGURE_FILES.performance);
  const peer = optionalFigures<PeerFigures>(FIGURE_FILES.peer);
  return [
    ...(detection ? [detectionMarkdown(detection), comparisonMarkdown(detection), recallSweepMarkdown(detection)] : []),
    ...classifierMarkdown(FIGURES.maskClassifier),
    shakeMarkdown(FIGURES.shake),
    ...(performance ? [performanceMarkdown(performance)] : []),
    ...(peer ? peerMarkdown(peer) : []),
  ];
}
