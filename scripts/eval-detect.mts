/**
 * npm run eval:detect
 *
 * Detection quality and speed of each detector mode, through the page's own pipeline (headless Chromium,
 * lab.html, the default backend: WASM): recall and precision on the annotated scenes of ../shared, the time
 * per frame, and the smallest face each mode finds at 640×480 and 1280×720. Writes the tables into
 * models/README.md between the eval:detect markers.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import {
  addCounts,
  matchDetections,
  NO_COUNTS,
  recallPrecision,
  type DetectionCounts,
  type MatchOptions,
} from '../src/logic/detection-metrics.ts';
import type { Box } from '../src/logic/geometry.ts';
import type { FileReport, ImageReport } from '../src/logic/report.ts';
import { ensureBuilt, openLab, type Lab } from './lib/lab.ts';
import { REPO_ROOT, SHARED_DIR } from './lib/paths.ts';

/** The issue's bar: faces at least this tall (px) must be found. */
const MIN_FACE_HEIGHT = 24;
const BY_IOU: MatchOptions = { rule: { kind: 'iou', minIou: 0.5 }, minFaceHeight: MIN_FACE_HEIGHT };
const BY_CENTRE: MatchOptions = { rule: { kind: 'centre' }, minFaceHeight: MIN_FACE_HEIGHT };

const DATASETS = [
  { name: 'scenes', what: '30 composites, 200 faces ≥ 24 px', dir: 'data/scenes', annotations: 'annotations.json' },
  { name: 'scenes_v2', what: '20 real photos', dir: 'data/scenes_v2', annotations: 'scenes.json' },
] as const;

/** Frames timed per mode and size, after one warm-up run. */
const TIMING_REPEATS = 15;
const TIMING_FRAMES = [
  { label: '640×480', file: 'data/scenes/scene-001.jpg' },
  { label: '1280×720', file: 'data/scenes/scene-000.jpg' },
] as const;

/** Smallest-face sweep: real faces (crops with a 15 % margin, as in data/README.md) shrunk step by step. */
const SWEEP_FRAMES = [
  { width: 640, height: 480 },
  { width: 1280, height: 720 },
] as const;
const SWEEP_FACE_HEIGHTS = [200, 160, 120, 100, 80, 64, 52, 44, 36, 30, 26, 22, 19, 16, 14, 12, 10, 8];
const SWEEP_FACES = 4;
/** A crop is the face plus 15 % of the crop on each side (data/README.md), so the face is crop / 1.3. */
const CROP_PER_FACE = 1.3;
/** A size counts as found when at least this share of the faces is found at it and at every larger size. */
const SWEEP_FOUND_SHARE = 0.75;

const START = '<!-- eval:detect:start -->';
const END = '<!-- eval:detect:end -->';
const README = path.join(REPO_ROOT, 'models', 'README.md');

interface Scene {
  file: string;
  width: number;
  height: number;
  faces: (Box & { label: string })[];
}

interface DatasetResult {
  byIou: DetectionCounts;
  byCentre: DetectionCounts;
  /** Median of detected height / annotated height over centre matches: the box-size convention gap. */
  heightRatio: number;
  msPerImage: number;
}

const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function imageReport(report: FileReport): ImageReport {
  if ('error' in report) throw new Error(`${report.file}: ${report.error}`);
  if (!('faces' in report)) throw new Error(`${report.file}: not an image report`);
  return report;
}

async function analyze(lab: Lab, file: string, bytes: Buffer): Promise<ImageReport> {
  const base64 = bytes.toString('base64');
  return imageReport(await lab.page.evaluate(([f, b]) => window.headcountLab.analyzeImage(f, b), [file, base64] as const));
}

async function evalDataset(lab: Lab, dataset: (typeof DATASETS)[number]): Promise<DatasetResult> {
  const dir = path.join(SHARED_DIR, dataset.dir);
  const scenes = JSON.parse(await readFile(path.join(dir, dataset.annotations), 'utf8')) as Scene[];
  let byIou = NO_COUNTS;
  let byCentre = NO_COUNTS;
  const ratios: number[] = [];
  const ms: number[] = [];
  for (const scene of scenes) {
    const report = await analyze(lab, scene.file, await readFile(path.join(dir, scene.file)));
    const detections = report.faces.map((f) => ({ box: { x: f.x, y: f.y, w: f.w, h: f.h }, score: f.score }));
    byIou = addCounts(byIou, matchDetections(detections, scene.faces, BY_IOU));
    byCentre = addCounts(byCentre, matchDetections(detections, scene.faces, BY_CENTRE));
    for (const face of scene.faces.filter((f) => f.h >= MIN_FACE_HEIGHT)) {
      const hit = detections.find((d) => matchDetections([d], [face], BY_CENTRE).truePositives === 1);
      if (hit) ratios.push(hit.box.h / face.h);
    }
    ms.push(report.ms);
  }
  return { byIou, byCentre, heightRatio: median(ratios), msPerImage: median(ms) };
}

