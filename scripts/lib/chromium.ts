/** How every script and test starts Chromium: Debian's build (or HEADCOUNT_CHROMIUM), never a download. */
export const CHROMIUM = process.env.HEADCOUNT_CHROMIUM ?? '/usr/bin/chromium';

/** No background traffic to Google's services: this machine has no network, and Headcount wants none. */
export const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
