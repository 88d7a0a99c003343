import type { Locator, Page } from 'playwright-core';

/** The action slot (a <details>) of one action on the task page, opened. */
export async function actionSlot(page: Page, action: string): Promise<Locator> {
  const slot = page
    .locator('details.wf-action-slot')
    .filter({ has: page.locator('summary').getByText(action, { exact: true }) });
  await slot.waitFor();
  if ((await slot.getAttribute('open')) === null) await slot.locator('summary').click();
  return slot;
}

/** Takes a simple action (with its comment, if any) and waits for the page to confirm it. */
export async function takeAction(page: Page, action: string, comment?: string): Promise<void> {
  const slot = await actionSlot(page, action);
  if (comment !== undefined) await slot.getByRole('textbox').first().fill(comment);
  await slot.getByRole('button', { name: action, exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Đã thực hiện: ${action}.` })
    .waitFor();
}

/** Opens a task from a list by its title (inbox, board, my tasks). */
export async function openTaskByTitle(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title, exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}