/** Median detection time (ms, the detector stage alone, in the worker) per frame size. */
async function timeFrames(lab: Lab): Promise<number[]> {
  const result: number[] = [];
  for (const frame of TIMING_FRAMES) {
    const base64 = (await readFile(path.join(SHARED_DIR, frame.file))).toString('base64');
    await lab.page.evaluate((b) => window.headcountLab.timeImage(b, 1), base64);
    const timing = await lab.page.evaluate(([b, n]) => window.headcountLab.timeImage(b, n), [base64, TIMING_REPEATS] as const);
    result.push(median(timing.runs.map((r) => r.detectMs)));
  }
  return result;
}

interface SweepFrame {
  frameIndex: number;
  faceHeight: number;
  face: Box;
  png: Buffer;
}

/** Each face crop, at each size, pasted at the centre of a face-free real photo (coffee.png) of each frame size. */
async function sweepFrames(): Promise<SweepFrame[]> {
  const cropDir = path.join(SHARED_DIR, 'data', 'masks', 'without_mask');
  const crops = (await readdir(cropDir)).filter((f) => f.startsWith('cd-')).sort();
  // Spread the picks over the folder rather than take near-duplicates that sort together.
  const picks = Array.from({ length: SWEEP_FACES }, (_, i) => crops[Math.floor(((i + 0.5) * crops.length) / SWEEP_FACES)]);
  const frames: SweepFrame[] = [];
  for (const [frameIndex, size] of SWEEP_FRAMES.entries()) {
    const background = await sharp(path.join(SHARED_DIR, 'fixtures', 'img', 'coffee.png'))
      .resize(size.width, size.height, { fit: 'cover' })
      .removeAlpha()
      .png()
      .toBuffer();
    for (const pick of picks) {
      for (const faceHeight of SWEEP_FACE_HEIGHTS) {
        const cropHeight = Math.round(faceHeight * CROP_PER_FACE);
        const crop = await sharp(path.join(cropDir, pick)).resize({ height: cropHeight }).removeAlpha().png().toBuffer({ resolveWithObject: true });
        const left = Math.round((size.width - crop.info.width) / 2);
        const top = Math.round((size.height - crop.info.height) / 2);
        const png = await sharp(background).composite([{ input: crop.data, left, top }]).png().toBuffer();
        const margin = (cropHeight - faceHeight) / 2;
        const faceWidth = crop.info.width / CROP_PER_FACE;
        frames.push({
          frameIndex,
          faceHeight,
          face: { x: left + (crop.info.width - faceWidth) / 2, y: top + margin, w: faceWidth, h: faceHeight },
          png,
        });
      }
    }
  }
  return frames;
}

/** Smallest face height (px) per frame size down to which the mode finds ≥ SWEEP_FOUND_SHARE of the faces. */
async function smallestFaces(lab: Lab, frames: readonly SweepFrame[]): Promise<(number | undefined)[]> {
  const found = new Map<string, { hits: number; total: number }>();
  for (const frame of frames) {
    const report = await analyze(lab, `sweep-${frame.faceHeight}.png`, frame.png);
    const detections = report.faces.map((f) => ({ box: { x: f.x, y: f.y, w: f.w, h: f.h }, score: f.score }));
    const hit = matchDetections(detections, [frame.face], { rule: { kind: 'centre' }, minFaceHeight: 0 }).truePositives > 0;
    const key = `${frame.frameIndex}:${frame.faceHeight}`;
    const entry = found.get(key) ?? { hits: 0, total: 0 };
    found.set(key, { hits: entry.hits + (hit ? 1 : 0), total: entry.total + 1 });
  }
  return SWEEP_FRAMES.map((_, frameIndex) => {
    let smallest: number | undefined;
    for (const height of SWEEP_FACE_HEIGHTS) {
      const entry = found.get(`${frameIndex}:${height}`);
      if (!entry || entry.hits < SWEEP_FOUND_SHARE * entry.total) break;
      smallest = height;
    }
    return smallest;
  });
}

