import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshots, seriousAxeViolations } from './browser.js';

/**
 * A main page as it stands: no serious or critical axe finding, and screenshots at laptop and
 * tablet widths kept as artefacts.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const findings = await seriousAxeViolations(page);
  await screenshots(page, name);
  expect(findings, `axe on ${name}: ${JSON.stringify(findings, null, 2)}`).toEqual([]);
}
