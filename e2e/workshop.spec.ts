import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, figure, test } from './fixtures';
import { WAIT, record, timed } from './timing';

/** What each language's outcome lines start with, to check that the right event moved the workshop on. */
const OUTCOME = {
  en: {
    mask: 'The label changed',
    button: 'Opt-out registered by the button',
    shake: 'Opt-out registered by a head shake',
    countAgain: 'Counted again. Your “no” held',
  },
  fr: {
    mask: 'L’étiquette a changé',
    button: 'Opposition enregistrée par le bouton',
    shake: 'Opposition enregistrée par un « non » de la tête',
    countAgain: 'Compté à nouveau. Votre « non »',
  },
} as const;

const EVENT_TIMEOUT = WAIT.workshopEvent;

const step = (page: Page) => page.getByTestId('workshop');

/** WCAG 2.1 AA, serious and critical violations. */
async function expectAxeClean(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), label).toEqual([]);
}

/**
 * The step as the room sees it on arrival: the first screen at 1280×800 (clicks scroll, so back to the top);
 * live numbers, timings and transient lines are masked.
 */
async function expectStepSnapshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page).toHaveScreenshot(name, {
    maxDiffPixelRatio: 0.002,
    animations: 'disabled',
    mask: ['status', 'passes', 'opted-out', 'percent-masked', 'workshop-faces', 'pipeline', 'opt-out-confirmation', 'paused', 'network-meter', 'backend'].map(
      (id) => page.getByTestId(id),
    ),
  });
}

/** Presses "Don't count me" while someone is in view (a press with nobody in view opts nobody out). */
async function optOutByButton(page: Page): Promise<void> {
  await expect(async () => {
    await expect(page.getByTestId('pipeline')).not.toHaveAttribute('data-faces', '0', { timeout: 1000 });
    await page.getByTestId('dont-count-me').click();
    await expect(step(page)).toHaveAttribute('data-step', 'count-again', { timeout: 1000 });
  }).toPass({ timeout: EVENT_TIMEOUT });
}

const STEPS = ['arrive', 'return', 'mask', 'opt-out', 'count-again', 'law'] as const;

/** The steps list says how each step was left: `event` (the camera saw it happen) or `skipped`. */
const completed = (page: Page, s: (typeof STEPS)[number]) => step(page).locator(`li[data-step="${s}"]`);

