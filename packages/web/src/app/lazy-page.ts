import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { i18n } from './i18n';

export type LazyPage<Props extends object> = LazyExoticComponent<ComponentType<Props>> & {
  /** Starts fetching the page's chunk before React asks for it (e.g. while the session is checked). */
  readonly preload: () => Promise<unknown>;
};

/**
 * React's `lazy` for pages, which also waits for the strings the page's chunk asked for in the
 * reader's language (English bundles load on demand): the page's loading state shows meanwhile,
 * never a page in Vietnamese that turns English a moment later.
 */
export function lazyPage<Props extends object>(
  load: () => Promise<{ default: ComponentType<Props> }>,
): LazyPage<Props> {
  let loading: Promise<{ default: ComponentType<Props> }> | null = null;
  const loadOnce = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null; // a failed fetch is tried again on the next attempt
      throw error;
    }));
  const page = lazy(async () => {
    const module = await loadOnce();
    await i18n.whenLoaded();
    return module;
  });
  return Object.assign(page, { preload: loadOnce });
}
