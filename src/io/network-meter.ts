import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addUsage, networkUsage, NO_NETWORK_USAGE, type NetworkUsage } from '../logic/network-usage';

/**
 * The page's own network meter: every request since load, from Resource Timing (the page's entries, observed
 * live, plus what the worker reports it fetched). Browsers do not expose request sizes to pages; what a
 * visitor can check here is that every request went to this site, and the end-to-end tests check the rest
 * (GET only, no upload, no WebSocket, no beacon).
 */
export class NetworkMeter implements ReactiveController {
  private page: NetworkUsage = NO_NETWORK_USAGE;
  private observer?: PerformanceObserver;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly workerUsage: () => NetworkUsage,
  ) {
    host.addController(this);
  }

  get usage(): NetworkUsage {
    return addUsage(this.page, this.workerUsage());
  }

  hostConnected(): void {
    this.observer = new PerformanceObserver((list) => {
      this.page = addUsage(this.page, networkUsage(list.getEntries() as PerformanceResourceTiming[], location.origin));
      this.host.requestUpdate();
    });
    this.observer.observe({ type: 'resource', buffered: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
