import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { signedIn } from '../support/browser.js';
import { checkPage } from '../support/checks.js';
import type { Story } from '../support/context.js';
import { openTaskByTitle, takeAction } from '../support/task-page.js';

const TOPICS = [
  'Kiện toàn tổ chức bộ máy các cơ quan tham mưu của Tỉnh ủy',
  'Số hóa hồ sơ cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý',
  'Đào tạo, bồi dưỡng cán bộ cấp xã sau sắp xếp đơn vị hành chính',
];

async function fillDraft(page: Page, year: number, title: string): Promise<void> {
  const form = page.locator('form.wf-draft');
  await form.getByLabel('Tên nhiệm vụ').fill(title);
  await form.getByLabel('Mô tả').fill(`${title}: triển khai trong năm ${year}, có sản phẩm cụ thể.`);
  await form.getByLabel('Ngày bắt đầu (dd/mm/yyyy)').fill(`01/01/${year}`);
  await form.getByLabel('Ngày kết thúc (dd/mm/yyyy)').fill(`31/12/${year}`);
  await form.getByLabel('Tên sản phẩm').fill('Báo cáo kết quả thực hiện');
  await form.getByLabel('Đơn vị tính').fill('báo cáo');
  await form.getByLabel('Chỉ tiêu').fill('2');
  await form.getByLabel('Văn bản', { exact: true }).selectOption({ index: 1 });
  await form.getByLabel('Số, tên văn bản cụ thể').fill('Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I');
  await expect
    .poll(() => form.getByRole('region', { name: 'Kiểm tra theo quy định đăng ký' }).textContent())
    .toContain('Nhiệm vụ đáp ứng các quy định đăng ký');
  await form.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Đã lưu dự thảo nhiệm vụ “${title}”.` })
    .waitFor();
}

function taskCard(page: Page, title: string) {
  return page.getByRole('article', { name: new RegExp(title) });
}

/**
 * A cadre registers three tasks (the first submission refused by the task-count rule, with its
 * Vietnamese message); the focal agency returns one and appraises two; the cadre fixes and resubmits.
 */
export async function cadreRegisters(story: Story): Promise<void> {
  story.titles = TOPICS.map((topic) => `${topic} năm ${story.year}`);
  const { context, page } = await signedIn(story.browser, story.baseUrl, 'canbo');
  await page.getByRole('navigation').getByRole('link', { name: 'Nhiệm vụ của tôi' }).click();
  await expect.poll(() => page.getByLabel('Kỳ', { exact: true }).inputValue()).toBe(String(story.year));

  await page.getByRole('button', { name: 'Đăng ký nhiệm vụ mới' }).click();
  await fillDraft(page, story.year, story.titles[0]!);
  // Submitting one task of three is refused by the registration rule, in Vietnamese.
  await taskCard(page, story.titles[0]!).getByRole('button', { name: 'Gửi đăng ký' }).click();
  await expect
    .poll(() => taskCard(page, story.titles[0]!).getByRole('alert').textContent())
    .toContain('Mỗi cán bộ đăng ký đúng 3 nhiệm vụ trọng tâm; hiện có 1.');

  for (const title of story.titles.slice(1)) {
    await page.getByRole('button', { name: 'Đăng ký nhiệm vụ mới' }).click();
    await fillDraft(page, story.year, title);
  }
  await checkPage(page, 'my-tasks');
  for (const title of story.titles) {
    await taskCard(page, title).getByRole('button', { name: 'Gửi đăng ký' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã gửi đăng ký nhiệm vụ “${title}”.` })
      .waitFor();
  }
  for (const title of story.titles) {
    await expect.poll(() => taskCard(page, title).textContent()).toContain('Đã đăng ký');
  }

  // The focal agency: the Party agencies' committee, routed for this year in the first journey.
  const focal = await signedIn(story.browser, story.baseUrl, 'daumoi.cqd');
  await focal.page.getByRole('navigation').getByRole('link', { name: 'Hộp việc' }).click();
  await checkPage(focal.page, 'inbox');
  await openTaskByTitle(focal.page, story.titles[2]!);
  await checkPage(focal.page, 'task');
  await takeAction(focal.page, 'Trả lại để hoàn thiện', 'Sản phẩm đầu ra chưa nêu rõ số hồ sơ được số hóa.');
  for (const title of story.titles.slice(0, 2)) {
    await focal.page.goto('/inbox');
    await openTaskByTitle(focal.page, title);
    await takeAction(focal.page, 'Thẩm định, chấp thuận');
  }

  // The cadre sees why it was returned, fixes the output and submits again.
  await page.reload();
  const returned = taskCard(page, story.titles[2]!);
  await expect.poll(() => returned.getByRole('note').textContent()).toContain('chưa nêu rõ số hồ sơ');
  await returned.getByRole('button', { name: 'Sửa' }).click();
  const form = page.locator('form.wf-draft');
  await form.getByLabel('Tên sản phẩm').fill('Hồ sơ cán bộ được số hóa');
  await form.getByLabel('Đơn vị tính').fill('hồ sơ');
  await form.getByLabel('Chỉ tiêu').fill('1200');
  await form.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Đã lưu thay đổi nhiệm vụ “${story.titles[2]}”.` })
    .waitFor();
  await returned.getByRole('button', { name: 'Gửi đăng ký' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Đã gửi đăng ký nhiệm vụ “${story.titles[2]}”.` })
    .waitFor();

  await focal.page.goto('/inbox');
  await openTaskByTitle(focal.page, story.titles[2]!);
  await takeAction(focal.page, 'Thẩm định, chấp thuận');
  await focal.context.close();
  await context.close();
}
