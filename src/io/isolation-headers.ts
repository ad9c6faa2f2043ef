/**
 * Headers that make the page cross-origin isolated: SharedArrayBuffer, which tfjs's threaded WASM build needs
 * (src/ml/backend.ts), and precise timers for the measurements. Vite's servers send them (vite.config.ts); the
 * service worker adds them to what it serves, for static hosts that cannot send headers.
 */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const;
