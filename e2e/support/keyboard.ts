import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus (fails after `max` presses): proves it is reachable by keyboard. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  await expect(target, 'element should be reachable with Tab').toBeFocused();
}

/** Presses Tab until focus is somewhere inside `container` (a radio group, a fieldset …). */
export async function tabInto(page: Page, container: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await container.evaluate((el) => el.contains(document.activeElement))) return;
  }
  throw new Error('the group should be reachable with Tab');
}
