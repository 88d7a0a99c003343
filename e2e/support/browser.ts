import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const DEMO_PASSWORD = 'NVTT-demo-2026';
export const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');

/** The system's Chromium (Debian/Ubuntu package `chromium`); CHROMIUM_PATH overrides it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

export const LAPTOP = { width: 1366, height: 768 } as const;
export const TABLET = { width: 820, height: 1180 } as const;

/** A fresh context (own cookies) in Vietnamese, at laptop size, with downloads allowed. */
export async function newSession(browser: Browser, baseUrl: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: LAPTOP,
    acceptDownloads: true,
  });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the form, as a person would, and waits for the app shell. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[type="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.getByRole('main').waitFor();
}

/** A browser context signed in as a demo user; closed by the caller. */
export async function signedIn(
  browser: Browser,
  baseUrl: string,
  username: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const session = await newSession(browser, baseUrl);
  await signIn(session.page, username);
  return session;
}

/** Full-page screenshots at laptop and tablet widths, kept in e2e/artifacts (ignored by git). */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const size = page.viewportSize() ?? LAPTOP;
  for (const [label, viewport] of [
    ['laptop', LAPTOP],
    ['tablet', TABLET],
  ] as const) {
    await page.setViewportSize(viewport);
    // Charts and tables re-measure on resize.
    await page.waitForTimeout(300);
    // The whole page, down to 4000 px: enough to judge the layout without megapixel dossiers.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({
      path: path.join(ARTIFACTS, `${name}-${label}.png`),
      fullPage: true,
      clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, 4000) },
    });
  }
  await page.setViewportSize(size);
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** axe-core (WCAG 2.x A/AA rules) on the page as it stands; returns serious and critical findings. */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol: the product's CSP (script-src 'self') rightly blocks inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } })
      .axe;
    interface AxeResults {
      violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
    }
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.map(String).join(' ')),
    }));
  });
  return found.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');
}
