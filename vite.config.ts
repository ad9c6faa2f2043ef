import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * Headers that make the page cross-origin isolated, which multi-threaded WASM needs (SharedArrayBuffer).
 * A static host must send the same two headers; see README.
 */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** Files the site serves as they are: the models, and tfjs's .wasm binaries (never from a CDN). */
const SITE_FILES = [
  { urlDir: 'models', fsDir: 'models', include: /\.(json|bin)$/ },
  { urlDir: 'wasm', fsDir: 'node_modules/@tensorflow/tfjs-backend-wasm/dist', include: /\.wasm$/ },
];

function listFiles(dir: string, include: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listFiles(full, include).map((f) => path.join(name, f));
    return include.test(name) ? [name] : [];
  });
}

const CONTENT_TYPES: Record<string, string> = {
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
};

function siteFiles(): Plugin {
  return {
    name: 'headcount-site-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0]);
        for (const { urlDir, fsDir, include } of SITE_FILES) {
          const prefix = `/${urlDir}/`;
          if (!url.startsWith(prefix)) continue;
          const relative = path.normalize(url.slice(prefix.length));
          if (relative.startsWith('..') || !include.test(relative)) break;
          try {
            const body = readFileSync(path.join(fsDir, relative));
            res.setHeader('Content-Type', CONTENT_TYPES[path.extname(relative)] ?? 'application/octet-stream');
            res.end(body);
            return;
          } catch {
            break;
          }
        }
        next();
      });
    },
    generateBundle() {
      for (const { urlDir, fsDir, include } of SITE_FILES) {
        for (const file of listFiles(fsDir, include)) {
          this.emitFile({ type: 'asset', fileName: `${urlDir}/${file}`, source: readFileSync(path.join(fsDir, file)) });
        }
      }
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [siteFiles()],
  server: { headers: ISOLATION_HEADERS },
  preview: { headers: ISOLATION_HEADERS },
  worker: {
    format: 'es',
    // tfjs's threaded WASM build re-creates its module in pthread workers from Function.toString(); mangled
    // names break that ("e is not defined", tfjs issue #4107), so the worker is only stripped of whitespace.
    rolldownOptions: { output: { minify: { compress: false, mangle: false } } },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // lab.html: the same pipeline, driven by the Node scripts (analyze, eval, bench) in headless Chromium.
    rolldownOptions: { input: { main: 'index.html', lab: 'lab.html' } },
  },
});
