import { expect, startCamera, test } from './fixtures';

test.describe('camera denied', () => {
  test.use({ camera: 'denied' });
  test('says access was refused and how to allow it', async ({ page }) => {
    await startCamera(page);
    await expect(page.getByTestId('status').getByRole('alert')).toContainText('Camera access was refused');
    await expect(page.getByTestId('start')).toBeVisible();
  });
});

test.describe('no camera', () => {
  test.use({ camera: 'none' });
  test('says no camera was found', async ({ page }) => {
    await startCamera(page);
    await expect(page.getByTestId('status').getByRole('alert')).toContainText('No camera was found');
  });
});
