// Regenerates the README's pictures from the release build in dist/: docs/screenshot.png (the
// desktop layout, 1280 px: weights beside the ranking table, Telekom's details open) and
// docs/screenshot-phone.png (the phone layout, 375 px: the type choice and the ranking as cards).
// Usage: node scripts/screenshot.mjs   (after `trunk build --release`)
// With `--review DIR` it writes instead what a reviewer looks at after a UI change: the hosting
// ranking (whose unknowns show ranges) and a provider's "Warum … von 5?" opened, at 320 and
// 1280 px, in German and English.
import { serve, launch, openWidget } from '../tests/e2e/harness.mjs';
import { resolve, join } from 'node:path';
import { mkdirSync } from 'node:fs';

const server = await serve();
const browser = await launch();
const review = process.argv.indexOf('--review');
try {
  if (review < 0) {
    const { page, context } = await openWidget(browser, `${server.url}index.html`, { viewport: { width: 1280, height: 1000 } });
    await page.locator('[data-pc-provider="telekom"] .pc-name').click();
    await page.locator('.pc-widget[data-pc-evidence="complete"]').waitFor();
    await page.mouse.click(5, 5); // drop the focus ring from the screenshot
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(import.meta.dirname, '../docs/screenshot.png') });
    await context.close();
    // The phone: the first screen and a little more, as a reader scrolls to the ranking.
    const phone = await openWidget(browser, `${server.url}index.html`, { viewport: { width: 375, height: 812 }, context: { deviceScaleFactor: 2 } });
    await phone.page.locator('.pc-widget[data-pc-evidence="idle"], .pc-widget[data-pc-evidence="complete"]').first().waitFor();
    await phone.page.evaluate(() => window.scrollTo(0, 0));
    await phone.page.screenshot({ path: resolve(import.meta.dirname, '../docs/screenshot-phone.png'), fullPage: false });
    await phone.context.close();
  } else {
    const dir = process.argv[review + 1] ?? 'target/screenshots';
    mkdirSync(dir, { recursive: true });
    for (const width of [320, 1280]) {
      for (const lang of ['de', 'en']) {
        const { page, context } = await openWidget(browser, `${server.url}index.html#pc=1~t.hosting~l.${lang}`,
          { viewport: { width, height: 900 } });
        await page.screenshot({ path: join(dir, `${width}-${lang}-ranking.png`) });
        await page.locator('[data-pc-provider] .pc-name').first().click();
        await page.locator('.pc-widget[data-pc-evidence="complete"]').waitFor();
        const why = page.locator('.pc-detail .pc-why').first();
        await why.locator('summary').click();
        await why.scrollIntoViewIfNeeded();
        await page.mouse.click(1, 1);
        await page.screenshot({ path: join(dir, `${width}-${lang}-why.png`) });
        await context.close();
      }
    }
    console.log(`screenshots in ${dir}`);
  }
} finally {
  await browser.close();
  await server.close();
}
