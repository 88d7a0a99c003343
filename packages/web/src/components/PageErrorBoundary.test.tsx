import '../app/i18n';
import { render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageErrorBoundary } from './PageErrorBoundary';

describe('PageErrorBoundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows what happened and a reload button when a page chunk fails to load', async () => {
    // React reports the caught error in the console; keep the test output clean.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Page = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    render(
      <PageErrorBoundary>
        <Suspense fallback={<p>…</p>}>
          <Page />
        </Suspense>
      </PageErrorBoundary>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('Không mở được trang này');
    const reload = screen.getByRole('button', { name: 'Tải lại trang' });
    expect(reload).toBeTruthy();
  });

  it('draws the page when nothing fails', () => {
    render(
      <PageErrorBoundary>
        <p>Trang</p>
      </PageErrorBoundary>,
    );
    expect(screen.getByText('Trang')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
