import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from '../../app/router';
import { describe, expect, it } from 'vitest';
import { provinceDateOf } from '@nvtt/shared';
import { OrgUnitDetailDocument, OrgUnitListDocument, OrgUnitTreeDocument } from './org-units.documents';
import OrgUnitsPage from './OrgUnitsPage';
import { PAGE_SIZE } from './OrgUnitTable';

const today = provinceDateOf(new Date());

const btc = {
  __typename: 'OrgUnit' as const,
  id: 'T3JnVW5pdDo0',
  code: 'BTCTU',
  name: 'Ban Tổ chức Tỉnh ủy',
  abbreviation: 'BTC',
  kind: 'PARTY_COMMISSION' as const,
  sector: 'PARTY' as const,
  validFrom: null,
  validTo: null,
};
const ward = {
  __typename: 'OrgUnit' as const,
  id: 'T3JnVW5pdDo5MA',
  code: 'P_NHA_TRANG',
  name: 'Phường Nha Trang',
  abbreviation: null,
  kind: 'WARD' as const,
  sector: 'LOCALITY' as const,
  validFrom: '2025-07-01',
  validTo: null,
};
const tu = { __typename: 'OrgUnit' as const, id: 'T3JnVW5pdDox', code: 'TU', name: 'Tỉnh ủy Khánh Hòa' };

function listResult(nodes: Array<typeof btc | typeof ward>) {
  return {
    data: {
      orgUnits: {
        __typename: 'OrgUnitConnection',
        totalCount: nodes.length,
        edges: nodes.map((node) => ({
          __typename: 'OrgUnitEdge',
          cursor: node.code,
          node: { ...node, parent: node.code === 'BTCTU' ? tu : null },
        })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: nodes.at(-1)?.code ?? null },
      },
    },
  };
}

const mocks: MockLink.MockedResponse[] = [
  {
    request: { query: OrgUnitTreeDocument, variables: { validAt: today } },
    result: {
      data: {
        orgUnits: {
          __typename: 'OrgUnitConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false },
          nodes: [{ ...btc, legacyDistrict: null, children: [] }],
        },
      },
    },
  },
  {
    request: { query: OrgUnitListDocument, variables: { filter: { validAt: today }, first: PAGE_SIZE } },
    result: listResult([btc, ward]),
  },
  {
    request: {
      query: OrgUnitListDocument,
      variables: { filter: { search: 'nha trang', validAt: today }, first: PAGE_SIZE },
    },
    result: listResult([ward]),
  },
  {
    request: { query: OrgUnitDetailDocument, variables: { code: 'P_NHA_TRANG' } },
    result: {
      data: {
        orgUnitByCode: {
          ...ward,
          roles: [],
          parent: null,
          children: [],
          legacyDistrict: {
            ...ward,
            id: 'd',
            code: 'D_NHATRANG',
            name: 'Thành phố Nha Trang',
            kind: 'DISTRICT',
            validFrom: null,
            validTo: '2025-06-30',
          },
          predecessors: [],
          successors: [],
        },
      },
    },
  },
];

function renderPage(url = '/units') {
  const router = createMemoryRouter([{ path: '/units', element: <OrgUnitsPage /> }], { initialEntries: [url] });
  render(
    <MockedProvider mocks={mocks}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return router;
}

describe('OrgUnitsPage', () => {
  it('lists units with Vietnamese labels and the total', async () => {
    renderPage();
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('button', { name: 'Ban Tổ chức Tỉnh ủy' })).toBeTruthy();
    expect(within(table).getByText('Ban, Ủy ban của Tỉnh ủy')).toBeTruthy();
    expect(within(table).getByText('từ 01/07/2025')).toBeTruthy();
    expect(screen.getByText('2 đơn vị')).toBeTruthy();
  });

  it('searches as the user types and keeps the search in the URL', async () => {
    const router = renderPage();
    await screen.findByRole('table');
    await userEvent.type(screen.getByLabelText('Tìm theo tên, viết tắt hoặc mã'), 'nha trang');
    expect(await screen.findByText('1 đơn vị')).toBeTruthy();
    expect(router.state.location.search).toBe('?q=nha+trang');
  });

  it('opens a unit’s details from the list and records it in the URL', async () => {
    const router = renderPage();
    const table = await screen.findByRole('table');
    await userEvent.click(within(table).getByRole('button', { name: 'Phường Nha Trang' }));
    expect(router.state.location.search).toBe('?unit=P_NHA_TRANG');
    const detail = await screen.findByRole('region', { name: 'Phường Nha Trang' });
    expect(within(detail).getByText('Thành phố Nha Trang')).toBeTruthy();
    expect(within(detail).getByText('Phường')).toBeTruthy();
  });
});
