import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { ISOLATION_HEADERS } from './src/io/isolation-headers';

// The bench's onnxruntime-web page is served with the same headers (scripts/lib/bench-peers.ts).
export { ISOLATION_HEADERS };

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

/** The threaded SIMD build's Emscripten glue and its pthread worker script, as the site serves them under wasm/. */
const THREADED_GLUE = 'tfjs-backend-wasm-threaded-simd.js';
const PTHREAD_WORKER = 'tfjs-backend-wasm-threaded-simd.worker.js';

/**
 * tfjs's threaded WASM build started from the site's own files, with a thread per core. Each rewrite must match
 * exactly once, so a tfjs update that moves the code fails the build instead of silently going back to blob: URLs
 * or one thread.
 */
const TFJS_WASM_REWRITES: readonly { module: RegExp; what: string; from: RegExp; to: string }[] = [
  // tfjs 4.22's `init()` hands Emscripten a `blob:` URL for the pthread worker and a Blob of the glue's source
  // (made with Function.toString()) for the workers to import; the CSP refuses both, on purpose. Both point at the
  // same-origin copies under wasm/ (siteFiles below) instead, next to the .wasm files (`setWasmPaths`'s prefix, an
  // absolute URL: the workers resolve it from their own location).
  {
    module: /\/@tensorflow\/tfjs-backend-wasm\/dist\/backend_wasm\.js$/,
    what: 'the inlined pthread worker script import',
    from: /^import \{ wasmWorkerContents \} from '\.\.\/wasm-out\/tfjs-backend-wasm-threaded-simd\.worker\.js';$/m,
    to: '',
  },
  {
    module: /\/@tensorflow\/tfjs-backend-wasm\/dist\/backend_wasm\.js$/,
    what: 'the pthread worker from a blob: URL',
    from: /if \(path\.endsWith\('\.worker\.js'\)\) \{[\s\S]*?URL\.createObjectURL\(blob\);\s*\}/,
    to: "if (path.endsWith('.worker.js')) { return (wasmPathPrefix ?? prefix) + path; }",
  },
  {
    module: /\/@tensorflow\/tfjs-backend-wasm\/dist\/backend_wasm\.js$/,
    what: "the glue's source as a Blob",
    from: /factoryConfig\.mainScriptUrlOrBlob = new Blob\(\[[^\]]*wasmFactoryThreadedSimd\.toString\(\)\], \{ type: 'text\/javascript' \}\);/,
    to: `factoryConfig.mainScriptUrlOrBlob = wasmPathPrefix + '${THREADED_GLUE}';`,
  },
  // The glue the pipeline worker runs (the pthread workers import the served copy, unchanged). tfjs's C++ takes
  // half of navigator.hardwareConcurrency as the core count (two hyperthreads a core) and caps setThreadsCount at
  // it, so a 2-core machine got one thread whatever it asked for: the count is doubled here so that the page's
  // setThreadsCount (src/ml/backend.ts) decides, under tfjs's own cap of 8.
  {
    module: /\/@tensorflow\/tfjs-backend-wasm\/wasm-out\/tfjs-backend-wasm-threaded-simd\.js$/,
    what: 'the logical core count',
    from: /return navigator\["hardwareConcurrency"\]\}/,
    to: 'return 2*navigator["hardwareConcurrency"]}',
  },
  // Emscripten starts 8 pthread workers up front, whatever the thread count; a pool of threads − 1 (the calling
  // thread is the pool's first) is what the page uses, so no more start than the machine has cores.
  {
    module: /\/@tensorflow\/tfjs-backend-wasm\/wasm-out\/tfjs-backend-wasm-threaded-simd\.js$/,
    what: 'the pthread pool size',
    from: /var pthreadPoolSize=8;/,
    to: 'var pthreadPoolSize=Math.min(8,navigator["hardwareConcurrency"])-1;',
  },
];

function tfjsWasmThreadsFromSite(): Plugin {
  return {
    name: 'headcount-tfjs-wasm-threads-from-site',
    transform(code, id) {
      const file = id.split('?')[0];
      const rewrites = TFJS_WASM_REWRITES.filter((r) => r.module.test(file));
      if (rewrites.length === 0) return null;
      let rewritten = code;
      for (const { what, from, to } of rewrites) {
        const matches = rewritten.match(new RegExp(from.source, `${from.flags}g`))?.length ?? 0;
        if (matches !== 1) throw new Error(`tfjs-backend-wasm changed: ${what} matched ${matches} times in ${file}, not once (vite.config.ts)`);
        rewritten = rewritten.replace(from, to);
      }
      return { code: rewritten, map: null };
    },
  };
}

