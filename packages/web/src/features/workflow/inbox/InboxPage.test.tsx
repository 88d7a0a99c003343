import '../i18n';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from '../../../app/router';
import { describe, expect, it } from 'vitest';
import { WfInboxCountDocument, WfInboxDocument, WfViewerAgenciesDocument } from '../graphql/inbox.documents';
import { WfCyclesDocument } from '../graphql/task.documents';
import InboxPage from './InboxPage';

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.search}</div>;
}

const AGENCY = 'T3JnVW5pdDox';

function cycle(year: number, appraiseBy: string, extendedTo: string | null) {
  return {
    __typename: 'Cycle' as const,
    id: `cycle-${year}`,
    year,
    phase: 'REGISTRATION' as const,
    rules: { __typename: 'CycleRules' as const, tasksPerCadre: 3, maxDurationMonths: 12, progressReportDay: 25 },
    deadlines: [{ __typename: 'CycleDeadline' as const, stage: 'APPRAISE_REGISTRATION' as const, dueOn: appraiseBy }],
    deadlineExtensions: extendedTo
      ? [
          {
            __typename: 'DeadlineExtension' as const,
            stage: 'APPRAISE_REGISTRATION' as const,
            until: extendedTo,
            agency: { __typename: 'OrgUnit' as const, id: AGENCY },
          },
        ]
      : [],
  };
}

function task(id: string, title: string, taskCycle: ReturnType<typeof cycle>) {
  return {
    __typename: 'KeyTask' as const,
    id,
    ordinal: 1,
    title,
    state: 'SUBMITTED' as const,
    version: 1,
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    submittedAt: '2025-10-20T03:00:00.000Z',
    submittedLate: false,
    stateReason: null,
    availableActions: [],
    cadre: { __typename: 'Cadre' as const, id: `cadre-${id}`, fullName: `Cán bộ ${id}` },
    focalAgency: { __typename: 'OrgUnit' as const, id: AGENCY, name: 'Ban Tổ chức Tỉnh ủy' },
    position: {
      __typename: 'Position' as const,
      title: 'Giám đốc',
      unit: { __typename: 'OrgUnit' as const, id: `unit-${id}`, name: 'Sở Nội vụ' },
    },
    cycle: taskCycle,
  };
}

// Far past and far future, so "overdue" does not depend on the day the test runs.
const past = cycle(2020, '2020-11-15', '2020-11-30');
const future = cycle(2090, '2090-11-15', null);

/** The inbox's page as the API answers it: the order is the server's, asked for by `order` (none: by id). */
const inbox = (
  filter: Record<string, unknown>,
  nodes: Array<ReturnType<typeof task>>,
  order: { orderBy: string; descending: boolean } | null = null,
  page: { after?: string; hasNextPage?: boolean; totalCount?: number } = {},
): MockLink.MockedResponse => ({
  request: {
    query: WfInboxDocument,
    variables: { filter, ...(order ?? {}), ...(page.after ? { after: page.after } : {}) },
  },
  result: {
    data: {
      keyTasks: {
        __typename: 'KeyTaskConnection',
        totalCount: page.totalCount ?? nodes.length,
        pageInfo: {
          __typename: 'PageInfo',
          hasNextPage: page.hasNextPage ?? false,
          endCursor: page.hasNextPage ? `cursor-${nodes.length}` : null,
        },
        nodes,
      },
    },
  },
});

const count = (filter: Record<string, unknown>, totalCount: number): MockLink.MockedResponse => ({
  request: { query: WfInboxCountDocument, variables: { filter } },
  result: { data: { keyTasks: { __typename: 'KeyTaskConnection', totalCount } } },
  maxUsageCount: 5,
});

const appraise = { focalAgency: AGENCY, state: ['SUBMITTED'] };
const DEADLINE = { orderBy: 'DEADLINE', descending: false };
const results = { focalAgency: AGENCY, state: ['SELF_ASSESSED'] };
const evidence = { focalAgency: AGENCY, evidencePending: true };

const viewer: MockLink.MockedResponse = {
  request: { query: WfViewerAgenciesDocument },
  result: {
    data: {
      viewer: {
        __typename: 'Viewer',
        id: 'viewer-1',
        accessRoles: ['FOCAL'],
        memberships: [
          {
            __typename: 'Membership',
            role: 'FOCAL',
            unit: { __typename: 'OrgUnit', id: AGENCY, name: 'Ban Tổ chức Tỉnh ủy' },
          },
        ],
      },
    },
  },
};

const cycles: MockLink.MockedResponse = {
  request: { query: WfCyclesDocument },
  result: { data: { cycles: [future, past].map(({ deadlineExtensions: _, ...rest }) => rest) } },
  maxUsageCount: 5,
};

const titles = () =>
  within(screen.getByRole('list'))
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);

