import * as tf from '@tensorflow/tfjs-core';
import { getThreadsCount, setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { BACKENDS, type BackendInfo, type BackendName } from './pipeline-types';
import { errorMessage } from '../logic/error-message';

/**
 * Registers a backend with tfjs. WASM is registered by its import above; the fallbacks' code (WebGL's is the
 * largest part of tfjs) is fetched and parsed only on the devices that need it.
 */
const REGISTER: Record<BackendName, () => Promise<unknown>> = {
  wasm: () => Promise.resolve(),
  webgl: () => import('@tensorflow/tfjs-backend-webgl'),
  cpu: () => import('@tensorflow/tfjs-backend-cpu'),
};

/** A backend that neither starts nor fails within this time is treated as failed (e.g. workers that never load). */
const BACKEND_START_TIMEOUT_MS = 20_000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not start within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Initialises the first backend that works, starting with `preferred` (default WASM: fastest on CPUs for
 * models this small), then WebGL, then CPU. `wasmBaseUrl` is where the site serves the .wasm files.
 */
export async function initBackend(preferred: BackendName | undefined, wasmBaseUrl: string): Promise<BackendInfo> {
  const order: BackendName[] = preferred ? [preferred, ...BACKENDS.filter((b) => b !== preferred)] : [...BACKENDS];
  const fallbacks: BackendInfo['fallbacks'] = [];
  setWasmPaths(wasmBaseUrl);
  const threads = wasmThreads();
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', threads > 1);
  setThreadsCount(threads);
  for (const name of order) {
    try {
      await REGISTER[name]();
      // setBackend resolves false (or throws) when the backend cannot initialise, e.g. a missing .wasm file.
      if (await withTimeout(tf.setBackend(name), BACKEND_START_TIMEOUT_MS, name)) {
        await tf.ready();
        // Prove it computes: a backend can initialise and then fail on first use (lost WebGL context).
        tf.tidy(() => tf.add(tf.scalar(1), tf.scalar(1)).dataSync());
        return { name, ...(await wasmFeatures(name)), fallbacks };
      }
      fallbacks.push({ name, reason: 'could not initialise' });
    } catch (e) {
      fallbacks.push({ name, reason: errorMessage(e) });
    }
  }
  throw new Error(`No tfjs backend could start: ${fallbacks.map((f) => `${f.name}: ${f.reason}`).join('; ')}`);
}

/**
 * A thread per core when the page is cross-origin isolated (the threads share memory, which needs
 * SharedArrayBuffer); one otherwise, on the SIMD build. The threaded build starts its workers from wasm/ (see
 * tfjsWasmThreadsFromSite in vite.config.ts), which the CSP allows.
 */
function wasmThreads(): number {
  return globalThis.crossOriginIsolated ? Math.max(1, navigator.hardwareConcurrency) : 1;
}

async function wasmFeatures(name: BackendName): Promise<{ simd: boolean; threads: number }> {
  if (name !== 'wasm') return { simd: false, threads: 0 };
  return { simd: Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')), threads: getThreadsCount() };
}
