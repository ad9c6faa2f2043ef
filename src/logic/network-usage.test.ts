import { describe, expect, it } from 'vitest';
import { addUsage, networkUsage } from './network-usage';

describe('networkUsage', () => {
  const origin = 'http://localhost:4173';

  it('counts requests and bytes, and flags any other origin', () => {
    const usage = networkUsage(
      [
        { name: 'http://localhost:4173/models/facemesh-detection-short.bin', transferSize: 201_000 },
        { name: 'http://localhost:4173/wasm/tfjs-backend-wasm-simd.wasm', transferSize: 0 },
        { name: 'https://cdn.example.com/font.woff2', transferSize: 30_000 },
      ],
      origin,
    );
    expect(usage).toEqual({ requests: 3, bytesReceived: 231_000, otherOrigin: 1 });
  });

  it('ignores data: and blob: URLs, which are made in the page', () => {
    expect(networkUsage([{ name: 'blob:http://localhost:4173/1234', transferSize: 0 }, { name: 'data:,x', transferSize: 0 }], origin).requests).toBe(0);
  });

  it('adds the worker’s usage to the page’s', () => {
    expect(addUsage({ requests: 1, bytesReceived: 10, otherOrigin: 0 }, { requests: 2, bytesReceived: 5, otherOrigin: 1 })).toEqual({
      requests: 3,
      bytesReceived: 15,
      otherOrigin: 1,
    });
  });
});
