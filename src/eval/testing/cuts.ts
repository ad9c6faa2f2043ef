/**
 * Video cuts made from real keypoints: clip A up to a time, then clip B from a time, B's face moved and scaled so
 * that at the cut it sits where A's was, at `scale` times its width. What the page would see if a video cut from
 * one person to another (the e2e test joins the real videos with ffmpeg; this joins their keypoints, in many ways).
 */
import type { Point } from '../../logic/geometry';
import type { DumpedFrame } from './fixtures';

export interface CutOptions {
  /** Time in A at which the cut happens, ms (A's frames before it are kept). */
  cutMs: number;
  /** Time in B from which it is shown, ms. */
  fromMs: number;
  /** B's face width at the cut over A's. */
  scale: number;
  /**
   * The scene change the page measured between A's last frame and B's first (FrameResult.sceneChange); absent: none
   * known, as if the page had no cut signal. The other frames keep their own clip's readings.
   */
  sceneChange?: number;
}

/** The two frames a cut joins: A's last with a face before `cutMs`, B's first with a face from `fromMs`. */
export function cutFrames(a: readonly DumpedFrame[], b: readonly DumpedFrame[], cutMs: number, fromMs: number): { last: DumpedFrame; first: DumpedFrame } {
  const last = a.filter((f) => f.t < cutMs && f.faces.length > 0).at(-1);
  const first = b.find((f) => f.t >= fromMs && f.faces.length > 0);
  if (!last || !first) throw new Error('a cut needs frames with a face on both sides');
  return { last, first };
}

/** A's frames before the cut, then B's from `fromMs`, one frame interval of B after A's last frame. Single-face clips. */
export function joinAtCut(a: readonly DumpedFrame[], b: readonly DumpedFrame[], { cutMs, fromMs, scale, sceneChange }: CutOptions): DumpedFrame[] {
  const before = a.filter((f) => f.t < cutMs && f.faces.length > 0);
  const after = b.filter((f) => f.t >= fromMs && f.faces.length > 0);
  const last = before[before.length - 1];
  const first = after[0];
  if (!last || !first || after.length < 2) throw new Error('a cut needs frames with a face on both sides');
  const from = first.faces[0].box;
  const to = last.faces[0].box;
  const k = (scale * to.w) / from.w;
  const move = ([x, y]: Point): [number, number] => [to.x + to.w / 2 + (x - from.x - from.w / 2) * k, to.y + to.h / 2 + (y - from.y - from.h / 2) * k];
  const shift = last.t + (after[1].t - first.t) - first.t;
  return [
    ...before,
    ...after.map((f, i) => {
      const change = i === 0 ? sceneChange : f.sceneChange;
      return {
        t: f.t + shift,
        faces: f.faces.map((face) => {
          const [x, y] = move([face.box.x, face.box.y]);
          return { score: face.score, box: { x, y, w: face.box.w * k, h: face.box.h * k }, keypoints: face.keypoints.map(move) };
        }),
        ...(change === undefined ? {} : { sceneChange: change }),
      };
    }),
  ];
}