describe('InboxPage: cycle filter and deadline order', () => {
  it('sorts soonest deadline first with overdue marked, filters by cycle, and keeps both in the URL', async () => {
    render(
      <MockedProvider
        mocks={[
          viewer,
          cycles,
          count(appraise, 2),
          count(results, 0),
          count(evidence, 0),
          count({ ...appraise, cycleYear: 2090 }, 1),
          count({ ...results, cycleYear: 2090 }, 0),
          count({ ...evidence, cycleYear: 2090 }, 0),
          inbox(appraise, [task('A', 'Nhiệm vụ năm 2090', future), task('B', 'Nhiệm vụ năm 2020', past)]),
          inbox(appraise, [task('B', 'Nhiệm vụ năm 2020', past), task('A', 'Nhiệm vụ năm 2090', future)], DEADLINE),
          inbox({ ...appraise, cycleYear: 2090 }, [task('A', 'Nhiệm vụ năm 2090', future)], DEADLINE),
        ]}
      >
        <MemoryRouter initialEntries={['/inbox?agency=FOCAL:T3JnVW5pdDox&tab=appraise']}>
          <Routes>
            <Route
              path="/inbox"
              element={
                <>
                  <InboxPage />
                  <LocationProbe />
                </>
              }
            />
          </Routes>
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(await screen.findByText('Nhiệm vụ năm 2090')).toBeTruthy();
    // As received at first.
    expect(titles()).toEqual(['Nhiệm vụ năm 2090', 'Nhiệm vụ năm 2020']);

    await userEvent.selectOptions(screen.getByLabelText('Sắp xếp'), 'deadline');
    expect(screen.getByTestId('location').textContent).toBe('?agency=FOCAL%3AT3JnVW5pdDox&tab=appraise&sort=deadline');
    // The order is the server's (only a request with orderBy DEADLINE is answered so).
    expect(await screen.findByText('Nhiệm vụ năm 2020')).toBeTruthy();
    await waitFor(() => expect(titles()).toEqual(['Nhiệm vụ năm 2020', 'Nhiệm vụ năm 2090']));
    // The agency's extension is the deadline it works to, and it has passed.
    const overdue = screen.getByText('Nhiệm vụ năm 2020').closest('article')!;
    expect(overdue.textContent).toContain('30/11/2020 (quá hạn)');
    expect(screen.getByText('Nhiệm vụ năm 2090').closest('article')!.textContent).not.toContain('quá hạn');

    await userEvent.selectOptions(await screen.findByLabelText('Kỳ'), '2090');
    expect(screen.getByTestId('location').textContent).toBe(
      '?agency=FOCAL%3AT3JnVW5pdDox&tab=appraise&sort=deadline&cycle=2090',
    );
    expect(await screen.findByText('Đang hiện 1 trên 1')).toBeTruthy();
    expect(titles()).toEqual(['Nhiệm vụ năm 2090']);
    // The tabs keep the cycle and the order.
    expect(screen.getByRole('link', { name: /Thẩm định kết quả/ }).getAttribute('href')).toBe(
      '/inbox?agency=FOCAL%3AT3JnVW5pdDox&tab=appraiseResult&cycle=2090&sort=deadline',
    );
  }, 20_000);

  it('reads the order from the URL, continues it on the next page, and writes a new one back', async () => {
    const CADRE = { orderBy: 'CADRE_NAME', descending: false };
    render(
      <MockedProvider
        mocks={[
          viewer,
          cycles,
          count(appraise, 3),
          count(results, 0),
          count(evidence, 0),
          inbox(appraise, [task('C', 'Nhiệm vụ của An', future), task('A', 'Nhiệm vụ của Bình', future)], CADRE, {
            hasNextPage: true,
            totalCount: 3,
          }),
          inbox(appraise, [task('B', 'Nhiệm vụ của Cúc', past)], CADRE, { after: 'cursor-2', totalCount: 3 }),
          inbox(appraise, [task('B', 'Nhiệm vụ của Cúc', past)], { orderBy: 'UPDATED_AT', descending: true }),
          inbox(appraise, [task('A', 'Nhiệm vụ của Bình', future)]),
        ]}
      >
        <MemoryRouter initialEntries={['/inbox?agency=FOCAL:T3JnVW5pdDox&tab=appraise&sort=cadre']}>
          <Routes>
            <Route
              path="/inbox"
              element={
                <>
                  <InboxPage />
                  <LocationProbe />
                </>
              }
            />
          </Routes>
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(await screen.findByText('Nhiệm vụ của An')).toBeTruthy();
    const sort = screen.getByLabelText<HTMLSelectElement>('Sắp xếp');
    expect(sort.value).toBe('cadre');
    expect(titles()).toEqual(['Nhiệm vụ của An', 'Nhiệm vụ của Bình']);
    // "Load more" asks for the page after the cursor in the same order, and appends it.
    await userEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    expect(await screen.findByText('Nhiệm vụ của Cúc')).toBeTruthy();
    expect(titles()).toEqual(['Nhiệm vụ của An', 'Nhiệm vụ của Bình', 'Nhiệm vụ của Cúc']);
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).toBeNull();

    await userEvent.selectOptions(sort, 'updated');
    expect(screen.getByTestId('location').textContent).toBe('?agency=FOCAL%3AT3JnVW5pdDox&tab=appraise&sort=updated');
    await waitFor(() => expect(titles()).toEqual(['Nhiệm vụ của Cúc']));
    // As received is the default: it leaves the URL.
    await userEvent.selectOptions(sort, 'received');
    expect(screen.getByTestId('location').textContent).toBe('?agency=FOCAL%3AT3JnVW5pdDox&tab=appraise');
    await waitFor(() => expect(titles()).toEqual(['Nhiệm vụ của Bình']));
  }, 20_000);
});
