import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, figure, test } from './fixtures';

/** What each language's outcome lines start with, to check that the right event moved the workshop on. */
const OUTCOME = {
  en: {
    pass: 'Counted: one pass',
    again: 'Counted again: a new pass',
    mask: 'The label changed',
    button: 'Opt-out registered by the button',
    shake: 'Opt-out registered by a head shake',
    countAgain: 'Counted again. Your “no” held',
  },
  fr: {
    pass: 'Compté : un passage',
    again: 'Compté à nouveau : un nouveau passage',
    mask: 'L’étiquette a changé',
    button: 'Opposition enregistrée par le bouton',
    shake: 'Opposition enregistrée par un « non » de la tête',
    countAgain: 'Compté à nouveau. Votre « non »',
  },
} as const;

/** Long enough for the fake camera's clip to loop once or twice. */
const EVENT_TIMEOUT = 90_000;

const step = (page: Page) => page.getByTestId('workshop');

/** WCAG 2.1 AA, serious and critical violations. */
async function expectAxeClean(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), label).toEqual([]);
}

/** The step as the room sees it (1280×800); live numbers, timings and transient lines are masked. */
async function expectStepSnapshot(page: Page, name: string): Promise<void> {
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

for (const locale of ['en', 'fr'] as const) {
  test.describe(`the guided workshop, end to end (${locale})`, () => {
    // Five passes by four people walking by, masked and not; the clip loops, so people come back.
    test.use({ camera: 'passes-5.mp4' });

    test(`every step is reached from a real event: a pass, a second pass, a label change, an opt-out by the button, a pass after it (${locale})`, async ({
      page,
    }) => {
      test.setTimeout(6 * EVENT_TIMEOUT);
      const outcome = page.getByTestId('workshop-outcome');
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto('./');
      await page.getByTestId('language').selectOption(locale);
      await page.getByTestId('workshop-start').click();
      await expect(page.locator('headcount-app')).toHaveAttribute('projector', '');
      await expect(step(page)).toHaveAttribute('data-step', 'arrive');
      await expectAxeClean(page, `${locale} arrive`);
      await expectStepSnapshot(page, `workshop-arrive-${locale}.png`);

      await page.getByTestId('start').click();
      await expect(step(page)).toHaveAttribute('data-step', 'return', { timeout: EVENT_TIMEOUT });
      await expect(outcome).toContainText(OUTCOME[locale].pass);
      await expectAxeClean(page, `${locale} return`);
      await expectStepSnapshot(page, `workshop-return-${locale}.png`);

      await expect(step(page)).toHaveAttribute('data-step', 'mask', { timeout: EVENT_TIMEOUT });
      await expect(outcome).toContainText(OUTCOME[locale].again);
      await expectAxeClean(page, `${locale} mask`);
      await expectStepSnapshot(page, `workshop-mask-${locale}.png`);

      await expect(step(page)).toHaveAttribute('data-step', 'opt-out', { timeout: EVENT_TIMEOUT });
      await expect(outcome).toContainText(OUTCOME[locale].mask);
      await expectAxeClean(page, `${locale} opt-out`);
      await expectStepSnapshot(page, `workshop-opt-out-${locale}.png`);

      const optedOut = Number(await figure(page, 'opted-out').textContent());
      await optOutByButton(page);
      await expect(outcome).toContainText(OUTCOME[locale].button);
      await expect(figure(page, 'opted-out')).toHaveText(String(optedOut + 1));
      await expectAxeClean(page, `${locale} count-again`);
      await expectStepSnapshot(page, `workshop-count-again-${locale}.png`);

      await expect(step(page)).toHaveAttribute('data-step', 'law', { timeout: EVENT_TIMEOUT });
      await expect(outcome).toContainText(OUTCOME[locale].countAgain);
      // The measured limits are quoted, not "not measured".
      await expect(page.getByTestId('workshop-law')).toContainText(/\d+(,\d|\.\d)?\s?%/);
      await expectAxeClean(page, `${locale} law`);
      await expectStepSnapshot(page, `workshop-law-${locale}.png`);

      // From the last step to the sources.
      await page.getByTestId('workshop-open-rules').click();
      await expect(page.locator('hc-rules-view')).toBeVisible();
      await expect(page.getByTestId('view-rules')).toHaveAttribute('aria-pressed', 'true');
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
    await page.getByRole('heading', { level: 2 }).click();
    // The facilitator skips to the opt-out step before anyone is in view: skip, skip, skip, back, skip.
    for (const key of ['ArrowRight', 'PageDown', 'ArrowRight', 'ArrowLeft', 'ArrowRight']) await page.keyboard.press(key);
    await expect(step(page)).toHaveAttribute('data-step', 'opt-out');
    await expect(page.getByTestId('workshop-outcome')).toHaveText('');

    await page.getByTestId('start').click();
    await expect(step(page)).toHaveAttribute('data-step', 'count-again', { timeout: EVENT_TIMEOUT });
    await expect(page.getByTestId('workshop-outcome')).toContainText(OUTCOME.fr.shake);
    await expect(figure(page, 'opted-out')).not.toHaveText('0');
    await expectAxeClean(page, 'fr count-again (shake)');
    await expectStepSnapshot(page, 'workshop-count-again-shake-fr.png');

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
