/**
 * Confusion matrix, accuracy and per-class precision/recall of a classifier on labelled examples. Pure, so
 * the training script's model card and `npm run eval:masks` compute their figures the same way.
 */

export interface ClassFigures {
  /** Examples whose true class is this one. */
  n: number;
  /** Of the examples predicted as this class, the share that are; NaN when none was predicted. */
  precision: number;
  /** Of the examples of this class, the share predicted as it; NaN when there are none. */
  recall: number;
}

export interface ClassificationMetrics<L extends string> {
  labels: readonly L[];
  n: number;
  /** NaN when there are no examples. */
  accuracy: number;
  /** confusion[trueIndex][predictedIndex] = count. */
  confusion: number[][];
  perClass: Record<L, ClassFigures>;
}

export function classificationMetrics<L extends string>(labels: readonly L[],
  examples: readonly { actual: L; predicted: L }[]): ClassificationMetrics<L> {
  const index = new Map(labels.map((l, i) => [l, i]));
  const confusion = labels.map(() => labels.map(() => 0));
  let correct = 0;
  for (const { actual, predicted } of examples) {
    const a = index.get(actual);
    const p = index.get(predicted);
    if (a === undefined || p === undefined) throw new Error(`unknown label: ${a === undefined ? actual : predicted}`);
    confusion[a][p]++;
    if (a === p) correct++;
  }
  const perClass = {} as Record<L, ClassFigures>;
  labels.forEach((label, i) => {
    const n = confusion[i].reduce((s, v) => s + v, 0);
    const predictedAs = confusion.reduce((s, row) => s + row[i], 0);
    perClass[label] = { n, precision: confusion[i][i] / predictedAs, recall: confusion[i][i] / n };
  });
  return { labels, n: examples.length, accuracy: correct / examples.length, confusion, perClass };
}

/** The confusion matrix as a fixed-width text table: rows are true classes, columns predictions. */
export function formatConfusion<L extends string>(metrics: Pick<ClassificationMetrics<L>, 'labels' | 'confusion'>): string {
  const width = Math.max(8, ...metrics.labels.map((l) => l.length)) + 2;
  const cell = (s: string | number): string => String(s).padStart(width);
  const header = `${'true \\ predicted'.padEnd(width + 6)}${metrics.labels.map(cell).join('')}`;
  const rows = metrics.labels.map((l, i) => `${l.padEnd(width + 6)}${metrics.confusion[i].map(cell).join('')}`);
  return [header, ...rows].join('\n');
}
