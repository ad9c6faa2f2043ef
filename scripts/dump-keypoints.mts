/**
 * Runs the page's face detector (YuNet) over a video clip in Node and prints, per frame, the faces it found
 * (box, five keypoints, score) as JSON. The output feeds the shake-detector tests in src/logic/__fixtures__,
 * so the detector's real keypoint jitter is tested, not only synthetic sine waves.
 *
 *   npx tsx scripts/dump-keypoints.mts CLIP.mp4 > out.json
 *
 * Frames are decoded by ffmpeg at the clip's own size and frame rate (640×480 at 15 fps for most fixture clips; the
 * portrait selfie clips keep theirs), read with ffprobe. Numbers are rounded to one decimal: the detector's own
 * jitter is larger than that, and it keeps the fixtures small.
 */
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { round } from '../src/logic/stats';
import { createDetector } from '../src/ml/create-detector';
import { fileModel, initNodeTf, REPO_ROOT } from './lib/node-tf';

interface ClipFormat {
  width: number;
  height: number;
  fps: number;
}

interface DumpedFace {
  box: { x: number; y: number; w: number; h: number };
  keypoints: [number, number][];
  score: number;
}
interface DumpedFrame {
  /** Milliseconds from the start of the clip. */
  t: number;
  faces: DumpedFace[];
}

/** The clip's frame size and rate, from ffprobe. */
function probe(clip: string): ClipFormat {
  const [width, height, rate] = execFileSync(
    'ffprobe',
    ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height,r_frame_rate', '-of', 'csv=p=0', clip],
    { encoding: 'utf8' },
  )
    .trim()
    .split(',');
  const [num, den] = rate.split('/').map(Number);
  const format = { width: Number(width), height: Number(height), fps: den ? num / den : num };
  if (!(format.width > 0 && format.height > 0 && format.fps > 0)) throw new Error(`cannot read the size and frame rate of ${clip}`);
  return format;
}

/** Yields raw rgb24 frames from ffmpeg, one full frame at a time. */
async function* decodeFrames(clip: string, { width, height, fps }: ClipFormat): AsyncGenerator<Uint8Array> {
  const frameBytes = width * height * 3;
  const ffmpeg = spawn(
    'ffmpeg',
    ['-v', 'error', '-i', clip, '-vf', `fps=${fps}`, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let pending = Buffer.alloc(0);
  for await (const chunk of ffmpeg.stdout as AsyncIterable<Buffer>) {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= frameBytes) {
      yield new Uint8Array(pending.subarray(0, frameBytes));
      pending = pending.subarray(frameBytes);
    }
  }
  const code = await new Promise<number | null>((resolve) => {
    if (ffmpeg.exitCode !== null) resolve(ffmpeg.exitCode);
    else ffmpeg.on('close', resolve);
  });
  if (code !== 0) throw new Error(`ffmpeg exited with ${String(code)} on ${clip}`);
}

async function main(): Promise<void> {
  const clip = process.argv[2];
  if (!clip) {
    console.error('usage: npx tsx scripts/dump-keypoints.mts CLIP.mp4 > out.json');
    process.exit(2);
  }
  const tf = await initNodeTf();
  const detector = await createDetector((p) => fileModel(path.join(REPO_ROOT, p)));
  const format = probe(clip);
  const frames: DumpedFrame[] = [];
  let index = 0;
  for await (const rgb of decodeFrames(clip, format)) {
    const image = tf.tensor3d(Int32Array.from(rgb), [format.height, format.width, 3], 'int32');
    const t = (index * 1000) / format.fps;
    try {
      // The frame's time, as in the page: the detector then picks its input size as it does live.
      const faces = await detector.detect(image, t);
      frames.push({
        t: Math.round(t),
        faces: faces.map((f) => ({
          box: { x: round(f.box.x, 1), y: round(f.box.y, 1), w: round(f.box.w, 1), h: round(f.box.h, 1) },
          keypoints: f.keypoints.map(([x, y]): [number, number] => [round(x, 1), round(y, 1)]),
          score: round(f.score, 3),
        })),
      });
    } finally {
      image.dispose();
    }
    index++;
  }
  detector.dispose();
  // One frame per line: diffable, and still small.
  process.stdout.write('[\n' + frames.map((f) => JSON.stringify(f)).join(',\n') + '\n]\n');
}

await main();
