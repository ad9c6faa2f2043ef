/**
 * Opens the built site's lab page (lab.html) in headless Chromium, so Node scripts run the page's own
 * pipeline — same worker, same modules, same backends — on files.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { BackendInfo, BackendName } from '../../src/ml/pipeline-types';
import { CHROMIUM, QUIET_FLAGS } from './chromium';
import { REPO_ROOT } from './paths';

export interface Lab {
  page: Page;
  backend: BackendInfo;
  /** The site's URL (the preview server). */
  url: string;
  close(): Promise<void>;
}

export interface LabOptions {
  backend?: BackendName;
  /** Extra Chromium flags (e.g. a fake camera for the bench). */
  args?: string[];
}

/** Builds the site unless HEADCOUNT_NO_BUILD=1 and a build exists. */
export async function ensureBuilt(): Promise<void> {
  if (process.env.HEADCOUNT_NO_BUILD === '1' && existsSync(path.join(REPO_ROOT, 'dist', 'lab.html'))) return;
  await build({ root: REPO_ROOT, logLevel: 'error' });
}

export async function serveSite(): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({ root: REPO_ROOT, logLevel: 'error', preview: { port: 0, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its URL');
  return { server, url };
}

export async function openLab(options: LabOptions): Promise<Lab> {
  await ensureBuilt();
  const { server, url } = await serveSite();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...QUIET_FLAGS, ...(options.args ?? [])] });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL('lab.html', url).href);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    const backend = await page.evaluate((b) => window.headcountLab.init(b), options.backend);
    const opened = browser;
    return {
      page,
      backend,
      url,
      async close() {
        await opened.close();
        await server.close();
        if (errors.length) throw new Error(`uncaught errors in the lab page: ${errors.join('; ')}`);
      },
    };
  } catch (e) {
    await browser?.close();
    await server.close();
    throw e;
  }
}
