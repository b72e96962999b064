import type { Page } from 'puppeteer-core';
import { clickText, visit, waitForTextOn } from './browser';

/** Logs in through the development login page, as a user would. */
export async function logIn(page: Page, baseUrl: string, button: string, landedOn: string): Promise<void> {
  await visit(page, `${baseUrl}/inloggen`, 'Ontwikkelomgeving');
  await clickText(page, button);
  await waitForTextOn(page, landedOn);
}

/** The visible text of the elements matching a selector, in page order. */
export function textsOf(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (all) => all.map((e) => (e as HTMLElement).innerText.trim()));
}
