// Regenerates docs/screenshot.png (the README's picture) from the release build in dist/.
// Usage: node scripts/screenshot.mjs   (after `trunk build --release`)
import { serve, launch, openPage } from '../tests/e2e/harness.mjs';
import { resolve } from 'node:path';

const server = await serve();
const browser = await launch();
try {
  const { page } = await openPage(browser, server.url, { width: 1200, height: 1000 });
  await page.waitForSelector('.pc-weights');
  await page.locator('.pc-name', { hasText: 'Telekom' }).click();
  await page.mouse.click(5, 5); // drop the focus ring from the screenshot
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: resolve(import.meta.dirname, '../docs/screenshot.png') });
} finally {
  await browser.close();
  await server.close();
}
