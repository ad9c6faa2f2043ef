/**
 * Where the models live, relative to the site's base URL. One source of truth: the page, the worker, the
 * scripts and the tests all read these.
 */
export const MODEL_FILES = {
  maskClassifier: 'models/mask-classifier/model.json',
  yunet: 'models/yunet/model.json',
} as const;

/** Folder the tfjs WASM binaries are served from, relative to the site's base URL. */
export const WASM_DIR = 'wasm/';

/** Absolute URL of a site file, resolved against a base (the page's or the worker's location). */
export function siteUrl(path: string, base: string): string {
  return new URL(path, base).href;
}
