import { expect } from 'vitest';
import { signedIn } from '../support/browser.js';
import { checkPage } from '../support/checks.js';
import type { Story } from '../support/context.js';

const DOSSIER =
  'query($cadre: ID!, $year: Int!) { cadreDossier(cadre: $cadre, cycleYear: $year) { cadre { fullName } } }';

/** Another cadre opens the journey cadre's dossier: refused on the page and by the API alike. */
export async function otherCadreRefused(story: Story): Promise<void> {
  // The cadre sees their own dossier of the journey's year.
  const own = await signedIn(story.browser, story.baseUrl, 'canbo');
  const viewer = await own.page.request.post('/graphql', {
    data: { query: '{ viewer { cadre { id } } }' },
    headers: { 'content-type': 'application/json' },
  });
  const cadreId = ((await viewer.json()) as { data: { viewer: { cadre: { id: string } } } }).data.viewer.cadre.id;
  const year = String(story.year);
  const path = `/cadres/${cadreId}/${year}`;
  await own.page.goto(path);
  await own.page.getByRole('heading', { level: 1, name: /Bùi Anh Thắng/ }).waitFor();
  await checkPage(own.page, 'dossier');
  await own.context.close();

  const { context, page } = await signedIn(story.browser, story.baseUrl, 'canbo2');
  await page.goto(path);
  await page
    .getByText(`Không có hồ sơ của cán bộ này trong kỳ ${year}, hoặc tài khoản của bạn không được xem hồ sơ này.`)
    .waitFor();
  expect(await page.getByRole('main').textContent()).not.toContain('Bùi Anh Thắng');
  // The same session asks the API directly: nothing comes back either.
  const response = await page.request.post('/graphql', {
    data: { query: DOSSIER, variables: { cadre: cadreId, year: Number(year) } },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as { data?: { cadreDossier: unknown } };
  expect(body.data?.cadreDossier).toBeNull();
  await context.close();
}