for (const locale of ['en', 'fr'] as const) {
  test.describe(`the guided workshop (${locale})`, () => {
    test.describe('every step, as the room sees it', () => {
      // Before the camera starts nothing can happen, so every step waits for the facilitator: the same pictures
      // on every run, whatever the detector sees.
      test.use({ camera: 'none' });

      test(`each step is axe-clean and looks as designed; skip by button and key (${locale})`, async ({ page }) => {
        test.setTimeout(3 * EVENT_TIMEOUT);
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.goto('./');
        await page.getByTestId('language').selectOption(locale);
        await page.getByTestId('workshop-start').click();
        await expect(page.locator('headcount-app')).toHaveAttribute('projector', '');
        for (const [i, s] of STEPS.entries()) {
          await expect(step(page)).toHaveAttribute('data-step', s);
          await expectAxeClean(page, `${locale} ${s}`);
          await expectStepSnapshot(page, `workshop-${s}-${locale}.png`);
          if (i === STEPS.length - 1) break;
          if (i % 2 === 0) await page.getByTestId('workshop-skip').click();
          else await page.keyboard.press('PageDown');
          await expect(completed(page, s)).toHaveAttribute('data-completed', 'skipped');
        }
        await expect(page.getByTestId('workshop-skip')).toBeDisabled();
      });
    });

    test.describe('end to end on the camera', () => {
      // Five passes by four people walking by, masked and not; the clip loops, so people come back.
      test.use({ camera: 'passes-5.mp4' });

      test(`each step is moved on by a real event: a pass, a second pass, a label change, an opt-out by the button, a pass after it (${locale})`, async ({
        page,
      }) => {
        test.setTimeout(6 * EVENT_TIMEOUT);
        const outcome = page.getByTestId('workshop-outcome');
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.goto('./');
        await page.getByTestId('language').selectOption(locale);
        await page.getByTestId('workshop-start').click();
        await page.getByTestId('start').click();
        // People walk by faster than a test can look: the steps list records what moved each step on. Three events.
        const start = performance.now();
        await expect(step(page)).toHaveAttribute('data-step', 'opt-out', { timeout: 3 * EVENT_TIMEOUT });
        record('workshopEvent×3', performance.now() - start);
        for (const s of ['arrive', 'return', 'mask'] as const) await expect(completed(page, s)).toHaveAttribute('data-completed', 'event');
        await expect(outcome).toContainText(OUTCOME[locale].mask);

        const optedOut = Number(await figure(page, 'opted-out').textContent());
        await optOutByButton(page);
        // Counting pauses for 5 s after the button: nobody can move this step on meanwhile.
        await expect(outcome).toContainText(OUTCOME[locale].button);
        // The button opts out everyone in view: one person or two, as the clip has it at that moment.
        await expect.poll(async () => Number(await figure(page, 'opted-out').textContent())).toBeGreaterThan(optedOut);

        await timed('workshopEvent', (timeout) => expect(step(page)).toHaveAttribute('data-step', 'law', { timeout }));
        for (const s of STEPS.slice(0, -1)) await expect(completed(page, s)).toHaveAttribute('data-completed', 'event');
        await expect(outcome).toContainText(OUTCOME[locale].countAgain);
        // The measured limits are quoted, not "not measured".
        await expect(page.getByTestId('workshop-law')).toContainText(/\d+(,\d|\.\d)?\s?%/);
        await expectAxeClean(page, `${locale} law, reached live`);
        await expectStepSnapshot(page, `workshop-law-live-${locale}.png`);

        // From the last step to the sources.
        await page.getByTestId('workshop-open-rules').click();
        await expect(page.locator('hc-rules-view')).toBeVisible();
        await expect(page.getByTestId('view-rules')).toHaveAttribute('aria-pressed', 'true');
      });
    });
  });
}

test.describe('the guided workshop with a head shake', () => {
  test.use({ camera: 'head-shake.mp4' });

  test('opened from the URL, driven by the keys; a head shake moves the opt-out step on; restart, new group, leave', async ({ page }) => {
    test.setTimeout(2 * EVENT_TIMEOUT);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./?workshop=guided');
    await page.getByTestId('language').selectOption('fr');
    await expect(step(page)).toHaveAttribute('data-step', 'arrive');
    // Keys typed into the language menu are the menu's: move the focus off it, as a click on the page would.
    await page.locator('#step-title').click();
    // The facilitator skips to the opt-out step before anyone is in view: skip, skip, skip, back, skip.
    for (const key of ['ArrowRight', 'PageDown', 'ArrowRight', 'ArrowLeft', 'ArrowRight']) await page.keyboard.press(key);
    await expect(step(page)).toHaveAttribute('data-step', 'opt-out');
    await expect(page.getByTestId('workshop-outcome')).toHaveText('');

    await page.getByTestId('start').click();
    await timed('workshopEvent', (timeout) => expect(step(page)).toHaveAttribute('data-step', 'count-again', { timeout }));
    await expect(page.getByTestId('workshop-outcome')).toContainText(OUTCOME.fr.shake);
    await expect(completed(page, 'opt-out')).toHaveAttribute('data-completed', 'event');
    await expect(figure(page, 'opted-out')).not.toHaveText('0');
    await expectAxeClean(page, 'fr count-again (shake)');

    await page.keyboard.press('Home');
    await expect(step(page)).toHaveAttribute('data-step', 'arrive');
    // Between two groups: stop the camera, then G erases the counts and starts again.
    await page.getByTestId('stop').click();
    await page.keyboard.press('g');
    await expect(figure(page, 'opted-out')).toHaveText('0');
    await expect(figure(page, 'passes')).toHaveText('0');
    await expect(step(page)).toHaveAttribute('data-step', 'arrive');
    await page.keyboard.press('Escape');
    await expect(step(page)).toHaveCount(0);
    await expect(page.getByTestId('view-counter')).toBeVisible();
    await expect(page.getByTestId('workshop-start')).toBeVisible();
  });
});
