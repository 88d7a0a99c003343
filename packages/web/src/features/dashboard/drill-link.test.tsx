import './i18n';
import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import type { AccessRole } from '@nvtt/shared';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from '../../app/router';
import { ViewerDocument } from '../session/session.documents';
import { AlignmentCoverageDocument } from './dashboard.documents';
import { Coverage } from './sections/Coverage';

const coverage = {
  alignmentCoverage: [
    { __typename: 'AlignmentAreaCoverage', area: 'CENTRAL_CITY_STATUS', tasks: 12, cadres: 9, localities: 4 },
  ],
};

function renderCoverageAs(accessRoles: AccessRole[]) {
  const link = new MockLink([
    { request: { query: AlignmentCoverageDocument, variables: { cycleYear: 2025 } }, result: { data: coverage } },
  ]);
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  client.cache.writeQuery({
    query: ViewerDocument,
    data: { viewer: { id: 'v1', displayName: 'Người dùng', accessRoles } },
  });
  render(
    <ApolloProvider client={client}>
      <MemoryRouter initialEntries={['/dashboard']}>
        <Coverage year={2025} />
      </MemoryRouter>
    </ApolloProvider>,
  );
}

const AREA = 'Xây dựng Khánh Hòa thành thành phố trực thuộc Trung ương';

describe('figures that lead to their cadres', () => {
  it('link to the drill-down for the Standing Committee', async () => {
    renderCoverageAs(['DECIDER']);
    const area = await screen.findByRole('link', { name: AREA });
    const target = new URL(area.getAttribute('href')!, 'http://x');
    expect(target.pathname).toBe('/drill');
    expect(target.searchParams.get('code')).toBe('CENTRAL_CITY_STATUS');
  });

  it('are plain figures for a viewer of aggregates, who has no list to open', async () => {
    renderCoverageAs(['VIEWER']);
    const header = await screen.findByRole('rowheader');
    expect(header.textContent).toContain(AREA);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
