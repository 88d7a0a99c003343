import { i18n } from './i18n';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from '../../app/router';
import { describe, expect, it } from 'vitest';
import { DrillCyclesDocument, DrillDownDocument } from './drill-down.documents';
import DrillDownPage, { titleOf } from './DrillDownPage';
import { drillNode, drillTask } from './test-rows';

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
}

function renderAt(url: string, mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route
            path="/drill"
            element={
              <>
                <DrillDownPage />
                <LocationProbe />
              </>
            }
          />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const page = {
  drillDown: {
    totalCount: 3,
    pageInfo: { hasNextPage: true, endCursor: 'c2' },
    nodes: [
      drillNode('A', 'Nguyễn Văn An', [
        drillTask({ id: 'a1', state: 'CONCLUDED', concludedOutcome: 'EXCEEDED', opinions: [{ verdict: 'AGREE' }] }),
      ]),
      drillNode('D', 'Trần Thị Dung', [drillTask({ id: 'd1', state: 'SELF_ASSESSED', selfOutcome: 'NOT_COMPLETED' })]),
    ],
  },
};

const cadreNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('DrillDownPage', () => {
  it('asks for exactly the figure in the URL and lists its cadres with links to their dossiers', async () => {
    renderAt(
      '/drill?year=2025&dimension=SECTOR&code=PARTY&levels=EXCELLENT,GOOD&label=Kh%E1%BB%91i%20%C4%90%E1%BA%A3ng',
      [
        {
          request: {
            query: DrillDownDocument,
            variables: {
              cycleYear: 2025,
              dimension: 'SECTOR',
              code: 'PARTY',
              ratedLevels: ['EXCELLENT', 'GOOD'],
              first: 20,
            },
          },
          result: { data: page },
        },
      ],
    );
    expect(screen.getByRole('status').textContent).toContain('Đang tải danh sách cán bộ');
    expect(await screen.findByText('Tổng số: 3 cán bộ')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Khối Đảng — năm 2025');
    expect(cadreNames()).toEqual(['Nguyễn Văn An', 'Trần Thị Dung']);
    const link = screen.getByRole('link', { name: 'Mở hồ sơ của Nguyễn Văn An' });
    expect(link.getAttribute('href')).toBe(
      `/cadres/A/2025?from=${encodeURIComponent('/drill?year=2025&dimension=SECTOR&code=PARTY&levels=EXCELLENT,GOOD&label=Kh%E1%BB%91i%20%C4%90%E1%BA%A3ng')}`,
    );
    expect(within(screen.getByRole('table')).getByText('Hoàn thành vượt mức')).toBeTruthy();
    // Only part of the list is loaded: the page says the filters cover just that part.
    expect(screen.getByText(/chỉ áp dụng cho 2\/3 cán bộ đã tải/)).toBeTruthy();
    expect(screen.getByText(/Tìm và sắp xếp áp dụng cho toàn bộ 3 cán bộ/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Xem thêm' })).toBeTruthy();
  }, 15_000);

  it('asks the API to sort and search across every page, keeps both in the URL, and offers the search when none match', async () => {
    const [an, dung] = page.drillDown.nodes;
    const listOf = (nodes: typeof page.drillDown.nodes, totalCount: number) => ({
      data: { drillDown: { totalCount, pageInfo: { hasNextPage: false, endCursor: null }, nodes } },
    });
    const request = (variables: Record<string, unknown>) => ({
      query: DrillDownDocument,
      variables: { cycleYear: 2025, first: 20, ...variables },
    });
    renderAt('/drill?year=2025', [
      { request: request({}), result: { data: page } },
      { request: request({ orderBy: 'COMPLETION_RATE', descending: true }), result: listOf([dung!, an!], 3) },
      { request: request({ orderBy: 'COMPLETION_RATE' }), result: listOf([an!, dung!], 3) },
      { request: request({ orderBy: 'COMPLETION_RATE', search: 'dung' }), result: listOf([dung!], 1) },
      { request: request({ orderBy: 'COMPLETION_RATE', search: 'dungx' }), result: listOf([], 0) },
    ]);
    await screen.findByText('Tổng số: 3 cán bộ');
    await userEvent.click(screen.getByRole('button', { name: /Hoàn thành/ }));
    expect(screen.getByTestId('location').textContent).toBe('/drill?year=2025&sort=completion&dir=desc');
    // The rows come in the API's order (here deliberately not the one the loaded rows would give).
    await waitFor(() => expect(cadreNames()).toEqual(['Trần Thị Dung', 'Nguyễn Văn An']));
    await userEvent.click(screen.getByRole('button', { name: /Hoàn thành/ }));
    await waitFor(() => expect(cadreNames()).toEqual(['Nguyễn Văn An', 'Trần Thị Dung']));
    expect(screen.getByRole('columnheader', { name: /Hoàn thành/ }).getAttribute('aria-sort')).toBe('ascending');
    await userEvent.type(screen.getByLabelText('Tìm theo tên hoặc mã cán bộ'), 'dung');
    expect(screen.getByTestId('location').textContent).toBe('/drill?year=2025&sort=completion&q=dung');
    expect(await screen.findByText('Tổng số: 1 cán bộ')).toBeTruthy();
    expect(cadreNames()).toEqual(['Trần Thị Dung']);
    await userEvent.type(screen.getByLabelText('Tìm theo tên hoặc mã cán bộ'), 'x');
    expect(await screen.findByText(/Không có cán bộ nào khớp từ khóa tìm/)).toBeTruthy();
    // The search box stays so the words can be changed back.
    expect((screen.getByLabelText('Tìm theo tên hoặc mã cán bộ') as HTMLInputElement).value).toBe('dungx');
  }, 15_000);

  it('titles the list with the figure’s label and year, without repeating a year the label names', () => {
    const t = i18n.t.bind(i18n);
    expect(titleOf('Khối Đảng — 2025', 2025, t)).toBe('Khối Đảng — 2025');
    expect(titleOf('Khối Đảng', 2025, t)).toBe('Khối Đảng — năm 2025');
    expect(titleOf('Nhóm 12025', 2025, t)).toBe('Nhóm 12025 — năm 2025');
    expect(titleOf('', 2025, t)).toBe('Cán bộ có nhiệm vụ được tính — năm 2025');
  });

  it('says why a list is empty, without offering filters', async () => {
    renderAt('/drill?year=2025&step=CONCLUDED', [
      {
        request: { query: DrillDownDocument, variables: { cycleYear: 2025, step: 'CONCLUDED', first: 20 } },
        result: {
          data: { drillDown: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } },
        },
      },
    ]);
    expect(await screen.findByText(/Không có cán bộ nào có nhiệm vụ được tính trong số liệu này/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Đã kết luận — năm 2025');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByLabelText('Tìm theo tên hoặc mã cán bộ')).toBeNull();
  });

  it('asks which cycle to list when the link names none', async () => {
    renderAt('/drill', [
      {
        request: { query: DrillCyclesDocument },
        result: {
          data: {
            cycles: [
              { __typename: 'Cycle', id: 'Q3ljbGU6NA', year: 2026 },
              { __typename: 'Cycle', id: 'Q3ljbGU6Mw', year: 2025 },
            ],
          },
        },
      },
    ]);
    const link = await screen.findByRole('link', { name: 'Mở danh sách mọi cán bộ của kỳ 2025' });
    expect(link.getAttribute('href')).toBe('/drill?year=2025');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains a broken link instead of asking the API', () => {
    renderAt('/drill?year=2025&dimension=SECTOR', []);
    expect(screen.getByRole('alert').textContent).toContain('Thiếu mã của hàng (code) cho tiêu chí này.');
  });
});
