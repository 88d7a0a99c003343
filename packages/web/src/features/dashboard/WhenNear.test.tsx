import './i18n';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from '../../app/router';
import { ViewerDocument } from '../session/session.documents';
import { AlignmentCoverageDocument } from './dashboard.documents';
import { Coverage } from './sections/Coverage';
import { WhenNear } from './WhenNear';

/** An IntersectionObserver the test drives: `enter()` reports every observed element as on screen. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly targets: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.instances.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.targets.length = 0;
  }
  unobserve() {}
  takeRecords() {
    return [];
  }
  enter() {
    const entries = this.targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

const coverage = {
  alignmentCoverage: [
    { __typename: 'AlignmentAreaCoverage', area: 'CENTRAL_CITY_STATUS', tasks: 12, cadres: 9, localities: 4 },
  ],
};

function renderCoverage(asked: string[]) {
  const counting = new ApolloLink((operation, forward) => {
    asked.push(operation.operationName ?? '');
    return forward(operation);
  });
  const mocks = new MockLink([
    { request: { query: AlignmentCoverageDocument, variables: { cycleYear: 2025 } }, result: { data: coverage } },
  ]);
  const client = new ApolloClient({ link: ApolloLink.from([counting, mocks]), cache: new InMemoryCache() });
  // Signed in as the Standing Committee (AuthGate has read the viewer before any page renders).
  client.cache.writeQuery({
    query: ViewerDocument,
    data: { viewer: { id: 'v1', displayName: 'BTV', accessRoles: ['DECIDER'] } },
  });
  render(
    <ApolloProvider client={client}>
      <MemoryRouter initialEntries={['/dashboard']}>
        <WhenNear>
          <Coverage year={2025} />
        </WhenNear>
      </MemoryRouter>
    </ApolloProvider>,
  );
}

describe('WhenNear', () => {
  beforeEach(() => {
    FakeObserver.instances = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps a card below the screen titled but unasked until it nears the screen', async () => {
    const asked: string[] = [];
    renderCoverage(asked);
    expect(screen.getByRole('heading', { name: 'Độ phủ các lĩnh vực định hướng' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Đang tải');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(asked).toEqual([]);
    expect(screen.queryByRole('table')).toBeNull();

    act(() => FakeObserver.instances.forEach((observer) => observer.enter()));
    expect(await screen.findByRole('table')).toBeTruthy();
    expect(asked).toEqual(['AlignmentCoverage']);
    expect(screen.getByRole('rowheader').textContent).toContain(
      'Xây dựng Khánh Hòa thành thành phố trực thuộc Trung ương',
    );
  });

  it('loads at once where IntersectionObserver is missing', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const asked: string[] = [];
    renderCoverage(asked);
    expect(await screen.findByRole('table')).toBeTruthy();
    expect(asked).toEqual(['AlignmentCoverage']);
  });
});
