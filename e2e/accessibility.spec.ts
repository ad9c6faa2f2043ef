import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { fromMeasured } from './timing';

const VIEWS = ['counter', 'how', 'rules', 'testbed'] as const;

/** WCAG 2.1 AA rules from axe-core, on every view, in both languages, in the light and the projector theme. */
for (const locale of ['en', 'fr'] as const) {
  test(`no serious accessibility violation in any view (${locale})`, async ({ page }) => {
    // Eight axe runs: 36 s at most under load (e2e/timing.ts), more than the default minute allows with its margin.
    test.setTimeout(fromMeasured(35_900));
    await page.goto('./');
    await page.getByTestId('language').selectOption(locale);
    for (const projector of [false, true]) {
      if (projector) await page.getByTestId('projector').click();
      for (const view of VIEWS) {
        await page.getByTestId(`view-${view}`).click();
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(
          serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          `${locale} ${view}${projector ? ' (projector)' : ''}`,
        ).toEqual([]);
      }
    }
  });
}

test('the views are reachable and switch with the keyboard alone', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  for (let i = 0; i < 12; i++) {
    const focused = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.getAttribute('data-testid') ?? '';
    });
    if (focused === 'view-rules') break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('view-rules')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('hc-rules-view')).toBeVisible();
});

test('the test bed’s file picker is the page’s own button, reached and opened with the keyboard', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('view-testbed').click();
  const input = page.getByTestId('testbed-input');
  // Named by its label for screen readers, though the native control is visually hidden.
  await expect(input).toHaveAccessibleName(/Choose images or videos/);
  // Reached with Tab from the view button, as a keyboard user would (focus-visible then applies).
  await page.getByTestId('view-testbed').focus();
  for (let i = 0; i < 8 && !(await input.evaluate((el) => el.matches(':focus'))); i++) await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  // The focus ring is drawn on the page's button, since the input itself is 1 px.
  const outline = await page.getByTestId('testbed-picker').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  expect((await chooser).isMultiple()).toBe(true);
});

test('Rules and limits: a contents list; the story open, the other sections closed; a contents link opens its section and brings it into view', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('view-rules').click();
  const contents = page.getByTestId('rules-contents');
  await expect(contents.getByRole('link')).toHaveCount(7);
  await expect(page.getByTestId('rules-story')).toHaveJSProperty('open', true);
  const law = page.getByTestId('rules-law');
  await expect(law).toHaveJSProperty('open', false);
  const article21 = law.getByRole('heading', { name: 'GDPR, article 21 — Right to object' });
  await expect(article21).toBeHidden();
  await contents.getByRole('link', { name: 'The law' }).click();
  await expect(law).toHaveJSProperty('open', true);
  await expect(law.locator('summary')).toBeFocused();
  await expect(article21).toBeVisible();
  await expect(law.locator('summary')).toBeInViewport();
  // Closed again from its heading, with the keyboard.
  await page.keyboard.press('Enter');
  await expect(law).toHaveJSProperty('open', false);
});
