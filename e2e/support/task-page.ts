import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The action slot (a <details>) of one action on the task page, opened. */
export async function actionSlot(page: Page, action: string): Promise<Locator> {
  const slot = page
    .locator('details.wf-action-slot')
    .filter({ has: page.locator(':scope > summary').getByText(action, { exact: true }) });
  await slot.waitFor();
  if ((await slot.getAttribute('open')) === null) await slot.locator(':scope > summary').click();
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
  const link = page.getByRole('link', { name: title, exact: true }).first();
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  // Lists run oldest first, 50 at a time; the demo's earlier tasks come before the journey's.
  const shown = page.getByRole('main').getByText(/^Đang hiện \d+ trên \d+$/);
  await shown.or(link).first().waitFor();
  while (!(await link.isVisible())) {
    const more = page.getByRole('button', { name: 'Xem thêm' });
    if (!(await more.isVisible())) break;
    const before = await shown.textContent();
    await more.click();
    await expect.poll(() => shown.textContent()).not.toBe(before);
  }
  await link.click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** Waits for the page's status message (the live region that confirms an action). */
export async function confirmed(page: Page, text: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}

/** Today in the province, dd/mm/yyyy, as the forms take dates. */
export function todayVn(): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date());
  return parts;
}

/** An advisory agency's opinion through the task page's opinion form. */
export async function giveOpinion(page: Page, action: string, text: string): Promise<void> {
  const slot = await actionSlot(page, action);
  await slot.getByRole('radio', { name: 'Thống nhất, có góp ý' }).check();
  await slot.getByLabel('Nội dung ý kiến').fill(text);
  const proposed = slot.getByLabel('Đề xuất mức hoàn thành');
  if ((await proposed.count()) > 0) await proposed.selectOption('COMPLETED_ON_TIME');
  await slot.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await confirmed(page, 'Đã gửi ý kiến.');
}

/** Ban Tổ chức runs one bulk action on the chosen tasks of a queue on the consolidation page. */
export async function bulkOnQueue(page: Page, queue: string, action: string, titles: readonly string[]): Promise<void> {
  const slot = page
    .locator('details.wf-action-slot')
    .filter({ has: page.locator(':scope > summary').getByText(queue) });
  if ((await slot.getAttribute('open')) === null) await slot.locator(':scope > summary').click();
  for (const title of titles) await slot.getByRole('checkbox', { name: `Chọn nhiệm vụ “${title}”` }).check();
  await slot.getByRole('button', { name: `${action} (${titles.length} nhiệm vụ đã chọn)` }).click();
  await confirmed(page, `Đã “${action}” ${titles.length} nhiệm vụ.`);
}
