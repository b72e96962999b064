import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';

/** The README's pictures: written only when asked (`README_SCREENSHOTS=1 npx jest tests/web`), then committed. */
export async function readmeScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.README_SCREENSHOTS !== '1') return;
  const dir = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  // A viewport as tall as the page rather than fullPage: charts measure their box and must see the final size.
  const viewport = page.viewport()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewport({ ...viewport, height });
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: join(dir, `${name}.png`) });
  await page.setViewport(viewport);
}
