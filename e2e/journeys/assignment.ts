import { expect } from 'vitest';
import { signedIn } from '../support/browser.js';
import { checkPage } from '../support/checks.js';
import type { Story } from '../support/context.js';
import { bulkOnQueue, confirmed, giveOpinion, openTaskByTitle, todayVn } from '../support/task-page.js';

/** BTC consults the advisory agencies, they comment, BTC proposes, the Standing Committee assigns. */
export async function consultAndAssign(story: Story): Promise<void> {
  const btc = await signedIn(story.browser, story.baseUrl, 'btc');
  await btc.page.getByRole('navigation').getByRole('link', { name: 'Tổng hợp' }).click();
  await btc.page.getByLabel('Kỳ', { exact: true }).selectOption(String(story.year));
  await btc.page.getByRole('heading', { level: 1, name: `Tổng hợp kỳ ${story.year}` }).waitFor();
  await bulkOnQueue(
    btc.page,
    'Đã thẩm định — lấy ý kiến cơ quan tham mưu',
    'Lấy ý kiến cơ quan tham mưu',
    story.titles,
  );

  const advisory = await signedIn(story.browser, story.baseUrl, 'thammuu.ubkt');
  for (const [index, title] of story.titles.entries()) {
    await advisory.page.goto('/inbox');
    await advisory.page.getByRole('link', { name: 'Cho ý kiến đăng ký' }).click();
    await openTaskByTitle(advisory.page, title);
    await giveOpinion(
      advisory.page,
      'Cho ý kiến',
      `Ủy ban Kiểm tra thống nhất nhiệm vụ ${index + 1}; đề nghị nêu rõ mốc quý.`,
    );
  }
  await advisory.context.close();

  await btc.page.reload();
  await bulkOnQueue(btc.page, 'Đang lấy ý kiến — trình Thường trực, BTV', 'Trình Thường trực, BTV', story.titles);
  await checkPage(btc.page, 'consolidation');
  await btc.context.close();

  const btv = await signedIn(story.browser, story.baseUrl, 'btv');
  await btv.page.getByRole('navigation').getByRole('link', { name: 'Quyết định' }).click();
  await btv.page.getByLabel('Kỳ', { exact: true }).selectOption(String(story.year));
  for (const title of story.titles) {
    await expect.poll(() => btv.page.getByRole('main').textContent()).toContain(title);
  }
  await checkPage(btv.page, 'decisions');
  await btv.page.getByRole('button', { name: 'Giao tất cả nhiệm vụ đang hiện' }).click();
  await btv.page.getByLabel('Số văn bản').fill(`${story.year - 1900}-TB/TU`);
  await btv.page.getByLabel('Ngày ký (dd/mm/yyyy)').fill(todayVn());
  await btv.page.getByRole('button', { name: 'Ghi quyết định (3 giao, 0 không giao)' }).click();
  await confirmed(btv.page, `Đã ghi thông báo ${story.year - 1900}-TB/TU.`);
  await btv.context.close();
}
