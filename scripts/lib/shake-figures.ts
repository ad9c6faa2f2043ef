/** The head-shake table of README.md, generated from models/shake-figures.json (npm run eval:shake). */
import path from 'node:path';
import type { ShakeFigures } from '../../src/logic/measured-figures';
import { SHAKE_TARGETS } from '../../src/logic/testing/shake-rates';
import { markdownTable, percent, type GeneratedMarkdown } from './figures';
import { REPO_ROOT } from './paths';

const span = ([low, high]: number[], scale = 1): string => `${low * scale}–${high * scale}`;
const plusMinus = (range: number[]): string => `±${Math.max(...range.map(Math.abs))}`;

export function shakeMarkdown(f: ShakeFigures): GeneratedMarkdown {
  const c = f.conditions;
  const kinds = Object.entries(f.falseOptOutsByKind).sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
  const fired = f.clips.filter((clip) => clip.firstShakeMs !== null);
  const quiet = f.clips.filter((clip) => clip.firstShakeMs === null).map((clip) => clip.name);
  const clips = [
    ...fired.map((clip) => `${clip.name}: opt-out at ${((clip.firstShakeMs ?? 0) / 1000).toFixed(2)} s (one, then the person is no longer counted)`),
    ...(quiet.length > 0 ? [`${quiet.join(', ')}: none`] : []),
  ];
  const text = markdownTable(['what', 'result', 'target'], [
    [
      `synthetic shakes detected (${c.shakes}: ±${span(c.amplitudeDeg)}°, ${span(c.hz)} Hz, ${span(c.cycles)} cycles, ` +
        `${c.fps.join('/')} fps with timing jitter, keypoint noise ${span(c.noiseShare, 100)} % of the eye distance, ` +
        `head tilt ${plusMinus(c.rollDeg)}°, slow turning ${plusMinus(c.driftDegPerS)}°/s)`,
      `**${percent(f.detectionRate)}**`,
      `≥ ${SHAKE_TARGETS.detectionRate * 100} %`,
    ],
    [
      `false opt-outs in ${c.ordinaryMotionMs / 3_600_000} h of ordinary motion (standing, slow turns, glances, nods, ` +
        'talking, walking past, looking both ways)',
      `**${f.falseOptOutsPer10Min.toFixed(2)} per 10 min** (${f.falseOptOuts}${kinds.length > 0 ? `: ${kinds.map(([k, n]) => `${n} ${k}`).join(', ')}` : ''})`,
      `≤ ${SHAKE_TARGETS.falseOptOutsPer10Min} per 10 min`,
    ],
    ['real clips (BlazeFace keypoints, `src/logic/__fixtures__`)', clips.join('; '), 'shake in its window, none elsewhere'],
  ]);
  return { file: path.join(REPO_ROOT, 'README.md'), markers: 'eval:shake', text };
}
