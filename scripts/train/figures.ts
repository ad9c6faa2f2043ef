/**
 * Turns what one training run measured into models/mask-classifier/figures.json's form (schema:
 * MaskClassifierFigures in src/logic/measured-figures.ts): rates with their n and Wilson interval.
 */
import type { ClassificationMetrics } from '../../src/eval/classification-metrics';
import type { DetectionCounts } from '../../src/eval/detection-metrics';
import type { ClassifierLabel } from '../../src/logic/frame';
import type { ClassifierRate, DetectionCountFigures, MaskEvaluationFigures } from '../../src/logic/measured-figures';
import { wilsonInterval } from '../../src/logic/wilson';

export function rate(k: number, n: number): ClassifierRate {
  if (n === 0) return { value: null, k, n, low: null, high: null };
  const { low, high } = wilsonInterval(k, n);
  return { value: k / n, k, n, low, high };
}

export function evaluation(name: string, m: ClassificationMetrics<ClassifierLabel>): MaskEvaluationFigures {
  const perClass: MaskEvaluationFigures['perClass'] = {};
  m.labels.forEach((label, i) => {
    const predictedAs = m.confusion.reduce((s, row) => s + row[i], 0);
    const n = m.perClass[label].n;
    if (n === 0 && predictedAs === 0) return;
    perClass[label] = { n, precision: rate(m.confusion[i][i], predictedAs), recall: rate(m.confusion[i][i], n) };
  });
  const correct = m.labels.reduce((s, _, i) => s + m.confusion[i][i], 0);
  return { name, n: m.n, accuracy: rate(correct, m.n), perClass, confusion: { labels: [...m.labels], counts: m.confusion } };
}

export function detectionFigures(c: DetectionCounts): DetectionCountFigures {
  return { ...c, recall: rate(c.truePositives, c.faces), precision: rate(c.truePositives, c.truePositives + c.falsePositives) };
}
