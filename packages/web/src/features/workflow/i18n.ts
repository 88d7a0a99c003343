import { i18n } from '../../app/i18n';
import { vi } from './locales/vi';

// The workflow strings load with the workflow pages' lazy chunks, not with the first screen; English only for
// English readers (pages wait for them: app/lazy-page.ts).
i18n.addResourceBundle('vi', 'translation', { workflow: vi }, true, true);
void i18n.addLazyBundle('en', () => import('./locales/en').then((module) => ({ workflow: module.en })));

export { i18n };
