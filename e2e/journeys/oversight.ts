import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { signedIn } from '../support/browser.js';
import { checkPage } from '../support/checks.js';
import type { Story } from '../support/context.js';

/**
 * A Standing Committee member compares localities on the dashboard, clicks a bar, reaches a cadre's
 * dossier from the list behind it and reads the agencies' opinions there.
 */
export async function standingCommitteeDrillsDown(story: Story): Promise<void> {
  const { context, page } = await signedIn(story.browser, story.baseUrl, 'btv');
  await page.goto('/dashboard');
  await page.getByRole('heading', { level: 1, name: 'Tổng quan nhiệm vụ trọng tâm' }).waitFor();
  const compare = page.getByRole('region', { name: 'So sánh giữa các địa phương, đơn vị' });
  await compare.locator('.recharts-bar-rectangle').first().waitFor();
  await checkPage(page, 'dashboard');
  // Localities are what the card compares first.
  await expect
    .poll(() => compare.getByLabel('So sánh theo').locator('option:checked').textContent())
    .toBe('Địa phương, đơn vị');
  await compare.locator('.recharts-bar-rectangle').first().click();
  await page.waitForURL(/\/drill\?/);
  const open = page.getByRole('link', { name: /^Mở hồ sơ của / }).first();
  await open.waitFor();
  await checkPage(page, 'drill-down');
  const name = (await open.textContent())!.trim();
  await open.click();
  await page.waitForURL(/\/cadres\//);
  await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
  await expect.poll(() => page.getByRole('main').textContent()).toMatch(/Ý kiến về .+ — /);
  await checkPage(page, 'dossier-from-dashboard');
  await context.close();
}

/** Ban Tổ chức's analyst builds a comparison, saves it, reopens it by its address and exports xlsx. */
export async function analystBuildsView(story: Story): Promise<void> {
  const { context, page } = await signedIn(story.browser, story.baseUrl, 'btc');
  await page.goto('/analysis');
  await page.getByRole('heading', { level: 1, name: 'Phân tích so sánh' }).waitFor();
  const years = page.getByRole('group', { name: 'Các năm' });
  // The boxes follow the address (the view lives in the URL), so each click is checked once it lands.
  const setYear = async (year: string, on: boolean) => {
    const box = years.getByRole('checkbox', { name: year, exact: true });
    if ((await box.isChecked()) !== on) await box.click();
    await expect.poll(() => box.isChecked()).toBe(on);
  };
  await setYear('2024', true);
  await setYear('2025', true);
  for (const year of ['2023', '2026', '2027']) await setYear(year, false);
  await page.getByLabel('Ít nhất số nhiệm vụ').fill('3');
  const table = page.getByRole('region', { name: /^Bảng số liệu \(\d+\)$/ });
  await table.getByRole('row').nth(1).waitFor();
  const address = page.url();
  expect(address).toContain('2024');
  expect(address).toContain('2025');
  await checkPage(page, 'analysis');

  const name = `So sánh 2024–2025 (${story.year})`;
  await page.getByLabel('Tên góc nhìn').fill(name);
  await page.getByRole('button', { name: 'Lưu góc nhìn' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Đã lưu “${name}”.` })
    .waitFor();

  // Reopened by its address in a fresh page, and from the saved list: the same view.
  const again = await context.newPage();
  await again.goto(address);
  const againYears = again.getByRole('group', { name: 'Các năm' });
  await expect.poll(() => againYears.getByRole('checkbox', { name: '2024' }).isChecked()).toBe(true);
  expect(await againYears.getByRole('checkbox', { name: '2026' }).isChecked()).toBe(false);
  expect(await again.getByLabel('Ít nhất số nhiệm vụ').inputValue()).toBe('3');
  await again.close();
  await page.goto('/analysis');
  await page.getByRole('link', { name, exact: true }).click();
  await expect.poll(() => page.getByLabel('Ít nhất số nhiệm vụ').inputValue()).toBe('3');

  const rows = await table.getByRole('row').count();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Xuất Excel (xlsx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).filter((value) => value !== undefined).map(String);
  expect(header).toContain('Năm');
  const years2 = new Set<string>();
  sheet.eachRow((row, index) => {
    if (index > 1) years2.add(String(row.getCell(header.indexOf('Năm') + 1).value));
  });
  expect([...years2].filter((year) => /^\d{4}$/.test(year)).sort()).toEqual(['2024', '2025']);
  // Every table line is a sheet row (the header is one row in both).
  expect(sheet.actualRowCount).toBeGreaterThanOrEqual(rows);
  await context.close();
}
