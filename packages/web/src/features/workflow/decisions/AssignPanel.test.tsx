import '../i18n';
import '../i18n-desks';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { WfProposedDocument } from '../graphql/decisions.documents';
import { AssignPanel } from './AssignPanel';

const proposed = (id: string, title: string, availableActions: string[]) => ({
  __typename: 'KeyTask' as const,
  id,
  ordinal: 1,
  title,
  state: 'PROPOSED',
  version: 1,
  startsOn: '2027-01-01',
  endsOn: '2027-12-31',
  submittedAt: '2026-10-20T03:00:00.000Z',
  submittedLate: false,
  stateReason: null,
  availableActions,
  appraisedOutcome: null,
  cadre: { __typename: 'Cadre' as const, id: `Cadre:${id}`, fullName: 'Bùi Anh Thắng' },
  focalAgency: { __typename: 'OrgUnit' as const, id: 'OrgUnit:1', name: 'Ban Tổ chức Tỉnh ủy' },
  position: {
    __typename: 'Position' as const,
    title: 'Trưởng Ban Tổ chức Tỉnh ủy',
    unit: { __typename: 'OrgUnit' as const, id: 'OrgUnit:1', name: 'Ban Tổ chức Tỉnh ủy' },
  },
  opinions: [],
});

function renderWith(nodes: ReturnType<typeof proposed>[]) {
  const mocks = [
    {
      request: { query: WfProposedDocument, variables: { year: 2027, states: ['PROPOSED'] } },
      result: {
        data: {
          keyTasks: {
            __typename: 'KeyTaskConnection' as const,
            totalCount: nodes.length,
            pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
            nodes,
          },
        },
      },
    },
  ];
  render(
    <MockedProvider mocks={mocks}>
      <AssignPanel year={2027} onDone={vi.fn()} />
    </MockedProvider>,
  );
}

describe('AssignPanel', () => {
  it('shows Ban Tổ chức what waits for the Standing Committee, read-only, instead of "nothing is proposed"', async () => {
    renderWith([proposed('1', 'Số hóa hồ sơ cán bộ', []), proposed('2', 'Cải cách thủ tục hành chính', ['WITHDRAW'])]);
    const section = await screen.findByRole('region', {
      name: 'Nhiệm vụ đã trình, chờ Thường trực, BTV quyết định giao (2)',
    });
    expect(within(section).getByRole('note').textContent).toContain('Thường trực, BTV quyết định');
    expect(within(section).getByRole('link', { name: 'Số hóa hồ sơ cán bộ' }).getAttribute('href')).toBe('/tasks/1');
    expect(within(section).queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText('Không có nhiệm vụ nào đang trình.')).toBeNull();
  });

  it('offers the decision to the Standing Committee, only for the tasks it may decide', async () => {
    renderWith([proposed('1', 'Số hóa hồ sơ cán bộ', ['ASSIGN', 'REJECT']), proposed('2', 'Khác', [])]);
    expect(await screen.findByRole('button', { name: /Ghi quyết định/ })).toBeTruthy();
    expect(screen.getAllByRole('radio', { name: 'Giao' })).toHaveLength(1);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('says nothing is proposed when nothing is', async () => {
    renderWith([]);
    expect(await screen.findByText('Không có nhiệm vụ nào đang trình.')).toBeTruthy();
  });
});
