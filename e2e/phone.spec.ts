import type { Page } from '@playwright/test';
import { expect, figure, startCamera, test } from './fixtures';
import { timed } from './timing';

/** Everything a finger can press, in every shadow root: its text and its size in CSS px. */
function targets(page: Page): Promise<{ what: string; width: number; height: number }[]> {
  return page.evaluate(() => {
    const found: { what: string; width: number; height: number }[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll<HTMLElement>('button, select, summary, a, input')) {
        // A radio button, and the test bed's visually hidden file input, are pressed through their label, which is
        // the target.
        const throughLabel = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'file');
        const target = throughLabel ? (el.closest('label') ?? el) : el;
        const box = target.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        found.push({ what: `${el.tagName.toLowerCase()} “${(target.textContent ?? '').trim().slice(0, 40)}”`, width: box.width, height: box.height });
      }
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) visit(host.shadowRoot);
    };
    visit(document);
    return found;
  });
}

async function expectPhoneReady(page: Page, label: string): Promise<void> {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scroll, `${label}: no horizontal scroll at 360 px`).toBeLessThanOrEqual(360);
  const all = await targets(page);
  expect(all.length, `${label}: the page's controls were found`).toBeGreaterThan(3);
  const small = all.filter((t) => t.height < 44 || t.width < 44);
  expect(small.map((t) => `${t.what} ${Math.round(t.width)}×${Math.round(t.height)}`), `${label}: touch targets ≥ 44 px`).toEqual([]);
}

/** A visitor who opens the link on a phone, 360 px wide. */
for (const locale of ['en', 'fr'] as const) {
  test(`every view and the workshop fit 360 px, with touch targets of 44 px or more (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('./');
    await page.getByTestId('language').selectOption(locale);
    for (const view of ['counter', 'how', 'rules', 'testbed']) {
      await page.getByTestId(`view-${view}`).click();
      await expectPhoneReady(page, `${locale} ${view}`);
    }
    await page.getByTestId('workshop-start').click();
    await expectPhoneReady(page, `${locale} workshop`);
    await page.getByTestId('workshop-skip').click();
    await expectPhoneReady(page, `${locale} workshop, step 2`);
  });
}

test.describe('on a phone’s camera', () => {
  test.use({ camera: 'one-face.mp4' });

  test('asks for the front camera (facingMode user) and counts at 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.addInitScript(() => {
      const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = (constraints?: MediaStreamConstraints) => {
        document.documentElement.dataset.videoConstraints = JSON.stringify(constraints?.video ?? null);
        return original(constraints);
      };
    });
    await startCamera(page);
    await timed('firstCount', (timeout) => expect(figure(page, 'faces-in-view')).toHaveText('1', { timeout }));
    const constraints = JSON.parse((await page.locator('html').getAttribute('data-video-constraints')) ?? 'null') as { facingMode?: string };
    expect(constraints.facingMode).toBe('user');
    await expectPhoneReady(page, 'counting');
  });
});