/**
 * Offline use (a workshop room without Wi-Fi) and isolation on hosts that cannot send headers: our own service
 * worker (src/worker/service-worker.ts), into which vite-plugin-pwa injects the list of files to precache on the
 * first visit: the page, its scripts, the models and the wasm files. Left out: the lab page (for scripts), and
 * the detector comparison's files, which a visitor who never opens the comparison never downloads (the service
 * worker caches them the first time the comparison fetches them).
 */
const offline = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src/worker',
  filename: 'service-worker.ts',
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
  injectManifest: {
    globPatterns: ['**/*.{js,css,html,svg,json,bin,wasm,webmanifest}'],
    // lab-only code (the lab page, the bench's naive baseline) and the detector comparison's files.
    globIgnores: ['lab.html', 'assets/lab-*.js', 'assets/baseline-*.js', 'assets/blazeface-detector-*.js', 'models/blazeface/**'],
    // The full-range model's weights are 1 MB; the wasm binaries 0.3–0.5 MB each.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  },
});

/**
 * Files the site serves as they are: the models, and tfjs's .wasm binaries (never from a CDN). The measured-figures
 * files in models/ (*figures.json) are not served: the page bundles the few figures it shows.
 */
const TFJS_WASM_OUT = 'node_modules/@tensorflow/tfjs-backend-wasm/wasm-out';
const SITE_FILES = [
  { urlDir: 'models', fsDir: 'models', include: /(?<!figures)\.(json|bin)$/ },
  // The three .wasm builds, and the threaded build's Emscripten glue, which each pthread worker imports.
  { urlDir: 'wasm', fsDir: TFJS_WASM_OUT, include: new RegExp(`\\.wasm$|^${THREADED_GLUE.replaceAll('.', '\\.')}$`) },
];

/**
 * The threaded build's pthread worker script. tfjs ships it only as a string (`wasmWorkerContents`, a template
 * literal that turned the script's "\n" escapes into newlines, which tfjs escapes back before use, as here).
 */
function pthreadWorkerScript(): string {
  const { wasmWorkerContents } = createRequire(import.meta.url)(`./${TFJS_WASM_OUT}/${PTHREAD_WORKER}`) as { wasmWorkerContents: string };
  return wasmWorkerContents.replace(/\n/g, '\\n');
}
const GENERATED_FILES: Record<string, () => string> = { [`wasm/${PTHREAD_WORKER}`]: pthreadWorkerScript };

function listFiles(dir: string, include: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listFiles(full, include).map((f) => path.join(name, f));
    return include.test(name) ? [name] : [];
  });
}

const CONTENT_TYPES: Record<string, string> = {
  '.wasm': 'application/wasm',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
};

function siteFiles(): Plugin {
  return {
    name: 'headcount-site-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0]);
        const generated = GENERATED_FILES[url.slice(1)];
        if (generated) {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(generated());
          return;
        }
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
      for (const [fileName, source] of Object.entries(GENERATED_FILES)) this.emitFile({ type: 'asset', fileName, source: source() });
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
  plugins: [siteFiles(), tfjsWasmThreadsFromSite(), contentSecurityPolicy(), offline],
  server: { headers: ISOLATION_HEADERS },
  preview: { headers: { ...ISOLATION_HEADERS, 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  worker: {
    format: 'es',
    // The pipeline worker holds tfjs, so the rewrite applies there too.
    plugins: () => [tfjsWasmThreadsFromSite()],
    // Fully minified: the pthread workers import the glue from wasm/ (unminified, as tfjs ships it), not from
    // Function.toString() of the bundled copy, which mangled names would break (tfjs issue #4107). 257 → 207 kB gzip.
    rolldownOptions: { output: { minify: true } },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // lab.html: the same pipeline, driven by the Node scripts (analyze, eval, bench) in headless Chromium.
    rolldownOptions: { input: { main: 'index.html', lab: 'lab.html' } },
  },
});
