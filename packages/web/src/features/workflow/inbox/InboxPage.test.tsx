import '../i18n';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
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

const inbox = (filter: Record<string, unknown>, nodes: Array<ReturnType<typeof task>>): MockLink.MockedResponse => ({
  request: { query: WfInboxDocument, variables: { filter } },
  result: {
    data: {
      keyTasks: {
        __typename: 'KeyTaskConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
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
const results = { focalAgency: AGENCY, state: ['SELF_ASSESSED'] };
const evidence = { focalAgency: AGENCY, evidencePending: true };

const titles = () =>
  within(screen.getByRole('list'))
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);

describe('InboxPage: cycle filter and deadline order', () => {
  it('sorts soonest deadline first with overdue marked, filters by cycle, and keeps both in the URL', async () => {
    render(
      <MockedProvider
        mocks={[
          {
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
          },
          {
            request: { query: WfCyclesDocument },
            result: { data: { cycles: [future, past].map(({ deadlineExtensions: _, ...rest }) => rest) } },
            maxUsageCount: 5,
          },
          count(appraise, 2),
          count(results, 0),
          count(evidence, 0),
          count({ ...appraise, cycleYear: 2090 }, 1),
          count({ ...results, cycleYear: 2090 }, 0),
          count({ ...evidence, cycleYear: 2090 }, 0),
          inbox(appraise, [task('A', 'Nhiệm vụ năm 2090', future), task('B', 'Nhiệm vụ năm 2020', past)]),
          inbox({ ...appraise, cycleYear: 2090 }, [task('A', 'Nhiệm vụ năm 2090', future)]),
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
    expect(titles()).toEqual(['Nhiệm vụ năm 2020', 'Nhiệm vụ năm 2090']);
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
});
