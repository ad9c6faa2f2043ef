/** The head-shake tables of README.md, generated from models/shake-figures.json (npm run eval:shake). */
import path from 'node:path';
import type { ShakeFigures } from '../../src/logic/measured-figures';
import { SHAKE_TARGETS } from '../../src/logic/testing/shake-figures';
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
  const held = f.real.heldOutNegatives;
  const summary = markdownTable(['what', 'result', 'target'], [
    [`all synthetic shakes (${d.trials})`, `**${percent(d.rate)}** (${percent(d.low)}–${percent(d.high)})`, `≥ ${SHAKE_TARGETS.detectionRate * 100} % in every band`],
    [
      `false opt-outs in ${n.hours.toFixed(1)} h of synthetic ordinary motion (standing, slow turns, glances, nods, talking, ` +
        'laughing, pulling faces, a handheld camera shaking, walking past, looking both ways)',
      `**${n.per10Min.toFixed(2)} per 10 min** (${n.falseOptOuts}${kinds.length > 0 ? `: ${kinds.map(([k, c]) => `${c} ${k}`).join(', ')}` : ''})`,
      `≤ ${SHAKE_TARGETS.falseOptOutsPer10Min} per 10 min`,
    ],
    [
      'real shake (YuNet keypoints, `src/logic/__fixtures__`)',
      shakes
        .map((c) => `${c.clip}: first opt-out ${c.firstOptOutS ?? '–'} s after it starts (opt-outs at ${times(c.optOuts)}; the page opts the person out once)`)
        .join('; '),
      'one, in the first shake',
    ],
    [
      'real negatives',
      `${negatives.map((c) => `${c.clip}: ${c.optOuts.length === 0 ? 'none' : times(c.optOuts)}`).join('; ')}; held out (${held.clips.join(', ')}): ` +
        `**${held.falseOptOuts} in ${fixed(held.minutes, 1)} min** of faces`,
      'none',
    ],
  ]);
  return { file: path.join(REPO_ROOT, 'README.md'), markers: 'eval:shake', text: `${bandTable}\n\n${summary}` };
}
