import { i18n } from '../../app/i18n';
import { vi } from './locales/vi';

// The drill-down strings load with its lazy chunk, not with the first screen; English only for
// English readers (pages wait for them: app/lazy-page.ts).
i18n.addResourceBundle('vi', 'translation', { drillDown: vi }, true, true);
void i18n.addLazyBundle('en', () => import('./locales/en').then((module) => ({ drillDown: module.en })));

export { i18n };
