/**
 * Runs the page's face detector (YuNet) over a video clip in Node and prints, per frame, the faces it found
 * (box, five keypoints, score) as JSON. The output feeds the shake-detector tests in src/logic/__fixtures__,
 * so the detector's real keypoint jitter is tested, not only synthetic sine waves.
 *
 *   npx tsx scripts/dump-keypoints.mts CLIP.mp4 > out.json
 *
 * Frames are decoded by ffmpeg at 640×480 and 15 fps (the fixture clips' format). Numbers are rounded to one
 * decimal: the detector's own jitter is larger than that, and it keeps the fixtures small.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { round } from '../src/logic/stats';
import { createDetector } from '../src/ml/create-detector';
import { fileModel, initNodeTf, REPO_ROOT } from './lib/node-tf';

const WIDTH = 640;
const HEIGHT = 480;
const FPS = 15;
const FRAME_BYTES = WIDTH * HEIGHT * 3;

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

/** Yields raw rgb24 frames from ffmpeg, one full frame at a time. */
async function* decodeFrames(clip: string): AsyncGenerator<Uint8Array> {
  const ffmpeg = spawn(
    'ffmpeg',
    ['-v', 'error', '-i', clip, '-vf', `scale=${WIDTH}:${HEIGHT},fps=${FPS}`, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let pending = Buffer.alloc(0);
  for await (const chunk of ffmpeg.stdout as AsyncIterable<Buffer>) {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= FRAME_BYTES) {
      yield new Uint8Array(pending.subarray(0, FRAME_BYTES));
      pending = pending.subarray(FRAME_BYTES);
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
  const frames: DumpedFrame[] = [];
  let index = 0;
  for await (const rgb of decodeFrames(clip)) {
    const image = tf.tensor3d(Int32Array.from(rgb), [HEIGHT, WIDTH, 3], 'int32');
    try {
      // The frame's time, as in the page: the detector then picks its input size as it does live.
      const faces = await detector.detect(image, (index * 1000) / FPS);
      frames.push({
        t: Math.round((index * 1000) / FPS),
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
