/**
 * Pure statistics for `npm run bench` and `npm run soak`: no DOM, no tfjs, no clock, so they are unit-tested
 * and the scripts only measure.
 */
import { mean, round } from '../logic/stats';

/** One soak sample, taken every few seconds on the live page. */
export interface SoakSample {
  /** Seconds since sampling started. */
  t: number;
  /** tfjs tensors alive in the worker, at rest (the least of a few quick readings, see soak.ts). */
  numTensors: number;
  /** The page's JS heap in use, bytes. */
  heapBytes: number;
  /** Frames the pipeline processed per second since the previous sample. */
  fps: number;
}

export interface SoakLimits {
  /** Largest accepted fall of the frame rate, as a share of the first samples' rate. */
  maxFpsDrop: number;
  /** Samples averaged at each end (first and last), so one slow window is not a verdict. */
  window: number;
}

/** The limits: fps must not fall by more than 20 %; compare the first and last 3 samples. */
export const SOAK_LIMITS: SoakLimits = { maxFpsDrop: 0.2, window: 3 };

export interface SoakVerdict {
  ok: boolean;
  samples: number;
  /** Tensors at rest at the start and at the end (least over each window). */
  tensors: { first: number; last: number };
  fps: { first: number; last: number; drop: number };
  heapBytes: { first: number; last: number };
  /** Why it failed, in words; empty when ok. */
  failures: string[];
}

/**
 * Did the page stay flat? Tensors: the least count over the last samples must not exceed the least over the
 * first ones (a leak of even one tensor a frame shows as thousands; the minimum ignores a frame caught in
 * flight). Frame rate: the mean over the last samples must not fall more than `maxFpsDrop` below the mean
 * over the first ones. The heap is reported, not judged: V8 grows and collects it on its own schedule.
 * With fewer than 2 samples there is nothing to compare, and that is a failure too.
 */
export function soakVerdict(samples: readonly SoakSample[], limits: SoakLimits = SOAK_LIMITS): SoakVerdict {
  if (samples.length < 2) {
    return { ok: false, samples: samples.length, tensors: { first: NaN, last: NaN }, fps: { first: NaN, last: NaN, drop: NaN },
      heapBytes: { first: NaN, last: NaN }, failures: [`only ${samples.length} sample(s): nothing to compare`] };
  }
  // The two windows never overlap, so a short run compares its first half with its second.
  const k = Math.max(1, Math.min(limits.window, Math.floor(samples.length / 2)));
  const head = samples.slice(0, k);
  const tail = samples.slice(-k);
  const tensors = { first: Math.min(...head.map((s) => s.numTensors)), last: Math.min(...tail.map((s) => s.numTensors)) };
  const firstFps = mean(head.map((s) => s.fps));
  const lastFps = mean(tail.map((s) => s.fps));
  const drop = firstFps > 0 ? 1 - lastFps / firstFps : 0;
  const failures: string[] = [];
  if (tensors.last > tensors.first) failures.push(`tensors grew from ${tensors.first} to ${tensors.last}`);
  if (drop > limits.maxFpsDrop) {
    failures.push(`fps fell ${(drop * 100).toFixed(1)} % (${firstFps.toFixed(2)} → ${lastFps.toFixed(2)}), more than ${limits.maxFpsDrop * 100} %`);
  }
  if (firstFps === 0) failures.push('no frame was processed');
  return {
    ok: failures.length === 0,
    samples: samples.length,
    tensors,
    fps: { first: round(firstFps), last: round(lastFps), drop: round(drop, 3) },
    heapBytes: { first: head[0].heapBytes, last: tail[tail.length - 1].heapBytes },
    failures,
  };
}
