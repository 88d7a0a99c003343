import { lazy, type ComponentType } from 'react';
import { i18n } from './i18n';

/**
 * React's `lazy` for pages, which also waits for the strings the page's chunk asked for in the
 * reader's language (English bundles load on demand): the page's loading state shows meanwhile,
 * never a page in Vietnamese that turns English a moment later.
 */
export function lazyPage<Props extends object>(load: () => Promise<{ default: ComponentType<Props> }>) {
  return lazy(async () => {
    const module = await load();
    await i18n.whenLoaded();
    return module;
  });
}
