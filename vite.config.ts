import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Headers that make the page cross-origin isolated: precise timers for the measurements, and what
 * multi-threaded WASM would need (SharedArrayBuffer; not used, see WASM_MULTITHREADED in src/ml/pipeline-types.ts).
 * A static host should send the same two headers; see README.
 */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * The built site's Content-Security-Policy: its own files only. 'wasm-unsafe-eval' lets tfjs compile its
 * WebAssembly; nothing else is evaluated. Lit's styles are constructed stylesheets, which style-src does not
 * govern, so no 'unsafe-inline' is needed. Sent as a <meta> (works on any static host) and, by `vite preview`,
 * as a header (which also covers the worker script).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  // Local video files (test bed, analyze) play from blob: URLs made in the page; nothing is fetched.
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the CSP <meta> to the built pages (not in dev, where Vite injects inline scripts for hot reload). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'headcount-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The detector comparison's files (How it works, the test bed): BlazeFace's weights (0.27 MB) and its code chunk
 * (@tensorflow-models/blazeface + tfjs-converter, ~0.1 MB gzip). Not precached: a visitor who never opens the
 * comparison never downloads them, so the first visit's budget and requests stay what they were. Cached at run
 * time instead, the first time the comparison fetches them, so the comparison works offline after one visit with it.
 */
const COMPARISON_FILES = /\/(models\/blazeface\/[^/?]+|assets\/blazeface-detector-[^/?]+\.js)$/;

/**
 * Offline use (a workshop room without Wi-Fi): a service worker precaches the page, its scripts, the models
 * and the wasm binaries on first visit. The lab page (for scripts) and the detector comparison are left out.
 */
const offline = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: 'script',
  includeAssets: ['favicon.svg'],
  manifest: {
    name: 'Headcount',
    short_name: 'Headcount',
    description: 'A mask-counting camera rebuilt in your browser. Counts only; the video never leaves the page.',
    lang: 'en',
    start_url: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b2a5b',
    icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,json,bin,wasm,webmanifest}'],
    // lab-only code: the lab page and the bench's naive baseline (src/lab/baseline.ts, a chunk of its own).
    globIgnores: ['lab.html', 'assets/lab-*.js', 'assets/baseline-*.js', 'assets/blazeface-detector-*.js', 'models/blazeface/**'],
    runtimeCaching: [
      {
        // A RegExp, not a function: workbox copies the pattern into sw.js as text, where a function's closure
        // (this file's constants) does not exist. Same-origin only: workbox matches a RegExp anywhere in a
        // same-origin URL, and only from the start in a cross-origin one.
        urlPattern: COMPARISON_FILES,
        // Hashed chunk names and weights checked by sha256: a cached copy is never stale.
        handler: 'CacheFirst',
        options: { cacheName: 'headcount-comparison' },
      },
    ],
    // The full-range model's weights are 1 MB; the wasm binaries 0.3–0.5 MB each.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    clientsClaim: true,
    skipWaiting: true,
    navigateFallbackDenylist: [/lab\.html/],
  },
});

/**
 * Files the site serves as they are: the models, and tfjs's .wasm binaries (never from a CDN). The measured-figures
 * files in models/ (*figures.json) are not served: the page bundles the few figures it shows.
 */
const SITE_FILES = [
  { urlDir: 'models', fsDir: 'models', include: /(?<!figures)\.(json|bin)$/ },
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
  plugins: [siteFiles(), contentSecurityPolicy(), offline],
  server: { headers: ISOLATION_HEADERS },
  preview: { headers: { ...ISOLATION_HEADERS, 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  worker: {
    format: 'es',
    // Fully minified: the one thing mangled names would break, tfjs's threaded WASM build re-creating its
    // module in pthread workers from Function.toString() (tfjs issue #4107), never runs (WASM_MULTITHREADED is off,
    // src/ml/pipeline-types.ts). 257 → 207 kB gzip.
    rolldownOptions: { output: { minify: true } },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // lab.html: the same pipeline, driven by the Node scripts (analyze, eval, bench) in headless Chromium.
    rolldownOptions: { input: { main: 'index.html', lab: 'lab.html' } },
  },
});
