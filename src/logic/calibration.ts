/**
 * Calibration of the mask classifier's probabilities: temperature scaling (Guo et al. 2017, "On calibration of
 * modern neural networks"), fitted by the training script on validation faces, and the reliability figures that
 * check it (expected calibration error, reliability diagram). One parameter, so it cannot reorder the classes:
 * it changes how sure the classifier says it is, never what it answers by argmax.
 */

/** Softmax of `logits / temperature`, stable for large logits. */
export function softmaxWithTemperature(logits: readonly number[], temperature: number): number[] {
  const scaled = logits.map((l) => l / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** Mean negative log-likelihood of the targets (class indices) under softmax(logits / temperature). */
export function meanNll(logits: readonly (readonly number[])[], targets: readonly number[], temperature: number): number {
  let sum = 0;
  logits.forEach((row, i) => {
    const scaled = row.map((l) => l / temperature);
    const max = Math.max(...scaled);
    const logSum = max + Math.log(scaled.reduce((s, l) => s + Math.exp(l - max), 0));
    sum += logSum - scaled[targets[i]];
  });
  return sum / logits.length;
}

/** Where the temperature is searched: wide enough for any network this project trains (1 = uncalibrated). */
const TEMPERATURE_RANGE = { min: 0.2, max: 10 } as const;

/**
 * The temperature that minimises the validation NLL: golden-section search on log T (the NLL is unimodal in
 * T for fixed logits). Deterministic, no tfjs, a few hundred evaluations.
 */
export function fitTemperature(logits: readonly (readonly number[])[], targets: readonly number[]): number {
  if (logits.length === 0) throw new Error('fitTemperature: no validation examples');
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = Math.log(TEMPERATURE_RANGE.min);
  let b = Math.log(TEMPERATURE_RANGE.max);
  const f = (logT: number): number => meanNll(logits, targets, Math.exp(logT));
  let c = b - phi * (b - a);
  let d = a + phi * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let k = 0; k < 60; k++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - phi * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + phi * (b - a);
      fd = f(d);
    }
  }
  return Math.exp((a + b) / 2);
}

export interface ReliabilityBin {
  /** Confidence range [from, to). The last bin includes 1. */
  from: number;
  to: number;
  n: number;
  /** Mean stated confidence, and share right, in the bin (null when empty). */
  confidence: number | null;
  accuracy: number | null;
}

export interface Reliability {
  bins: ReliabilityBin[];
  /** Expected calibration error: Σ (n_bin / n) · |accuracy − confidence|, over the bins. */
  ece: number;
  n: number;
}

/** Equal-width bins over [0, 1] of (confidence of the answer, whether it was right). */
export function reliability(answers: readonly { confidence: number; right: boolean }[], binCount = 10): Reliability {
  const bins = Array.from({ length: binCount }, (_, b) => ({ from: b / binCount, to: (b + 1) / binCount, n: 0, sumConf: 0, right: 0 }));
  for (const { confidence, right } of answers) {
    const bin = bins[Math.min(binCount - 1, Math.max(0, Math.floor(confidence * binCount)))];
    bin.n++;
    bin.sumConf += confidence;
    if (right) bin.right++;
  }
  const n = answers.length;
  const ece = n === 0 ? 0 : bins.reduce((s, b) => s + (b.n === 0 ? 0 : (b.n / n) * Math.abs(b.right / b.n - b.sumConf / b.n)), 0);
  return {
    n,
    ece,
    bins: bins.map((b) => ({ from: b.from, to: b.to, n: b.n, confidence: b.n === 0 ? null : b.sumConf / b.n,
      accuracy: b.n === 0 ? null : b.right / b.n })),
  };
}
