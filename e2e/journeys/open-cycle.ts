import { expect } from 'vitest';
import { newSession, signIn } from '../support/browser.js';
import { checkPage } from '../support/checks.js';
import type { Story } from '../support/context.js';

/** Ban Tổ chức opens the next year's cycle, sets its registration deadline and a focal route. */
export async function btcOpensCycle(story: Story): Promise<void> {
  const { context, page } = await newSession(story.browser, story.baseUrl);
  await page.goto('/login');
  await page.locator('input[name="username"]').waitFor();
  await checkPage(page, 'sign-in');
  await signIn(page, 'btc');
  await page.getByRole('navigation').getByRole('link', { name: 'Thiết lập kỳ' }).click();
  await page.getByRole('heading', { level: 1, name: /^Thiết lập kỳ \d{4}$/ }).waitFor();
  const open = page.getByRole('form', { name: 'Mở kỳ giao nhiệm vụ mới' });
  const year = Number(await open.getByLabel('Năm của kỳ').inputValue());
  expect(year).toBeGreaterThan(2027);
  story.year = year;
  await open.getByRole('button', { name: 'Mở kỳ' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Đã mở kỳ ${year}.` })
    .waitFor();
  await page.getByRole('heading', { level: 1, name: `Thiết lập kỳ ${year}` }).waitFor();
  await expect.poll(() => page.getByLabel('Giai đoạn của kỳ').inputValue()).toBe('REGISTRATION');

  // The regulation's default registration deadline, moved a fortnight earlier.
  const deadlines = page.getByRole('form', { name: 'Thời hạn các bước' });
  const register = deadlines.getByLabel('Đăng ký nhiệm vụ trọng tâm', { exact: true });
  expect(await register.inputValue()).toBe(`30/10/${year - 1}`);
  await register.fill(`15/10/${year - 1}`);
  await deadlines.getByRole('button', { name: 'Lưu thời hạn' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã lưu thiết lập kỳ.' }).waitFor();
  await expect.poll(() => register.inputValue()).toBe(`15/10/${year - 1}`);

  // Standing Committee members' tasks go to the Party agencies' committee this year.
  const routing = page.getByRole('region', { name: 'Phân công cơ quan đầu mối' });
  const route = routing.getByLabel('Ủy viên Ban Thường vụ Tỉnh ủy', { exact: true });
  const before = await route.locator('option:checked').textContent();
  // On the demo data the previous year routes them to Ban Tổ chức (a re-run against a used database
  // has already moved them, and the routing carries over).
  if (before !== 'Đảng ủy các cơ quan Đảng tỉnh') {
    expect(before).toBe('Ban Tổ chức Tỉnh ủy');
    await route.selectOption({ label: 'Đảng ủy các cơ quan Đảng tỉnh' });
    await routing.getByRole('button', { name: 'Lưu phân công cho “Ủy viên Ban Thường vụ Tỉnh ủy”' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu thiết lập kỳ.' }).waitFor();
  }
  await checkPage(page, 'cycle-settings');
  await context.close();
}
