import { FileAnalyzer, type VideoOptions } from '../io/file-analysis';
import { PipelineClient } from '../io/pipeline-client';
import type { StageTimings } from '../logic/frame';
import type { FileReport } from '../logic/report';
import type { DetectorMode } from '../ml/detector';
import type { BackendInfo, BackendName } from '../ml/pipeline-types';

/**
 * The page's pipeline, driven by Node scripts (analyze, eval, bench) through Playwright: the same worker
 * and modules as the live page, with files handed over as bytes. Nothing here touches the network.
 */
export interface HeadcountLab {
  init(mode: DetectorMode, backend?: BackendName): Promise<BackendInfo>;
  analyzeImage(file: string, base64: string): Promise<FileReport>;
  analyzeVideo(file: string, base64: string, options: VideoOptions): Promise<FileReport>;
  /** Runs one image through the pipeline `repeats` times; per run: round trip and stage timings (ms). */
  timeImage(base64: string, repeats: number): Promise<ImageTiming>;
}

export interface ImageTiming {
  faces: number;
  width: number;
  height: number;
  runs: (StageTimings & { roundTripMs: number })[];
}

declare global {
  interface Window {
    headcountLab: HeadcountLab;
  }
}

function blobFrom(base64: string): Blob {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Blob([bytes]);
}

let analyzer: FileAnalyzer | undefined;
let pipeline: PipelineClient | undefined;

function ready(): FileAnalyzer {
  if (!analyzer) throw new Error('headcountLab.init() first');
  return analyzer;
}

window.headcountLab = {
  async init(mode, backend) {
    const client = new PipelineClient();
    const info = await client.init(mode, backend, document.baseURI);
    analyzer = new FileAnalyzer(client);
    pipeline = client;
    return info;
  },
  async timeImage(base64, repeats) {
    ready();
    const client = pipeline as PipelineClient;
    const source = await createImageBitmap(blobFrom(base64));
    const runs: ImageTiming['runs'] = [];
    let faces = 0;
    for (let i = 0; i < repeats; i++) {
      // What the camera path does per frame: a fresh bitmap (transfer detaches it), the worker round trip.
      const t0 = performance.now();
      const result = await client.process(await createImageBitmap(source), i);
      runs.push({ ...result.timings, roundTripMs: performance.now() - t0 });
      faces = result.faces.length;
    }
    const { width, height } = source;
    source.close();
    return { faces, width, height, runs };
  },
  analyzeImage: (file, base64) => ready().analyzeImage(file, blobFrom(base64)),
  analyzeVideo: (file, base64, options) => ready().analyzeVideo(file, blobFrom(base64), options),
};
document.body.dataset.ready = 'true';
