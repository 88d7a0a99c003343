import { expect } from 'vitest';
import { signedIn } from '../support/browser.js';
import type { Story } from '../support/context.js';
import {
  actionSlot,
  bulkOnQueue,
  confirmed,
  giveOpinion,
  openTaskByTitle,
  takeAction,
  todayVn,
} from '../support/task-page.js';

/** The cadre files a plan, reports progress and self-assesses each task. */
export async function cadreCarriesOut(story: Story): Promise<void> {
  const { context, page } = await signedIn(story.browser, story.baseUrl, 'canbo');
  for (const title of story.titles) {
    await page.goto(`/my-tasks?year=${story.year}`);
    await openTaskByTitle(page, title);
    const plan = await actionSlot(page, 'Gửi kế hoạch thực hiện');
    await plan.getByRole('button', { name: 'Tạo mốc theo quý' }).click();
    for (const [index, expected] of (await plan.getByLabel('Kết quả dự kiến').all()).entries()) {
      await expected.fill(`Hoàn thành phần việc quý ${index + 1}.`);
    }
    await plan.getByRole('button', { name: 'Gửi kế hoạch thực hiện' }).click();
    await confirmed(page, 'Đã gửi kế hoạch thực hiện.');

    const report = await actionSlot(page, 'Báo cáo tiến độ');
    await report.getByLabel('Mốc báo cáo').selectOption({ index: 1 });
    await report.getByLabel('Tỷ lệ hoàn thành (%)').fill('40');
    await report.getByLabel('Nội dung đã thực hiện').fill('Đã hoàn thành các việc của quý I theo kế hoạch.');
    await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await confirmed(page, 'Đã gửi báo cáo tiến độ.');

    const assess = await actionSlot(page, 'Tự đánh giá');
    await assess.getByLabel('Mức hoàn thành').selectOption('COMPLETED_ON_TIME');
    for (const actual of await assess.getByLabel(/^Kết quả thực hiện:/).all()) await actual.fill('2');
    await assess.getByLabel('Tóm tắt kết quả và minh chứng').fill('Hoàn thành đúng tiến độ các sản phẩm đã đăng ký.');
    await assess.getByRole('button', { name: 'Gửi tự đánh giá' }).click();
    await confirmed(page, 'Đã gửi bản tự đánh giá.');
  }
  await context.close();
}

/** The focal agency appraises the results, the advisory agency comments, BTC consolidates. */
export async function resultsReviewed(story: Story): Promise<void> {
  const focal = await signedIn(story.browser, story.baseUrl, 'daumoi.cqd');
  for (const title of story.titles) {
    await focal.page.goto('/inbox');
    await focal.page.getByRole('link', { name: 'Thẩm định kết quả' }).click();
    await openTaskByTitle(focal.page, title);
    const slot = await actionSlot(focal.page, 'Thẩm định kết quả');
    await slot.getByLabel('Đề xuất mức hoàn thành').selectOption('COMPLETED_ON_TIME');
    await slot.getByLabel('Nhận xét, đánh giá').fill('Sản phẩm đạt chỉ tiêu, đúng thời hạn.');
    await slot.getByRole('button', { name: 'Thẩm định kết quả' }).click();
    await confirmed(focal.page, 'Đã thực hiện: Thẩm định kết quả.');
  }
  await focal.context.close();

  const advisory = await signedIn(story.browser, story.baseUrl, 'thammuu.ubkt');
  for (const title of story.titles) {
    await advisory.page.goto('/inbox');
    await advisory.page.getByRole('link', { name: 'Cho ý kiến về kết quả' }).click();
    await openTaskByTitle(advisory.page, title);
    await giveOpinion(advisory.page, 'Cho ý kiến về kết quả', 'Thống nhất với đề xuất của cơ quan đầu mối.');
  }
  await advisory.context.close();

  const btc = await signedIn(story.browser, story.baseUrl, 'btc');
  await btc.page.goto(`/consolidation?year=${story.year}`);
  await bulkOnQueue(btc.page, 'Đã thẩm định kết quả — tổng hợp kết quả', 'Tổng hợp kết quả', story.titles);
  await btc.context.close();
}

/** The Standing Committee concludes each task and records the cadre's rating. */
export async function concludedAndRated(story: Story): Promise<void> {
  const { context, page } = await signedIn(story.browser, story.baseUrl, 'btv');
  await page.goto(`/decisions?year=${story.year}`);
  await page.getByRole('link', { name: 'Kết luận, xếp loại' }).click();
  await page.getByRole('button', { name: /^Kết luận, xếp loại: Bùi Anh Thắng$/ }).click();
  const conclusion = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Kết luận' }) });
  for (const select of await conclusion.getByLabel('Mức hoàn thành').all())
    await select.selectOption('COMPLETED_ON_TIME');
  await conclusion.getByLabel('Số văn bản').fill(`${story.year - 1900}-KL/TU`);
  await conclusion.getByLabel('Ngày kết luận (dd/mm/yyyy)').fill(todayVn());
  await conclusion.getByLabel('Tóm tắt kết luận').fill('Hoàn thành các nhiệm vụ trọng tâm được giao.');
  await conclusion.getByRole('button', { name: 'Ghi kết luận' }).click();
  await confirmed(page, 'Đã ghi kết luận.');

  const rating = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Xếp loại chất lượng' }) });
  await rating.getByRole('radio', { name: /^Hoàn thành tốt nhiệm vụ/ }).check();
  await rating.getByLabel('Điểm (thang 100)').fill('86');
  await rating.getByLabel('Ngày quyết định (dd/mm/yyyy)').fill(todayVn());
  await rating.getByRole('button', { name: 'Ghi xếp loại' }).click();
  await confirmed(page, 'Đã ghi xếp loại.');
  await expect.poll(() => page.getByRole('main').textContent()).toContain('Đã xếp loại: Hoàn thành tốt nhiệm vụ');
  story.dossierPath = new URL(
    (await page.getByRole('link', { name: 'Bùi Anh Thắng', exact: true }).getAttribute('href'))!,
    story.baseUrl,
  ).pathname;
  await context.close();
}

export { takeAction };