interface ModeResult {
  mode: string;
  backend: string;
  datasets: DatasetResult[];
  detectMs: number[];
  smallest: (number | undefined)[];
}

const fixed = (v: number, digits = 2): string => (Number.isFinite(v) ? v.toFixed(digits) : '–');

function table(results: readonly ModeResult[]): string {
  const lines: string[] = [];
  lines.push(
    `Measured by \`npm run eval:detect\` (${new Date().toISOString().slice(0, 10)}), the page's pipeline in headless ` +
      `Chromium on this 2-core machine, backend ${results[0]?.backend ?? '?'}. Faces under ${MIN_FACE_HEIGHT} px tall ` +
      'are not required, and a detection on one counts neither way.',
    '',
    '| mode | data set | faces | recall (IoU ≥ 0.5) | precision (IoU ≥ 0.5) | recall (centres) | precision (centres) | detected / annotated height | ms per image |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const r of results) {
    r.datasets.forEach((d, i) => {
      const iou = recallPrecision(d.byIou);
      const ctr = recallPrecision(d.byCentre);
      lines.push(
        `| ${r.mode} | ${DATASETS[i].name} (${DATASETS[i].what}) | ${d.byIou.faces} | ${fixed(iou.recall)} | ${fixed(iou.precision)} | ` +
          `${fixed(ctr.recall)} | ${fixed(ctr.precision)} | ${fixed(d.heightRatio)} | ${fixed(d.msPerImage, 0)} |`,
      );
    });
  }
  lines.push(
    '',
    '"Centres": a detection and a face match when each box\'s centre lies inside the other, whatever the ' +
      'sizes. The annotated boxes follow other conventions than BlazeFace\'s (the composites\' are the pasted ' +
      'crop less its margins, an estimate; the real photos\' are hand-drawn), which can put a correct ' +
      'detection under IoU 0.5; the height-ratio column (median detected / annotated height over centre ' +
      'matches) shows how large that gap is. The IoU 0.5 figures are the ones the issue asks for. ' +
      '"ms per image": the round trip per file through the worker, median.',
    '',
    `| mode | detector ms per frame, ${TIMING_FRAMES.map((f) => f.label).join(' | ')} | smallest face found, ` +
      `${SWEEP_FRAMES.map((f) => `${f.width}×${f.height}`).join(' | ')} |`,
    '|---|---|---|---|---|',
  );
  for (const r of results) {
    lines.push(
      `| ${r.mode} | ${r.detectMs.map((v) => fixed(v, 1)).join(' | ')} | ` +
        `${r.smallest.map((v) => (v === undefined ? `> ${SWEEP_FACE_HEIGHTS[0]} px` : `${v} px`)).join(' | ')} |`,
    );
  }
  lines.push(
    '',
    `Detector ms: the detector stage alone in the worker, median of ${TIMING_REPEATS} runs on a real frame of ` +
      `each size (${TIMING_FRAMES.map((f) => f.file.split('/').pop()).join(', ')}). Smallest face: ${SWEEP_FACES} ` +
      'real unmasked faces (data/masks/without_mask) pasted at the centre of a face-free photo and shrunk ' +
      `step by step (${SWEEP_FACE_HEIGHTS.join(', ')} px face height); the figure is the smallest height down to ` +
      `which at least ${SWEEP_FOUND_SHARE * 100} % of them are found at that and every larger size.`,
  );
  return lines.join('\n');
}

await ensureBuilt();
process.env.HEADCOUNT_NO_BUILD = '1';
const sweep = await sweepFrames();
const results: ModeResult[] = [];
for (const mode of ['yunet']) {
  const lab = await openLab({});
  try {
    const datasets: DatasetResult[] = [];
    for (const dataset of DATASETS) datasets.push(await evalDataset(lab, dataset));
    const result: ModeResult = {
      mode,
      backend: lab.backend.name,
      datasets,
      detectMs: await timeFrames(lab),
      smallest: await smallestFaces(lab, sweep),
    };
    results.push(result);
    console.error(JSON.stringify({ ...result, datasets: datasets.map((d, i) => ({ name: DATASETS[i].name, ...d })) }));
  } finally {
    await lab.close();
  }
}

const readme = await readFile(README, 'utf8');
const section = `${START}\n${table(results)}\n${END}`;
const updated = readme.includes(START)
  ? readme.replace(new RegExp(`${START}[\\s\\S]*?${END}`), () => section)
  : `${readme.trimEnd()}\n\n## Detection quality and speed\n\n${section}\n`;
await writeFile(README, updated);
console.log(table(results));
