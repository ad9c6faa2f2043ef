/**
 * Frames per second over a sliding window of frame times (ms): the page's processed-frame rate and the head-shake
 * reader's own both come from here. At least two times are always kept, so that a device taking seconds a frame
 * (the plain-JavaScript backend) is still measured — it is the one the page must warn about.
 */
export class FrameRate {
  private readonly times: number[] = [];

  constructor(private readonly windowMs: number) {}

  /** A frame at `t` (ms, increasing). */
  add(t: number): void {
    this.times.push(t);
    while (this.times.length > 2 && this.times[0] < t - this.windowMs) this.times.shift();
  }

  /**
   * Frames per second over the window, or null until there are two frames spanning `minSpanMs` at least (a rate
   * from the first two frames alone can be far off).
   */
  rate(minSpanMs = 0): number | null {
    const n = this.times.length;
    const span = n >= 2 ? this.times[n - 1] - this.times[0] : 0;
    if (n < 2 || span <= 0 || span < minSpanMs) return null;
    return ((n - 1) * 1000) / span;
  }

  clear(): void {
    this.times.length = 0;
  }
}
