import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyPage } from './lazy-page';

const Page = () => <p>trang</p>;

describe('lazyPage', () => {
  it('fetches a preloaded page once: the render uses the chunk the preload asked for', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Page }));
    const Lazy = lazyPage(load);
    await Lazy.preload();
    render(
      <Suspense fallback={<p>…</p>}>
        <Lazy />
      </Suspense>,
    );
    expect(await screen.findByText('trang')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed preload', async () => {
    const load = vi
      .fn<() => Promise<{ default: typeof Page }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ default: Page });
    const Lazy = lazyPage(load);
    await expect(Lazy.preload()).rejects.toThrow('offline');
    render(
      <Suspense fallback={<p>…</p>}>
        <Lazy />
      </Suspense>,
    );
    expect(await screen.findByText('trang')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
