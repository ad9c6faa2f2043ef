/**
 * Registers tfjs's gradient functions for training in Node.
 *
 * tfjs-core's Node entry (a CommonJS bundle) leaves the gradients out, and its ES-module files cannot be
 * imported by Node directly (extensionless imports), so the module that registers them is bundled once with
 * Vite into .cache/ and imported from there. Its copy of tfjs-core registers into the same global registry and
 * engine as ours (tfjs keeps both on the global object), so the gradients apply to our kernels.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { REPO_ROOT } from './paths';

const OUT_DIR = path.join(REPO_ROOT, '.cache', 'tfjs-gradients');
const OUT_FILE = path.join(OUT_DIR, 'register-all-gradients.mjs');

export async function registerGradients(): Promise<void> {
  if (!existsSync(OUT_FILE)) {
    await build({
      configFile: false,
      root: REPO_ROOT,
      logLevel: 'error',
      build: {
        outDir: OUT_DIR,
        emptyOutDir: true,
        minify: false,
        lib: {
          entry: path.join(REPO_ROOT, 'node_modules/@tensorflow/tfjs-core/dist/register_all_gradients.js'),
          formats: ['es'],
          fileName: () => 'register-all-gradients.mjs',
        },
      },
    });
  }
  await import(pathToFileURL(OUT_FILE).href);
}
