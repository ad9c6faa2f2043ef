/** What the page and its worker fetched since load, from the browser's Resource Timing entries. */
export interface NetworkUsage {
  requests: number;
  /** Bytes received over the network (transferSize: 0 for cache hits and service-worker answers). */
  bytesReceived: number;
  /** Requests to any origin other than the page's own: must stay 0. */
  otherOrigin: number;
}

export const NO_NETWORK_USAGE: NetworkUsage = { requests: 0, bytesReceived: 0, otherOrigin: 0 };

/** Sums resource entries; `data:` and `blob:` URLs are made in the page, not fetched, and are not counted. */
export function networkUsage(entries: readonly { name: string; transferSize: number }[], origin: string): NetworkUsage {
  let usage = NO_NETWORK_USAGE;
  for (const entry of entries) {
    const url = new URL(entry.name, origin);
    if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
    usage = addUsage(usage, { requests: 1, bytesReceived: entry.transferSize, otherOrigin: url.origin === origin ? 0 : 1 });
  }
  return usage;
}

export function addUsage(a: NetworkUsage, b: NetworkUsage): NetworkUsage {
  return { requests: a.requests + b.requests, bytesReceived: a.bytesReceived + b.bytesReceived, otherOrigin: a.otherOrigin + b.otherOrigin };
}
