/** The head-shake tables of README.md, generated from models/shake-figures.json (npm run eval:shake). */
import path from 'node:path';
import type { ShakeFigures, ShakeRealNegatives } from '../../src/logic/measured-figures';
import { SHAKE_TARGETS } from '../../src/eval/testing/shake-figures';
import { fixed, markdownTable, percent, type GeneratedMarkdown } from './figures';
import { REPO_ROOT } from './paths';

const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const times = (ts: number[]): string => ts.map((t) => `${t} s`).join(', ');

export function shakeMarkdown(f: ShakeFigures): GeneratedMarkdown {
  const speeds = [...new Set(f.bands.map((b) => b.hz.join('–')))];
  const amplitudes = [...new Set(f.bands.map((b) => b.amplitudeDeg.join('–')))];
  const bandTable = markdownTable(
    ['speed \\ amplitude', ...amplitudes.map((a) => `±${a}°`)],
    speeds.map((speed) => [
      `${speed} Hz`,
      ...amplitudes.map((amplitude) => {
        const b = f.bands.find((x) => x.hz.join('–') === speed && x.amplitudeDeg.join('–') === amplitude);
        return b ? `**${percent(b.rate)}** (${percent(b.low)}–${percent(b.high)}); ${seconds(b.latencyMs.median)} / ${seconds(b.latencyMs.p90)} s` : '–';
      }),
    ]),
  );
  const d = f.detection;
  const n = f.syntheticNegatives;
  const kinds = Object.entries(n.byKind).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const shakes = f.real.clips.filter((c) => c.firstOptOutS !== null || c.usedFor?.includes('noseDepth'));
  const negatives = f.real.clips.filter((c) => !shakes.includes(c));
  const all = f.real.negatives;
  const cuts = f.real.cuts;
  const without = f.real.cutsWithoutSceneCut;
  const scene = f.real.sceneChange;
  const rate = (r: ShakeRealNegatives): string =>
    `**${r.falseOptOuts} in ${fixed(r.minutes, 1)} min** of face-time (${fixed(r.readingMinutes, 1)} min large enough to read)${r.per10Min === null || !Number.isFinite(r.per10Min) ? '' : `: ${r.per10Min.toFixed(2)} per 10 min`}`;
  const summary = markdownTable(['what', 'result', 'target'], [
    [`all synthetic shakes (${d.trials})`, `**${percent(d.rate)}** (${percent(d.low)}–${percent(d.high)})`, `≥ ${SHAKE_TARGETS.detectionRate * 100} % in every band`],
    [
      `false opt-outs in ${n.hours.toFixed(1)} h of synthetic ordinary motion (standing, slow turns, glances, nods, talking, ` +
        'laughing, pulling faces, a handheld camera shaking, walking past, looking both ways)',
      `**${n.per10Min.toFixed(2)} per 10 min** (${n.falseOptOuts}${kinds.length > 0 ? `: ${kinds.map(([k, c]) => `${c} ${k}`).join(', ')}` : ''})`,
      `≤ ${SHAKE_TARGETS.falseOptOutsPer10Min} per 10 min`,
    ],
    [
      "real shake (the page's keypoints, `src/eval/__fixtures__`, through the counting session)",
      shakes.map((c) => `${c.clip}: opted out ${c.firstOptOutS ?? '–'} s after the shake starts`).join('; '),
      'one, in the first shake',
    ],
    [
      'real negatives, face-time per track',
      `${negatives.map((c) => `${c.clip} (${c.passes === 1 ? '' : `${c.passes} faces, `}${fixed(c.faceSeconds, 1)} s): ${c.optOuts.length === 0 ? 'none' : times(c.optOuts)}`).join('; ')}; ` +
        `all: ${rate(all)}; held out (${f.real.heldOutNegatives.clips.length} clips never used to choose a parameter): ${rate(f.real.heldOutNegatives)}`,
      `${SHAKE_TARGETS.realFalseOptOuts}`,
    ],
    [
      `video cuts between real clips (keypoints of ${cuts.clips} negative clips joined, every ordered pair, the second face where the first was)`,
      `to a face ${cuts.jumped.scales.map((v) => `${v}×`).join(', ')} as wide: **${cuts.jumped.optOuts} opt-outs** in ${cuts.jumped.joins} cuts, ` +
        `${cuts.jumped.splitIntoTwoPasses} made two passes; to a face ${cuts.sameSize.scales.map((v) => `${v}×`).join(', ')} as wide: ` +
        `**${cuts.sameSize.optOuts} opt-outs** in ${cuts.sameSize.joins} cuts, ${cuts.sameSize.splitIntoTwoPasses} made two passes ` +
        `(without the scene-cut signal: ${without.sameSize.optOuts} opt-outs, ${without.sameSize.splitIntoTwoPasses} made two passes)`,
      'none; two passes',
    ],
    [
      `scene change between two frames (16 × 12 gray thumbnails, mean absolute difference, 0–255), as the page measured it; a cut above ${scene.threshold}`,
      `${scene.ordinaryFrames} frames of the real clips: at most ${scene.ordinaryMax} (${scene.ordinaryMaxAt}), 99.9th percentile ${scene.ordinaryP999}, ` +
        `**${scene.ordinaryAbove} read as a cut**; at the ${scene.joins} cuts above: at least ${scene.joinMin}, median ${scene.joinMedian}, **${scene.joinsAbove} read as a cut**`,
      'no ordinary frame, every cut',
    ],
  ]);
  return { file: path.join(REPO_ROOT, 'README.md'), markers: 'eval:shake', text: `${bandTable}\n\n${summary}` };
}
