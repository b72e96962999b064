/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { nativeRequire } from './native-require';

let axeScript: string | undefined;
const axeSource = () => (axeScript ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

/** Failed tests leave a screenshot here (gitignored). */
export const failureDir = join(__dirname, '..', 'failures');

/** Headless Chromium from the npm registry (@sparticuz/chromium): nothing is downloaded at test time. */
export async function launchBrowser(): Promise<Browser> {
  const puppeteer = nativeRequire('puppeteer-core') as typeof import('puppeteer-core');
  const chromium = (nativeRequire('@sparticuz/chromium') as { default: any }).default;
  return puppeteer.launch({
    args: [...chromium.args, '--lang=nl-NL'],
    executablePath: await chromium.executablePath(),
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    env: { ...process.env, LANG: 'nl_NL.UTF-8', TZ: 'Europe/Amsterdam' },
  });
}

/** WCAG 2.1 A and AA rules of axe-core on the page as it is now; fails with every violation listed. */
export async function expectAccessible(page: Page): Promise<void> {
  // Evaluated over the DevTools protocol: the app's content security policy forbids injected scripts.
  if (!(await page.evaluate(() => typeof (window as any).axe === 'object'))) await page.evaluate(axeSource());
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v: any) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join('\n    ')}`);
  });
  if (violations.length) throw new Error(`Accessibility violations on ${page.url()}:\n  ${violations.join('\n  ')}`);
}

/** Runs a browser step; when it fails, saves a screenshot named after it before failing the test. */
export async function step<T>(page: Page, name: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    mkdirSync(failureDir, { recursive: true });
    const file = join(failureDir, `${name.replace(/[^a-z0-9-]+/gi, '-')}-${Date.now()}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    if (error instanceof Error) error.message += `\n(screenshot: ${file})`;
    throw error;
  }
}

/** Opens a page of the app and checks its accessibility once it shows the given text. */
export async function visit(page: Page, url: string, waitForText: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle0' });
  await waitForTextOn(page, waitForText);
  await expectAccessible(page);
}

export async function waitForTextOn(page: Page, text: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((t) => document.body.innerText.includes(t), { timeout, polling: 100 }, text);
}

/** Clicks the button or link whose visible text is exactly this. */
export async function clickText(page: Page, text: string, selector = 'button, a'): Promise<void> {
  const handle = await page.waitForFunction((sel, t) => [...document.querySelectorAll<HTMLElement>(sel)].find((e) => e.innerText.trim() === t), { timeout: 15_000 }, selector, text);
  // As a locator, the click waits until the element is visible, enabled and no longer moving: a
  // table that loads above a button shifts it, and a click at its old place hits something else.
  await (handle.asElement() as ElementHandle<Element>).asLocator().setTimeout(15_000).click();
}
